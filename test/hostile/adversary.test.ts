import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, FIXTURES } from '../helpers/cli.js';
import { hostileRun, scratch, STACK_FRAME } from './run.js';
import { findTable } from '../../src/import/table.js';
import type { Cell, Sheet } from '../../src/import/read.js';

/**
 * An outsider's attacks on what the last session added, with files on disk and the real CLI: each one
 * here found something, now refused cleanly (a message, exit 1, no stack trace, nothing written).
 */
const { temp, copy } = scratch();

const clean = (r: { code: number | null; stderr: string }, code = 1): void => {
  expect(r.code, r.stderr).toBe(code);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toMatch(/internal error/);
};

describe('import: more cells than any record, and ropa’s own workbook grown large', () => {
  it('a CSV of more than 1,000,000 tiny cells is refused before its rows are worked through', () => {
    const dir = temp();
    const header = ['Behandlingsaktivitet', 'Formålet med behandlingen', ...Array.from({ length: 999 }, (_, i) => `k${i}`)].join(';');
    const row = Array.from({ length: 1001 }, () => 'x').join(';');
    writeFileSync(join(dir, 'cells.csv'), `${header}\r\n${`${row}\r\n`.repeat(1000)}`);
    const r = hostileRun(['import', join(dir, 'cells.csv'), join(dir, 'out')]);
    clean(r);
    expect(r.stderr).toMatch(/cells\.csv: more than 1000000 cells; a record of processing activities is far smaller/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('a mapping file that is a device or a FIFO is refused, not read without end', () => {
    const dir = temp();
    writeFileSync(join(dir, 'ok.csv'), 'Behandlingsaktivitet;Formålet med behandlingen\r\nLønn;Utbetale\r\n');
    execFileSync('mkfifo', [join(dir, 'map.fifo')]);
    for (const map of ['/dev/zero', join(dir, 'map.fifo')]) {
      const r = hostileRun(['import', join(dir, 'ok.csv'), join(dir, 'out'), '--map', map]);
      clean(r);
      expect(r.stderr).toMatch(/(zero|map\.fifo): not a file\n$/);
    }
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('ropa’s workbook with tens of thousands of rows on its «Tilleggsopplysninger» sheets joins them in one pass, no stack overflow', () => {
    const n = 30_000;
    const cell = (value: string, row: number, col: number): Cell => ({ value, row, col });
    const record: Sheet = {
      name: 'Behandlingsprotokoll',
      rows: [
        [
          cell('Behandlingsaktivitet', 1, 1),
          cell('Formålet med behandlingen', 1, 2),
          cell('Kategorier av registrerte', 1, 3),
          ...[4, 5, 6, 7].map((c) => cell(`Merknad ${c}`, 1, c)),
        ],
        ...Array.from({ length: n }, (_, i) => [
          cell(`A${i % 1000}`, i + 2, 1),
          cell('Formål', i + 2, 2),
          cell('Ansatte', i + 2, 3),
          ...[4, 5, 6, 7].map((c) => cell('x', i + 2, c)),
        ]),
      ],
    };
    const more: Sheet = {
      name: 'Tilleggsopplysninger 1',
      rows: [
        [cell('Behandlingsaktivitet', 1, 1), cell('Systemer', 1, 2), cell('Databehandlere og databehandleravtaler', 1, 3)],
        ...Array.from({ length: n }, (_, i) => [cell(`A${i % 1000}`, i + 2, 1), cell(`S${i}`, i + 2, 2), cell('P', i + 2, 3)]),
      ],
    };
    const table = findTable([record, more], new Map(), 'big.xlsx', false);
    expect(table.rows).toHaveLength(n);
    // The k-th row named A7 on the extra sheet joins the k-th row named A7 on the record.
    const systems = table.columns.find((c) => c.field === 'systems')!;
    expect(table.rows[1007]!.cells.get('title')!.value).toBe('A7');
    expect(table.rows[1007]!.cells.get('systems')!.value).toBe('S1007');
    expect(systems.col).toBeGreaterThan(7);
  });
});

describe('notice: an organisation’s own templates', () => {
  const dir = temp();
  const template = (name: string, layout: string): string => {
    const folder = join(dir, name);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'notice.md.hbs'), layout);
    return folder;
  };

  it('{{log}} cannot write around the notice on stdout: it is not a helper here', () => {
    const r = hostileRun(['notice', EXAMPLE, '--draft', '--template', template('log', '{{log "INJECTED"}}{{title}}\n')]);
    clean(r);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/log[/\\]notice\.md\.hbs: "log" not defined\n$/);
  });

  it('a template file of 600 MB is refused unread (it was an internal error, past the engine’s string limit)', () => {
    const folder = template('huge', '');
    truncateSync(join(folder, 'notice.md.hbs'), 600 * 1024 * 1024);
    const r = hostileRun(['notice', EXAMPLE, '--draft', '--template', folder]);
    clean(r);
    expect(r.stderr).toMatch(/huge[/\\]notice\.md\.hbs is more than 1 MB, larger than any template; it is not read\n$/);
  });

  it('loops inside loops that would make gigabytes are refused, and nothing is written', () => {
    const out = join(dir, 'big.md');
    for (const depth of [5, 9]) {
      const bomb = template(`bomb${depth}`, `${'{{#each @root.toc}}'.repeat(depth)}${'x'.repeat(200)}${'{{/each}}'.repeat(depth)}`);
      const r = hostileRun(['notice', EXAMPLE, '--draft', '--template', bomb, '-o', out]);
      clean(r);
      expect(r.stderr).toMatch(/notice\.md\.hbs: the template makes a notice of more than 64 MB \(loops inside loops\?\); no notice is that long\n$/);
      expect(existsSync(out)).toBe(false);
    }
    expect(readdirSync(dir).filter((f) => f.startsWith('big'))).toEqual([]);
  });
});

describe('ropa add: the options made from the schema', () => {
  it('a law’s --name and --title at once: one would be dropped without a word, so both are refused', () => {
    const dir = copy(join(FIXTURES, 'authoring/sample'));
    const r = hostileRun(['add', 'law', 'barnehageloven', dir, '--name', 'barnehageloven', '--title', 'lov om barnehager']);
    clean(r, 2);
    expect(r.stderr).toBe('ropa: --name and --title are the same field of a law: give one of them\n');
  });

  it('no field of the schema is named like an option ropa add has anyway (commander would refuse to start)', async () => {
    const { entryOptions, OWN_OPTIONS } = await import('../../src/authoring/entry-fields.js');
    const names = entryOptions().map((o) => /^--([a-z0-9-]+)/.exec(o.flags)![1]!);
    expect(names.filter((n) => OWN_OPTIONS.has(n))).toEqual([]);
    expect(names).toContain('name');
  });
});

describe('-o naming a folder', () => {
  it('an existing folder, ., .. or a name ending in / is refused before any work, and no file is made', () => {
    const dir = temp();
    for (const output of [dir, '.', '..', join(dir, 'new') + '/']) {
      const r = hostileRun(['report', EXAMPLE, '-o', output], { cwd: dir });
      clean(r, 2);
      expect(r.stderr).toBe(`ropa: -o ${output} is a folder, not a file: name the file to write (e.g. report.md in it)\n`);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});
