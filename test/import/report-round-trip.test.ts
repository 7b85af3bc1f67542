import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { yaml, type Data } from './helpers.js';
import { EXAMPLE, FIXTURES, ropa, tempDir } from '../helpers/cli.js';
import { NOT_IN_REPORT } from '../../src/commands/import.js';

/**
 * Session 38: `ropa report -f xlsx`, then `ropa import` of that workbook, on the example registry and on two variant
 * bases. What the report prints comes back (the record re-rendered from the import is the record printed); what
 * it never prints is named in the import's summary (NOT_IN_REPORT), so that nothing is lost silently. Where the
 * round trip still loses something the report prints, it is listed below by name and must still be lost (the
 * lists only shrink): a fix that brings one back fails here until it is taken off.
 */
/**
 * A special category whose name does not say its kind («Accessibility needs», «Sick leave»: health) is read back as
 * a category without `specialCategory`, and the summary asks for it (import.remark.special-kind); it is then not
 * printed in the Art. 9 column until the kind is given.
 */
const SPECIAL = 'Tilleggsopplysninger 1/Særlige kategorier av personopplysninger og unntak (artikkel 9)';

const BASES: { name: string; dir: string; knownLost: string[]; knownChanged: string[] }[] = [
  { name: 'example', dir: EXAMPLE, knownLost: [], knownChanged: [] },
  {
    name: 'variants-advokat',
    dir: join(FIXTURES, 'corpus', 'variants-advokat', 'base'),
    knownLost: [],
    knownChanged: [SPECIAL],
  },
  { name: 'variants-hotell', dir: join(FIXTURES, 'corpus', 'variants-hotell', 'base'), knownLost: [], knownChanged: [SPECIAL] },
];

/** The fields of an activity, by path: its own, each purpose's and basis's, and those of its objects. */
function fieldPaths(a: Data): Set<string> {
  const out = new Set<string>(Object.keys(a));
  for (const p of (a.purposes ?? []) as Data[]) {
    for (const k of Object.keys(p)) out.add(`purposes[].${k}`);
    for (const b of (p.legalBasis ?? []) as Data[]) for (const k of Object.keys(b)) out.add(`purposes[].legalBasis[].${k}`);
  }
  for (const o of ['dpia', 'automatedDecisions']) if (a[o] && typeof a[o] === 'object') for (const k of Object.keys(a[o] as Data)) out.add(`${o}.${k}`);
  return out;
}

/** The record's table sheets as cells by sheet/column header and row (the activity's name), the header block apart. */
async function cells(path: string): Promise<{ block: unknown[][]; table: Map<string, string> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const block: unknown[][] = [];
  const table = new Map<string, string>();
  for (const ws of wb.worksheets.filter((w) => w.name === 'Behandlingsprotokoll' || w.name.startsWith('Tilleggsopplysninger'))) {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const h = rows.findIndex((row) => row[0] === 'Behandlingsaktivitet');
    if (ws.name === 'Behandlingsprotokoll') block.push(...rows.slice(0, h).filter((r) => r[0] !== 'Dato'));
    const header = rows[h] as string[];
    for (const row of rows.slice(h + 1))
      header.forEach((label, j) => {
        // The one column ropa computes from facts the record does not print: «(beregnet)».
        if (label !== 'Kan behandlingen medføre høy risiko?') table.set(`${ws.name}/${label}\u0000${String(row[0])}`, JSON.stringify(row[j] ?? null));
      });
  }
  return { block, table };
}

describe('ropa report -f xlsx → ropa import: what the report prints comes back, what it does not is named', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it.each(BASES)('$name', async ({ name, dir, knownLost, knownChanged }) => {
    const first = join(tmp.dir, `${name}.xlsx`);
    const reg = join(tmp.dir, name);
    const second = join(tmp.dir, `${name}-again.xlsx`);
    expect(ropa(['report', dir, '-f', 'xlsx', '--date', '2026-12-01', '-o', first]).code).toBe(0);
    const r = ropa(['import', first, reg]);
    expect(r.code, r.stderr).toBe(0);
    expect(ropa(['validate', reg]).code).toBe(0);
    // Said once, with every field the report never prints.
    expect(r.stdout).toContain("Not in ropa's report, so not in this registry: the report is the record as Datatilsynet reads it, in one language (");
    expect(r.stdout).toContain(`these fields of an activity: ${NOT_IN_REPORT.join(', ')}. To move a registry whole, copy its folder.`);

    // Every field of an activity that did not come back is one the summary names, or one listed above.
    const lost = new Set<string>();
    for (const file of readdirSync(join(dir, 'activities')).filter((f) => f.endsWith('.yaml'))) {
      const a = yaml(join(dir, 'activities'), file);
      const back = join(reg, 'activities', `${String(a.id)}.yaml`);
      // The record as processor (Art. 30(2)) is not imported, and the summary says so.
      if (a.processorFor) {
        expect(existsSync(back)).toBe(false);
        expect(r.stdout).toMatch(/sheet «Protokoll som databehandler» was not read/);
        continue;
      }
      const kept = fieldPaths(yaml(reg, join('activities', `${String(a.id)}.yaml`)));
      for (const f of fieldPaths(a)) if (!kept.has(f)) lost.add(f);
    }
    const unnamed = [...lost].filter((f) => !(NOT_IN_REPORT as readonly string[]).includes(f)).sort();
    expect(unnamed).toEqual([...knownLost].sort());

    // The record printed again from the import is the record printed from the registry, cell by cell.
    const a = await cells(first);
    expect(ropa(['report', reg, '-f', 'xlsx', '--date', '2026-12-01', '-o', second]).code).toBe(0);
    const again = await cells(second);
    expect(again.block).toEqual(a.block);
    const changed = new Set<string>();
    for (const [key, value] of a.table) if (again.table.get(key) !== value) changed.add(key.split('\u0000')[0]!);
    expect([...changed].sort()).toEqual([...knownChanged].sort());
    if (knownChanged.includes(SPECIAL))
      expect(r.stdout).toContain('the source lists this as a special category (Art. 9) without saying which; set specialCategory');
    expect(again.table.size).toBe(a.table.size);
  });
});
