import { lawCitation, lawOrgFor, lawsFit } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Art. 5(1)(e), 89(1), 17(3)(d): data may be kept for ever only for archiving, research or statistics
 * with Art. 89 safeguards, or where archive law requires it. A law that ropa knows is no archive law
 * (arbeidsmiljøloven) does not justify it; a law it does not know is not judged. arkivlova lays its archive
 * duty on public bodies (§ 1: «dokumentasjonen i offentlege organ»; a private body only where it exercises
 * public authority): an organisation recorded as no public authority citing it is told so, as a warning,
 * since a publicly owned company may still be bound (`public-bodies-only`).
 */
export default defineRule(
  {
    id: 'permanent-retention-basis',
    severity: 'error',
    citation: 'GDPR Art. 5(1)(e); 89(1); 17(3)(d)',
    messages: ['missing', 'not-archive-law', 'public-bodies-only'],
  },
  (ctx, report) => {
    const orgLaw = { publicAuthority: ctx.registry.organisation?.value.publicAuthority };
    for (const r of ctx.activities) {
      const lawOrg = lawOrgFor(orgLaw, r);
      const safeguarded = r.purposes.some((p) => p.safeguards.some((s) => s.value.art89 === true));
      r.retention.forEach((e, i) => {
        if (e.permanent !== true || safeguarded || e.archive !== undefined) return;
        if (e.law.length === 0) report.activity(r, join('/retention', i), 'missing', { policy: e.policy?.id ?? '' });
        else {
          const fit = lawsFit(e.law, 'archive-duty', ctx.reference, lawOrg);
          if (fit.answer !== 'no') return;
          const args = { policy: e.policy?.id ?? '', laws: e.law.map(lawCitation).join(', ') };
          if (fit.why === 'public-bodies' || fit.why === 'decisions-only')
            report.activity(r, join('/retention', i), 'public-bodies-only', args, { severity: 'warning' });
          else report.activity(r, join('/retention', i), 'not-archive-law', args);
        }
      });
    }
  },
);
