import { knownLaw } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import type { ResolvedLaw } from '../model/resolve.js';
import { join } from '../util/pointer.js';

/**
 * A record that cites a repealed law rests on nothing: arkivloven of 1992 (LOV-1992-12-04-126) was
 * replaced by arkivlova (LOV-2025-06-20-96) on 1 January 2026. Each activity is reported once per
 * repealed law, where it first cites it.
 */
export default defineRule(
  {
    id: 'repealed-law',
    processorRecords: true,
    severity: 'warning',
    citation: 'GDPR Art. 5(2), 6(3); data/norwegian-law.json',
    messages: ['replaced', 'repealed'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const cited: { law: ResolvedLaw; pointer: string }[] = [
        ...r.purposes.flatMap((p, i) =>
          p.legalBasis.flatMap((b, k) => b.law.map((law, l) => ({ law, pointer: join('/purposes', i, 'legalBasis', k, 'law', l) }))),
        ),
        ...r.retention.flatMap((e, i) => e.law.map((law) => ({ law, pointer: join('/retention', i) }))),
      ];
      const seen = new Set<string>();
      for (const { law, pointer } of cited) {
        const known = knownLaw(law, ctx.reference);
        if (!known?.law.repealed || known.law.repealed > ctx.today || seen.has(known.key)) continue;
        seen.add(known.key);
        const successor = known.law.replacedBy !== undefined ? ctx.reference.law.laws[known.law.replacedBy] : undefined;
        report.activity(r, pointer, successor ? 'replaced' : 'repealed', {
          law: known.law.lovdataId,
          date: known.law.repealed,
          successor: successor?.lovdataId ?? '',
          successorName: known.law.replacedBy ?? '',
        });
      }
    }
  },
);
