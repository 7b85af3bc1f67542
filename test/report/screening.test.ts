import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { html } from '../../src/render/report/html.js';
import { md } from '../../src/render/report/md.js';
import { xlsx } from '../../src/render/report/xlsx.js';
import { BASIC, UNRECORDED, cell, extra, report, tableHtml } from './helpers.js';

/**
 * The DPIA overview shows what ropa computes from the record (src/check/screening.ts): whether a DPIA
 * is required or likely, and which Art. 35(3) triggers, items of Datatilsynet's list and WP248
 * criteria apply. The record's «high risk» column falls back on it when the registry says nothing.
 */
describe('the DPIA screening in the report', () => {
  const r = report(UNRECORDED);
  const dpia = extra(r, 'dpia');

  it('adds computed columns to the DPIA overview, before what the registry records', () => {
    expect(dpia.columns.map((c) => [c.id, c.label])).toEqual([
      ['activity', 'Behandlingsaktivitet'],
      ['high-risk', 'Kan behandlingen medføre høy risiko?'],
      ['dpia-screening', 'Kreves DPIA? (beregnet)'],
      ['art35-triggers', 'Artikkel 35 nr. 3 (beregnet)'],
      ['datatilsynet-list', 'Datatilsynets liste, artikkel 35 nr. 4 (beregnet)'],
      ['wp248-criteria', 'WP248-kriterier (beregnet)'],
      ['dpia-status', 'DPIA-status'],
      ['dpia-reference', 'Referanse'],
      ['dpia-date', 'Dato'],
      ['residual-risk', 'Restrisiko'],
      ['prior-consultation', 'Forhåndsdrøfting med Datatilsynet (artikkel 36)'],
      ['dpia-reason', 'Begrunnelse'],
      ['risk-factors', 'Registrerte risikofaktorer'],
    ]);
  });

  it("says required for an item of Datatilsynet's list, likely for two WP248 criteria, and not indicated for none", () => {
    const row = (id: string): string[][] => dpia.columns.slice(2, 6).map((c) => cell(r, id, c.id, dpia));
    expect(row('workplace-monitoring')).toEqual([['Ja'], [], ['Systematisk monitorering av ansatte'], ['Systematisk overvåking']]);
    expect(row('survey')).toEqual([['Sannsynlig'], [], [], ['Evaluering eller poengsetting', 'Stor skala']]);
    expect(row('payroll')).toEqual([['Ikke påvist'], [], [], []]);
  });

  it('names the Art. 35(3) triggers and the «+1» items of the list', () => {
    const basic = report(BASIC, { internal: true }); // «statistics» is in review
    const table = extra(basic, 'dpia');
    expect(cell(basic, 'statistics', 'dpia-screening', table)).toEqual(['Ja']);
    expect(cell(basic, 'statistics', 'art35-triggers', table)).toEqual([
      'Art. 35 nr. 3 bokstav a: systematisk og omfattende vurdering med rettsvirkning eller tilsvarende',
      'Art. 35 nr. 3 bokstav b: særlige kategorier eller opplysninger om straffbare forhold i stor skala',
    ]);
    // Changed with issue 12: Datatilsynet's item is scientific or historical research without consent, not statistics.
    expect(cell(basic, 'statistics', 'datatilsynet-list', table)).toEqual([]);
    // Payroll records «not required», yet employees are marked vulnerable and sick leave is health data.
    expect(cell(basic, 'payroll', 'dpia-screening', table)).toEqual(['Sannsynlig']);
    expect(cell(basic, 'payroll', 'dpia-status', table)).toEqual(['ikke påkrevd']);
  });

  it('fills «high risk» from the screening when the registry says nothing, and says it is computed', () => {
    expect(cell(r, 'workplace-monitoring', 'high-risk')).toEqual(['Ja (beregnet)']);
    expect(cell(r, 'survey', 'high-risk')).toEqual(['Sannsynlig (beregnet)']);
    expect(cell(r, 'payroll', 'high-risk')).toEqual(['Ikke påvist (beregnet)']);
    expect(cell(r, 'survey', 'high-risk', dpia)).toEqual(['Sannsynlig (beregnet)']);
  });

  it('keeps what the registry records about high risk, even where the screening says otherwise', () => {
    const basic = report(BASIC, { internal: true }); // «statistics» is in review
    expect(cell(basic, 'payroll', 'high-risk')).toEqual(['Nei']);
    expect(cell(basic, 'statistics', 'high-risk')).toEqual(['Ja']);
  });

  it('is in the words of the report language: nynorsk and English', () => {
    const nn = report(UNRECORDED, { lang: 'nn' });
    const nnDpia = extra(nn, 'dpia');
    expect(cell(nn, 'survey', 'high-risk')).toEqual(['Sannsynleg (berekna)']);
    expect(cell(nn, 'payroll', 'dpia-screening', nnDpia)).toEqual(['Ikkje påvist']);
    expect(cell(nn, 'workplace-monitoring', 'wp248-criteria', nnDpia)).toEqual(['Systematisk overvaking']);
    expect(nnDpia.columns[2]!.label).toBe('Trengst DPIA? (berekna)');

    const en = report(UNRECORDED, { lang: 'en' });
    const enDpia = extra(en, 'dpia');
    expect(cell(en, 'workplace-monitoring', 'high-risk')).toEqual(['Yes (computed)']);
    expect(cell(en, 'workplace-monitoring', 'datatilsynet-list', enDpia)).toEqual(['Systematic monitoring of employees']);
    expect(cell(en, 'survey', 'wp248-criteria', enDpia)).toEqual(['Evaluation or scoring', 'Large scale']);
    expect(cell(en, 'payroll', 'dpia-screening', enDpia)).toEqual(['Not indicated']);
  });

  it('explains the computed columns, the WP248 threshold and the items of the list a person must judge', () => {
    expect(dpia.note).toContain('ved 2 eller flere WP248-kriterier');
    expect(dpia.note).toContain(
      // The items on schools and kindergartens, and on the Internet of Things, are read from the record since 2026-12-01
      // (src/check/screening.ts): one item is left, in the singular.
      'Punktet «Sensitive eller svært personlige opplysninger i stor skala brukt til å trene algoritmer» kan ikke leses ut av registeret',
    );
    expect(extra(report(UNRECORDED, { lang: 'en' }), 'dpia').note).toContain(
      'The item “Sensitive or highly personal data on a large scale used to train algorithms” cannot be read',
    );
  });

  it('is in every format that shows the DPIA overview: md, html and xlsx', async () => {
    const mdOut = md(r);
    expect(mdOut).toContain('| Overvåking av arbeidsplassen | Ja (beregnet) | Ja |  | Systematisk monitorering av ansatte | Systematisk overvåking |');
    const htmlOut = tableHtml(html(r));
    const section = /<h2 id="h-extra-0">Personvernkonsekvensvurderinger \(DPIA\)<\/h2>([\s\S]*?)<\/section>/.exec(htmlOut)![1]!;
    expect(section).toContain('<th scope="col" class="optional">Kreves DPIA? (beregnet)</th>');
    expect(section).toContain(
      '<tr><td>Innbyggerundersøkelse</td><td>Sannsynlig (beregnet)</td><td>Sannsynlig</td><td></td><td></td><td>Evaluering eller poengsetting<br>Stor skala</td>',
    );
    expect(section).toContain('<p class="note">Kolonnene merket «beregnet»');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx(r)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('DPIA-oversikt')!;
    expect(ws.getRow(3).getCell(3).value).toBe('Kreves DPIA? (beregnet)');
    const monitoring = ws.getRow(6);
    expect([1, 2, 3, 5, 6].map((c) => monitoring.getCell(c).value)).toEqual([
      'Overvåking av arbeidsplassen',
      'Ja (beregnet)',
      'Ja',
      'Systematisk monitorering av ansatte',
      'Systematisk overvåking',
    ]);
    // The note wraps over the columns of the first printed page.
    expect(ws.getCell('A2').value).toMatch(/^Kolonnene merket «beregnet»/);
    expect(ws.getCell('A2').alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell('B2').isMerged).toBe(true);
  });
});
