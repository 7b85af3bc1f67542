import { actsAsPublicAuthority, basesWithPointers, citesProvision, isArt89Purpose } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import type { ResolvedActivity } from '../model/resolve.js';

/**
 * personopplysningsloven §§ 9-11 (read in the law's text, see the rule page): the controller consults the DPO
 * before processing, unless a DPIA has been carried out (§ 9 second paragraph), where
 * - § 9: special categories are processed without consent for archiving, research or statistics on the basis of
 *   § 9 first paragraph; through § 11 first paragraph the same holds for criminal-offence data processed under
 *   § 9 where not under the control of official authority;
 * - § 10: special categories are processed for scientific or historical research on the data subject's consent;
 * - § 11 second paragraph: criminal-offence data are processed for scientific or historical research (a) on
 *   consent, whoever processes them, or (b) on § 8, where under the control of official authority.
 * A consultation recorded on any legal basis of the purpose counts for the purpose.
 */
type Basis = ReturnType<typeof basesWithPointers>[number];

export default defineRule(
  { id: 'research-dpo-consulted', severity: 'error', citation: 'personopplysningsloven §§ 9, 10 og 11; GDPR Art. 9(2)(a), 9(2)(j), 10', messages: ['missing'] },
  (ctx, report) => {
    const law = ctx.reference.law;
    const pol = law.provisions.criminalOffences.law;
    const cites = (b: Basis['basis'], section: number): boolean => b.law.some((l) => citesProvision(l, { law: pol, section }, ctx.reference));

    /** The section of personopplysningsloven that makes consultation a duty for this basis, if any. */
    function duty(r: ResolvedActivity, { basis, purpose }: Basis): number | undefined {
      const art89 = basis.gdpr === 'A9-2-j' || isArt89Purpose(purpose);
      const research = purpose.researchOrStatistics === 'research';
      if (!art89 && !research) return undefined;
      const publicAuthority = actsAsPublicAuthority(ctx.registry, r) === true;
      if (art89 && cites(basis, 9)) return 9;
      if (art89 && !publicAuthority && cites(basis, 11)) return 11;
      if (research && r.specialCategories.length > 0 && (basis.gdpr === 'A9-2-a' || cites(basis, 10))) return 10;
      if (research && r.criminalOffenceData.length > 0) {
        if (basis.gdpr === 'A6-1-a') return 11;
        if (publicAuthority && basis.gdpr === 'A6-1-e' && cites(basis, 8)) return 11;
      }
      return undefined;
    }

    for (const r of ctx.activities) {
      if (r.activity.dpia?.status === 'done') continue;
      const bases = basesWithPointers(r);
      // The purposes whose DPO was consulted: only once a basis has the duty (most have none).
      let consulted: Set<number> | undefined;
      for (const b of bases) {
        const section = duty(r, b);
        if (section === undefined) continue;
        consulted ??= new Set(bases.filter((x) => x.basis.dpoConsulted !== undefined).map((x) => x.p));
        if (!consulted.has(b.p)) report.activity(r, b.pointer, 'missing', { purpose: b.purpose.id, section });
      }
    }
  },
);
