import { describe, expect, it } from 'vitest';
import { basisCodes, basisFromPhrase, countryCode, lawCitations, mechanismOf, readRetention, yesNo } from '../../src/import/words.js';
import { Ids, slug } from '../../src/import/slug.js';

describe('free text read only where certain', () => {
  it.each([
    ['art. 6 nr. 1 bokstav e', ['A6-1-e']],
    ['6.1.e', ['A6-1-e']],
    ['GDPR 6(1)(e)', ['A6-1-e']],
    ['Art. 6 (1) (c) og art. 9 (2) (h)', ['A6-1-c', 'A9-2-h']],
    ['artikkel 6 første ledd bokstav b', ['A6-1-b']],
    ['personvernforordningen art. 10, jf. personopplysningsloven § 11', ['A10']],
    ['6.1.g', []],
    ['6.2.a', []],
    ['§ 6.1', []],
    ['kapittel 6', []],
  ])('%s → %j', (text, codes) => {
    expect(basisCodes(text)).toEqual(codes);
  });

  it('reads a basis from a phrase only when the phrase is all the cell says', () => {
    expect(basisFromPhrase('Samtykke')).toBe('A6-1-a');
    expect(basisFromPhrase('Oppgave i allmennhetens interesse')).toBe('A6-1-e');
    expect(basisFromPhrase('Rettslig forpliktelse.')).toBe('A6-1-c');
    expect(basisFromPhrase('legitimate interests')).toBe('A6-1-f');
    expect(basisFromPhrase('Samtykke fra foresatte eller avtale')).toBeUndefined();
  });

  it('reads laws from Lovdata links and names', () => {
    expect(lawCitations('https://lovdata.no/lov/2005-06-17-64/§18')).toMatchObject([
      { title: 'barnehageloven', section: '§ 18', lovdataId: 'LOV-2005-06-17-64', url: 'https://lovdata.no/lov/2005-06-17-64/%C2%A718' },
    ]);
    expect(lawCitations('https://lovdata.no/dokument/NL/lov/2014-06-20-42/%C2%A76')).toMatchObject([{ title: 'pasientjournalloven', section: '§ 6' }]);
    expect(lawCitations('barnehageloven § 18 (https://lovdata.no/lov/2005-06-17-64/§18)')).toHaveLength(1);
    expect(lawCitations('jf. forvaltningsloven §§ 13 og 13 b og arkivlova § 6').map((c) => [c.title, c.section])).toEqual([
      ['forvaltningsloven', '§§ 13 og 13 b'],
      ['arkivlova', '§ 6'],
    ]);
    expect(lawCitations('opplæringslova § 9 A-2')[0]!.title).toBe('opplæringslova');
    expect(lawCitations('https://lovdata.no/lov/2099-01-01-1')[0]).toMatchObject({ title: 'LOV-2099-01-01-1', lovdataId: 'LOV-2099-01-01-1' });
    expect(lawCitations('Lov om sosiale tjenester')).toEqual([]);
  });

  it.each([
    ['5 år', { period: 'P5Y' }],
    ['7 dager', { period: 'P7D' }],
    ['10 år etter avsluttet arbeidsforhold', { period: 'P10Y', trigger: 'avsluttet arbeidsforhold' }],
    ['Slettes etter 3 måneder', { period: 'P3M', endAction: 'delete' }],
    ['Anonymiseres senest to år etter innsamling', { period: 'P2Y', trigger: 'innsamling', endAction: 'anonymise' }],
    ['2 years after the contract ends, then deleted', { period: 'P2Y', trigger: 'the contract ends', endAction: 'delete' }],
    ['bevares/avleveres til arkiv', undefined],
    ['Avleveres til arkiv', { permanent: true, endAction: 'archive' }],
    ['Bevares og avleveres til Arkivverket', { permanent: true, endAction: 'archive', archive: 'Arkivverket' }],
    ['5-10 år', undefined],
    ['3 eller 5 år', undefined],
    ['5 år etter 2020', undefined],
    ['Så lenge det er nødvendig', undefined],
    ['Slettes når abonnenten melder seg av', { trigger: 'når abonnenten melder seg av', endAction: 'delete' }],
    ['Slettes ved 3 feil', undefined],
    ['0 dager', undefined],
  ])('%s → %j', (text, reading) => {
    expect(readRetention(text)).toEqual(reading);
  });

  it('countries by name in three languages, codes, and nothing for what is not a country', () => {
    expect(countryCode('USA')).toBe('US');
    expect(countryCode('Storbritannia')).toBe('GB');
    expect(countryCode('Tyskland')).toBe('DE');
    expect(countryCode('Sveits')).toBe('CH');
    expect(countryCode('Germany')).toBe('DE');
    expect(countryCode('NO')).toBe('NO');
    expect(countryCode('EU/EØS')).toBeUndefined();
    expect(countryCode('Microsoft')).toBeUndefined();
    expect(countryCode('XX')).toBeUndefined();
  });

  it('mechanisms only from words that name them', () => {
    expect(mechanismOf('EUs standard personvernbestemmelser (SCC)')).toBe('A46-2-c');
    expect(mechanismOf('Bindende virksomhetsregler')).toBe('A46-2-b');
    expect(mechanismOf('Avtale med leverandøren')).toBeUndefined();
  });

  it('yes and no', () => {
    expect([yesNo('Ja'), yesNo('nei'), yesNo('Yes'), yesNo('Kanskje')]).toEqual([true, false, true, undefined]);
  });

  it('readable slugs: æ, ø, å and unique ids', () => {
    expect(slug('Søknader om barnehageplass')).toBe('soknader-om-barnehageplass');
    expect(slug('Kameraovervåking – rådhuset')).toBe('kameraovervaking-radhuset');
    expect(slug('Ærlig talt')).toBe('aerlig-talt');
    expect(slug('Über café')).toBe('uber-cafe');
    expect(slug('2024 budsjett', 'activity')).toBe('activity-2024-budsjett');
    expect(slug('!!!', 'activity')).toBe('activity');
    const ids = new Ids(['navn']);
    expect([ids.next('Navn'), ids.next('Navn'), ids.next('Adresse')]).toEqual(['navn-2', 'navn-3', 'adresse']);
    expect(slug('a'.repeat(100)).length).toBeLessThanOrEqual(60);
  });
});
