import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'yaml';
import { ropa, tempDir } from '../helpers/cli.js';

/** Bad and hostile files: each refused with the file, row and column, exit 1, no stack trace, nothing written. */
describe('ropa import: bad input', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const run = (name: string, content: string | Uint8Array, extra: string[] = []) => {
    const f = join(tmp.dir, name);
    writeFileSync(f, content);
    const out = join(tmp.dir, `out-${name}`);
    const r = ropa(['import', f, out, ...extra]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    return { ...r, out };
  };
  const HEAD = 'Behandlingsaktivitet;Formålet med behandlingen;Kategorier av registrerte\r\n';

  it('a wrong separator', () => {
    const r = run('pipe.csv', 'Behandlingsaktivitet|Formålet med behandlingen|Kategorier av registrerte\nLønn|Utbetale lønn|Ansatte\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pipe.csv:1: the header row is one column; the file seems to be separated by "|"');
    expect(existsSync(r.out)).toBe(false);
  });

  it('a row with more fields than the header', () => {
    const r = run('fields.csv', `${HEAD}Lønn;Utbetale lønn;Ansatte\r\nSkyss;Organisere skyss; Elever;ekstra\r\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/fields\.csv:3: 4 fields where the header row has 3/);
  });

  it('a broken quote, in a plain CSV and in a Behandlingsoversikt export', () => {
    const r = run('quote.csv', `${HEAD}Lønn;"Utbetale lønn;Ansatte\r\nSkyss;Organisere;Elever\r\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/quote\.csv:\d+: column [A-C]: a quote is not closed/);
    const bo = run('bo.csv', '\uFEFFBehandlingen gjelder;Formål med behandlingen\r\n"Lønn";"Utbetale"\r\n"Skyss";"Organisere \\"skyss"x\r\n');
    expect(bo.code).toBe(1);
    expect(bo.stderr).toContain('bo.csv:3: column B: a quote is not closed, or text follows a closing quote');
  });

  it('a header it does not know and no column of a record', () => {
    const r = run('other.csv', 'Name,Price,Stock\nApple,3,10\n');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('other.csv: no header row with the columns of a record');
  });

  it('a file over 50 MB, refused before it is read', () => {
    const f = join(tmp.dir, 'huge.csv');
    writeFileSync(f, HEAD);
    truncateSync(f, 51 * 1024 * 1024);
    const r = ropa(['import', f, join(tmp.dir, 'out-huge')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('huge.csv: 51 MB is more than the 50 MB ropa imports');
  });

  it('binary, non-UTF-8 and broken JSON files', () => {
    expect(run('bin.csv', new Uint8Array([0x42, 0x00, 0x01, 0x02])).stderr).toContain('bin.csv: a binary file');
    expect(run('latin1.csv', new Uint8Array([0x46, 0x6f, 0x72, 0x6d, 0xe5, 0x6c, 0x3b, 0x41, 0x0a])).stderr).toContain('latin1.csv:1:5: not UTF-8 text');
    const j = run('bad.json', '{"hits": [');
    expect(j.code).toBe(1);
    expect(j.stderr).toContain('bad.json: not valid JSON');
    expect(run('shape.json', '{"name": "x"}').stderr).toContain('shape.json: JSON, but not Behandlingsoversikt');
  });

  it('__proto__ keys in JSON are data, not a way into the importer', () => {
    const r = run('proto.json', '{"hits":[{"id":"1","__proto__":{"title":"polluted"},"title":"Lønn","purpose":"Utbetale lønn","constructor":{"x":1}}]}');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(join(r.out, 'activities/lonn.yaml'), 'utf8')).not.toContain('polluted');
  });

  it('column headers named like Object.prototype members are kept in custom, not dropped, under a key the registry accepts', () => {
    const r = run('proto-head.csv', `${HEAD.trimEnd()};__proto__;constructor;toString;hasOwnProperty\r\nLønn;Utbetale lønn;Ansatte;a;b;c;d\r\n`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const a = parse(readFileSync(join(r.out, 'activities/lonn.yaml'), 'utf8'), { merge: false }) as { custom: Record<string, string> };
    expect(Object.entries(a.custom)).toEqual([
      ['__proto__ (D)', 'a'],
      ['constructor (E)', 'b'],
      ['toString', 'c'],
      ['hasOwnProperty', 'd'],
    ]);
  });

  it('two columns or two lines above the table with one name keep both values', () => {
    const r = run(
      'twice.csv',
      `Behandlingsansvarlig;Kommune X;;\r\nMerknad;en;;\r\nMerknad;to;;\r\n__proto__;tre;;\r\nBehandlingsaktivitet;Formålet med behandlingen;Notes;Notes\r\nLønn;Utbetale lønn;first;second\r\n`,
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const a = parse(readFileSync(join(r.out, 'activities/lonn.yaml'), 'utf8')) as { custom: Record<string, string> };
    expect(a.custom).toEqual({ Notes: 'first', 'Notes (D)': 'second' });
    const o = parse(readFileSync(join(r.out, 'organisation.yaml'), 'utf8')) as { name: string; custom: Record<string, string> };
    expect(o.name).toBe('Kommune X');
    expect(Object.entries(o.custom)).toEqual([
      ['Merknad', 'en'],
      ['Merknad (A3)', 'to'],
      ['__proto__ (A4)', 'tre'],
    ]);
    expect(ropa(['validate', r.out]).code).toBe(0);
  });

  it('a zip bomb is refused before it is unpacked', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('A').addRow(['Behandlingsaktivitet', 'Formålet med behandlingen']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const view = new DataView(bytes.buffer);
    // Claim 4 GB uncompressed for the first entry of the central directory.
    for (let i = 0; i < bytes.length - 4; i++) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 0xfffffff0, true);
        break;
      }
    }
    const r = run('bomb.xlsx', bytes);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bomb\.xlsx: the workbook unpacks to \d+ MB; ropa refuses it as a zip bomb/);
  });

  it('a cell longer than any text of a record', () => {
    const r = run('long.csv', `${HEAD}Lønn;${'x'.repeat(20001)};Ansatte\r\n`);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('long.csv:2: column B: 20001 characters; a text in the record holds at most 20000');
  });

  it('a formula in a CSV cell stays text', () => {
    const r = run('formula.csv', `${HEAD}Lønn;"=HYPERLINK(""http://x"";""y"")";Ansatte\r\n`);
    expect(r.code).toBe(0);
    expect((parse(readFileSync(join(r.out, 'activities/lonn.yaml'), 'utf8')) as { purposes: { description: string }[] }).purposes[0]!.description).toBe(
      '=HYPERLINK("http://x";"y")',
    );
  });

  it('--dry-run writes nothing and prints what it would write', () => {
    const r = run('dry.csv', `${HEAD}Lønn;Utbetale lønn;Ansatte\r\n`, ['--dry-run']);
    expect(r.code).toBe(0);
    expect(existsSync(r.out)).toBe(false);
    expect(r.stdout).toContain('activities/lonn.yaml');
    expect(r.stdout).toContain('title: Lønn');
    expect(r.stdout).toContain('Would import 1 activity');
  });

  it('a folder that is neither empty nor a registry is refused', () => {
    const f = join(tmp.dir, 'ok.csv');
    writeFileSync(f, `${HEAD}Lønn;Utbetale lønn;Ansatte\r\n`);
    writeFileSync(join(tmp.dir, 'note.txt'), 'x');
    const r = ropa(['import', f, tmp.dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is neither empty nor a registry');
  });
});
