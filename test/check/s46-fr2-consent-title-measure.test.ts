import { describe } from 'vitest';
import { taskConsentFindings } from '../helpers/rule-registries.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 46, FR2 (issue #12): consent-for-public-task `consent-asked-for-task` was silent on every consent-asked sentence
 * of an activity whose title names a measure a special law makes consent-bound (session 45, FR). The title covers only
 * what the law's consent covers: consent asked of whom the law asks (opplæringslova § 11-7, §§ 3-7, 6-6: the pupil or the
 * parents; barnehageloven §§ 32, 38: the parents; barnevernsloven §§ 3-1, 3-2, 6-1: the parents and the child;
 * helseforskningsloven § 13: the participant), before the measure ends, in a title that names no other service. Each cell
 * is the only description of a municipality's activity on Art. 6(1)(e).
 */
const findingsOf = taskConsentFindings('ropa-s46-fr2-title-measure-');

describe('a title naming a consent-bound measure covers the consent the law asks, of whom it asks', () => {
  readsAndSilent(
    findingsOf('Spesialundervisning'),
    [
      'Vi ber lærerne om samtykke til å registrere opplysningene om dem i fagsystemet.',
      'Skolen innhenter samtykke fra assistentene til å lagre opplysningene om arbeidstiden.',
      'Etter at tiltaket er avsluttet, ber vi foreldrene om samtykke til å lagre opplysningene om eleven.',
      'We ask the teachers for consent to store their information in the staff system.',
    ],
    [
      'Vi innhenter samtykke fra foreldrene til å behandle opplysningene om barnet.',
      'Vi ber eleven om samtykke til å registrere opplysningane.',
      'We obtain consent to process the child’s information.',
      'We ask for consent to process the pupil’s information.',
    ],
  );
});
describe('a title that names another service beside the measure: only a sentence naming the measure is the law’s', () => {
  readsAndSilent(
    findingsOf('Skoleskyss og spesialundervisning'),
    ['Vi innhenter samtykke fra foreldrene til å behandle opplysningene om barnet.'],
    ['Vi ber foreldrene om samtykke til spesialundervisning og til å registrere opplysningene om barnet.'],
  );
  readsAndSilent(
    findingsOf('Sakkunnig vurdering og individuelt tilrettelagd opplæring'),
    [],
    ['Vi innhenter samtykke fra foreldrene til å behandle opplysningene om barnet.'],
  );
});
