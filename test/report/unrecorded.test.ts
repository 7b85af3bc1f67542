import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { csv } from '../../src/render/report/csv.js';
import { html } from '../../src/render/report/html.js';
import { md } from '../../src/render/report/md.js';
import { xlsx } from '../../src/render/report/xlsx.js';
import { UNRECORDED, cell, parseCsv, report, tableHtml } from './helpers.js';

/**
 * A mandatory Art. 30(1) column the registry leaves unsaid is a gap in the record, not «none»: the
 * cell says «Ikke registrert» (marked where the format can), while `recipients: none` and
 * `transfers: none` say that there is nothing.
 */
describe('mandatory columns the registry leaves unsaid', () => {
  const r = report(UNRECORDED);
  const row = (id: string) => r.record.rows.find((x) => x.id === id)!;

  it('are listed per row, and say «Ikke registrert»; an explicit none says there is none', () => {
    expect(row('payroll').unrecorded).toEqual(['transfers', 'security']);
    expect(cell(r, 'payroll', 'transfers')).toEqual(['Ikke registrert']);
    expect(cell(r, 'payroll', 'security')).toEqual(['Ikke registrert']);
    expect(cell(r, 'payroll', 'recipients')).toEqual(['Ingen mottakere utenfor virksomheten']);

    expect(row('survey').unrecorded).toEqual(['recipients']);
    expect(cell(r, 'survey', 'recipients')).toEqual(['Ikke registrert']);
    expect(cell(r, 'survey', 'transfers')).toEqual(['Ingen overføring til tredjestat eller internasjonal organisasjon']);
  });

  it('covers every mandatory column of a draft that says almost nothing, and no optional one', () => {
    expect(row('workplace-monitoring').unrecorded).toEqual([
      'purposes',
      'data-subjects',
      'data-categories',
      'recipients',
      'transfers',
      'retention',
      'security',
    ]);
    expect(cell(r, 'workplace-monitoring', 'legal-basis')).toEqual([]);
  });

  it('are in the language of the report: nynorsk and English', () => {
    const nn = report(UNRECORDED, { lang: 'nn' });
    expect(cell(nn, 'payroll', 'transfers')).toEqual(['Ikkje registrert']);
    expect(cell(nn, 'payroll', 'recipients')).toEqual(['Ingen mottakarar utanfor verksemda']);
    const en = report(UNRECORDED, { lang: 'en' });
    expect(cell(en, 'payroll', 'transfers')).toEqual(['Not recorded']);
    expect(cell(en, 'payroll', 'recipients')).toEqual(['No recipients outside the organisation']);
    expect(cell(en, 'survey', 'transfers')).toEqual(['No transfer to a third country or international organisation']);
  });

  it('include the data protection officer of the header block (Art. 30(1)(a))', () => {
    expect(r.header.find((h) => h.label === 'Personvernombud')).toEqual({ label: 'Personvernombud', lines: ['Ikke registrert'], unrecorded: true });
  });

  it('are styled in html, in the summary, on the activity pages and in the header block', () => {
    const out = tableHtml(html(r));
    expect(out).toContain('td.unrecorded { background: #ffc7ce; color: #9c0006; font-style: italic; }');
    const summary = /<section class="page wide" aria-labelledby="h-summary">([\s\S]*?)<\/section>/.exec(out)![1]!;
    const lonn = /<tr><td>Lønn<\/td>.*<\/tr>/.exec(summary)![0];
    expect(lonn).toContain('<td>Ingen mottakere utenfor virksomheten</td><td class="unrecorded">Ikke registrert</td>');
    expect(lonn.match(/class="unrecorded"/g)).toHaveLength(2);
    expect(out).toContain('<th scope="row" class="mandatory">Kategorier av mottakere</th><td class="unrecorded">Ikke registrert</td>');
    expect(out).toContain('<tr><th scope="row">Personvernombud</th><td class="unrecorded">Ikke registrert</td></tr>');
    // 2 + 1 + 7 cells in the summary, as many on the activity pages, and the DPO.
    expect(out.match(/<td class="unrecorded">Ikke registrert<\/td>/g)).toHaveLength(21);
  });

  it('are in italics in Markdown', () => {
    const out = md(r);
    expect(out).toContain('| Lønn | Utbetale lønn | Ansatte | Kontaktopplysninger | Ingen mottakere utenfor virksomheten | *Ikke registrert* |');
    expect(out).toContain('- **Personvernombud:** *Ikke registrert*');
    expect(out).toContain('- **Kategorier av mottakere:** *Ikke registrert*');
  });

  it('say the same in csv', () => {
    const rows = parseCsv(csv(r).slice(1));
    const lonn = rows.find((x) => x[0] === 'Lønn')!;
    expect(lonn.slice(4, 8)).toEqual([
      'Ingen mottakere utenfor virksomheten',
      'Ikke registrert',
      'Kontaktopplysninger: 5 år, slettes, jf. arkivloven',
      'Ikke registrert',
    ]);
  });

  it('say the same in xlsx, dark red on light red', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx(r)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Behandlingsprotokoll')!;
    let header = 1;
    while (ws.getCell(header, 1).value !== 'Behandlingsaktivitet') header++;
    const lonn = ws.getRow(header + 2);
    expect(lonn.getCell(1).value).toBe('Lønn');
    expect(lonn.getCell(5).value).toBe('Ingen mottakere utenfor virksomheten');
    expect(lonn.getCell(5).font).not.toHaveProperty('italic');
    expect(lonn.getCell(6).value).toBe('Ikke registrert');
    expect(lonn.getCell(6).font).toMatchObject({ italic: true, color: { argb: 'FF9C0006' } });
    expect((lonn.getCell(6).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    let dpo = 1;
    while (ws.getCell(dpo, 1).value !== 'Personvernombud') dpo++;
    expect(ws.getCell(dpo, 2).value).toBe('Ikke registrert');
    expect(ws.getCell(dpo, 2).font).toMatchObject({ italic: true });
  });
});
