import type { Registry } from '../model/registry.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { lazyPattern, matchesOf } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';
import { freeTexts } from './free-text.js';
import { ownGenitive, partyKind, supplierOfSystem } from './parties.js';
import { NOT_OURS_FRONTED } from './prose-activity.js';

/**
 * Free text read by co-occurrence (CO, session 47, issue #12): a disclosure is a sentence where a verb of movement
 * (send, dele, overføre, utlevere, gi, får, mottar, låne, slå opp, receive, pass on, hand over, download …), a word of
 * personal data (namn, liste, kopi, rapport, søknad, svar, journal, name, list, copy, notes …) and an outside party
 * (fastlege, forsikringsselskap, fagforeining, skule, lokalavis, forskar, partner, employer, insurer, «hvem som
 * helst» …) stand together, the party where a receiver stands: after «til/to/with/overfor» when a verb of movement comes
 * before it, after a passive without preposition («oversendes klagenemnda»), or as the subject of a verb of receiving
 * within a few words («Fastlegen … får tilsendt», «Our partner car dealers can download»). Sessions 38–46 read each new
 * sentence SHAPE of this concept and caught 0–12 % of the next blind set's; this reader asks only that the three
 * kinds of word meet in one sentence (FZ-classes.md: 76 % of the free-text misses were a new shape of a known concept).
 *
 * It is narrowed by the structured record before any word is widened (a false alarm costs as much as a miss): no
 * finding when the party's word stem is in a listed recipient's, processor's or joint controller's name or id, in a
 * disclosure or transfer of the activity, in the organisation's own name, or in a data subject's or source's name (the
 * person or the giver, not a receiver); nor in a sentence with a negation, with data that is not personal (statistics,
 * totals, «uten navn», «without names», price lists, rules, guidance), of a processor or sub-processor, of a plan
 * considered or of what the person may ask, of a practice ended, once, by mistake or in a drill (the caller hands the
 * texts without what is past, taught or on a sign); nor when the person sends it themself.
 *
 * The older readers' guards, honoured here too (CO2, session 47: ten lawful cells of test/check and test/rules had fired):
 * the person or their family hands it over (the sentence's sender, or the giver after «fra/from», read by parties.ts
 * partyKind: «Søkeren sender kopi av søknaden … til banken», «… får en kopi av journalen fra pasienten»); our own organ by
 * a genitive of ourselves (parties.ts ownGenitive: «Selskapets styre får …»); the supplier of a system where the activity
 * records a processor (parties.ts supplierOfSystem, F1 session 40); a copy is data only of a word of data or a pronoun
 * for one («a copy of it»), not of a thing («a copy of the lease agreement»).
 */

/** A word of the lexicon, on word boundaries (nb, nn, en). */
const words = (alternatives: readonly string[]): string => String.raw`(?<![\p{L}])(?:${alternatives.join('|')})(?![\p{L}])`;

const MOVE_WORDS = [
  String.raw`send\p{L}*|tilsend\p{L}*|oversend\p{L}*|videresend\p{L}*|ettersend\p{L}*`,
  String.raw`del(?:er|ar|te|es|ast|t)?|deling`,
  String.raw`overfør\p{L}*|utlever\p{L}*|formidl\p{L}*|gir|gis|gitt|gjev|gjeve|givast|gjevast|gi\s+videre|gi\s+vidare`,
  String.raw`får|fær|fikk|fekk|mottar|mottek|tek\s+imot|tar\s+imot`,
  String.raw`tilgjengeli?g\p{L}*|lån\p{L}*|kopi(?:en|ar|er)?`,
  String.raw`bekreft\p{L}*|confirm\p{L}*|orienter\p{L}*|informer\p{L}*|ringjer|ringer|varsl\p{L}*|melde[rst]?|meldast|meldes|rapporter\p{L}*`,
  String.raw`slå\s+opp|slår\s+opp|se|sjå|ser|lese|les|vite`,
  String.raw`sends?|sent|sending|share[sd]?|sharing|pass(?:es|ed)?\s+(?:\p{L}+\s+){0,4}?on|passed|hand(?:s|ed)?|forward(?:s|ed)?|disclose[sd]?|receives?|received|given|gets?|flagged|download\p{L}*|available|access|copy|copies|tells?|told|informs?|notif\p{L}*|quote[sd]?|publish\p{L}*|calls?|rings?`,
];
const MOVE = lazyPattern(words(MOVE_WORDS), 'iu');

const DATA = lazyPattern(
  words([
    String.raw`\p{L}*(?:opplysning|notat|journal|søknad|utgreiing|utredning|undersøking|undersøkelse|klage|samtale)\p{L}*|namn\p{L}*|navn\p{L}*|(?:kopi(?:en|ar|er)?\s+av|cop(?:y|ies)\s+of)\s+(?:it|them|this|these|den|det|dei|dem|de|denne|dette|disse|desse)|(?:medlems|kunde|kontakt|navne|namne|deltaker|deltakar|adresse|abonnent|elev|pasient|klasse|søker|søkjar|gjeste|beboer|bebuar)list(?:e|en|ene|er|a|ene|ar|ane)|søknad\p{L}*|svar\p{L}*|resultat\p{L}*|data|rådata\p{L}*|adresse\p{L}*|telefon\p{L}*|mobilnummer\p{L}*|e-post\p{L}*|notat\p{L}*|utgreiing\p{L}*|utredning\p{L}*|mappe\p{L}*|saksmapp\p{L}*|vurdering\p{L}*|tips\p{L}*|bilde\p{L}*|bilete\p{L}*|foto\p{L}*|opptak\p{L}*|samtale\p{L}*|klage\p{L}*|undersøking\p{L}*|undersøkelse\p{L}*|fødselsnummer\p{L}*|kven\s+som\s+har|hvem\s+som\s+har|eieren|eigaren|henvendels\p{L}*|førespurnad\p{L}*|medlemslist\p{L}*|abonnentlist\p{L}*`,
    String.raw`names?|(?:name|member|customer|contact|client|patient|pupil|participant|subscriber|guest|mailing|class)\s+lists?|lists?\s+of\s+(?:the\s+)?(?:names|members|customers|clients|patients|pupils|participants|subscribers|guests)|records?|applications?|answers?|results?|addresse?s?|phone|numbers?|e-?mail\s+addresses|notes?|files?|details|photos?|conversations?|recordings?|history|data`,
  ]),
  'iu',
);

/** Outside parties by a word of their kind (no company form: «… as an authorised sub-processor» is English «as»). */
const PARTY = lazyPattern(
  words([
    String.raw`partner\p{L}*|samarbeidspart\p{L}*|leverandør\p{L}*|forsikringsselskap\p{L}*|selskap\p{L}*|firma\p{L}*|byrå\p{L}*|arbeidsgiver\p{L}*|arbeidsgjevar\p{L}*|fastleg(?:e|en|ar|ane|er|ene)|skole(?:n|ne|r)?|skule(?:n|ane|ar)?|grunnskole(?:n)?|studiestad(?:en)?|kontaktlærer(?:en|ne)?(?=\s+(?:ved|på|i)\s)|politi(?:et|a)?|tildelingskontor\p{L}*`,
    String.raw`\p{L}*forening(?:a|en|ar|er|ane|ene)?|\p{L}*foreining(?:a|ar|ane)?|\p{L}*avis(?:a|en|ene|er)?|presse\p{L}*|forsker\p{L}*|forskar\p{L}*|stipendiat\p{L}*|klagenemnd\p{L}*|nemnd\p{L}*|apotek\p{L}*|helsesykepleier\p{L}*|helsesjukepleiar\p{L}*|grunneier\p{L}*|grunneigar\p{L}*|dyreholder\p{L}*|dyrehaldar\p{L}*|forhandler\p{L}*|trafikkskole\p{L}*|listene|studentbyrådet|hvem\s+som\s+helst|kven\s+som\s+helst|allmenheten|allmenta|reklamebyrå\p{L}*|rådgivningsselskap\p{L}*|forsikring\p{L}*|bank\p{L}*|inkasso\p{L}*|morselskap\p{L}*|søsterselskap\p{L}*|konsern\p{L}*`,
    String.raw`partners?|suppliers?|vendors?|insurers?|insurance\s+compan\p{L}*|agenc(?:y|ies)|employers?|GP|schools?|(?:form|contact)\s+teachers?(?=\s+(?:at|in)\s)|police|dealers?|associations?|unions?(?!\s+rep)|press|researchers?|buyers?|agents?|sister\s+company|anyone|banks?`,
  ]),
  'giu',
);

/** Parents or families are outside parties only as OTHER children's: a pupil's own parents act for the pupil. */
const OTHER_PARENTS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:other|andre)\s+(?:parents|families|foreldre\p{L}*)|(?:every|each)\s+family|alle\s+foreldr\p{L}*(?=[^.!?]*kvarandre|[^.!?]*hverandre))(?![\p{L}])`,
  'giu',
);
const NEGATED = lazyPattern(words([String.raw`ikke|ikkje|aldri|never|not|ingen|inga|no|none|nobody|verken|korkje|n't`]), 'iu');
/** Data that is not personal, a processor, a plan considered, what the person may ask for, what they do themself. */
const NOT_DISCLOSED = lazyPattern(
  words([
    String.raw`uten\s+navn|utan\s+namn|without\s+names?|anonym\p{L}*|anonymi[sz]ed|aggregat\p{L}*|statisti\p{L}*|totals?|figures|tall|antall|talet|price\s+list|prisliste\p{L}*|regelverk\p{L}*|regler|reglar|rules|rettleiing|veiledning|guidance`,
    String.raw`sub-?processors?|databehandler\p{L}*|databehandlar\p{L}*|processors?|underleverandør\p{L}*|vurderte|considered|kan\s+be\s+om|can\s+ask|may\s+ask`,
    String.raw`selv|sjølv|sjøl|themselves|himself|herself|yourself|their\s+child's|sannsynlig|sannsynleg|likely`,
    // The person acts, or gets their own data; a supplier's access for support.
    String.raw`kan\s+du|hvis\s+du|dersom\s+du|viss\s+du|you\s+can|if\s+you|(?:sine|sitt|sin|sine|their)\s+(?:egne|eget|egen|eigne|eige|own)\s+(?:kontakt\p{L}*|contact|opplysning\p{L}*|details|data)|feilretting|brukerstøtte|brukarstøtte|support`,
    // Ended, once, by mistake, a test or a drill: no practice of the activity.
    String.raw`stopped|ceased|sluttet|slutta|sluttar|slutter|once|ein\s+gong|en\s+gang|by\s+mistake|ved\s+en\s+feil|ved\s+ein\s+feil|as\s+a\s+test|fiktiv\p{L}*|fictitious|simulation|øvelse|øving`,
    // Processing on our behalf: a processor, not a recipient.
    String.raw`for\s+us|for\s+oss|on\s+our\s+behalf|på\s+vegne\s+av\s+oss|hosts|drifter|driftar|how\s+many|hvor\s+mange|kor\s+mange`,
  ]),
  'iu',
);
const ARTICLE = String.raw`(?:den|det|de|dei|ein|en|ei|et|eit|the|a|an|our|vår|våre|vårt|its|their|his|her|every|each|all|alle|kvar|hver|other|andre)`;
/** A preposition between «til» and a party word: the party word names a field or a place («til forbundet innan bank»). */
const PLACE_PREPOSITION = String.raw`innan|innen|i|på|av|om|for|within|in|of|on|about|from|frå|fra`;
/** Before the party: «til/to/with/overfor» and up to three words (a verb of movement earlier in the sentence). */
const TO_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:til|to|with|med|overfor|åt)\s+(?:${ARTICLE}\s+){0,3}(?:(?!(?:${PLACE_PREPOSITION})\s)[\p{L}'’-]+\s+){0,3}?$`,
  'iu',
);
/** Before the party: a passive with the receiver after it, no preposition («oversendes Den norske … klagenemnd»). */
const PASSIVE_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:oversendes|oversendast|sendes|sendast|gis|givast|gjevast|utleveres|utleverast|tilsendt|handed\s+over\s+to|passed\s+on\s+to)\s+(?:(?:den|det|de|dei|ein|en|ei|et|eit|the|a|an)\s+)?(?:[\p{L}'’-]+\s+){0,3}?$`,
  'iu',
);
/** After the party: a verb of receiving within four words («Fastlegen til pasienten får også tilsendt»). */
const RECEIVES_AFTER = lazyPattern(
  String.raw`^(?:,?\s+[\p{L}'’-]+){0,5}?,?\s+(?:(?:kan|may|can|vil|will)\s+(?:også\s+|also\s+)?)?(?:får|fær|fekk|fikk|mottar|mottek|tek\s+imot|tar\s+imot|receives?|received|gets?|got|is\s+given|are\s+given|is\s+sent|are\s+sent|is\s+told|are\s+told|låne|låner|lånar|slå\s+opp|download|see|sjå|se|lese|les|read|look\s+up)(?![\p{L}])`,
  'iu',
);
/**
 * Before the party: a verb of receiving or telling right before it (V2: «får dyrehaldaren vite», «orienterer vi også
 * grunneieren»), a verb of giving with the receiver as the first object («we also send the agents … a copy»), «made
 * available for» (nn «gjorde tilgjengelege for»). Publication («on our website») is left to the rule's publication readers.
 */
const VERB_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:får|fær|fekk|fikk|mottar|mottek|orienterer|orienterar|informerer|informerar|varsler|varslar|ringjer|ringer|tells?|told|informs?|informed|notif(?:y|ies|ied)|calls?|called)(?:\s+(?:vi|me|we|også|og|also))*|(?:send|sends|sent|give|gives|gave|hand|hands|handed|sender|sendte|gir|gjev|gav|ga)(?:\s+(?:vi|me|we|også|og|also))*|tilgjengeli?g\p{L}*\s+for|available\s+(?:to|for))\s+(?:${ARTICLE}\s+){0,2}$`,
  'iu',
);
/** «fra/frå/from» up to two words before the party, «av/by/about/om» right before it (the giver or the topic): the giver, not the receiver. */
const FROM_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:fra|frå|from)\s+(?:[\p{L}'’-]+\s+){0,2}|(?:av|by|about|om)\s+(?:(?:den|det|de|dei|the|a|an)\s+)?)$`,
  'iu',
);
/** The press, a website or anyone: the public, which a record that lists the public as a recipient has named. */
const PUBLIC_PARTY = lazyPattern(String.raw`avis|presse|press|website|anyone|hvem\s+som\s+helst|kven\s+som\s+helst|allmen`, 'iu');
const PUBLIC_LISTED = lazyPattern(String.raw`allmenn?he|allmenta|offentlighet|offentlegheit|(?<![\p{L}])(?:the\s+)?public(?![\p{L}])|publikum`, 'iu');
/** The sentence's first word before a verb of sending: who sends. */
const SENDER = lazyPattern(String.raw`^\s*(\p{Lu}[\p{L}-]+)\s+(?:sender|sendte|sends|sent|gir|gives|deler|delar|shares)(?![\p{L}])`, 'u');
/** The giver after the party: «fra/frå/from» and its noun («… fra pasienten», «from the patient»). */
const FROM_AFTER = lazyPattern(String.raw`(?<![\p{L}])(?:fra|frå|from)\s+(?:(?:den|det|the|their|his|her)\s+)?([\p{L}-]+)`, 'iu');
/** The person the record is about or their family (parties.ts partyKind): one who hands over their own data. */
const personKind = (word: string): boolean => {
  const kind = partyKind(word);
  return kind === 'subject' || kind === 'relative';
};
/** Where a sentence ends. */
const SENTENCE = lazyPattern(String.raw`(?<=[.!?])\s+|\n\s*\n`, 'u');

/** A party word's stem for matching the record's names (the first four to six letters). */
const stem = (word: string): string => {
  const w = word.toLowerCase();
  // «Hvem som helst», «insurance company»: the phrase, or the word's first six letters (four at the least).
  if (/\s/u.test(w)) return w.startsWith('insur') ? 'insur' : w.replace(/\s+/gu, ' ');
  return w.slice(0, Math.max(4, Math.min(6, w.length - 2)));
};

/** Every string under a value (a name per language, a note …). */
function stringsOf(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsOf(x, out);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) stringsOf(x, out);
  return out;
}

/** The record's own words for whoever may stand in a sentence and not be a recipient it leaves out. */
function knownNames(r: ResolvedActivity, registry: Registry): string {
  const out: string[] = [];
  if (Array.isArray(r.recipients)) for (const ref of r.recipients) out.push(ref.id, ...stringsOf(ref.value));
  for (const ref of r.processors) out.push(ref.id, ...stringsOf(ref.value));
  for (const j of r.activity.jointControllers ?? []) out.push(...stringsOf(j), ...stringsOf(registry.organisation?.value.jointControllers?.[j.controller]));
  out.push(...stringsOf(r.activity.disclosures), ...stringsOf(r.activity.transfers));
  for (const ref of [...r.dataSubjects, ...r.sources]) out.push(ref.id, ...stringsOf(ref.value));
  out.push(...stringsOf(registry.organisation?.value.name));
  return out.join(' \n ').toLowerCase();
}

export interface UnlistedDisclosure {
  readonly pointer: string;
  /** The party's words as the sentence says them. */
  readonly party: string;
}

/**
 * The first sentence of the activity's free texts that tells of personal data going to an outside party the record
 * names nowhere (see above), or undefined.
 */
export function unlistedDisclosure(r: ResolvedActivity, registry: Registry, said: (text: string) => string): UnlistedDisclosure | undefined {
  let names: string | undefined;
  const receiversIn = textReader(RECEIVERS, said, receivers);
  for (const t of freeTexts(r)) {
    // How to withdraw consent names where to write, not a receiver.
    if (t.field === 'withdrawal') continue;
    for (const c of receiversIn(t.text)) {
      names ??= knownNames(r, registry);
      if (names.includes(stem(c.party)) || (PUBLIC_PARTY().test(c.party) && PUBLIC_LISTED().test(names))) continue;
      // Another party the record knows sends it («Skatteetaten sender opplysningene til NAV»): not this controller.
      if (c.sender !== undefined && names.includes(stem(c.sender))) continue;
      // The supplier of a system where the activity records its processor («Feilloggene sendes til leverandøren av
      // journalsystemet»): the processor in its role, as recipients-stated's clause readings take it (F1, session 40).
      if (r.processors.length > 0 && supplierOfSystem(c.party, '', c.sentence)) continue;
      return { pointer: t.pointer, party: c.party };
    }
  }
  return undefined;
}

/** A reading of a text alone, once per distinct text (util/memo.ts) for each way of cleaning it (`said`, one per rule). */
function textReader<V>(
  cache: WeakMap<(text: string) => string, (text: string) => V>,
  said: (text: string) => string,
  read: (text: string) => V,
): (text: string) => V {
  let reader = cache.get(said);
  if (reader === undefined) cache.set(said, (reader = byText((text: string) => read(said(text)))));
  return reader;
}
const RECEIVERS = new WeakMap<(text: string) => string, (text: string) => readonly Receiver[]>();
interface Receiver {
  readonly party: string;
  /** The sentence the party stands in. */
  readonly sentence: string;
  /** The sentence's first word when it sends («Skatteetaten sender …»). */
  readonly sender?: string;
}
/** The parties a text's sentences hand personal data to, in order: what the text alone tells (see above). */
function receivers(text: string): readonly Receiver[] {
  if (!MOVE().test(text) || !DATA().test(text)) return [];
  const out: Receiver[] = [];
  for (const sentence of text.split(SENTENCE())) {
    if (!MOVE().test(sentence) || !DATA().test(sentence) || NEGATED().test(sentence) || NOT_DISCLOSED().test(sentence)) continue;
    for (const m of [...matchesOf(PARTY(), sentence), ...matchesOf(OTHER_PARENTS(), sentence)]) {
      const before = sentence.slice(0, m.index);
      const after = sentence.slice(m.index + m[0].length);
      // A named body in mid-sentence («Klagen sendes til Klagenemnda»): the rule's named-party readings judge it.
      if (FROM_BEFORE().test(before) || (m.index > 0 && /^\p{Lu}/u.test(m[0]))) continue;
      const receives =
        (TO_BEFORE().test(before) && MOVE().test(before)) || PASSIVE_BEFORE().test(before) || VERB_BEFORE().test(before) || RECEIVES_AFTER().test(after);
      if (!receives) continue;
      // Our own organ by a genitive of ourselves («Selskapets styre får …»: parties.ts ownGenitive).
      if (ownGenitive(`${m[0]} ${/^\s*([\p{L}-]+)/u.exec(after)?.[1] ?? ''}`)) continue;
      // Handed over by the person or their family, not by us: the sender («Søkeren sender kopi av søknaden … til banken») or
      // the giver after «fra/from» («Forsikringsselskapet får en kopi av journalen fra pasienten»), read as parties.ts reads them.
      const sender = SENDER().exec(sentence)?.[1];
      if (sender !== undefined && personKind(sender)) continue;
      const giver = FROM_AFTER().exec(after)?.[1];
      if (giver !== undefined && personKind(giver)) continue;
      out.push(sender === undefined ? { party: m[0], sentence } : { party: m[0], sentence, sender });
    }
  }
  return out;
}

/**
 * Staff measured by co-occurrence (CO, session 47): a sentence that names the staff (ansatte, tilsette, mannskapet,
 * each mechanic, receptionists, cashiers …), a means that records them (log-ins, logs, GPS, camera footage, trips,
 * clocked hours, sales data …) and a use of it on them (to see how long, how fast, how many; to check, assess, rank or
 * compare; a talk with the slowest). Arbeidsmiljøloven § 9-1 asks an objective reason for such a control measure.
 * Not read where the record marks the activity as monitoring employees (riskFactors.employeeMonitoring), nor in a
 * sentence with a negation, of aggregate figures or of snooping in records (a lawful control of access).
 */
const STAFF = lazyPattern(
  words([
    String.raw`ansatt\p{L}*|tilsett\p{L}*|\p{L}*medarbeider\p{L}*|\p{L}*medarbeidar\p{L}*|mannskap\p{L}*|mekaniker\p{L}*|resepsjonist\p{L}*|rettleiar(?:en|ar|ane)?|veileder(?:en|e|ne)?|tannlege(?:n|r|ne)?|tannpleier(?:en|e|ne)?|sjåfør(?:en|er|ar|ane|ene)?|(?:hver|kvar)\s+(?:enkelt|tilsett|ansatt)`,
    String.raw`employees?|staff|crew|mechanics?|receptionists?|cashiers?|drivers?|each\s+(?:employee|mechanic|one)`,
  ]),
  'iu',
);
const MEANS = lazyPattern(
  words([
    String.raw`\p{L}*logg\p{L}*|pålogg\p{L}*|gps|\p{L}*kamera\p{L}*|opptak\p{L}*|kjøretur\p{L}*|stempl\p{L}*|timeliste\p{L}*|salsdata|salgsdata|nettsted\p{L}*|oversikt\p{L}*|samtal\p{L}*`,
    String.raw`log-?ins?|logs?|logged|cameras?|footage|recordings?|trips?|clocked|timesheets?|sales\s+data|websites?|overview`,
  ]),
  'iu',
);
const MEASURED = lazyPattern(
  words([
    String.raw`for\s+å\s+(?:se|sjå|sjekke|vurdere|kontrollere|måle|rangere)|til\s+å\s+(?:se|sjå|sjekke|vurdere|kontrollere|måle|rangere)|se\s+om|sjå\s+om|(?:hvor|kor)\s+(?:lenge|raskt|fort|mange)|rangere|sammenlign\p{L}*|samanlikn\p{L}*|lavest|lågast|tar\s+(?:en|ei)\s+samtale|tek\s+(?:ein|ei)\s+samtale`,
    String.raw`to\s+(?:see|check|time|assess|rank|measure)|how\s+(?:long|fast|quickly|many)|rank\p{L}*|compar\p{L}*|sets?\s+[^.!?]{0,60}?\s+against|slowest|lowest|one-to-one`,
  ]),
  'iu',
);
/**
 * Aggregate figures, snooping in records (a control of access the law asks), how long a record is kept, the staff's own
 * use, or a measure said to be discussed with the representatives or announced beforehand (§ 9-2; steps-not-taken reads
 * what is denied of that).
 */
const NOT_MEASURED = lazyPattern(
  words([
    String.raw`tillitsvalgt\p{L}*|tillitsvald\p{L}*|employee\s+representatives?|drøft\p{L}*|agreed\s+with|prior\s+notice|snok\p{L}*|snoop\p{L}*|lagr\p{L}*|lagret|kept|stored|oppbevar\p{L}*|slett\p{L}*|deleted|anonym\p{L}*|statisti\p{L}*|aggregat\p{L}*|samla|samlet|totalt|in\s+total|overall|sjølv|selv|themselves`,
  ]),
  'iu',
);

/**
 * The staff as the sentence's subject, acting («Dei tilsette brukar kameraet …», «Staff check the log to see …»): what they
 * check is someone else (a courier, a supplier's driver, a late parent), not them.
 */
const STAFF_ACT = lazyPattern(
  String.raw`^\s*(?:(?:de|dei|the|our|all|alle|våre|vore)\s+)?(?:${STAFF.source})\s+(?:kan|can|may|må|must|use|uses|bruker|brukar|check|checks|sjekker|sjekkar|ser|ser|see|lytter|lyttar|listen|høyrer|hører)(?![\p{L}])`,
  'iu',
);
/** The first sentence of the activity's free texts that tells of staff measured by a record (see above), or undefined. */
export function staffMeasured(r: ResolvedActivity, said: (text: string) => string): { pointer: string; words: string } | undefined {
  if (r.activity.riskFactors?.employeeMonitoring === true) return undefined;
  const measuredIn = textReader(MEASURED_SENTENCE, said, measuredSentence);
  for (const t of freeTexts(r)) {
    const words = measuredIn(t.text);
    if (words !== undefined) return { pointer: t.pointer, words };
  }
  return undefined;
}
const MEASURED_SENTENCE = new WeakMap<(text: string) => string, (text: string) => string | undefined>();
/** A text's first sentence that tells of staff measured by a record (see above). */
function measuredSentence(text: string): string | undefined {
  if (!STAFF().test(text) || !MEANS().test(text) || !MEASURED().test(text)) return undefined;
  for (const sentence of text.split(SENTENCE())) {
    if (
      MEANS().test(sentence) &&
      MEASURED().test(sentence) &&
      !NEGATED().test(sentence) &&
      !NOT_MEASURED().test(sentence) &&
      STAFF().test(sentence) &&
      !STAFF_ACT().test(sentence)
    )
      return sentence.trim();
  }
  return undefined;
}

/**
 * A source by co-occurrence (CO, session 47): a verb of getting (hente, få … frå, slå opp, sjekke, ringe, supplere;
 * pull, fetch, obtain, look up, trace, update with), a word of personal data or of what a person has posted, and a
 * party of a kind that is a source (a former employer, a former dentist, social media, LinkedIn, Facebook, the
 * population register, the summary care record, other dealers, user organisations) after «frå/fra/from/i/in/through/
 * hos» or as the object of a call. Art. 14(2)(f) asks the source. Not when the party's word is in a recorded source's,
 * processor's or system's name or in the organisation's, nor with a negation or what the person gives us themself; nor
 * «andre steder i arkivet» (a place in our own records, as notice-source's ELSEWHERE reads it), nor our own or a company's
 * profile (prose-activity.ts NOT_OURS_FRONTED beside the word: «Profilen vår sjekker vi på LinkedIn»).
 */
const SOURCE_PARTY = lazyPattern(
  words([
    String.raw`(?:tidlegare|tidligere|forrige)\s+(?:arbeidsgivar\p{L}*|arbeidsgiver\p{L}*|arbeidsgjevar\p{L}*|tannlege\p{L}*|lege\p{L}*|fastlege\p{L}*|skole\p{L}*|skule\p{L}*)|sosiale\s+medi\p{L}*|linkedin|facebook|instagram|folkeregister\p{L}*|kjernejournal\p{L}*|brukarorganisasjon\p{L}*|brukerorganisasjon\p{L}*|(?:andre\s+stader|andre\s+steder)(?!\s+(?:i|in|on|på|within)\s)`,
    String.raw`(?:former|previous|earlier)\s+(?:employers?|dentists?|doctors?|GPs?|schools?)|social\s+media|national\s+population\s+register|population\s+register|other\s+dealers`,
  ]),
  'giu',
);
const GET = lazyPattern(
  words([
    String.raw`hent\p{L}*|(?:får|fær|fekk|fikk)(?=[^.!?]*?(?<![\p{L}])(?:fra|frå)\s)|innhent\p{L}*|slår\s+opp|slå\s+opp|sjekk\p{L}*|ring\p{L}*|supplerer|supplerar|finn|finner|set\s+saman|setter\s+sammen|oppslag\p{L}*`,
    String.raw`pulls?|pulled|fetch\p{L}*|obtains?|obtained|look(?:s|ed)?\s+up|look-up|traced?|updated|checks?|checked|calls?|called|collects?`,
  ]),
  'iu',
);
const POSTED = lazyPattern(
  words([
    String.raw`lagt\s+ut|profil\p{L}*|posted|profiles?|endring\p{L}*|changes|adresse\p{L}*|address\p{L}*|referans\p{L}*|references?|repairs|reparasjon\p{L}*|legemidl\p{L}*|medisin\p{L}*`,
  ]),
  'iu',
);
/**
 * What a person has posted or their details, not our own or a company's («Profilen vår sjekker vi på LinkedIn»): the words
 * next to it are not prose-activity.ts's NOT_OURS_FRONTED (vår, our, own, company, ads).
 */
const personsPosted = (sentence: string): boolean =>
  matchesOf(POSTED_G(), sentence).some((m) => {
    const near = `${sentence.slice(Math.max(0, m.index - 20), m.index)} ${sentence
      .slice(m.index + m[0].length)
      .split(/\s+/u)
      .slice(0, 2)
      .join(' ')}`;
    return !NOT_OURS_FRONTED().test(near);
  });
const POSTED_G = lazyPattern(POSTED.source, 'giu');
/** The controller acts, or a passive: not the person checking something themself («Applicants can check the company's profile on LinkedIn»). */
const WE_OR_PASSIVE = lazyPattern(words([String.raw`vi|me|we|us|blir|vert|is|are|was|were|\p{L}+(?:es|ast)`]), 'iu');
const SELF_GIVES = lazyPattern(words([String.raw`selv\s+gir|sjølv\s+gir|gives?\s+us|oppgir|oppgjev|har\s+oppgitt(?!\s+den)`]), 'iu');

/** The first sentence of the activity's free texts that names a source the record does not (see above), or undefined. */
export function unlistedSource(r: ResolvedActivity, registry: Registry, said: (text: string) => string): UnlistedDisclosure | undefined {
  let names: string | undefined;
  const sourcesIn = textReader(SOURCES, said, sourcesNamed);
  for (const t of freeTexts(r)) {
    if (t.field === 'withdrawal') continue;
    for (const party of sourcesIn(t.text)) {
      names ??= sourceNames(r, registry);
      if (names.includes(party.toLowerCase()) || names.includes(stem(longestWord(party)))) continue;
      return { pointer: t.pointer, party };
    }
  }
  return undefined;
}
const SOURCES = new WeakMap<(text: string) => string, (text: string) => readonly string[]>();
/** The sources a text's sentences name, in order: what the text alone tells (see above). */
function sourcesNamed(text: string): readonly string[] {
  if (!GET().test(text)) return [];
  const out: string[] = [];
  for (const sentence of text.split(SENTENCE())) {
    if (
      !GET().test(sentence) ||
      !(DATA().test(sentence) || personsPosted(sentence)) ||
      NEGATED().test(sentence) ||
      SELF_GIVES().test(sentence) ||
      !WE_OR_PASSIVE().test(sentence)
    )
      continue;
    for (const m of matchesOf(SOURCE_PARTY(), sentence)) out.push(m[0]);
  }
  return out;
}

/** A phrase's longest word («population» of «population register»): the one that tells the party. */
const longestWord = (phrase: string): string => phrase.split(/\s+/u).reduce((a, b) => (b.length > a.length ? b : a), '');

/** The record's own words for where the activity's data comes from, or who acts for it. */
function sourceNames(r: ResolvedActivity, registry: Registry): string {
  const out: string[] = [];
  for (const ref of r.sources) out.push(ref.id, ...stringsOf(ref.value));
  for (const ref of [...r.processors, ...r.systems]) out.push(ref.id, ...stringsOf(ref.value));
  out.push(...stringsOf(registry.organisation?.value.name));
  return out.join(' \n ').toLowerCase();
}
