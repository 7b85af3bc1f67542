import { activityExempt } from '../check/journalism.js';
import { defineRule } from '../check/rule.js';
import { dpiaCovered, dpiaPointer } from '../check/screening.js';

/**
 * Art. 35(1), (3), (4): where an Art. 35(3) trigger or an item of Datatilsynet's list applies, or the
 * record itself says the processing is likely high-risk (`dpia.highRisk`) or that a DPIA is required
 * (`dpia.status: required`), a DPIA is carried out before the processing. A planned activity may have
 * it in progress. Art. 35 is lifted for an activity whose every purpose is journalistic (academic, artistic,
 * literary) expression under personopplysningsloven § 3 (src/check/journalism.ts).
 */
export default defineRule(
  {
    id: 'dpia-required',
    severity: 'error',
    citation: 'GDPR Art. 35(1), (3), (4); Datatilsynet 2019-03-16',
    messages: ['art35', 'list', 'both', 'high-risk', 'status-required'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      if (dpiaCovered(r) || activityExempt(r, ctx.reference)) continue;
      const s = ctx.screening(r);
      const dpia = r.activity.dpia;
      if (s.required) {
        const art35 = s.art35.map((c) => c.id.slice('35-3-'.length)).join(', ');
        const list = s.datatilsynet.map((c) => c.id).join(', ');
        const variant = art35 && list ? 'both' : art35 ? 'art35' : 'list';
        report.activity(r, dpiaPointer(r), variant, { art35, list, status: dpia?.status ?? '' });
      } else if (dpia?.highRisk === true) report.activity(r, '/dpia/highRisk', 'high-risk', { status: dpia.status ?? '' });
      else if (dpia?.status === 'required') report.activity(r, '/dpia/status', 'status-required');
    }
  },
);
