import { transfersOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Art. 49(1) second subparagraph, 49(6): the compelling-interest assessment and its safeguards are
 * documented in the record, and the controller informs the supervisory authority and the data subjects
 * of the transfer and the compelling legitimate interests pursued.
 */
export default defineRule(
  {
    id: 'derogation-documented',
    processorRecords: true,
    severity: 'error',
    citation: 'GDPR Art. 49(1) subpara. 2, 49(6); 30(1)(e)',
    messages: ['missing', 'subjects-not-informed', 'authority-not-informed'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      transfersOf(r).forEach((t, i) => {
        if (t.mechanism !== 'A49-1-subpara2') return;
        const pointer = join('/transfers', i, 'mechanism');
        if (t.safeguards === undefined) report.activity(r, pointer, 'missing');
        if (t.informed?.dataSubjects !== true) report.activity(r, pointer, 'subjects-not-informed');
        if (t.informed?.supervisoryAuthority === undefined) report.activity(r, pointer, 'authority-not-informed');
      });
    }
  },
);
