import { NEGATION, STOP, textsOf } from '../check/facts.js';
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
/**
 * Joint controllers named only in words («NAV og kriminalomsorgen er felles behandlingsansvarlige for den felles
 * tilbakeføringsplanen»: variants-kriminalomsorg KO39; «the toll companies and we are joint controllers»; W8, session 21)
 * while the activity records no joint controller and no arrangement: Art. 26(1) «Where two or more controllers jointly
 * determine the purposes and means of processing, they shall be joint controllers. They shall in a transparent manner
 * determine their respective responsibilities … by means of an arrangement between them», whose essence «shall be made
 * available to the data subject» (26(2)). A warning (`described-joint`): the words may be loose, but the record must say
 * which. Not a denial («ikkje felles behandlingsansvarlege», «separate controllers, not joint controllers»), a course or
 * topic («kurs om felles behandlingsansvar»), a question weighed («vurdert om», «whether»), or a processor.
 */
const JOINT_SAID = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:er|var|blir|vert|is|are|act\s+as|acts\s+as)\s+(?:\p{L}+\s+){0,1}?(?:felles\s+(?:behandlingsansvarl\p{L}*|handsamingsansvarl\p{L}*|dataansvarl\p{L}*)|joint\s+controllers?|jointly\s+(?:the\s+)?controllers?)|(?:har|hadde|have|has|share|shares)\s+(?:\p{L}+\s+){0,1}?(?:felles\s+(?:behandlingsansvar|handsamingsansvar)|joint\s+controllership))(?![\p{L}])`,
  'iu',
);
const NOT_JOINT = lazyPattern(
  String.raw`(?<![\p{L}])(?:kurs\p{L}*|courses?|training|opplæring\p{L}*|foredrag\p{L}*|lectures?|om\s+(?:vi|me|dei|de)|whether|if\s+we|vurder\p{L}*|assess\p{L}*|separate\s+controllers?|sjølvstendig\p{L}*|selvstendig\p{L}*|independent\s+controllers?|databehandl\p{L}*|processors?)(?![\p{L}])`,
  'iu',
);
/** The clause of a text that says the body and another are joint controllers (JOINT_SAID), not denied or weighed, if any. */
const JOINT_GATE = lazyPattern(String.raw`felles|joint`, 'i');
export const jointSaid = (t: string): boolean =>
  JOINT_GATE().test(t) && t.split(STOP).some((c) => JOINT_SAID().test(c) && !NEGATION.test(c) && !NOT_JOINT().test(c));

export default defineRule(
  {
    id: 'joint-controller-arrangement',
    severity: 'error',
    citation: 'GDPR Art. 26(1)-(2); 30(1)(a)',
    messages: ['no-controllers', 'no-arrangement', 'no-split', 'split-without-rights', 'described-joint'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const joint = r.activity.jointControllers ?? [];
      if (joint.length === 0 && r.activity.role !== 'joint-controller') {
        const at = textsOf(r.activity.description).some(jointSaid) ? '/description' : r.purposes.findIndex((p) => textsOf(p.description).some(jointSaid));
        if (at === '/description') report.activity(r, at, 'described-joint', {}, { severity: 'warning' });
        else if (at >= 0) report.activity(r, join('/purposes', at, 'description'), 'described-joint', {}, { severity: 'warning' });
      }
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
