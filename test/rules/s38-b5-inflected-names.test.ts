import { describe } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 38, B5 (bodies/hjorteviltregisteret, a real notice's words: «Opplysningane blir sende til
 * Brønnøysundregisteret» beside a listed «Brønnøysundregistera»): a body the activity's words hand data to by its name in
 * one inflected form (definite or indefinite, singular or plural, nb «-eren» or nn «-aren», the «e» a compound drops) is
 * the listed body named in another; recipients-stated stays silent. A body whose name only begins like a listed one
 * («Brønnøysund kommune», «Pasientreiser HF», «Kreftforeningen») is still another party. Each cell is one activity: its
 * description, and the one recipient it lists. Sentences written for this matrix.
 */
const registryOf = sentenceRegistry('ropa-s38-b5-inflected-');
type Cell = readonly [text: string, listed: string];
const findingsOf = (cells: readonly Cell[], prefix: string) => (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Fjordvik kommune',
    language: 'nn',
    title: 'Melding',
    purpose: 'behandle saka',
    rule: 'recipients-stated',
    today: '2026-12-04',
    listed: Object.fromEntries(cells.map(([, listed], i) => [`${prefix}${i}`, listed])),
  });

/** The same body as the one listed, its name inflected otherwise (nb, nn, en). */
const silent: readonly Cell[] = [
  ['Opplysningane blir sende til Brønnøysundregisteret, som gir svar om jegernummeret høyrer til fødselsdatoen.', 'Brønnøysundregistera'],
  ['Jegernummer og fødselsdato sendes til Brønnøysundregisteret for kontroll.', 'Brønnøysundregistrene'],
  ['Dødsfall og diagnoser rapporteres til Pasientregisteret hver måned.', 'Norsk pasientregister'],
  ['Biverknadsmeldingane blir sende til Legemiddelverket.', 'Statens legemiddelverk'],
  ['Vi sender oppgåva over bilane til Vegvesenet.', 'Statens vegvesen'],
  ['We send the list of new addresses to Kartverket.', 'Statens kartverk (the Norwegian Mapping Authority)'],
  ['Saka blir send vidare til Reseptformidlaren.', 'Reseptformidleren'],
  ['Kopi av vedtaket sendes til Husbanken.', 'Husbankens regionkontor'],
];
/** Another body than the one listed, though its name begins alike: still reported. */
const reads: readonly Cell[] = [
  ['Opplysningane blir sende til Brønnøysundregisteret.', 'Brønnøysund kommune'],
  ['Dødsfall og diagnoser rapporteres til Pasientregisteret hver måned.', 'Pasientreiser HF'],
  ['Meldinga blir send til Kreftregisteret.', 'Kreftforeningen'],
  ['We send the list of new addresses to Kartverket.', 'Kartbutikken AS'],
  ['Vi sender oppgåva over bilane til Vegvesenet.', 'Veglaget i bygda'],
  ['Biverknadsmeldingane blir sende til Legemiddelverket.', 'Legevakta i Fjordvik'],
];

describe('a listed body named in another inflection is the same body (B5 session 38, recipients-stated)', () => {
  describe('silent', () =>
    readsAndSilent(
      findingsOf(silent, 's'),
      [],
      silent.map(([t]) => t),
    ));
  describe('reads', () =>
    readsAndSilent(
      findingsOf(reads, 'r'),
      reads.map(([t]) => t),
      [],
    ));
});
