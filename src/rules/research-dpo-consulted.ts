import { basesWithPointers, citesProvision, isArt89Purpose } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/**
 * personopplysningsloven §§ 9, 10 and 11: special categories (§§ 9, 10) or criminal-offence data (§ 11
 * second paragraph) processed for archiving, research or statistics need the DPO consulted first,
 * unless a DPIA has been carried out. The § 11 duty concerns processing not carried out by a public
 * authority (Datatilsynet, «Personvernombud og forskning»).
 */
export default defineRule(
  { id: 'research-dpo-consulted', severity: 'error', citation: 'personopplysningsloven §§ 9, 10 og 11; GDPR Art. 9(2)(j), 10', messages: ['missing'] },
  (ctx, report) => {
    const publicAuthority = ctx.registry.organisation?.value.publicAuthority === true;
    const criminal = ctx.reference.law.provisions.criminalOffences;
    const provisions = ctx.reference.law.dpoConsultation.filter((p) => !(publicAuthority && p.law === criminal.law && p.section === criminal.section));
    for (const r of ctx.activities) {
      if (r.activity.dpia?.status === 'done') continue;
      for (const { basis, pointer, purpose } of basesWithPointers(r)) {
        if (basis.dpoConsulted !== undefined) continue;
        if (basis.gdpr !== 'A9-2-j' && !isArt89Purpose(purpose)) continue;
        const cited = provisions.find((p) => basis.law.some((l) => citesProvision(l, p, ctx.reference)));
        if (cited) report.activity(r, pointer, 'missing', { purpose: purpose.id, section: cited.section });
      }
    }
  },
);
