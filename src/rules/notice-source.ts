import { givesOthersData, informsAsObtainedElsewhere } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/**
 * Art. 14(2)(f): where data is obtained elsewhere, the person is told where it came from. An activity that
 * informs under Art. 14 (`art14`) while every source it names is the person or a device names no source the
 * data was obtained from (a warning: either the sources are incomplete, or Art. 14 is not what applies). Where the
 * activity has more than one group of data subjects and a source of type `data-subject` is named as one of them
 * («Pasienten», «Varsleren») rather than as the person themself («Den registrerte selv», «Søkjaren sjølv», «deg selv»), that group gives
 * data about the others (a patient naming next of kin): the source is named, and nothing is reported.
 */
const OWN = new Set(['data-subject', 'device']);

export default defineRule({ id: 'notice-source', severity: 'error', citation: 'GDPR Art. 14(2)(f)', messages: ['missing', 'only-person'] }, (ctx, report) => {
  for (const r of ctx.activities) {
    if (!informsAsObtainedElsewhere(r)) continue;
    if ((r.activity.sources ?? []).length === 0) report.activity(r, '/sources', 'missing');
    else if (r.activity.information?.method.includes('art14') === true && r.sources.length > 0 && r.sources.every((s) => OWN.has(s.value.type))) {
      const otherGroupNamed = r.sources.some((s) => givesOthersData(r, s));
      if (!otherGroupNamed) report.activity(r, '/sources', 'only-person', {}, { severity: 'warning' });
    }
  }
});
