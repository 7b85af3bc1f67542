import { describe } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { purposeFindingsOf } from '../helpers/rule-registries.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 45, FY (variants-sykehjem LY51, LY59; variants-sjoredning SR61 held out): a catch-all inside a purpose, left to
 * the body's later will — «og andre formål ledelsen bestemmer», «and for other research USN may wish to do later», «og
 * bruke registeret til andre formål som fremmer sikkerheten på sjøen» (Art. 5(1)(b)). Near misses name the further
 * purpose, bound it (an ethics committee's approval, consent) or speak of a person's own wishes.
 */
const run = textRegistry('ropa-s45-fy-catch-all-');
const purposeFindings = purposeFindingsOf(run, {
  name: 'Lyngtun omsorgssenter AS',
  basis: 'gdpr: A6-1-f\nlegitimateInterest: Drive virksomheten.\ninterestAssessment: Vurdering 2026',
});

describe('a catch-all purpose left to the body (FY session 45)', () => {
  readsAndSilent(
    purposeFindings,
    [
      'følge opp uønskede hendelser, forbedre kvaliteten og andre formål ledelsen bestemmer',
      'føre vaktlister og andre føremål styret avgjer',
      'collect data on falls for the FallFri study and for other research USN may wish to do later',
      'registrere fritidsbåter og eierne deres, og bruke registeret til andre formål som fremmer sikkerheten på sjøen',
      'run the newsletter and other purposes the board decides on',
      'kartlegge behov og andre formål vi finner nyttige',
      'samle inn spørreskjema til studien og til annen forskning vi måtte ønske å gjøre senere',
    ],
    [
      'følge opp uønskede hendelser og forbedre pasientsikkerheten',
      'collect data on falls for the FallFri study approved by REK',
      'store samples for future research approved by the ethics committee',
      'tilrettelegge måltidene etter hva beboeren ønsker',
      'planlegge aktiviteter beboerne ønsker å delta i',
      'forske på fall blant sykehjemsbeboere i studien FallFri',
    ],
  );
});
