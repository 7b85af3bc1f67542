import { textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Art. 26: joint controllers set out their responsibilities in an arrangement, whose essence is made
 * available to data subjects (26(2)). A contact point is optional (26(1)), so a split of duties or a
 * contact point is enough to say who answers the data subject. A split with no contact point must say who
 * answers the data subject: Art. 26(1) asks the arrangement to set out the responsibilities «in particular as
 * regards the exercising of the rights of the data subject and their respective duties to provide the
 * information»; a split that names neither rights, requests nor information gives a warning.
 */
const RIGHTS_OR_INFORMATION = lazyPattern(
  String.raw`rettighet|rettar|rettigheit|henvendels|førespurnad|innsyn|registrerte|informasjon|informere|personvernerklær|spørsmål|right|request|data subject|inform|notice|enquir|access`,
  'i',
);
export default defineRule(
  {
    id: 'joint-controller-arrangement',
    severity: 'error',
    citation: 'GDPR Art. 26(1)-(2); 30(1)(a)',
    messages: ['no-controllers', 'no-arrangement', 'no-split', 'split-without-rights'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const joint = r.activity.jointControllers ?? [];
      if (r.activity.role === 'joint-controller' && joint.length === 0) report.activity(r, '/role', 'no-controllers');
      joint.forEach((j, i) => {
        if (j.arrangement === undefined) report.activity(r, join('/jointControllers', i), 'no-arrangement', { controller: j.controller });
        if (j.responsibilities === undefined && j.contactPoint === undefined)
          report.activity(r, join('/jointControllers', i), 'no-split', { controller: j.controller });
        else if (j.contactPoint === undefined && !textsOf(j.responsibilities).some((t) => RIGHTS_OR_INFORMATION().test(t)))
          report.activity(r, join('/jointControllers', i, 'responsibilities'), 'split-without-rights', { controller: j.controller }, { severity: 'warning' });
      });
    }
  },
);
