import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { FIXTURES, ropa, tempDir } from '../helpers/cli.js';
import { readInput } from '../../src/import/read.js';
import { applyFields, fieldsRows } from '../../src/import/fields.js';
import type { Built } from '../../src/import/built.js';

/**
 * Session 46 (AX): an adversary's edits of ropa's sheet of other fields («Øvrige felt», src/import/fields.ts), each
 * made with exceljs in the workbook `ropa report -f xlsx` writes of the round-trip fixture. Before, a path 65 levels
 * deep or 25,001 custom fields of one activity stopped ropa with an internal error (exit 2); two rows for one field
 * written two ways (`custom.ticket`, `custom["ticket"]`), or a field and a field under it, left the later row to
 * overwrite the earlier in silence; an error value (#N/A) came back as the text «#N/A»; a second sheet of other fields
 * was not read, and one whose header was gone dropped every row, with no word of either; a notice group named
 * «toString» set its title on the function every object shares. Each is now refused with its sheet and cell, exit 1;
 * a value the schema refuses (a date that is no date) is named by its cell too, not only by a line of a file never written.
 */
const RICH = join(FIXTURES, 'import', 'round-trip');
const DATE = '2026-12-01';

describe('ropa import: an adversary against the sheet of other fields', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const base = join(tmp.dir, 'base.xlsx');
  let n = 0;

  /** ropa's workbook, edited (row 29 of «Øvrige felt» is research's `custom.ticket`; rows from 45 are free), imported. */
  async function imported(edit: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void) {
    if (n++ === 0) expect(ropa(['report', RICH, '-f', 'xlsx', '--internal', '--include-retired', '--date', DATE, '-o', base]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(base);
    const ws = wb.getWorksheet('Øvrige felt')!;
    expect(ws.getCell('C29').value).toBe('custom.ticket');
    edit(wb, ws);
    const file = join(tmp.dir, `ax-${n}.xlsx`);
    await wb.xlsx.writeFile(file);
    const out = join(tmp.dir, `ax-out-${n}`);
    const r = ropa(['import', file, out, '--lang', 'en']);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    return { ...r, out, file, written: existsSync(out) };
  }
  const rows = (ws: ExcelJS.Worksheet, list: [string, string, ExcelJS.CellValue?][]): void =>
    list.forEach(([id, path, value], i) => {
      ws.getCell(`A${45 + i}`).value = id;
      ws.getCell(`C${45 + i}`).value = path;
      if (value !== undefined) ws.getCell(`D${45 + i}`).value = value;
    });

  it.each([
    ['one field written two ways', [['research', 'custom["ticket"]', 'PVO-13']], 'Øvrige felt!C45: custom["ticket"] sets what custom.ticket (row 29) sets'],
    ['a field over the fields under it', [['research', 'custom.meta', 'flat']], 'Øvrige felt!C45: custom.meta sets what custom.meta.blank{} (row 39) sets'],
    ['an empty object over them', [['research', 'custom.meta{}']], 'Øvrige felt!C45: custom.meta{} sets what custom.meta.blank{} (row 39)'],
    [
      'an entry in a list marked empty',
      [['research', 'custom.meta.empty[0]', 'x']],
      'Øvrige felt!C45: custom.meta.empty[0] sets what custom.meta.empty[] (row 38)',
    ],
    ['a field under a null', [['research', 'custom.meta.none.x', 'x']], 'Øvrige felt!C45: custom.meta.none.x sets what custom.meta.none~ (row 37)'],
  ] as [string, [string, string, ExcelJS.CellValue?][], string][])('%s: refused with both rows, nothing written', async (_what, list, message) => {
    const r = await imported((_wb, ws) => rows(ws, list));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.written).toBe(false);
  });

  it('a key with half of a surrogate pair is refused, not written as U+FFFD; a whole pair is a key', async () => {
    const half = await imported((_wb, ws) => rows(ws, [['research', 'custom["a\\ud800"]', 'x']]));
    expect(half.code).toBe(1);
    expect(half.stderr).toContain('Øvrige felt!C45: «custom["a\\ud800"]» is not a field');
    const pair = await imported((_wb, ws) => rows(ws, [['research', 'custom["a\\ud83d\\ude00"]', 'x']]));
    expect(pair.code, pair.stderr).toBe(0);
    expect(readFileSync(join(pair.out, 'activities', 'research.yaml'), 'utf8')).toContain('a\u{1f600}');
  });

  it('a path as deep as a file of the registry nests is imported; one level deeper, or 9,991, is refused with its cell', async () => {
    const deepest = await imported((_wb, ws) => rows(ws, [['research', `custom${'.a'.repeat(63)}`, 'bunn']]));
    expect(deepest.code, deepest.stderr).toBe(0);
    expect(ropa(['validate', deepest.out]).code).toBe(0);
    for (const levels of [64, 9_990]) {
      const r = await imported((_wb, ws) => rows(ws, [['research', `custom${'.a'.repeat(levels)}`, 'bunn']]));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`Øvrige felt!C45: a path ${levels + 1} levels deep; a file of the registry nests at most 64`);
    }
  });

  it('more values for one activity than its file may hold is refused at the row that passes the limit', async () => {
    const r = await imported((_wb, ws) =>
      rows(
        ws,
        Array.from({ length: 25_000 }, (_, i): [string, string, string] => ['research', `custom.k${i}`, 'v']),
      ),
    );
    expect(r.code).toBe(1);
    // research's own rows make 16 values under custom, and custom itself: the 24,984th new row is the 25,001st value.
    expect(r.stderr).toMatch(/Øvrige felt!C\d+: the rows of «research» make more than 25000 values/);
    expect(r.written).toBe(false);
  });

  it.each([
    ['an error value as a value', { D29: { error: '#N/A' } }, 'Øvrige felt!D29: the error value #N/A, not a value'],
    ['an error value as an ID', { A6: { error: '#REF!' } }, 'Øvrige felt!A6: the error value #REF!, not a value'],
  ] as const)('%s: refused, not read as its text', async (_what, cells, message) => {
    const r = await imported((_wb, ws) => {
      for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value as ExcelJS.CellValue;
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(message);
  });

  it('a second sheet of other fields, in another language, is refused, not left unread', async () => {
    const r = await imported((wb) => {
      const other = wb.addWorksheet('Other fields');
      other.addRow(['ID', 'Activity', 'Field', 'Value']);
      other.addRow(['research', 'Forskning på sykefravær', 'custom.ticket', 'PVO-99']);
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('two sheets of other fields, «Øvrige felt» and «Other fields»; keep one');
  });

  it('the sheet in another language than the record, alone, is read', async () => {
    const r = await imported((_wb, ws) => {
      ws.name = 'Other fields';
      ws.getCell('C4').value = 'Field';
      ws.getCell('D4').value = 'Value';
      ws.getCell('D29').value = 'PVO-99';
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/fields of an activity/);
  });

  it.each([
    ['the header of the paths', 'C4', 'Sti'],
    ['the header of the values', 'D4', 'Innhold'],
  ])('a sheet of other fields without %s is refused, not dropped whole in silence', async (_what, address, value) => {
    const r = await imported((_wb, ws) => {
      ws.getCell(address).value = value;
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('the sheet «Øvrige felt» has no header row with the columns «ID», «Field» and «Value»');
  });

  it.each([
    ['a date that is no date', 'D27', 'not a date', '"not a date" is not a date'],
    ['a way of informing the schema does not know', 'D8', 'bogus', '"bogus" is not allowed here'],
    [
      'a link whose text is not its address',
      'D11',
      { text: 'Personvern', hyperlink: 'https://example.no/p' },
      '"Personvern (https://example.no/p)" has the wrong form',
    ],
  ] as const)('%s: the schema refuses it, and the cell that gave it is named, not only a file never written', async (_what, address, value, refused) => {
    const r = await imported((_wb, ws) => {
      ws.getCell(address).value = value as ExcelJS.CellValue;
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(refused);
    expect(r.stderr).toContain(`Øvrige felt!${address}, on the sheet of other fields, gave a value refused above; correct or remove its row`);
    expect(r.written).toBe(false);
  });

  it('a notice group named «toString» is a group of that name, not a title set on Object.prototype.toString', async () => {
    const { file } = await imported((_wb, ws) => {
      expect(ws.getCell('C5').value).toBe('organisation.noticeGroups.operations.title');
      ws.getCell('C5').value = 'organisation.noticeGroups.toString.title';
      ws.getCell('C6').value = 'organisation.noticeGroups.hasOwnProperty.description';
      ws.getCell('A6').value = '';
    });
    // In this process, as the import runs: the ids are then refused by the schema (not lower-case), after the sheet is read.
    const input = await readInput(file, 'to-string.xlsx');
    if (input.format !== 'xlsx') throw new Error(input.format);
    const read = fieldsRows(input.sheets, 'to-string.xlsx', 'en')!;
    const built = { activities: [], skipped: [], summary: [], lawRefs: () => undefined } as unknown as Built;
    const { noticeGroups } = applyFields(built, read, 'to-string.xlsx', undefined, new Set());
    expect(Object.hasOwn(Object.prototype.toString, 'title')).toBe(false);
    expect(Object.hasOwn(Object.prototype.hasOwnProperty, 'description')).toBe(false);
    expect(noticeGroups).toEqual({ toString: { title: 'Drift' }, hasOwnProperty: { description: 'Forskning på årsakene til sykefravær blant de ansatte' } });
  });
});
