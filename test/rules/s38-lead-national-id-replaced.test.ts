import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 38 (lead), variants-verneplikt's clean base: «names and national identity numbers are replaced by a serial
 * number» says the number is taken out of what goes on, as «fjernes» does; national-id-justified's «the words name the
 * number, no category records it» stays silent on it. A number that is used, kept or sent, while something else is
 * replaced, still reads (the number's own part of the clause, to its comma, must say it is replaced). Each cell is one activity's description, with no category and no need recorded.
 * Sentences written for this matrix, none from a test set: READ (nb, nn, en: the number used, stored, sent, another
 * field replaced) and SILENT (replaced by a serial number, a code, a pseudonym, swapped out, in nb, nn and en).
 */
const findingsOf = ruleMatrix('national-id-justified', {
  org: 'Nordre forskingskontor',
  language: 'nb',
  title: 'Uttrekk til forskning',
  purpose: 'gi forskere et datasett',
});

const reads: readonly string[] = [
  'Vi sender fødselsnummeret til universitetet sammen med resultatene.',
  'Uttrekket inneholder navn og fødselsnummer.',
  'Fødselsnummeret brukes til å koble resultatene med tjenestedata.',
  'Me lagrar fødselsnummeret i forskingsdatabasen.',
  'The extract holds names and national identity numbers.',
  'We use the national identity number to link the records.',
  'Personnummer blir lagret, mens navn erstattes med initialer.',
  'We keep the national identity number, while names are replaced by initials.',
];
const silent: readonly string[] = [
  'Names and national identity numbers are replaced by a serial number, and the key stays with us.',
  'Fødselsnummeret erstattes med et løpenummer før uttrekket sendes.',
  'Navn og fødselsnummer byttes ut med en kode før utlevering.',
  'Fødselsnummeret vert bytt ut med eit pseudonym før utleveringa.',
  'Namn og fødselsnummer vert erstatta av eit løpenummer.',
  'The national identity number is swapped out for a random code before the data leave us.',
  'Personnummer blir erstattet med et prosjektnummer.',
];

describe('a national id replaced by a serial number is left out (session 38, verneplikt base)', () => {
  readsAndSilent(findingsOf, reads, silent);
});
