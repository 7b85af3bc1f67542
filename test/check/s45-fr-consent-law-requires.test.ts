import { describe } from 'vitest';
import { taskConsentFindings } from '../helpers/rule-registries.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 45, FR (issue #12): consent-for-public-task `consent-asked-for-task` says that consent asked for a public task's
 * own processing misstates the basis. Where a special law itself makes the person's or the parents' consent the condition
 * of the measure the data is for, the consent is the law's, not a GDPR basis, and the task's processing rests on that law:
 * opplæringslova (2023) § 11-7 (the expert assessment, individually adapted teaching), §§ 3-7 and 6-6 (introductory
 * teaching), barnehageloven §§ 32 and 38 (special needs help, sign language), barnevernsloven §§ 3-1, 3-2 and 6-1
 * (voluntary help and placements), helseforskningsloven § 13 (research). Each cell is the only description of a
 * municipality's activity «Tjeneste» on Art. 6(1)(e). READ: consent asked for the processing with no such measure named.
 * SILENT: the same words tied to a measure the law makes consent-bound, nb, nn, en.
 */
const findingsOf = taskConsentFindings('ropa-s45-fr-law-consent-');

describe('consent a special law requires for the measure is not asked for the task’s processing (consent-asked-for-task)', () => {
  readsAndSilent(
    findingsOf('Tjeneste'),
    [
      'Vi innhenter samtykke fra foreldrene til å behandle opplysningene om barnet.',
      'Barnevernstenesta ber foreldra om samtykke til å lagre opplysningane om familien i fagsystemet.',
      'We ask the parents for consent to process the child’s information in our case system.',
    ],
    [
      'Før PPT lager en sakkyndig vurdering, innhenter vi samtykke fra foreldrene til å behandle opplysningene om barnet.',
      'Foreldra skriv under på eit samtykke til tilvisinga til PPT og til at vi registrerer opplysningane om eleven.',
      'Vi ber foreldrene om samtykke til spesialpedagogisk hjelp og til å registrere opplysningene om barnet.',
      'Barnevernstjenesten innhenter foreldrenes samtykke til hjelpetiltaket og til at vi lagrer opplysningene om familien.',
      'Ved frivillig plassering får vi samtykke frå foreldra til å registrere opplysningane om barnet.',
      'Before the expert assessment we obtain the parents’ consent to process the child’s information.',
      'We ask the family for consent to voluntary support measures and to store the information about the child.',
      'Deltakerne signerer et samtykkeskjema før vi registrerer helseopplysningene i forskningsprosjektet.',
    ],
  );
});
describe('the measure named in the activity’s title («Sakkunnig vurdering»): the same plain sentence is not read', () => {
  readsAndSilent(findingsOf('Sakkunnig vurdering'), [], ['Vi innhenter samtykke fra foreldrene til å behandle opplysningene om barnet.']);
});
