import { providedByPerson } from '../check/facts.js';
import { activityExempt } from '../check/journalism.js';
import { defineRule } from '../check/rule.js';
import type { ResolvedActivity } from '../model/resolve.js';

/**
 * Art. 13(2)(e): when the person gives the data, say whether giving it is required by law or contract,
 * whether the person must give it, and what happens if not. For voluntary collection the consequence is
 * not asked for: saying it is voluntary answers the question. Data only observed (cookies, meters,
 * cameras, logs) is not «provided», so there is nothing to say (see providedByPerson). Arts. 13-14 are lifted for an
 * activity whose every purpose is journalistic or other expression (personopplysningsloven § 3; src/check/journalism.ts).
 * An activity that restricts the right to information with a legal reference (Art. 23; personopplysningsloven § 16, a
 * sector law's ban on tipping off such as hvitvaskingsloven § 28) owes no Art. 13 notice for it, as notice-art14 reads
 * it too; whether the reference holds is rights-restriction-reference's question.
 */
/** The right to information (Arts. 13-14) is restricted, with the law or GDPR provision that restricts it. */
const informationRestricted = (r: ResolvedActivity): boolean =>
  (r.activity.rightsRestrictions ?? []).some((x) => x.right === 'information' && ((x.law ?? []).length > 0 || x.gdpr !== undefined));

export default defineRule(
  {
    id: 'notice-mandatory',
    severity: 'error',
    citation: 'GDPR Art. 13(2)(e)',
    messages: ['missing', 'no-consequences-statutory', 'no-consequences-contractual', 'no-consequences-contract-prerequisite'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      if (!providedByPerson(r) || activityExempt(r, ctx.reference) || informationRestricted(r)) continue;
      const c = r.activity.collection;
      if (!c) report.activity(r, '/collection', 'missing');
      else if (c.requirement !== 'voluntary' && c.consequences === undefined) report.activity(r, '/collection/requirement', `no-consequences-${c.requirement}`);
    }
  },
);
