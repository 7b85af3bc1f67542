import { basesWithPointers, citesProvision, isArt89Purpose, isLaw, lawHasRole, lawName, sectionNumbers } from '../check/facts.js';
import type { ResolvedLaw } from '../model/resolve.js';
import type { ReferenceData } from '../check/reference.js';
import { defineRule } from '../check/rule.js';

/**
 * Art. 6(3): a legal obligation or a public task needs a basis in EU or national law that sets the
 * purpose. Where every law cited is one ropa knows (data/norwegian-law.json) and none can be such a
 * basis (personopplysningsloven for a legal obligation), that is a finding; a law ropa does not know
 * is not judged. A duty to provide data (statistikkloven § 10) is a legal obligation for those who must
 * hand data over, not for the body that receives it: that body citing it alone for 6(1)(c) is reported.
 * personopplysningsloven § 8 is a basis under Art. 6(1)(e) only «dersom det er nødvendig for arkivformål i
 * allmennhetens interesse, formål knyttet til vitenskapelig eller historisk forskning eller statistiske formål»:
 * it counts for a purpose marked as such (researchOrStatistics), and for no other.
 * Personopplysningsloven § 1 makes the GDPR Norwegian law: «§ 1, jf. personvernforordningen artikkel 32»
 * cites an obligation of the GDPR itself (Art. 6(3)(a): Union law), which ropa does not judge.
 */
const gdprArticleViaSection1 = (l: ResolvedLaw, ref: ReferenceData): boolean =>
  isLaw(l, 'personopplysningsloven', ref) && sectionNumbers(l.section)[0] === 1 && /\bart(?:ikkel|icle|\.)?\s*\d/i.test(l.section ?? '');

export default defineRule(
  { id: 'supplementary-law', severity: 'error', citation: 'GDPR Art. 6(3); 6(1)(c), (e)', messages: ['missing', 'not-a-basis', 'own-disclosure-order'] },
  (ctx, report) => {
    const org = ctx.registry.organisation?.value;
    const orgNames = org
      ? [...(typeof org.name === 'string' ? [org.name] : Object.values(org.name)), org.shortName]
          .filter((n): n is string => typeof n === 'string')
          .map((n) => n.trim().toLowerCase())
      : [];
    const receivesUnder = ctx.reference.law.disclosureOrders.filter((o) => {
      const b = o.beneficiary;
      if (!b) return false;
      if (org?.organisationNumber !== undefined && b.organisationNumber !== undefined)
        return org.organisationNumber.replace(/\s/g, '') === b.organisationNumber;
      return b.names.some((n) => orgNames.includes(n.toLowerCase()));
    });
    for (const r of ctx.activities) {
      for (const { basis, pointer, purpose } of basesWithPointers(r)) {
        if (basis.gdpr !== 'A6-1-c' && basis.gdpr !== 'A6-1-e') continue;
        if (basis.law.length === 0) {
          report.activity(r, pointer, 'missing', { purpose: purpose.id, code: basis.gdpr });
          continue;
        }
        const answers = basis.law.map((l) => {
          if (gdprArticleViaSection1(l, ctx.reference)) return 'unknown';
          const a = lawHasRole(l, 'supplementary-basis', ctx.reference);
          return a === 'no' && basis.gdpr === 'A6-1-e' && isArt89Purpose(purpose) ? lawHasRole(l, 'public-task-basis', ctx.reference) : a;
        });
        if (answers.every((a) => a === 'no'))
          report.activity(r, pointer, 'not-a-basis', { purpose: purpose.id, code: basis.gdpr, laws: basis.law.map(lawName).join(', ') });
        else if (
          basis.gdpr === 'A6-1-c' &&
          receivesUnder.length > 0 &&
          basis.law.every((l) => receivesUnder.some((o) => citesProvision(l, o, ctx.reference)))
        ) {
          report.activity(r, pointer, 'own-disclosure-order', { purpose: purpose.id, laws: basis.law.map(lawName).join(', ') });
        }
      }
    }
  },
);
