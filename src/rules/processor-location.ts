import { isThirdCountryTransfer, locationOutsideEea, processorsOf, textsOf, transfersOf } from '../check/facts.js';
import { pastOrRejected } from '../check/past.js';
import { defineRule } from '../check/rule.js';
import { placesOf, subprocessorsFor } from '../check/places.js';
import { activityList } from '../check/processor-uses.js';
import { activityProse, activityTexts, readText } from '../check/prose-activity.js';
import { NEGATION } from '../check/facts.js';
import { regionCodes } from '../check/countries.js';
import { handledAbroad } from '../check/handled-abroad.js';
import { freeTexts } from '../check/free-text.js';
import type { ResolvedActivity } from '../model/resolve.js';
import type { Registry } from '../model/registry.js';
import { join } from '../util/pointer.js';
import { lazyPattern, matchesOf } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';

/**
 * Art. 44, 28: a processor or sub-processor outside the EEA, a recipient in a third country or an
 * international organisation, or data stored outside the EEA receives a transfer, which the activity
 * must list with its mechanism. `transfers: none` does not silence this: it says there are none, and
 * the record says otherwise. Where the record does not say where a processor works, nor that data
 * stays in the EEA (or an adequate country), nobody can tell whether data leaves the EEA (warning), unless a
 * transfer names the processor as its recipient: that entry says where its data goes (Art. 30(1)(e)). A processor
 * established in the EEA whose own data location (or its system's) is outside it transfers the data there too.
 * An unknown location is the processor's catalogue entry's to fix: reported once there, naming the activities; a
 * missing transfer is the activity's (its record lists its transfers): reported on the activity.
 *
 * The activity's own words are read too (src/check/prose-activity.ts `places`; L, session 14, in transfer-mechanism; moved
 * here by M, session 15): a party outside the EEA that the words hand the data to or have it handled by («dataene lagres
 * hos Amazon Web Services i USA», «besvares av vår samarbeidspartner i Manila på Filippinene», «sendes til verifisering
 * hos … i Bangalore, India»), in a country where no transfer, recipient, processor or system of the record is, nor the
 * controller's own address, receives a transfer the record does not list: `described-transfer`, a warning quoting the
 * words, once per activity (DESCRIPTIONS.md: prose raises the fact; the record must list the transfer, and transfer-mechanism
 * then asks its mechanism). Outsiders' blind sets key this fact here (variants-barnehage BH40, variants-spill SP43, SP54,
 * variants-skatt SK61), as they key a recipient or processor abroad with no transfer listed.
 */
/**
 * Storage said in words («opptak og transkripsjonar blir lagra hos Microsoft i USA», «transcripts are stored by Microsoft in
 * the United States»: variants-ppt PP13; W8, session 21) in a country outside the EEA, while the activity's `dataLocation`
 * says the data stays in the EEA: the record contradicts itself about where the data is (Art. 30(1)(e), 44), whatever
 * transfer it lists for support or access (`described-storage`, a warning quoting the words).
 */
const STORED = lazyPattern(
  String.raw`(?<![\p{L}])(?:lagr(?:a|er|es|ast|et|ede|ing|inga|ingen)|lagra|oppbevar\p{L}*|stored|stores|kept|hosted|saved)(?![\p{L}])`,
  'iu',
);
/** Storage in the past («Til og med 2022 vart e-posten lagra i USA», «was stored … until 2022»): where the data was, not is. */
const STORED_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:was|were|vart|var|ble|blei|had\s+been|har\s+vore|har\s+vært)\s+(?:\p{L}+\s+){0,2}?(?:lagra|lagret|stored|kept|hosted|oppbevart)|(?:until|till|fram\s+til|frem\s+til|til\s+og\s+med|inntil|før|before)\s+\d{4})(?![\p{L}])`,
  'iu',
);
/**
 * A recipient whose entry gives no country, but whose own words place it outside the EEA («Justismyndighetene i Serbia»,
 * «Mottar saksdokumentene ved overføring av domfelte til Serbia», «the tax authority in the United States»: variants-kriminalomsorg
 * KO45; F11, session 21). A recipient without a country is read as the controller's own country; its name or description
 * that hands it data, or names it as an authority, a partner or a service, in a third country says where it is (the shared
 * places reader, which leaves out where a person lives, travels or studies, denials and origins). Art. 44 covers any
 * transfer to a recipient in a third country, a public authority too (Art. 46(2)(a) names agreements between public
 * authorities), and Art. 30(1)(e) asks that the record list it: `recipient-place`, a warning quoting the words, where no
 * transfer lists the recipient or that country. A clause that passes data on from the recipient («utveksler videre med»,
 * «forwards to») is the recipient's own onward disclosure, not where it is, and is not read.
 */
const ONWARD = lazyPattern(
  String.raw`(?<![\p{L}])(?:videre|vidare|onwards?|forward\p{L}*|videresend\p{L}*|vidaresend\p{L}*|utveksl\p{L}*|exchang\p{L}*|samarbeid\p{L}*|cooperat\p{L}*|collaborat\p{L}*)(?![\p{L}])`,
  'iu',
);
/** A description is read only where it has the recipient receive («Mottar saksdokumentene …», «får dommen», «receives the files»). */
const RECEIVES = lazyPattern(
  String.raw`(?<![\p{L}])(?:mottar|mottek|motta|mottas|får|fær|tar\s+imot|tek\s+imot|receives?|received|gets|sendes\s+til|blir\s+sendt\s+til|vert\s+sendt\s+til|is\s+sent\s+to|are\s+sent\s+to)(?![\p{L}])`,
  'iu',
);
/** A place where a person serves a sentence («soning i Brasil», «serve their sentence in Brazil»): where the person goes, not the recipient. */
const SERVES = lazyPattern(
  String.raw`(?<![\p{L}])(?:son(?:e|er|ar|ing|inga|ingen|te|a)|serv(?:e|es|ing)\s+(?:\p{L}+\s+){0,2}?sentences?|imprison\p{L}*|fengsl\p{L}*|innsett\p{L}*\s+i)(?![\p{L}])`,
  'iu',
);
/** Contact with others there, or figures with no names: not where the recipient is («handles all contact with the authorities in Serbia»). */
const NOT_ITS_PLACE = lazyPattern(
  String.raw`(?<![\p{L}])(?:kontakt(?:en)?\s+med|contact\s+with|liais\p{L}*|communicat\p{L}*|tall|figures|counts|statisti\p{L}*|anonym\p{L}*|aggreger\p{L}*|(?:uten|utan|without)\s+(?:navn|namn|names))(?![\p{L}])`,
  'iu',
);
/** A recipient's name that says it is foreign with no place («Justismyndighetene i mottakerstaten», «Foreign justice authorities»). */
const FOREIGN_NAME = lazyPattern(
  String.raw`(?<![\p{L}])(?:mottakerstat\p{L}*|mottakarstat\p{L}*|heimstat\p{L}*|hjemstat\p{L}*|hjemland\p{L}*|heimland\p{L}*|utenlandsk\p{L}*|utanlandsk\p{L}*|foreign|receiving\s+state|home\s+country|(?:i|in)\s+utlandet|abroad)(?![\p{L}])`,
  'iu',
);
/** A name that places its body: «… i Serbia», «… in Brazil». */
const NAME_PLACES = lazyPattern(String.raw`(?<![\p{L}])(?:i|in)\s+(?:the\s+)?\p{Lu}`, 'u');
/** A name that names its kind of case: «overføringer til Serbia», «saker om», «transfers to», «cases from». */
const CASES_OF = lazyPattern(
  String.raw`(?<![\p{L}])(?:overføring\p{L}*|transfers?|saker|sakene|sakane|cases)\s+(?:til|to|om|about|fra|frå|from|i|in)(?![\p{L}])`,
  'iu',
);
const recipientPlaces = byText((text: string): string[] =>
  ONWARD().test(text) || SERVES().test(text) || NOT_ITS_PLACE().test(text) ? [] : readText.place(text),
);
/** A contrast that ends what the words before it say: «, men», «, mens», «, but», «, while», «, whereas». */
const CONTRAST = lazyPattern(String.raw`,\s*(?:men|mens|but|while|whereas)(?![\p{L}])`, 'iu');
/**
 * The countries a processor's service text places it in, each side of a contrast read alone: once per distinct text
 * (util/memo.ts), since every activity that uses the processor reads its service again. Only read.
 */
const servicePlaces = byText((words: string): readonly string[] =>
  words.split(CONTRAST()).flatMap((part, i, parts) => (i + 1 < parts.length && readText.noData(parts[i + 1]!) ? [] : readText.place(part))),
);

/**
 * A service abroad said by its nationality or place, not by a name and a country the places reader knows (issue #12,
 * session 33, R11: variants-statsforvaltar SF36, variants-helsestasjon HS43, variants-paraphrase3 PC043/PC044 at first
 * sight): the agent of a passive or the service used named by an adjective of nationality («blir gjorde om til tekst av
 * ei amerikansk teneste», «transcribed by an American service», «we use a US-based cloud», «via ein indisk
 * underleverandør»); a service, supplier or support placed with «i», «in», «from» a country («drives av et selskap i
 * India», «support is provided from the Philippines», «Brukarstøtta til leverandøren sit i India»); data kept by a name or
 * on servers in a country («Microsoft lagrer opptakene på servere i USA», «kept by Microsoft in the United States»). Only
 * a country outside the EEA (an EEA adjective, «et svensk selskap», names no transfer); not denied («we do not use any
 * service outside the EEA»), not the past («used to be stored in the US»: past.ts), not a person abroad (no service
 * word). Art. 44 covers a processor in any third country; Art. 30(1)(e) asks that the record list the transfer (an adequate
 * country too: Art. 45 is its mechanism, which transfer-mechanism then asks).
 */
const NATIONALITY: readonly (readonly [() => RegExp, string])[] = [
  [lazyPattern(String.raw`^(?:amerikansk[e]?|american|us|u\.s\.|us-based|usa-based|us-basert[e]?|usa-basert[e]?)$`, 'iu'), 'US'],
  [lazyPattern(String.raw`^(?:kanadisk[e]?|canadian)$`, 'iu'), 'CA'],
  [lazyPattern(String.raw`^(?:indisk[e]?|indian|india-based)$`, 'iu'), 'IN'],
  [lazyPattern(String.raw`^(?:kinesisk[e]?|chinese)$`, 'iu'), 'CN'],
  [lazyPattern(String.raw`^(?:filippinsk[e]?|philippine|filipino)$`, 'iu'), 'PH'],
  [lazyPattern(String.raw`^(?:russisk[e]?|russian)$`, 'iu'), 'RU'],
  [lazyPattern(String.raw`^(?:australsk[e]?|australian)$`, 'iu'), 'AU'],
  [lazyPattern(String.raw`^(?:britisk[e]?|british|uk-based)$`, 'iu'), 'GB'],
  [lazyPattern(String.raw`^(?:ukrainsk[e]?|ukrainian)$`, 'iu'), 'UA'],
  [lazyPattern(String.raw`^(?:tyrkisk[e]?|turkish)$`, 'iu'), 'TR'],
];
const SERVICE_WORD = String.raw`(?:\p{L}*(?:teneste|tjeneste|selskap|firma|leverandør|leverandor|plattform|skyløysing|skyløsning|skytjeneste|skyteneste)\p{L}*|sky(?:en|a)?|service|services|company|companies|provider|providers|supplier|suppliers|vendor|vendors|subcontractor|subcontractors|sub-processor|cloud|platform|firm|contractor|partner)`;
const NATIONAL_SERVICE = lazyPattern(
  String.raw`(?<![\p{L}])(?:av|by|hos|with|via|through|gjennom|bruker|brukar|nyttar|nytter|use|uses|using)\s+(?:(?:a|an|ein|ei|eit|en|et|the|our|vår|vårt)\s+)?([\p{L}.-]+)\s+(?:\p{L}+\s+)?${SERVICE_WORD}(?![\p{L}])`,
  'giu',
);
const SERVICE_IN = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:av|by|hos|with)\s+(?:(?:a|an|ein|ei|eit|en|et|the)\s+)?${SERVICE_WORD}|\p{L}*(?:[Bb]rukerstøtt|[Bb]rukarstøtt|[Kk]undestøtt|[Kk]undeservice|[Ss]upport|[Hh]elpdesk|[Ss]ervicedesk|[Dd]rift)\p{L}*(?:\s+desk)?(?:\s+(?:til|for|of|hos)\s+(?:\p{L}+\s+){0,2}?\p{L}+)?\s+(?:sit|sitter|ligg|ligger|held\s+til|holder\s+til|er|is|are|is\s+based|is\s+located|is\s+provided|are\s+provided|blir\s+gitt|vert\s+gitt|comes?|kjem|kommer)|(?:servere|serverar|servers|datasenter|datasentre|data\s+cent(?:re|er)s?)|(?:by|av|hos)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\s+(?:som\s+(?:ligg|ligger|held\s+til|holder\s+til|er)\s+|(?:that\s+is\s+|which\s+is\s+)?(?:based|located)\s+)?(?:i|in|from|frå|fra)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})`,
  'gu',
);
const SENTENCE = lazyPattern(String.raw`[^.!?]+[.!?]?`, 'gu');
const MAY_ABROAD = lazyPattern(
  String.raw`amerikansk|american|us-based|usa-based|us-basert|usa-basert|kanadisk|canadian|indisk|indian|kinesisk|chinese|filippinsk|philippine|filipino|russisk|russian|australsk|australian|britisk|british|uk-based|ukrainsk|ukrainian|tyrkisk|turkish`,
  'iu',
);
/**
 * Who owns the supplier, or whom a thing was bought from, is not who handles the data: «et datterselskap av et amerikansk
 * selskap», «a supplier owned by a US company», «kjøper lisensen av eit amerikansk selskap», «sold to a company in the United
 * States» (lawful wordings of sessions 23–24). The words right before the preposition.
 */
const OWNED_OR_BOUGHT = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*datterselskap\p{L}*|\p{L}*dotterselskap\p{L}*|subsidiar(?:y|ies)|owned|eid|eigd|eies|eigast|part|del|kjøp\p{L}*|bought|buys?|purchas\p{L}*|sold|solgt|selt|seld|lisens\p{L}*|licen[cs]es?)(?:\s+\p{L}+)?\s*$`,
  'iu',
);
/** «US» in capitals, a word of its own («a US cloud»), or a name after «i», «in», «from» (a country, by case). */
const US_WORD = lazyPattern(String.raw`(?<![\p{L}])US(?![\p{L}])|\s(?:i|in|from|frå|fra)\s+(?:the\s+)?\p{Lu}`, 'u');
/** The country a name of one to three words gives, by the region names (check/countries.ts), the longest first. */
function countryOf(name: string): string | undefined {
  const words = name.split(/\s+/u);
  for (let n = words.length; n > 0; n--) {
    const codes = regionCodes().get(words.slice(0, n).join(' ').toLowerCase());
    if (codes !== undefined && new Set(codes).size === 1) return codes[0];
  }
  return undefined;
}
const servicesAbroad = byText((text: string): readonly { words: string; country: string }[] => {
  if (!MAY_ABROAD().test(text) && !US_WORD().test(text)) return [];
  const out: { words: string; country: string }[] = [];
  for (const m of matchesOf(SENTENCE(), text)) {
    const sentence = m[0].trim();
    if (NEGATION.test(sentence) || pastOrRejected(sentence)) continue;
    let country: string | undefined;
    for (const n of matchesOf(NATIONAL_SERVICE(), sentence)) {
      if ((n[1]!.toLowerCase() === 'us' && n[1] !== 'US') || OWNED_OR_BOUGHT().test(sentence.slice(0, n.index))) continue;
      country = NATIONALITY.find(([re]) => re().test(n[1]!))?.[1];
      if (country !== undefined) break;
    }
    if (country === undefined)
      for (const n of matchesOf(SERVICE_IN(), sentence))
        if (!OWNED_OR_BOUGHT().test(sentence.slice(0, n.index)) && (country = countryOf(n[1]!)) !== undefined) break;
    if (country !== undefined) out.push({ words: sentence, country });
  }
  return out;
});
/**
 * A transfer that names, as its recipient, a catalogue party (a processor or a recipient) whose name is the sub-processor's
 * and whose country is the same: the sub-processor is also listed in its own right (a US cloud company both a sub-processor
 * of the app developer and a processor of the activity, with the transfer recorded to it: variants-verneplikt appen,
 * session 38). Names are compared trimmed and case-blind; a party with another name or country covers nothing.
 */
function transferNamesParty(registry: Registry, transfers: readonly { recipient?: string; country?: string }[], name: string, country: string): boolean {
  const same = (n: unknown): boolean => typeof n === 'string' && n.trim().toLowerCase() === name.trim().toLowerCase();
  return transfers.some((t) => {
    if (t.recipient === undefined || t.country !== country) return false;
    const party = registry.catalogues.processors.get(t.recipient)?.value ?? registry.catalogues.recipients.get(t.recipient)?.value;
    if (party === undefined) return false;
    const names = typeof party.name === 'string' ? [party.name] : Object.values(party.name ?? {});
    return names.some(same);
  });
}

export default defineRule(
  {
    id: 'processor-location',
    processorRecords: true,
    severity: 'error',
    citation: 'GDPR Art. 44; 28(3)(a); 30(1)(e)',
    messages: ['unknown', 'processor', 'subprocessor', 'recipient', 'location', 'service-place', 'described-transfer', 'described-storage', 'recipient-place'],
  },
  (ctx, report) => {
    const eea = ctx.reference.eea.countries;
    const home = ctx.registry.organisation?.value.address?.country?.toUpperCase();
    // Where a processor works is its catalogue entry's to say: an unknown location is reported once, at the entry,
    // naming the activities that neither say their data stays in the EEA nor list a transfer to it.
    const unknown = new Map<string, ResolvedActivity[]>();
    for (const r of ctx.activities) {
      const transfers = transfersOf(r);
      // A transfer covers the party it names; one that names no party covers parties in its country.
      const covered = (party: string, country: string | undefined): boolean =>
        transfers.some((t) => t.recipient === party || (t.recipient === undefined && country !== undefined && t.country === country));
      const activityLocations = r.activity.dataLocation ?? [];
      const statedInEea = activityLocations.length > 0 && !activityLocations.some((l) => locationOutsideEea(l, ctx.reference));
      for (const p of processorsOf(ctx.registry, r)) {
        const country = p.value.country;
        // Where the processor keeps the data: its own dataLocation, or the location of the system that brings it in.
        const system = p.system !== undefined ? r.systems.find((x) => x.id === p.system) : undefined;
        const locations = p.value.dataLocation ?? system?.value.location ?? [];
        if (country === undefined) {
          const outside = locations.filter((l) => locationOutsideEea(l, ctx.reference) && !covered(p.id, l));
          for (const l of outside) report.activity(r, p.pointer, 'processor', { processor: p.id, country: l });
          const transferred = transfers.some((t) => t.recipient === p.id && t.country !== undefined);
          if (locations.length === 0 && !statedInEea && !transferred) {
            const list = unknown.get(p.id);
            if (list === undefined) unknown.set(p.id, [r]);
            else if (list.at(-1) !== r) list.push(r);
          }
        } else if (!eea.has(country)) {
          if (!covered(p.id, country)) report.activity(r, p.pointer, 'processor', { processor: p.id, country });
          // Established in one third country and keeping the data in another too (a UK company whose agreement puts data in
          // the US as well): the transfer to its own country does not cover the other (variants-hogskule HS46; B14, session 18).
          // A transfer to the processor covers its own country only here: the other country needs its own (Art. 30(1)(e)).
          const elsewhere = locations.filter(
            (l) =>
              l !== country &&
              locationOutsideEea(l, ctx.reference) &&
              !transfers.some((t) => (t.recipient === p.id || t.recipient === undefined) && t.country === l),
          );
          for (const l of elsewhere) report.activity(r, p.pointer, 'processor', { processor: p.id, country: l });
        } else {
          // Established in the EEA, but keeping the data elsewhere (a cloud region in the US): that storage is the transfer.
          const outside = locations.filter((l) => locationOutsideEea(l, ctx.reference) && !covered(p.id, l));
          for (const l of outside) report.activity(r, p.pointer, 'processor', { processor: p.id, country: l });
        }
        // The processor's own words have the data handled in a third country («Opptaka blir transkriberte av ein
        // underleverandør i India», «support is answered by our partner in Manila in the Philippines»): the shared places
        // reader of prose-activity, which reads only a clause that hands data over or has it handled there, not where a
        // person lives or travels, nor a denied clause. Where nothing the record says places the processor there (its
        // country, locations, sub-processors) and no transfer covers it, the words raise a transfer the activity must list
        // (DESCRIPTIONS.md: a warning quoting the words; B5, variants-parkering PK39, 2026-12-01).
        // Only the sub-processors that receive this activity's data (`subprocessors[].activities`; none named: all of them).
        const subs = subprocessorsFor(p.value, r.activity.id);
        const placed = new Set([country, ...locations, ...subs.map((s) => s.country)].filter((c) => c !== undefined));
        const told = new Set<string>();
        // Each side of «, men», «, but» is read alone: «utvikla i USA, men lagra og behandla i EU» hands nothing to the US;
        // a side followed by a denial that data goes there is not read («utviklingsavdeling i USA, men ingen
        // personopplysninger lagres der», «… in the United States, but it never receives personal data»: N, session 16).
        for (const words of textsOf(p.value.service))
          for (const c of servicePlaces(words))
            if (!eea.has(c) && !placed.has(c) && !covered(p.id, c) && !told.has(c)) {
              told.add(c);
              report.activity(r, p.pointer, 'service-place', { processor: p.id, country: c, words }, { severity: 'warning' });
            }
        for (const s of subs) {
          if (s.country !== undefined && !eea.has(s.country) && !covered(p.id, s.country) && !transferNamesParty(ctx.registry, transfers, s.name, s.country)) {
            report.activity(r, p.pointer, 'subprocessor', { processor: p.id, subprocessor: s.name, country: s.country });
          }
        }
      }
      if (Array.isArray(r.recipients)) {
        const ids = Array.isArray(r.activity.recipients) ? r.activity.recipients : [];
        for (const rec of r.recipients) {
          const organisation = rec.value.type === 'international-organisation';
          const outside = organisation || (rec.value.country !== undefined && !eea.has(rec.value.country));
          if (!outside) continue;
          const names = typeof rec.value.name === 'string' ? [rec.value.name] : Object.values(rec.value.name);
          const listed = transfers.some(
            (t) =>
              t.recipient === rec.id ||
              (t.recipient === undefined &&
                ((organisation && t.organisation !== undefined && names.some((n) => n?.trim().toLowerCase() === t.organisation!.trim().toLowerCase())) ||
                  (rec.value.country !== undefined && t.country === rec.value.country && isThirdCountryTransfer(t, ctx.reference)))),
          );
          if (!listed) report.activity(r, join('/recipients', ids.indexOf(rec.id)), 'recipient', { recipient: rec.id, country: rec.value.country ?? '' });
        }
        for (const rec of r.recipients) {
          if (rec.value.country !== undefined || rec.value.abroad === true || rec.value.type === 'international-organisation' || rec.value.type === 'internal')
            continue;
          const names = typeof rec.value.name === 'string' ? [rec.value.name] : Object.values(rec.value.name);
          // The description is read only for a recipient whose name says it is foreign («… i mottakerstaten»): a Norwegian
          // body's words name other countries as topics (N7's review, session 21).
          const named = names.filter((n): n is string => typeof n === 'string');
          const foreign = named.some((n) => FOREIGN_NAME().test(n));
          // A name places the recipient only by «X i Serbia», «X in Brazil», outside a parenthesis and not as its cases
          // («Justisdepartementet (overføringer til Serbia)», «Ministry of Justice (transfers to Serbia)»: N7's review).
          const placing = named.map((n) => n.replace(/\([^)]*\)/gu, ' ')).filter((n) => NAME_PLACES().test(n) && !CASES_OF().test(n));
          const texts = [...placing, ...(foreign ? textsOf(rec.value.description).filter((t) => RECEIVES().test(t)) : [])];
          for (const words of texts) {
            const country = recipientPlaces(words).find((c) => !eea.has(c) && c !== home && !transfers.some((t) => t.recipient === rec.id || t.country === c));
            if (country === undefined) continue;
            const ids = Array.isArray(r.activity.recipients) ? r.activity.recipients : [];
            report.activity(r, join('/recipients', ids.indexOf(rec.id)), 'recipient-place', { recipient: rec.id, country, words }, { severity: 'warning' });
            break;
          }
        }
      }
      activityLocations.forEach((l, i) => {
        if (locationOutsideEea(l, ctx.reference) && !transfers.some((t) => t.country === l))
          report.activity(r, join('/dataLocation', i), 'location', { country: l });
      });
      // A party outside the EEA told only in the activity's words, in a country no party of the record is in.
      const recorded = new Set(placesOf(r).flatMap((p) => (p.country === undefined ? [] : [p.country.toUpperCase()])));
      // Not a place the data was kept once, or a move weighed and turned down (src/check/past.ts: «Tidlegare låg loggane hos ein
      // leverandør i USA, men dei vart flytta til Noreg i 2022», «Moving the survey to servers in the United States was
      // considered in 2025 and rejected»: F1, session 24).
      // Also a party that handles the data in a third country, read by its three slots in one clause (check/handled-abroad.ts;
      // FX, session 45): «Crash reports are sent to Sentry in the United States», «adresselista ligg på servarane deira i USA»;
      // in every free text of the activity (check/free-text.ts: a basis's note, the collection's consequences, the
      // information note, the retention entries too; FZ, session 46).
      const said = [
        ...activityProse(r).places,
        ...activityTexts(r).flatMap(({ pointer, text }) => servicesAbroad(text).map((p) => ({ pointer, ...p }))),
        ...freeTexts(r).flatMap(({ pointer, text }) => handledAbroad(text).map((p) => ({ pointer, ...p }))),
      ];
      const told = said.find((p) => !eea.has(p.country) && !recorded.has(p.country) && p.country !== home && !pastOrRejected(p.words));
      if (told !== undefined) report.activity(r, told.pointer, 'described-transfer', { words: told.words, destination: told.country }, { severity: 'warning' });
      else if (statedInEea) {
        const stored = said.find(
          (p) => !eea.has(p.country) && p.country !== home && STORED().test(p.words) && !STORED_BEFORE().test(p.words) && !pastOrRejected(p.words),
        );
        if (stored !== undefined)
          report.activity(r, stored.pointer, 'described-storage', { words: stored.words, destination: stored.country }, { severity: 'warning' });
      }
    }
    for (const [id, users] of unknown) {
      const entry = ctx.registry.catalogues.processors.get(id);
      if (entry === undefined) continue;
      const list = activityList(users.map((r) => ({ r })));
      report.catalogue(entry, '', 'unknown', { processor: id, ...list.args }, list.ids, { severity: 'warning', target: 'key' });
    }
  },
);
