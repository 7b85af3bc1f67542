import { describe, expect, it } from 'vitest';
import { table } from '../helpers/reader-table.js';
import { readText } from '../../src/check/prose-activity.js';
import { partyConcepts, twinRecorded } from '../../src/check/party-twins.js';
import { revealsIn } from '../../src/check/prose-category.js';

/**
 * Session 28's blind lawful controls (G6, bodies/lawful-wordings-s28-g6): l21, a decision denied by the determiner of a
 * subject longer than the four words `denied` looks back at; l13, a recorded party named in the other language.
 */
table(
  'automated decisions: a subject denied by «ingen», «no» before the decision (G6 l21, session 28)',
  readText.decision,
  [
    ['nb', 'Søknader om faktura blir avslått automatisk.'],
    ['en', 'Applications for invoicing are refused automatically.'],
    ['nb', 'Dersom ingen dokumentasjon er levert blir søknaden avslått automatisk.'],
    // nynorsk «no» is «now»: nothing denied.
    ['nn', 'No søknader om faktura vert avslått automatisk.'],
  ],
  [
    ['nn', 'Ingen søknad om faktura blir avslått automatisk; ein tilsett går gjennom kvart forslag og avgjer det sjølv.'],
    ['nb', 'Ingen søknader om faktura blir automatisk avslått.'],
    ['en', 'No application for invoicing is ever refused automatically; a member of staff decides.'],
    ['nn', 'Inga sak om kreditt vert avgjord automatisk.'],
  ],
);

describe('a recorded party named in the other language (G6 l13, session 28)', () => {
  it('reads a Norwegian compound made of known stems as the English name, and the other way round', () => {
    expect(twinRecorded('Parkeringsselskapene og kommunene', ['Parking companies and municipalities'])).toBe(true);
    expect(twinRecorded('Kommunane', ['Parking companies and municipalities'])).toBe(true);
    expect(twinRecorded('The parking companies', ['Parkeringsselskap og kommunar'])).toBe(true);
    expect(twinRecorded('The court', ['Forliksrådet og tingretten'])).toBe(true);
    expect(twinRecorded('Forsikringsselskapet', ['Insurers'])).toBe(true);
  });
  it('keeps a party whose words the lexicon does not know, or whose concept the record lacks, unrecorded', () => {
    expect(twinRecorded('Bompengeselskapet', ['Parking companies and municipalities'])).toBe(false);
    expect(twinRecorded('Forsikringsselskapet', ['Parking companies and municipalities'])).toBe(false);
    expect(twinRecorded('Inkassobyrået', ['Credit bureau'])).toBe(false);
    expect(twinRecorded('The parking companies and the police', ['Parkeringsselskap og kommunar'])).toBe(false);
    expect(partyConcepts('countries')).toBeUndefined();
    expect(partyConcepts('Legevakta')).toBeUndefined();
  });
});

/**
 * variants-byggesak (G7, session 28, blind): union membership as «som er med i (ei) fagforeining» (BY44) and a person said to
 * be «straffedømd»/«straffedømt» (BY29), words the readers knew only as «medlem i …» and «dømt for …».
 */
const reveals = (kind: string) => (t: string) => revealsIn(t).some((r) => r.kind === kind);
table(
  'trade-union membership: who «er med i» a union (byggesak BY44, session 28)',
  reveals('trade-union-membership'),
  [
    ['nn', 'Vi registrerer kven som er med i fagforeining.'],
    ['nb', 'Vi registrerer hvem som er med i en fagforening.'],
  ],
  [
    ['nn', 'Dei tilsette kan vere med i fagforeining.'],
    ['nn', 'Alle tilsette har rett til å vere med i ei fagforeining.'],
    ['nb', 'Vi samarbeider med fagforeningen om turnusen.'],
    // Applicants asking about the union, not a member told (lawful-wordings-s21-n uq53).
    ['nb', 'Søkere spør ofte om de er med i en fagforening automatisk når de blir ansatt; svaret er nei.'],
  ],
);
table(
  'criminal-offence data: a person said to be «straffedømd» (byggesak BY29, session 28)',
  reveals('criminal-offence'),
  [
    ['nn', 'Vi sjekkar om eigaren tidlegare er straffedømd.'],
    ['nb', 'Vi sjekker om eieren tidligere er straffedømt.'],
  ],
  [
    ['nn', 'Kurset handlar om korleis ein møter straffedømde.'],
    ['nb', 'Vi underviser om rettssaker der noen er straffedømt.'],
  ],
);
