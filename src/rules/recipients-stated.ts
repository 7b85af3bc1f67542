import { CLAUSE_END, discloses, publishes, textsOf, transfersOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/**
 * Art. 30(1)(d): recipients, or an explicit `none`; silence is not an answer. Nor is `none` when the activity lists
 * a transfer to a recipient (a catalogue recipient, not a processor) or to an international organisation: whoever
 * data is disclosed to is a recipient (Art. 4(9)), and the record contradicts itself (`none-but-transfers`).
 * The controller's own staff abroad are not such a recipient.
 *
 * Nor is `none` when a purpose's words say the data is published («publisere», «offentliggjøre», «legge ut på
 * nettsiden», «publish»): publication is disclosure «by transmission, dissemination or otherwise making available»
 * (Art. 4(2)) to everyone who reads it, so the public (the website's readers) is a category of recipients the record
 * and the notice must name (Art. 30(1)(d), 13(1)(e); a warning, `none-but-published`). Publishing statistics,
 * results or anonymous data is not publishing personal data, and a clause that denies it is not read.
 *
 * Nor, likewise, when a purpose's words say the data is handed to someone outside: «utlevere», «oversende», «gi videre»,
 * or sharing, sending or presenting it to an outside party («presentere deg for en kunde», «sende til NAV», «share with
 * partners»). Whoever receives it is a recipient (Art. 4(9)); a warning, `none-but-discloses`.
 *
 * A list is read against the record's own words (`described-recipient-missing`, a warning): a named party the description
 * or a purpose hands data to (NAMED_PARTIES) that no listed recipient, processor or joint controller names.
 *
 * The activity's own description is read the same way when no purpose says it (`described-disclosure`): «Krav som ikkje
 * blir betalte, sender vi til inkassoselskapet vårt» in the description and `recipients: none` contradict each other as
 * much as in a purpose.
 */
/**
 * Named parties a description or purpose may hand data to, each with the words a recipient (or processor, or joint
 * controller) that is that party is named by. A list of recipients that names none of them leaves out one the record
 * itself speaks of (`described-recipient-missing`). Generic parties («partners», «third parties», «authorities») and
 * «kommunen» (often the controller itself) are not judged: ropa cannot tell which entry they are. «Politisk»,
 * «politiker», «politikk» (politically exposed persons, politicians, policy) name no police.
 */
const NAMED_PARTIES: readonly { party: RegExp; named: RegExp }[] = [
  { party: /(?<![\p{L}])(?:politi(?!sk|ker|kk|sere)\p{L}*|police)(?![\p{L}])/iu, named: /politi|police/iu },
  { party: /(?<![\p{L}])nav(?![\p{L}])/iu, named: /(?<![\p{L}])nav(?![\p{L}])|arbeids- og velferd|labour and welfare/iu },
  { party: /skatteetaten/iu, named: /skatt|tax/iu },
  { party: /økokrim/iu, named: /økokrim|finansiell etterretning|financial intelligence/iu },
  { party: /finanstilsyn\p{L}*/iu, named: /finanstilsyn|financial supervisory/iu },
  { party: /tolletaten|tollvesenet/iu, named: /toll|customs/iu },
  { party: /namsmann\p{L}*|namsfogd\p{L}*/iu, named: /namsmann|namsfogd|enforcement/iu },
  { party: /kontaktpunkt\p{L}*|contact points?/iu, named: /kontaktpunkt|contact point/iu },
  { party: /trafikkskole\p{L}*|kjøreskole\p{L}*|køyreskule\p{L}*|driving schools?/iu, named: /skole|skule|school/iu },
  { party: /inkasso\p{L}*|debt collect\p{L}*/iu, named: /inkasso|debt collect|collection/iu },
  { party: /forsikringsselskap\p{L}*|insurers?/iu, named: /forsikr|insur/iu },
  // The energy market's data hub (avregningsforskriften ch. 6): grid companies send it every meter value (§§ 3-8, 4-5).
  { party: /(?<![\p{L}])elhub(?![\p{L}])/iu, named: /elhub/iu },
];
/** Any of NAMED_PARTIES' party words. */
const ANY_PARTY = new RegExp(NAMED_PARTIES.map(({ party }) => `(?:${party.source})`).join('|'), 'iu');
/** All that follows a clause's first «til»/«to»: where the party it sends something to is named. */
const TO_NAMED = /(?:^|\s)(?:til|to)\s+(.+)$/iu;
/** The person acts themself («sender selv», «sjølv», «themselves», «their own claims»): not the controller disclosing. */
const SELF_ACTS = /(?<![\p{L}])(?:selv|sjølv|sjøl|themselves|himself|herself|yourself|their own|his own|her own|your own)(?![\p{L}])/iu;
/** The controller as the actor («vi», «we»). */
const WE = /(?<![\p{L}])(?:vi|we)(?![\p{L}])/iu;
/** The clauses of a text where the controller, not the person themself, acts («Elevene sender søknaden til trafikkskolen selv» is left out). */
const byController = (text: string): string =>
  text
    .split(CLAUSE_END)
    .filter((c) => !(SELF_ACTS.test(c) && !WE.test(c)))
    .join('. ');
/** Another body of the same kind: «den nye kommunen», «en annen kommune», «another municipality». */
const ANOTHER = /(?<![\p{L}])(?:ny|nye|nytt|annen|anna|andre|annan|other|another|new|tidligere|tidlegare|previous|former|neste|next)(?![\p{L}])/iu;

/**
 * Data handed to a party named by its proper name: a hand-over verb, at most six words, then «til»/«to» and a name that
 * starts with a capital letter («Forbundet sender navn, fødselsdato og lisensperiode til Gjensidige», «Uttakslister og
 * testresultater sendes til Olympiatoppen»; H12D, variants-idrett ID15, ID28). The name is one to four capitalised words
 * («Antidoping Norge», «Norges idrettshøgskole» counts from its first word). Case matters: a common noun after «til» is
 * left to NAMED_PARTIES.
 */
const HANDED_TO_NAME =
  /(?<![\p{L}])(?:sende|sender|sendes|sendt|oversende|oversender|oversendes|utlevere|utleverer|utleveres|utlevert|overføre|overfører|overføres|overført|levere|leverer|leveres|rapportere|rapporterer|rapporteres|innrapportere|innrapporterer|innrapporteres|send|sends|sent|disclose|discloses|disclosed|transfer|transfers|transferred|report|reports|reported)(?![\p{L}])(?:\s+[^\s.;:!?]+){0,6}?\s+(?:til|to)\s+(\p{Lu}[\p{L}\d-]+(?:\s+\p{Lu}[\p{L}\d-]+){0,3})/u;
/**
 * A party by its proper name right after the verb, and then what is sent in lower case (double object: «Forbundet sender
 * Antidoping Norge landslagstroppen med samlingsplanene»; H12D, variants-idrett ID32).
 */
const DOUBLE_OBJECT_NAME =
  /(?<![\p{L}])(?:sende|sender|oversende|oversender|send|sends)\s+(\p{Lu}[\p{L}\d-]+(?:\s+\p{Lu}[\p{L}\d-]+){0,3})\s+(?!(?:til|to|med|via|with|by|på|om|fra|from)(?![\p{L}]))\p{Ll}/u;
/**
 * A country, region or the controller's own unit, not a party («overføres til USA», «sent to HR», «reported to Finance»):
 * a transfer is judged by the transfer rules, a unit of the controller is no recipient.
 */
const PLACE_OR_UNIT =
  /^(?:Norge|Noreg|Norway|Sverige|Sweden|Danmark|Denmark|Finland|Island|Iceland|Tyskland|Germany|Irland|Ireland|Nederland|Netherlands|Frankrike|France|Sveits|Switzerland|Storbritannia|Britain|England|UK|USA|US|Canada|Kina|China|India|Japan|EU|EØS|EEA|Europa|Europe|HR|IT|Finance|Payroll|Legal|Compliance|Management|Procurement|Accounts|Økonomi|Lønn|Personal)$/u;
/** A message, not a party: «sender SMS til …», «sender E-post». */
const MESSAGE_WORD = /^(?:sms|mms|e-?post|e-?mail|epost)$/iu;
/** Counts or statistics handed over («rapportere medlemstall til NIF», «report statistics to Eurostat»): no personal data named. */
const COUNTS =
  /\p{L}*tall(?![\p{L}])|statistikk\p{L}*|antall|anonym\p{L}*|aggreg\p{L}*|(?:uten|utan) (?:navn|namn)|statistics|numbers|counts|figures|without names/iu;
/** Small words left out of an acronym («Direktoratet for samfunnssikkerhet og beredskap» is DSB). */
const ACRONYM_SKIP = new Set(['for', 'og', 'i', 'av', 'til', 'of', 'and', 'the', 'in', 'on', 'med']);
/**
 * A name in capitals («DSB», «IKA») that is the initials of a listed name: «DSB» for «Direktoratet for samfunnssikkerhet
 * og beredskap» (variants-brann).
 */
const acronymOf = (name: string, known: string): boolean => {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return false;
  const want = name.toLowerCase();
  return known.split('|').some((entry) => {
    const initials = entry
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 0 && !ACRONYM_SKIP.has(w))
      .map((w) => w[0])
      .join('');
    return initials.includes(want);
  });
};
/** A name the activity's own data subjects are called by («Skolen sender karakterene til Elevene»): writing to the people. */
const subjectsNamed = (r: { dataSubjects: readonly { value: { name: unknown } }[] }, word: string): boolean =>
  r.dataSubjects.some((d) => textsOf(d.value.name as Parameters<typeof textsOf>[0]).some((n) => n.toLowerCase().includes(word)));

export default defineRule(
  {
    id: 'recipients-stated',
    severity: 'error',
    citation: 'GDPR Art. 30(1)(d); 13(1)(e); 14(1)(e)',
    messages: ['missing', 'none-but-transfers', 'none-but-published', 'none-but-discloses', 'described-disclosure', 'described-recipient-missing'],
  },
  (ctx, report) => {
    // The controller itself by a word of its name («kommunen» in Eksempel kommune's record, «Skatteetaten» in
    // Skatteetaten's): data handed to it is collected, not disclosed (Art. 4(9): a recipient is another than the
    // controller), as when a school of the municipality reports to «kommunen». Not «den nye kommunen» or «another
    // municipality»: another body of the same kind.
    const orgWords = textsOf(ctx.registry.organisation?.value.name)
      .flatMap((n) => n.toLowerCase().split(/[^\p{L}]+/u))
      .filter((w) => w.length >= 3);
    const isController = (party: string, words: string) => {
      const p = party.toLowerCase();
      return orgWords.some((w) => p.startsWith(w) && p.length - w.length <= 2) && !ANOTHER.test(words);
    };
    /**
     * A party the text hands data to by its proper name (HANDED_TO_NAME, or DOUBLE_OBJECT_NAME: «Forbundet sender
     * Antidoping Norge landslagstroppen»), that neither `listed`, the activity's processors, systems and joint
     * controllers, nor the controller or the activity's data subjects are named by.
     */
    const namedParty = (r: (typeof ctx.activities)[number], text: string, listed: () => string = () => ''): string | undefined => {
      let knownWords: string | undefined;
      const known = () =>
        (knownWords ??= [
          listed(),
          ...r.processors.flatMap((x) => [...textsOf(x.value.name), ...textsOf(x.value.service)]),
          ...r.systems.flatMap((x) => textsOf(x.value.name)),
          ...(r.activity.jointControllers ?? []).flatMap((j) => [j.controller, ctx.registry.organisation?.value.jointControllers?.[j.controller]?.name ?? '']),
        ]
          .join(' | ')
          .toLowerCase());
      for (const c of text.split('. ')) {
        const m = HANDED_TO_NAME.exec(c) ?? DOUBLE_OBJECT_NAME.exec(c);
        if (m === null || COUNTS.test(c.slice(0, m.index + m[0].length))) continue;
        const name = m[1]!;
        const first = name.split(/\s+/)[0]!.toLowerCase();
        if (
          known().includes(first) ||
          isController(name, c) ||
          subjectsNamed(r, first) ||
          acronymOf(name, known()) ||
          MESSAGE_WORD.test(name) ||
          PLACE_OR_UNIT.test(name)
        )
          continue;
        return name;
      }
      return undefined;
    };
    for (const r of ctx.activities) {
      const rec = r.activity.recipients;
      if (Array.isArray(rec) && rec.length > 0) {
        // A list: every named party the record's own words hand data to must be among the recipients, processors or
        // joint controllers (by name or description).
        const texts = [...textsOf(r.activity.description), ...r.purposes.flatMap((p) => textsOf(p.description))];
        // The listed parties' words, once per activity and only when a clause asks.
        let listedWords: string | undefined;
        const listed = () =>
          (listedWords ??= [
            ...(Array.isArray(r.recipients) ? r.recipients : []).flatMap((x) => [...textsOf(x.value.name), ...textsOf(x.value.description)]),
            ...r.processors.flatMap((x) => [...textsOf(x.value.name), ...textsOf(x.value.service)]),
            ...(r.activity.jointControllers ?? []).flatMap((j) => [
              j.controller,
              ctx.registry.organisation?.value.jointControllers?.[j.controller]?.name ?? '',
            ]),
          ].join(' | '));
        const missing: string[] = [];
        // A clause is a piece of its text cut at punctuation, so a text that names no party has no clause that does.
        if (texts.some((t) => ANY_PARTY.test(t))) {
          // The clauses where the controller acts, split once for every party asked about.
          let clauses: string[] | undefined;
          missing.push(
            ...NAMED_PARTIES.flatMap(({ party, named }) => {
              if (named.test(listed())) return [];
              // The party must be whom the clause hands the data to: every other party word is read as the controller's own,
              // so «Vi får opplysninger fra NAV og sender vedtaket til kommunen» does not hand anything to NAV. A clause where
              // the person acts themself («Kunden sender selv kravet til forsikringsselskapet») is no disclosure by the controller.
              clauses ??= texts.flatMap((t) => byController(t).split('. '));
              for (const c of clauses) {
                if (!party.test(c)) continue;
                let hit: string | undefined;
                let asked = false;
                const toOther = (p: string, words: string) => {
                  asked = true;
                  if (!party.test(p) || isController(p, words)) return true;
                  hit ??= p;
                  return false;
                };
                if (!discloses(c, toOther)) continue;
                if (hit !== undefined) return [hit];
                // A report that is a disclosure by its verb alone («innberette … til Skatteetaten») asks `toOther` about no
                // party: then the party, if it is named anywhere after the clause's first «til»/«to», is the one it goes to.
                // Where `toOther` was asked and no party it was asked about was this one, the clause is not read again.
                const to = asked ? null : TO_NAMED.exec(c);
                const named = to === null ? null : party.exec(to[1]!);
                if (named !== null) return [named[0]];
              }
              return [];
            }),
          );
        }
        // A party named by its proper name only («sender navn og fødselsdato til Gjensidige», «sendes til Olympiatoppen»):
        // the name must be among the listed recipients, processors, joint controllers or systems.
        if (missing.length === 0) {
          const name = texts.map((t) => namedParty(r, byController(t), listed)).find((n) => n !== undefined);
          if (name !== undefined) missing.push(name);
        }
        if (missing.length > 0) report.activity(r, '/recipients', 'described-recipient-missing', { parties: missing.join(', ') }, { severity: 'warning' });
      }
      if (rec === undefined || (Array.isArray(rec) && rec.length === 0)) report.activity(r, '/recipients', 'missing');
      else if (rec === 'none') {
        // The controller's own staff abroad (`type: internal`) receive nothing from anyone else: EDPB Guidelines 05/2021,
        // an employee is «an integral part of the controller», so there is no disclosure to contradict `none`.
        const to = transfersOf(r).flatMap((t) =>
          t.party !== undefined && 'type' in t.party.value
            ? t.party.value.type === 'internal'
              ? []
              : [t.party.id]
            : t.party === undefined && t.organisation !== undefined
              ? [t.organisation]
              : [],
        );
        if (to.length > 0) {
          report.activity(r, '/recipients', 'none-but-transfers', { recipients: [...new Set(to)].join(', ') });
          continue;
        }
        const published = r.purposes.findIndex((p) => textsOf(p.description).some((t) => publishes(t)));
        if (published >= 0) {
          report.activity(r, '/recipients', 'none-but-published', { purpose: r.purposes[published]!.id }, { severity: 'warning' });
          continue;
        }
        // A party word the activity's own data subjects are named by («Kunder»): sending to them is writing to the people.
        // A party of several words is known by its head noun, the last («the driving SCHOOL» is not «Driving test
        // candidates»).
        const subjectNames = r.dataSubjects.flatMap((d) => textsOf(d.value.name)).map((n) => n.toLowerCase());
        const ownParty = (party: string, words: string) => {
          const head = party.toLowerCase().split(/\s+/).pop()!.slice(0, 5);
          return subjectNames.some((n) => n.includes(head)) || isController(party, words);
        };
        const disclosed = r.purposes.findIndex((p) => textsOf(p.description).some((t) => discloses(byController(t), ownParty)));
        if (disclosed >= 0) {
          report.activity(r, '/recipients', 'none-but-discloses', { purpose: r.purposes[disclosed]!.id }, { severity: 'warning' });
          continue;
        }
        if (textsOf(r.activity.description).some((t) => publishes(t) || discloses(byController(t), ownParty) || namedParty(r, byController(t))))
          report.activity(r, '/recipients', 'described-disclosure', {}, { severity: 'warning' });
      }
    }
  },
);
