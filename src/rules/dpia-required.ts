import { defineRule } from '../check/rule.js';
import { dpiaCovered, dpiaPointer } from '../check/screening.js';

/**
 * Art. 35(1), (3), (4): where an Art. 35(3) trigger or an item of Datatilsynet's list applies, a DPIA is
 * carried out before the processing. A planned activity may have it in progress.
 */
export default defineRule({ id: 'dpia-required', severity: 'error', citation: 'GDPR Art. 35(1), (3), (4); Datatilsynet 2019-01-28' }, (ctx, report) => {
  for (const r of ctx.activities) {
    const s = ctx.screening(r);
    if (!s.required || dpiaCovered(r)) continue;
    const art35 = s.art35.map((c) => c.id.slice('35-3-'.length)).join(', ');
    const list = s.datatilsynet.map((c) => c.id).join(', ');
    const variant = art35 && list ? 'both' : art35 ? 'art35' : 'list';
    report.activity(r, dpiaPointer(r), variant, { art35, list, status: r.activity.dpia?.status ?? '' });
  }
});

