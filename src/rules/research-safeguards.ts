import { isArt89Purpose } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import type { ResolvedPurpose } from '../model/resolve.js';
import { join } from '../util/pointer.js';

/**
 * Art. 89(1): processing for archiving, research or statistics has safeguards (minimisation, pseudonymisation). Where
 * no research purpose lists safeguards of its own, a measure marked `art89` in the activity's own `securityMeasures`
 * covers them: Art. 89(1) asks that the processing be subject to safeguards, not where in the record they are listed (a
 * body's real record, Udir's pupil survey, listed them there; session 29). Where the record lists safeguards per
 * purpose, a research purpose without its own is reported as before (the planted SSB set's D47: a register linkage
 * added beside purposes that each name theirs).
 */
export default defineRule(
  { id: 'research-safeguards', severity: 'error', citation: 'GDPR Art. 89(1); 9(2)(j)', messages: ['missing', 'not-art89'] },
  (ctx, report) => {
    const isResearch = (p: ResolvedPurpose): boolean => isArt89Purpose(p) || p.legalBasis.some((b) => b.gdpr === 'A9-2-j');
    for (const r of ctx.activities) {
      const perPurpose = r.purposes.some((p) => isResearch(p) && p.safeguards.length > 0);
      if (!perPurpose && r.securityMeasures.some((s) => s.value.art89 === true)) continue;
      r.purposes.forEach((p, i) => {
        if (!isResearch(p) || p.safeguards.some((s) => s.value.art89 === true)) return;
        if (p.safeguards.length > 0) report.activity(r, join('/purposes', i, 'safeguards'), 'not-art89', { purpose: p.id });
        else report.activity(r, join('/purposes', i), 'missing', { purpose: p.id });
      });
    }
  },
);
