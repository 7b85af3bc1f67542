import { table } from '../helpers/reader-table.js';
import { revealsIn } from '../../src/check/prose-category.js';

/**
 * B19's readings (session 20, variants-ppt), each with the lawful wordings that share its words (nb, nn, en).
 */

table(
  'a union named and «or another union» reveals membership (prose-category revealsIn)',
  (t) => revealsIn(t).some((r) => r.kind === 'trade-union-membership'),
  [
    ['nn', 'Vi spør søkjarane om dei er medlem i Utdanningsforbundet eller ei anna fagforeining.'], // set: ppt PP26
    ['nb', 'Vi registrerer om den ansatte er medlem i Fagforbundet eller en annen fagforening.'],
    ['nb', 'Vi spør om søkeren er medlem av Delta eller en annen arbeidstakerorganisasjon.'],
    ['nn', 'Skjemaet spør om medlemskap i Fellesforbundet eller anna fagforeining.'],
  ],
  [
    ['nn', 'Søkjaren er medlem i Fotballforbundet eller ein annan idrettsklubb.'],
    ['nn', 'Vi held kurs om medlemskap i Utdanningsforbundet eller ei anna fagforeining.'],
    ['nb', 'Alle ansatte er medlem i pensjonsordningen.'],
    ['nb', 'Hun er medlem i styret eller en annen komité.'],
    ['en', 'Applicants may be members of a sports club or another association.'],
    ['nn', 'Ein tillitsvald frå Utdanningsforbundet eller ei anna fagforeining kan vere med i intervjuet.'],
  ],
);
