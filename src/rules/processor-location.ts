import { processorsOf, transfersOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/**
 * Art. 44, 28: a processor or sub-processor outside the EEA receives a transfer, which the activity must
 * list with its mechanism. Where the record does not say where a processor works and the activity says
 * nothing about transfers, nobody can tell whether data leaves the EEA (warning).
 */
export default defineRule({ id: 'processor-location', severity: 'error', citation: 'GDPR Art. 44; 28(3)(a); 30(1)(e)' }, (ctx, report) => {
  const eea = ctx.reference.eea.countries;
  for (const r of ctx.activities) {
    const transfers = transfersOf(r);
    const covered = (processor: string, country: string): boolean => transfers.some((t) => t.recipient === processor || t.country === country);
    for (const p of processorsOf(ctx.registry, r)) {
      const country = p.value.country;
      if (country === undefined) {
        if (r.transfers === undefined) report.activity(r, p.pointer, 'unknown', { processor: p.id }, { severity: 'warning' });
      } else if (!eea.has(country) && !covered(p.id, country)) report.activity(r, p.pointer, 'processor', { processor: p.id, country });
      for (const s of p.value.subprocessors ?? []) {
        if (s.country !== undefined && !eea.has(s.country) && !covered(p.id, s.country)) {
          report.activity(r, p.pointer, 'subprocessor', { processor: p.id, subprocessor: s.name, country: s.country });
        }
      }
    }
  }
});
