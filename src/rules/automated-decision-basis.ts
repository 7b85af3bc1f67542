import { actsAsPublicAuthority, basesWithPointers, NEGATION, PART_END, textsOf } from '../check/facts.js';
import { personInvolved } from '../check/prose-activity.js';
import { defineRule } from '../check/rule.js';
import type { ResolvedActivity } from '../model/resolve.js';

/**
 * Whether the record says a person decides each case (in the decision's logic or significance, or the DPIA's reason):
 * prose-activity's reading (PERSON_DECIDES, ON_REQUEST, SAMPLE), the one the activity's description is read with. Until
 * 2026-12-01 this rule kept its own copies, which had drifted (R1, session 13; joined by L, session 14).
 */
function personDecides(r: ResolvedActivity): boolean {
  const ad = r.activity.automatedDecisions;
  return [ad?.logic, ad?.significance, r.activity.dpia?.reason].flatMap(textsOf).some((t) =>
    // Cut at commas too: «en saksbehandler vurderer saken, og ingen vedtak fattes av modellen» says a person decides in
    // its first part; the negation in the second part («ingen vedtak …») is about the machine.
    t.split(PART_END).some((c) => !NEGATION.test(c) && personInvolved(c)),
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
