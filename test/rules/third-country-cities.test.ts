import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { table } from '../helpers/reader-table.js';
import { cityCountry } from '../../src/check/countries.js';
import { readText } from '../../src/check/prose-activity.js';
import { referenceData } from '../../src/check/reference.js';

/**
 * Issue #12 (session 31, V4): data/third-country-cities.json is dated reference data checked against GeoNames (its source,
 * licence and the date read in the file). A name GeoNames also gives a city of 15,000 or more in another country, or a place
 * of 1,000 or more in the EEA, must not map to one third country: it is kept apart (`ambiguous`) and not read.
 */
const file = JSON.parse(readFileSync(join(__dirname, '..', '..', 'data', 'third-country-cities.json'), 'utf8')) as {
  source: string;
  licence: string;
  checked: string;
  cities: Record<string, string>;
  geonameid: Record<string, number | number[]>;
  ambiguous: Record<string, string[]>;
};
const eea = referenceData().eea.countries;

describe('data/third-country-cities.json', () => {
  it('names its source, its licence and the day it was checked', () => {
    expect(file.source).toMatch(/GeoNames/u);
    expect(file.licence).toMatch(/Creative Commons Attribution/u);
    expect(file.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
  });
  it('gives every city its GeoNames id, and no other key', () => {
    expect(Object.keys(file.geonameid)).toEqual(Object.keys(file.cities));
  });
  it('maps no city to an EEA state, and no name both ways', () => {
    for (const [name, code] of Object.entries(file.cities)) {
      expect(eea.has(code), name).toBe(false);
      expect(file.ambiguous[name], name).toBeUndefined();
    }
  });
  it('lists for each ambiguous name the countries GeoNames gives it (two or more, or an EEA state)', () => {
    for (const [name, codes] of Object.entries(file.ambiguous)) expect(codes.length >= 2 || codes.some((c) => eea.has(c)), name).toBe(true);
  });
  it('is dated by reference-data-age and named in the gaps summary', () => {
    expect(referenceData().thirdCountryCities.asOf).toBe('2026-12-03');
  });
  it('reads a checked city and never an ambiguous one', () => {
    expect(cityCountry('Kyiv')).toBe('UA');
    expect(cityCountry('Moskva')).toBe('RU');
    expect(cityCountry('Kapstaden')).toBe('ZA');
    for (const name of ['London', 'Boston', 'Moscow', 'Vancouver', 'Hyderabad', 'Birmingham', 'Montréal', 'Rabat', 'Washington'])
      expect(cityCountry(name), name).toBeUndefined();
  });
});

table(
  'places: a checked third-country city, in the forms a writer uses (GeoNames names and alternate names)',
  (t) => readText.place(t).length > 0,
  [
    ['nb', 'Vi sender søknadene til rekrutteringsbyrået i Moskva.'],
    ['nn', 'Vi sender avviket til leverandøren, som har hovudkontor i Kapstaden.'],
    ['en', 'The CVs are forwarded to the staffing agency in Bengaluru.'],
    ['en', 'Payroll data is sent to the group company in Washington DC.'],
    ['nb', 'Lønnsdata sendes til konsernselskapet i Peking.'],
  ],
  [
    // A name that is also a city elsewhere (GeoNames): not read as one third country.
    ['en', 'We e-mail the CVs to the agency in Boston.'],
    ['nb', 'Vi sender søknadene til byrået i Vancouver.'],
    ['nn', 'Vi sender rapporten til byrået i Hyderabad.'],
    ['en', 'The report is sent to the partner in Montréal.'],
    ['nb', 'Rapporten sendes til samarbeidspartneren i Rabat.'],
  ],
);
