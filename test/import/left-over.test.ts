import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ropa, tempDir } from '../helpers/cli.js';
import { yaml } from './helpers.js';

/** What the last session noticed in import and left: each on real files, through the CLI. */
describe('ropa import: mapping files, short headers, wide files, ropa’s narrow workbooks', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const file = (name: string, content: string): string => {
    const f = join(tmp.dir, name);
    writeFileSync(f, content);
    return f;
  };
  const CSV = 'Behandlingsaktivitet;Formålet med behandlingen\r\nLønn;Utbetale lønn\r\n';

  it('a mapping file with a __proto__ key is refused for that key, at its line and column', () => {
    const map = file('proto-map.yaml', 'columns:\n  Formål: purposes\n  __proto__: title\n');
    const r = ropa(['import', file('p.csv', CSV), join(tmp.dir, 'out-proto'), '--map', map]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^ropa: \S*proto-map\.yaml:3:3: the key "__proto__" is not allowed in a mapping file: it could change how programs read the data\n$/,
    );
    expect(existsSync(join(tmp.dir, 'out-proto'))).toBe(false);
    // Broken YAML is said as the registry loader says it, at its place.
    const broken = file('broken-map.yaml', 'columns:\n  Formål: [purposes\n');
    expect(ropa(['import', file('p2.csv', CSV), join(tmp.dir, 'out-broken'), '--map', broken]).stderr).toMatch(
      /broken-map\.yaml:2:11: the mapping file is refused: The list or mapping that starts with `\[` here is never closed/,
    );
  });

  it('a short header such as «Nr» is kept in custom, not refused as a misspelt «ID»', () => {
    const r = ropa(['import', file('nr.csv', `Nr;${CSV.replace('\r\nLønn', '\r\n1;Lønn')}`), join(tmp.dir, 'out-nr')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(yaml(join(tmp.dir, 'out-nr'), 'activities/lonn.yaml').custom).toEqual({ Nr: '1' });
    // A real slip of the pen is still caught.
    const slip = ropa([
      'import',
      file('slip.csv', 'Behandlingsaktivitet;Formålet med behandlignen;Kategorier av registrerte\r\nLønn;Utbetale;Ansatte\r\n'),
      join(tmp.dir, 'out-slip'),
    ]);
    expect(slip.code).toBe(1);
    expect(slip.stderr).toContain('Did you mean «Formålet med behandlingen»?');
  });

  it('a CSV 16,384 columns wide (Excel’s limit) imports, its unknown columns kept', () => {
    const headers = ['Behandlingsaktivitet', 'Formålet med behandlingen', ...Array.from({ length: 16_382 }, (_, i) => `c${i + 1}`)];
    const row = ['Lønn', 'Utbetale lønn', ...headers.slice(2).map((_, i) => (i === 16_381 ? 'siste' : ''))];
    const r = ropa(['import', file('wide.csv', `${headers.join(';')}\r\n${row.join(';')}\r\n`), join(tmp.dir, 'out-wide')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(yaml(join(tmp.dir, 'out-wide'), 'activities/lonn.yaml').custom).toEqual({ c16382: 'siste' });
  });

  it('ropa’s workbook with a few --columns, beside a wider record as processor: the record’s sheet, status and approval read back', () => {
    const xlsx = join(tmp.dir, 'narrow.xlsx');
    const csv = join(tmp.dir, 'narrow.csv');
    const basic = join(FIXTURES, 'report/basic');
    for (const [format, out] of [
      ['xlsx', xlsx],
      ['csv', csv],
    ] as const) {
      expect(ropa(['report', basic, '--internal', '--columns', 'activity,purposes,status', '-f', format, '-o', out]).code).toBe(0);
    }
    for (const input of [xlsx, csv]) {
      const reg = join(tmp.dir, `out-${input.endsWith('xlsx') ? 'xlsx' : 'csv'}`);
      const r = ropa(['import', input, reg]);
      expect(r.code, r.stderr).toBe(0);
      expect(readdirSync(join(reg, 'activities')).sort()).toEqual(['lonn-og-personal.yaml', 'registerstatistikk.yaml']);
      // «aktiv – godkjent», as the report writes it: status and approval, not a cell kept as text.
      const payroll = yaml(reg, 'activities/lonn-og-personal.yaml');
      expect([payroll.status, payroll.approval, payroll.custom]).toEqual(['active', 'approved', undefined]);
      const statistics = yaml(reg, 'activities/registerstatistikk.yaml');
      expect([statistics.title, statistics.status, statistics.approval]).toEqual(['Registerstatistikk', 'active', 'in-review']);
    }
  });

  it('a status typed with a comma still reads, and one with three parts is kept as written', () => {
    const r = ropa([
      'import',
      file(
        'status.csv',
        'Behandlingsaktivitet;Formålet med behandlingen;Status\r\nLønn;Utbetale;aktiv, utkast\r\nSkyss;Organisere;aktiv – utkast – gammel\r\n',
      ),
      join(tmp.dir, 'out-status'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    const reg = join(tmp.dir, 'out-status');
    expect([yaml(reg, 'activities/lonn.yaml').status, yaml(reg, 'activities/lonn.yaml').approval]).toEqual(['active', 'draft']);
    expect(yaml(reg, 'activities/skyss.yaml').custom).toEqual({ Status: 'aktiv – utkast – gammel' });
  });
});
