import { table } from '../helpers/reader-table.js';
import { discloses } from '../../src/check/facts.js';

/**
 * B22's reading of session 22 (#12, recall on nynorsk free text): the employer written «arbeidsgivar» (a nynorsk form
 * beside «arbeidsgjevar») is the same outside party, with the lawful wordings that share its words (nb, nn, en).
 */

table(
  'data handed to the employer, in either nynorsk spelling (facts.ts EMPLOYER_PARTY, NAMED_PARTIES)',
  (t) => discloses(t),
  [
    ['nn', 'Når pasienten blir sjukmeld, sender vi diagnosen til arbeidsgivaren.'],
    ['nn', 'Vi sender diagnosen til arbeidsgjevaren.'],
    ['nb', 'Når pasienten blir sykmeldt, sender vi diagnosen til arbeidsgiveren.'],
    ['nn', 'Resultatet av testen blir sendt til arbeidsgivaren til den tilsette.'],
    ['en', "When the patient is put on sick leave, we send the diagnosis to the patient's employer."],
  ],
  [
    ['nn', 'Vi sender ikkje diagnosen til arbeidsgivaren.'],
    ['nn', 'Arbeidsgivaren får ikkje vite diagnosen; sjukmeldinga viser berre perioden.'],
    ['nn', 'Pasienten tek sjølv med seg sjukmeldinga til arbeidsgivaren sin dersom han vil.'],
    ['nb', 'Vi sender ikke diagnosen til arbeidsgiveren.'],
    ['nn', 'Vi hentar stadfesting av arbeidstilbodet frå arbeidsgivaren.'],
    ['en', 'We never send the diagnosis to the employer.'],
  ],
);
