import { discloses, NEGATION, publishes, textsOf, transfersOf } from '../check/facts.js';
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
 * The activity's own description is read the same way when no purpose says it (`described-disclosure`): «Krav som ikkje
 * blir betalte, sender vi til inkassoselskapet vårt» in the description and `recipients: none` contradict each other as
 * much as in a purpose.
 *
 * Where recipients are listed, a purpose that hands data to a public body by its proper name (Skatteetaten, NAV, the
 * police, Økokrim, Finanstilsynet, Tolletaten, the enforcement officer) that none of the listed recipients is (by id,
 * name or description) leaves a recipient out (`unlisted-named`, a warning).
 */
/**
 * A purpose that hands data to a public body by its proper name («innberette … til Skatteetaten», «rapportere … til
 * Økokrim», «sende … til NAV», «report … to the police»), read clause by clause, a negated clause left out. Only proper
 * names: a recipient category («myndighetene», «partners») may be listed under a name of the record's own choosing.
 */
const NAMED_BODY = '(skatteetaten|nav|politiet|økokrim|finanstilsynet|tolletaten|namsmannen|namsfogden|the police)';
const HANDED_TO_NAMED = new RegExp(
  `(?<![\\p{L}])(?:innberett\\p{L}*|rapporter\\p{L}*|utlever\\p{L}*|oversend\\p{L}*|sende|sender|sendes|senda|report\\p{L}*|disclos\\p{L}*|send|sends|submit\\p{L}*)(?![\\p{L}]).{0,80}?(?<![\\p{L}])(?:til|to)\\s+${NAMED_BODY}(?![\\p{L}])`,
  'iu',
);
/** The bodies a purpose's words hand data to by name, as written. */
function namedBodies(text: string): string[] {
  return text
    .split(/[.;:!?]/)
    .filter((c) => !NEGATION.test(c))
    .flatMap((c) => {
      const m = HANDED_TO_NAMED.exec(c);
      return m ? [m[1]!] : [];
    });
}
/** A stem to find the body among the listed recipients («the police» → «polic», «politiet» → «polit»). */
const stem = (body: string): string => body.toLowerCase().replace(/^the /, '').slice(0, 5);

/** Another body of the same kind: «den nye kommunen», «en annen kommune», «another municipality». */
const ANOTHER = /(?<![\p{L}])(?:ny|nye|nytt|annen|anna|andre|annan|other|another|new|tidligere|tidlegare|previous|former|neste|next)(?![\p{L}])/iu;

export default defineRule(
  {
    id: 'recipients-stated',
    severity: 'error',
    citation: 'GDPR Art. 30(1)(d); 13(1)(e); 14(1)(e)',
    messages: ['missing', 'none-but-transfers', 'none-but-published', 'none-but-discloses', 'described-disclosure', 'unlisted-named'],
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
    for (const r of ctx.activities) {
      const rec = r.activity.recipients;
      if (rec === undefined || (Array.isArray(rec) && rec.length === 0)) report.activity(r, '/recipients', 'missing');
      else if (Array.isArray(r.recipients)) {
        // Listed recipients, but a purpose hands data to a body by name that none of them is.
        const listed = r.recipients.flatMap((x) => [x.id, ...textsOf(x.value.name), ...textsOf(x.value.description)]).map((t) => t.toLowerCase());
        for (const p of r.purposes) {
          const missing = textsOf(p.description)
            .flatMap(namedBodies)
            .find((b) => !isController(b, b) && !listed.some((t) => t.includes(stem(b))));
          if (missing !== undefined) {
            report.activity(r, '/recipients', 'unlisted-named', { purpose: p.id, body: missing }, { severity: 'warning' });
            break;
          }
        }
      } else if (rec === 'none') {
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
        const subjectNames = r.dataSubjects.flatMap((d) => textsOf(d.value.name)).map((n) => n.toLowerCase());
        const ownParty = (party: string, words: string) => subjectNames.some((n) => n.includes(party.toLowerCase().slice(0, 5))) || isController(party, words);
        const disclosed = r.purposes.findIndex((p) => textsOf(p.description).some((t) => discloses(t, ownParty)));
        if (disclosed >= 0) {
          report.activity(r, '/recipients', 'none-but-discloses', { purpose: r.purposes[disclosed]!.id }, { severity: 'warning' });
          continue;
        }
        if (textsOf(r.activity.description).some((t) => publishes(t) || discloses(t, ownParty)))
          report.activity(r, '/recipients', 'described-disclosure', {}, { severity: 'warning' });
      }
    }
  },
);
