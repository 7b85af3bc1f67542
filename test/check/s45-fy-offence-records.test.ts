import { describe } from 'vitest';
import { readsAndSilent } from '../helpers/sentence-matrix.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Session 45, FY (variants-sykehjem LY39; variants-sjoredning SR56 held out and still missed): records of offences named by
 * their own nouns in a clause that keeps them («registrerer vi også anmeldelser og dommer for straffbare forhold»), with no
 * category marked criminalOffence (Art. 10). Near misses: reviews and judges with no offence, an aim, a course, a count.
 */
const findingsOf = ruleMatrix('criminal-data-basis', {
  org: 'Lyngtun omsorgssenter AS',
  title: 'Personaladministrasjon',
  purpose: 'Administrere arbeidsforholdet.',
  legalBasis: '      - gdpr: A6-1-b\n',
});

describe('offence records named in words (FY session 45)', () => {
  readsAndSilent(
    findingsOf.with({ language: 'nb' }),
    [
      'I personalmappen registrerer vi også anmeldelser og dommer for straffbare forhold begått i tjenesten.',
      'Vi lagrar meldingar om straffbare forhold som tilsette har gjort i teneste.',
      'We record reports and convictions for criminal offences committed at work in the personnel file.',
      'Vi registrerer dommer om lovbrudd i personalmappen.',
    ],
    [
      'Vi registrerer anmeldelser av nye bøker i katalogen.',
      'Dommer og meddommere registreres med navn i saken.',
      'Vi lagrer kursbevis fra kurs om straffbare forhold på arbeidsplassen.',
      'Vi registrerer antall anmeldelser for straffbare forhold hvert år.',
      'Personalmappen inneholder arbeidsavtale, lønn og fravær.',
    ],
  );
});
