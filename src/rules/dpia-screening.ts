import { defineRule } from '../check/rule.js';
import { activityExempt, categoryExempt } from '../check/journalism.js';
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
 *
 * Art. 35 is lifted for journalistic (academic, artistic, literary) expression by personopplysningsloven § 3: an
 * activity whose every purpose is such expression is not asked, and in one that also has other purposes, special or
 * criminal-offence categories that only the expression uses do not count as sensitive data (src/check/journalism.ts).
 */
const INDIVIDUAL_PRACTICE_CRITERIA = new Set(['sensitive-data', 'vulnerable-subjects']);
export default defineRule({ id: 'dpia-screening', severity: 'warning', citation: 'GDPR Art. 35(1); WP248 rev.01', messages: ['likely'] }, (ctx, report) => {
  const individualPractice = ctx.registry.organisation?.value.individualPractice === true;
  for (const r of ctx.activities) {
    if (activityExempt(r, ctx.reference)) continue;
    const s = ctx.screening(r);
    if (individualPractice && s.wp248.every((c) => INDIVIDUAL_PRACTICE_CRITERIA.has(c.id))) continue;
    if (!s.likely || s.required || dpiaCovered(r) || r.activity.dpia?.status === 'in-progress' || r.activity.dpia?.reason !== undefined) continue;
    const exempt = (detail: string): boolean => detail.includes(':') && categoryExempt(r, detail.slice(0, detail.indexOf(':')), ctx.reference);
    const criteria = s.wp248.filter((c) => c.id !== 'sensitive-data' || !c.evidence.every((e) => e.detail !== undefined && exempt(e.detail)));
    if (criteria.length < ctx.reference.wp248.threshold) continue;
    report.activity(r, dpiaPointer(r), 'likely', { criteria: criteria.map((c) => c.id), count: criteria.length });
  }
});
