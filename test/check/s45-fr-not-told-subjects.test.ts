import { describe } from 'vitest';
import { taskSentences } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 45, FR (issue #12): notice-art14 `described-not-told` reads the ones not told as the activity's people by a word
 * of its data-subject groups' names. Session 44 compared the first four letters, which took a compound or another word of
 * the same opening for the people («barnevernet» for «Barn», «elevrådet» for «Elever», «foretaket» for «Foreldre»,
 * «ansattrepresentanten» for «Ansatte»): a third party not told keeps the person's data confidential. The shared party stem
 * (parties.ts namesShareStem) and two forms of one noun («medlem»/«Medlemmer», «forelderen»/«Foreldre», «the child»/
 * «Children») read the people; one group of data subjects per block, nb, nn, en.
 */
const block = (subjects: readonly string[], reads: readonly string[], silent: readonly string[]): void => {
  const findingsOf = taskSentences(`ropa-s45-fr-told-${subjects[0]!.toLowerCase()}-`, 'notice-art14', {
    subjects,
    extra: 'information:\n  method:\n    - art13\n',
  });
  describe(`data subjects ${subjects.join(', ')}`, () => readsAndSilent(findingsOf, reads, silent));
};

describe('the ones not told read as the activity’s people by a whole word, not four letters (notice-art14 described-not-told)', () => {
  block(
    ['Barn'],
    ['Barna blir ikke informert om at opplysningene kommer fra helsestasjonen.', 'Barnet får ikkje vite at meldinga kjem frå skulen.'],
    ['Barnevernet blir ikke informert om at familien har søkt om støtte.', 'Barnehagen får ikke vite hvilke opplysninger foreldrene har gitt.'],
  );
  block(
    ['Elever'],
    ['Eleven blir ikke informert om at opplysningene kommer fra PPT.', 'Elevane vert ikkje fortalde at lista kjem frå barnevernet.'],
    ['Elevrådet blir ikke informert om hvilke elever som har søkt om fritak.', 'Eldre søsken får ikke vite at opplysningene kommer fra skolen.'],
  );
  block(
    ['Ansatte'],
    ['Den ansatte får ikke vite at loggen over påloggingene lagres.'],
    [
      'Ansattrepresentanten får ikke vite hvilke opplysninger den ansatte har gitt.',
      'Den ansvarlige lederen blir ikke informert om at opplysningene kommer fra bedriftshelsetjenesten.',
    ],
  );
  block(
    ['Foreldre'],
    ['Forelderen blir ikke informert om at meldingen kommer fra barnehagen.', 'Foreldra får ikkje vite at opplysningane kjem frå skulen.'],
    ['Foretaket får ikke vite hvilke opplysninger foreldrene har gitt.', 'Forelesere blir ikke informert om at opplysningene kommer fra studentene.'],
  );
  block(
    ['Medlemmer'],
    ['Hvert medlem blir ikke informert om at medlemslista kommer fra forbundet.'],
    ['Medlidende naboer får ikke vite hvilke opplysninger vi har.'],
  );
  block(
    ['Children'],
    ['The child is not told that the report comes from the school nurse.'],
    ['The childcare centre is not told which data the parents have given.'],
  );
});
