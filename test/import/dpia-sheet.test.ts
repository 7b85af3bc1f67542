import { afterAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { yaml } from './helpers.js';
import { EXAMPLE, ropa, tempDir } from '../helpers/cli.js';

/**
 * ropa's DPIA sheet prints three things of the record that its record sheet does not: the residual risk, the prior
 * consultation with Datatilsynet (Art. 36) and the reason. Until session 39 the import skipped that sheet, and a
 * registry moved through its own report lost them — the prior consultation without a word in the summary. They are
 * now read back, by the activity's name, in each language of the report and from the internal copy, whose names
 * carry a «not approved» mark.
 */
const CAMERA = `dpia:
  status: done
  reference: Sak 2025/123
  date: 2025-03-01
  highRisk: true
  residualRisk: medium
  reason:
    nb: Kameraene dekker bare inngangene.
    nn: Kameraa dekkjer berre inngangane.
    en: The cameras cover the entrances only.
  priorConsultation:
    date: 2025-04-02
    reference: 25/01234
`;
const WEB = `dpia:
  status: in-progress
  residualRisk: high
  priorConsultation:
    reference: 26/00042
`;

describe('ropa report -f xlsx → ropa import: the DPIA sheet comes back', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const reg = join(tmp.dir, 'reg');
  cpSync(EXAMPLE, reg, { recursive: true });
  appendFileSync(join(reg, 'activities', 'camera-surveillance.yaml'), CAMERA);
  appendFileSync(join(reg, 'activities', 'web-analytics.yaml'), WEB);

  it.each([
    ['nb', [], 'Kameraene dekker bare inngangene.'],
    ['en', [], 'The cameras cover the entrances only.'],
    ['nn', ['--internal'], 'Kameraa dekkjer berre inngangane.'],
  ] as const)('report in %s %j', (lang, extra, reason) => {
    const source = join(tmp.dir, `reg-${lang}`);
    cpSync(reg, source, { recursive: true });
    // The internal copy: the camera activity not approved, so that its name carries the mark on both sheets.
    if (extra.length > 0) appendFileSync(join(source, 'activities', 'camera-surveillance.yaml'), 'approval: draft\n');
    expect(ropa(['validate', source]).code).toBe(0);
    const book = join(tmp.dir, `${lang}.xlsx`);
    const out = join(tmp.dir, `imported-${lang}`);
    const made = ropa(['report', source, '-f', 'xlsx', '--lang', lang, '--date', '2026-12-01', ...extra, '-o', book]);
    expect(made.code, made.stderr).toBe(0);
    const r = ropa(['import', book, out, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(ropa(['validate', out]).code).toBe(0);
    const camera = yaml(join(out, 'activities'), 'camera-surveillance.yaml').dpia as Record<string, unknown>;
    expect(camera).toMatchObject({ residualRisk: 'medium', reason, priorConsultation: { date: '2025-04-02', reference: '25/01234' } });
    const web = yaml(join(out, 'activities'), 'web-analytics.yaml').dpia as Record<string, unknown>;
    expect(web).toMatchObject({ residualRisk: 'high', priorConsultation: { reference: '26/00042' } });
    expect(web.priorConsultation).not.toHaveProperty('date');
    // No longer among the fields the summary says the report does not carry.
    expect(r.stdout).not.toMatch(/dpia\.(reason|residualRisk)/);
    expect(r.stdout).not.toContain('names no activity');
    // The report's language, found among three that share most words, is the new registry's (bokmål was taken for
    // nynorsk until session 39).
    expect(yaml(out, 'organisation.yaml').languages).toEqual([lang]);
    expect(r.stdout).toContain(`in one language (${{ nb: 'Norwegian Bokmål', nn: 'Norwegian Nynorsk', en: 'English' }[lang]})`);
  });

  it('--registry-lang still decides the language of a registry made from a report', () => {
    const book = join(tmp.dir, 'explicit.xlsx');
    expect(ropa(['report', reg, '-f', 'xlsx', '--lang', 'nn', '--date', '2026-12-01', '-o', book]).code).toBe(0);
    const out = join(tmp.dir, 'imported-explicit');
    const r = ropa(['import', book, out, '--registry-lang', 'nb', '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(yaml(out, 'organisation.yaml').languages).toEqual(['nb']);
  });

  /**
   * The example's report in bokmål with the camera activity's cells on the DPIA sheet changed by `edit` (which says
   * how many it changed), imported into a new registry: the import's result and the camera activity read back.
   */
  async function editedImport(name: string, edit: (cell: { value: unknown }, column: number) => boolean) {
    const ExcelJS = (await import('exceljs')).default;
    const book = join(tmp.dir, `${name}.xlsx`);
    expect(ropa(['report', reg, '-f', 'xlsx', '--date', '2026-12-01', '-o', book]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(book);
    let edited = 0;
    wb.getWorksheet('DPIA-oversikt')!.eachRow((row) => {
      if (row.getCell(1).value === 'Kameraovervåkning') row.eachCell((cell, column) => void (edit(cell, column) && edited++));
    });
    expect(edited).toBe(1);
    await wb.xlsx.writeFile(book);
    const out = join(tmp.dir, `imported-${name}`);
    const r = ropa(['import', book, out, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    return { r, out, camera: yaml(join(out, 'activities'), 'camera-surveillance.yaml') };
  }

  it('a DPIA row whose activity is not on the record sheet is named, not dropped', async () => {
    const { r, camera } = await editedImport('renamed', (cell, column) => column === 1 && ((cell.value = 'Kameraer ved inngangen'), true));
    expect(r.stdout).toMatch(/sheet «DPIA-oversikt», row \d+: «Kameraer ved inngangen» names no activity of the record's sheet/);
    expect(camera.dpia).not.toHaveProperty('residualRisk');
    expect(camera.dpia).not.toHaveProperty('priorConsultation');
  });

  it('a residual risk in words ropa does not print is kept as text, with a remark', async () => {
    const { out, camera } = await editedImport('odd-risk', (cell) => cell.value === 'middels' && ((cell.value = 'akseptabel'), true));
    expect(camera.dpia).not.toHaveProperty('residualRisk');
    expect(camera.custom).toEqual({ 'DPIA-oversikt: Restrisiko': 'akseptabel' });
    expect(readFileSync(join(out, 'activities', 'camera-surveillance.yaml'), 'utf8')).toMatch(/# import: .*akseptabel/);
  });
});
