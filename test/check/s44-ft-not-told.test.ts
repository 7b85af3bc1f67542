import { describe } from 'vitest';
import { taskSentences } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 44, FT (variants-tannhelse TH77, written blind: «Den innsette blir ikkje fortalt at lista kjem frå
 * Kriminalomsorga»): the people the record is about said in the description not to be told of their data or where it comes
 * from: notice-art14 `described-not-told` (Art. 13, 14(1)-(3), 14(2)(f)). Each cell is the only description of an activity
 * whose data subjects are applicants, pupils, employees, customers, members, participants, users; information by Art. 13.
 * READ: a school, NAV, an employer, a shop, a club, a research unit, a housing office; nb, nn, en. SILENT: «we» not told, a
 * third party not told (confidentiality), told later or another way, other people's data, told.
 */
const findingsOf = taskSentences('ropa-s44-ft-not-told-', 'notice-art14', {
  subjects: ['Søkere', 'Elever', 'Ansatte', 'Kunder', 'Medlemmer', 'Deltakere', 'Applicants', 'Brukarar', 'Leietakere'],
  extra: 'information:\n  method:\n    - art13\n',
});

describe('the people said not to be told of their data or its source (notice-art14 described-not-told)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Søkerne blir ikke informert om at vi henter opplysninger fra Skatteetaten.',
      'Elevane vert ikkje fortalde at lista kjem frå barnevernet.',
      'De ansatte får ikke vite at loggen over påloggingene deres lagres.',
      'Applicants are not told that the references come from their former employer.',
      'Kundene blir ikke varslet om at opplysningene deres kommer fra kredittopplysningsbyrået.',
      'Medlemmene er ikke orientert om at klubben får medlemslista fra forbundet.',
      'Du blir ikke informert om at vi har hentet opplysninger om deg fra NAV.',
      'Brukarane får ikkje vite at opplysningane blir henta frå fastlegen.',
    ],
    [
      'Vi får ikkje vite kva søkjaren er dømd for.',
      'Arbeidsgiveren får ikke vite hvilke opplysninger de ansatte har gitt.',
      'Søkerne blir ikke varslet før vedtaket er fattet, men får da vite at opplysningene kommer fra Skatteetaten.',
      'Elevene blir ikke informert om andre elevers opplysninger.',
      'Applicants are told that the references come from their former employer.',
      'Naboene blir ikke informert om at søknaden gjelder en kommunal bolig.',
    ],
  );
});
