import { art9Letters, basesWithPointers, lawCitation, lawOrgFor, lawsFit } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/**
 * Art. 9(2)(b), (g), (h), (i), (j) apply only as provided by EU or national law: the record names it.
 * (b) may also rest on a collective agreement, and (h) on a contract with a health professional
 * (Art. 9(2)(h), 9(3)): `agreement` names it. A law ropa knows cannot provide for special categories
 * (data/norwegian-law.json) is reported: a provision that only limits what an employer may collect
 * (arbeidsmiljøloven § 9-3) provides for nothing (`sets-conditions`); a law with no such role (`not-a-basis`);
 * a law that binds public bodies, cited by an organisation recorded as none (`public-bodies-only`). An
 * agreement named beside it still carries (b) or (h); a law ropa does not know is not judged. A law whose text
 * ties it to other letters of Art. 9(2) (personopplysningsloven § 6: (b), § 7: (g), § 9: (j)) is reported when
 * cited for a letter it does not serve (`other-letter`).
 */
const NEEDS_LAW = new Set(['A9-2-b', 'A9-2-g', 'A9-2-h', 'A9-2-i', 'A9-2-j']);
const AGREEMENT_SUFFICES = new Set(['A9-2-b', 'A9-2-h']);

export default defineRule(
  {
    id: 'special-category-law',
    severity: 'error',
    citation: 'GDPR Art. 9(2)(b), (g)-(j); 9(3)',
    messages: ['missing', 'missing-or-agreement', 'not-a-basis', 'sets-conditions', 'public-bodies-only', 'other-letter'],
  },
  (ctx, report) => {
    const orgLaw = { publicAuthority: ctx.registry.organisation?.value.publicAuthority };
    for (const r of ctx.activities) {
      const lawOrg = lawOrgFor(orgLaw, r);
      for (const { basis, pointer, purpose } of basesWithPointers(r)) {
        if (!NEEDS_LAW.has(basis.gdpr)) continue;
        if (AGREEMENT_SUFFICES.has(basis.gdpr) && basis.agreement !== undefined) continue;
        if (basis.law.length === 0) {
          report.activity(r, pointer, AGREEMENT_SUFFICES.has(basis.gdpr) ? 'missing-or-agreement' : 'missing', { purpose: purpose.id, code: basis.gdpr });
          continue;
        }
        const fit = lawsFit(basis.law, 'art9-basis', ctx.reference, lawOrg);
        if (fit.answer === 'yes') {
          // Every law cited is tied to other letters of Art. 9(2) (personopplysningsloven § 6 is 9(2)(b)).
          const letters = basis.law.map((l) => art9Letters(l, ctx.reference));
          const letter = basis.gdpr.slice('A9-2-'.length);
          if (letters.every((l) => l !== undefined && !l.includes(letter))) {
            const provides = [...new Set(letters.flat())].sort().map((l) => `A9-2-${l}`);
            report.activity(r, pointer, 'other-letter', {
              purpose: purpose.id,
              code: basis.gdpr,
              laws: basis.law.map(lawCitation),
              provides: provides,
            });
          }
          continue;
        }
        if (fit.answer !== 'no') continue;
        const variant = fit.why === 'limits' ? 'sets-conditions' : fit.why === 'public-bodies' ? 'public-bodies-only' : 'not-a-basis';
        report.activity(r, pointer, variant, { purpose: purpose.id, code: basis.gdpr, laws: basis.law.map(lawCitation) });
      }
    }
  },
);
