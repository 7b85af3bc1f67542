import { basesWithPointers } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

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
 * determines the outcome, the scoring is itself a decision under Art. 22(1) (CJEU C-634/21 SCHUFA, para. 73).
 */
export default defineRule(
  {
    id: 'automated-decision-basis',
    severity: 'warning',
    citation: 'GDPR Art. 22(2), 22(4)',
    messages: ['no-exception', 'no-law', 'special-category', 'scoring-decides'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const ad = r.activity.automatedDecisions;
      const rf = r.activity.riskFactors;
      if (!ad?.used && rf?.evaluationOrScoring === true && rf.preventsRightOrService === true) {
        report.activity(r, ad ? '/automatedDecisions/used' : '/riskFactors', 'scoring-decides');
        continue;
      }
      if (!ad || !ad.used) continue;
      if (ad.exception === undefined) report.activity(r, '/automatedDecisions', 'no-exception');
      else if (ad.exception === 'law' && (ad.law ?? []).length === 0) report.activity(r, '/automatedDecisions/exception', 'no-law');
      if (r.specialCategories.length === 0) continue;
      const conditions = basesWithPointers(r).map(({ basis }) => basis.gdpr);
      if (!conditions.includes('A9-2-a') && !conditions.includes('A9-2-g'))
        report.activity(r, '/automatedDecisions', 'special-category', { categories: r.specialCategories.map((c) => c.id).join(', ') });
    }
  },
);
