import { defineRule } from '../check/rule.js';
import { dpiaCovered, dpiaPointer } from '../check/screening.js';

/**
 * WP248: processing that meets two or more criteria likely needs a DPIA; deciding against one is
 * documented. Quiet where dpia-required already reports the activity.
 *
 * Recital 91: processing of «personal data from patients or clients by an individual physician, other health care
 * professional or lawyer» is not on a large scale, and a DPIA «should not be mandatory». WP248 rev.01's own table
 * lists exactly that processing, with the criteria sensitive data and vulnerable data subjects, as «DPIA likely to be
 * required? No». So for an organisation recorded as an individual practice (`individualPractice: true`), an activity
 * that meets only those two criteria is not warned. Any other criterion (monitoring, new technology, matching …)
 * brings the warning back.
 */
const INDIVIDUAL_PRACTICE_CRITERIA = new Set(['sensitive-data', 'vulnerable-subjects']);
export default defineRule({ id: 'dpia-screening', severity: 'warning', citation: 'GDPR Art. 35(1); WP248 rev.01', messages: ['likely'] }, (ctx, report) => {
  const individualPractice = ctx.registry.organisation?.value.individualPractice === true;
  for (const r of ctx.activities) {
    const s = ctx.screening(r);
    if (individualPractice && s.wp248.every((c) => INDIVIDUAL_PRACTICE_CRITERIA.has(c.id))) continue;
    if (!s.likely || s.required || dpiaCovered(r) || r.activity.dpia?.status === 'in-progress' || r.activity.dpia?.reason !== undefined) continue;
    report.activity(r, dpiaPointer(r), 'likely', { criteria: s.wp248.map((c) => c.id).join(', '), count: s.wp248.length });
  }
});
