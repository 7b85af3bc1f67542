import { citesProvision } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { resolveLaw, type ResolvedLaw } from '../model/resolve.js';
import { join } from '../util/pointer.js';

/**
 * Art. 6(3), Datatilsynet case 22/03622 (2023): an order to hand over data (statistikkloven § 10) was
 * not a clear and foreseeable enough basis for SSB's collection of grocery receipts and bank
 * transactions. Warns when a public task rests on such an order for a new private-sector source, or
 * rests on nothing but such an order for large-scale matching.
 */
export default defineRule(
  { id: 'disclosure-order-intrusive', severity: 'warning', citation: 'GDPR Art. 6(3); Datatilsynet 22/03622', messages: ['new-source', 'matching'] },
  (ctx, report) => {
    const isOrder = (l: ResolvedLaw): boolean => ctx.reference.law.disclosureOrders.some((p) => citesProvision(l, p, ctx.reference));
    for (const r of ctx.activities) {
      const rf = r.activity.riskFactors ?? {};
      const newSource = rf.newPrivateSectorSource === true;
      const matching = rf.largeScale === true && rf.matchesDatasets === true;
      if (!newSource && !matching) continue;
      const sourceOrder = r.sources.some((s) => (s.value.law ?? []).some((l) => isOrder(resolveLaw(ctx.registry, l))));
      r.purposes.forEach((p, i) => {
        p.legalBasis.forEach((b, j) => {
          if (b.gdpr !== 'A6-1-e') return;
          const cites = b.law.some(isOrder) || (b.law.length === 0 && sourceOrder);
          const only = b.law.length > 0 ? b.law.every(isOrder) : sourceOrder;
          const pointer = join('/purposes', i, 'legalBasis', j, 'gdpr');
          if (newSource && cites) report.activity(r, pointer, 'new-source', { purpose: p.id });
          else if (matching && only) report.activity(r, pointer, 'matching', { purpose: p.id });
        });
      });
    }
  },
);
