import { actsAsPublicAuthority, basesWithPointers, NEGATION, PART_END, textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import type { ResolvedActivity } from '../model/resolve.js';

/**
 * A person (nb, nn, en) who may take the decision: an employee, adviser, caseworker, analyst, underwriter, a team (a word
 * holding «team» read once, as in prose-activity's PERSON: R1, session 13).
 */
const PERSON =
  '(?:ansatte?|tilsette?|rådgiver\\p{L}*|rådgjevar\\p{L}*|saksbehandl\\p{L}*|sakshandsam\\p{L}*|analytiker\\p{L}*|person|menneske|medarbeider\\p{L}*|(?=\\p{L}*team)\\p{L}+|employees?|advis[eo]rs?|caseworkers?|case (?:officer|handler)s?|analysts?|humans?|staff(?: members?)?|underwriters?)';
const DECIDES =
  '(?:avgjør|avgjer|avgjøre|avgjere|beslutter|beslutte|beslutta|bestemmer|godkjenner|godkjenne|vurderer|vurderar|fatter|fattar|treffer|tek avgjerda|tar avgjørelsen|tar beslutningen|decides?|approves?|assess(?:es)?|(?:makes?|takes?) the decision)';
/** A person who looks at a sample of cases checks the machine's work; the machine still decides the rest. */
const SAMPLE = /stikkprøv|utval(?:g)? av (?:sak|vedtak|avgj)\p{L}*|(?<![\p{L}])(?:a |random )?samples?(?![\p{L}])/iu;
/**
 * A person decides each case: «en rådgiver avgjør alltid om kundeforholdet etableres», «bare en analytiker kan beslutte
 * å rapportere», «søknaden avgjøres av en saksbehandler», «an adviser decides», «approved by a caseworker».
 */
const PERSON_DECIDES = new RegExp(
  `(?<![\\p{L}])${PERSON}(?![\\p{L}])[^.;:!?]{0,60}?(?<![\\p{L}])${DECIDES}(?![\\p{L}])|(?<![\\p{L}])(?:avgjøres|avgjerast|besluttes|godkjennes|vurderes|vurderast|fattes|fattast|treffes|decided|approved|assessed)\\s+(?:\\p{L}+\\s+){0,2}?(?:av|by)\\s+(?:en|ein|et|a|an|the)\\s+${PERSON}(?![\\p{L}])`,
  'iu',
);
/**
 * A review the person must ask for, or a complaint, comes after a decision already taken by the machine: that is the
 * safeguard of Art. 22(3) for a solely automated decision, not a person deciding («du kan be om at en rådgiver
 * vurderer søknaden på nytt», «you may ask for a person to review the decision»).
 */
const ON_REQUEST =
  /(?<![\p{L}])(?:be om|ber om|kreve|krevje|klage|bestride|på nytt|på ny|request\p{L}*|ask\p{L}*|complain\p{L}*|contest\p{L}*|appeal\p{L}*|again|reconsider\p{L}*)(?![\p{L}])/iu;

/** Whether the record says a person decides each case (in the decision's logic or significance, or the DPIA's reason). */
function personDecides(r: ResolvedActivity): boolean {
  const ad = r.activity.automatedDecisions;
  return [ad?.logic, ad?.significance, r.activity.dpia?.reason].flatMap(textsOf).some((t) =>
    // Cut at commas too: «en saksbehandler vurderer saken, og ingen vedtak fattes av modellen» says a person decides in
    // its first part; the negation in the second part («ingen vedtak …») is about the machine.
    t.split(PART_END).some((c) => !NEGATION.test(c) && PERSON_DECIDES.test(c) && !ON_REQUEST.test(c) && !SAMPLE.test(c)),
  );
}

/** The activity records its Art. 6 bases, and none of them is a contract (Art. 6(1)(b)). */
function withoutContract(r: ResolvedActivity): boolean {
  const art6 = basesWithPointers(r)
    .map(({ basis }) => basis.gdpr)
    .filter((g) => g.startsWith('A6-1-'));
  return art6.length > 0 && !art6.includes('A6-1-b');
}

/**
 * Art. 22: a decision based solely on automated processing, with legal or similarly significant
 * effect, is allowed only under an exception of Art. 22(2): necessary for a contract (a), authorised
 * by Union or Member State law that lays down safeguards (b), or explicit consent (c). The record
 * says which (`automatedDecisions.exception`), and for (b) the law. Art. 22(4): such decisions shall
 * not be based on special categories unless Art. 9(2)(a) or (g) applies and suitable measures are in
 * place; an activity with special categories and neither condition gets a warning (the record does not
 * say whether the decisions use them).
 *
 * A record that says no automated decisions are made (`used: false`, or nothing) while its risk factors say
 * people are scored and the processing decides access to a right, service or contract
 * (`evaluationOrScoring` and `preventsRightOrService`) gets a warning: where the score decisively
 * determines the outcome, the scoring is itself a decision under Art. 22(1) (CJEU C-634/21 SCHUFA, para. 73). A record
 * that says a person decides each case (`personDecides`) is left alone: the decision is then not based solely on
 * automated processing.
 */
export default defineRule(
  {
    id: 'automated-decision-basis',
    severity: 'warning',
    citation: 'GDPR Art. 22(2), 22(4)',
    messages: ['no-exception', 'no-law', 'special-category', 'scoring-decides', 'contract-without-contract'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const ad = r.activity.automatedDecisions;
      const rf = r.activity.riskFactors;
      if (!ad?.used && rf?.evaluationOrScoring === true && rf.preventsRightOrService === true) {
        if (personDecides(r)) continue;
        report.activity(r, ad ? '/automatedDecisions/used' : '/riskFactors', 'scoring-decides');
        continue;
      }
      if (!ad || !ad.used) continue;
      if (ad.exception === undefined) report.activity(r, '/automatedDecisions', 'no-exception');
      else if (ad.exception === 'contract' && actsAsPublicAuthority(ctx.registry, r) === true && withoutContract(r))
        // Art. 22(2)(a) needs a contract between the person and the controller; a public authority whose every purpose
        // here rests on a task or an obligation, none on a contract, decides by authority: its exception is the law.
        report.activity(r, '/automatedDecisions/exception', 'contract-without-contract');
      else if (ad.exception === 'law' && (ad.law ?? []).length === 0) report.activity(r, '/automatedDecisions/exception', 'no-law');
      if (r.specialCategories.length === 0) continue;
      const conditions = basesWithPointers(r).map(({ basis }) => basis.gdpr);
      if (!conditions.includes('A9-2-a') && !conditions.includes('A9-2-g'))
        report.activity(r, '/automatedDecisions', 'special-category', { categories: r.specialCategories.map((c) => c.id).join(', ') });
    }
  },
);
