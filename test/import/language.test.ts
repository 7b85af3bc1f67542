import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ropa, tempDir } from '../helpers/cli.js';

/**
 * Session 38: without --lang or ROPA_LANG, `ropa import` spoke English whatever the registry's language, while every
 * other command speaks the registry's first language. Now the same choice: --lang, ROPA_LANG, then the first
 * language the registry declares, or for a new one the language it is made in (--registry-lang, default nb), as
 * `ropa init` does. The `# import:` comments in the files follow the messages.
 */
describe('ropa import speaks the language every command speaks', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const csv = join(tmp.dir, 'protokoll.csv');
  writeFileSync(csv, 'Behandlingsaktivitet;Formålet med behandlingen;Planlagte tidsfrister for sletting\nLønn;Utbetale lønn;så lenge det trengs\n');
  const noLang = { env: { ROPA_LANG: undefined }, cwd: tmp.dir };
  let n = 0;
  /** A folder for a registry, by its name in tmp.dir (where the runs are). */
  const fresh = (): string => `reg-${++n}`;

  it.each([
    ['a new registry, nb by default', [], 'Importerte 1 behandlingsaktivitet fra protokoll.csv (CSV) til', 'rad 2 i protokoll.csv'],
    ['a new registry made in nn', ['--registry-lang', 'nn'], 'Importerte 1 behandlingsaktivitet frå protokoll.csv (CSV) til', 'rad 2 i protokoll.csv'],
    ['a new registry made in en', ['--registry-lang', 'en'], 'Imported 1 activity from protokoll.csv (CSV) into', 'row 2 of protokoll.csv'],
    [
      '--lang before the registry language',
      ['--registry-lang', 'nn', '--lang', 'en'],
      'Imported 1 activity from protokoll.csv (CSV) into',
      'row 2 of protokoll.csv',
    ],
  ])('%s', (_what, flags, summary, comment) => {
    const reg = fresh();
    const r = ropa(['import', 'protokoll.csv', reg, ...flags], noLang);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(new RegExp(`^${summary.replace(/[()]/g, '\\$&')} ${reg}: 2 (files|filer)\\.$`));
    expect(readFileSync(join(tmp.dir, reg, 'activities', 'lonn.yaml'), 'utf8')).toContain(`# import: ${comment}`);
  });

  it('ROPA_LANG before the registry language', () => {
    const r = ropa(['import', 'protokoll.csv', fresh(), '--registry-lang', 'nb'], { env: { ROPA_LANG: 'nn' }, cwd: tmp.dir });
    expect(r.stdout).toMatch(/^Importerte 1 behandlingsaktivitet frå /);
  });

  it('into an existing registry: its first language, not the --registry-lang default', () => {
    for (const [lang, said] of [
      ['nn', /^Importerte 1 behandlingsaktivitet frå protokoll\.csv \(CSV\) til .*: 1 fil\.$/m],
      ['en', /^Imported 1 activity from protokoll\.csv \(CSV\) into .*: 1 file\.$/m],
    ] as const) {
      const reg = fresh();
      expect(ropa(['init', reg, '--lang', `${lang},nb`], { cwd: tmp.dir }).code).toBe(0);
      const r = ropa(['import', 'protokoll.csv', reg], noLang);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(said);
    }
  });

  it('a registry whose organisation.yaml does not parse is still read for its languages', () => {
    const reg = fresh();
    expect(ropa(['init', reg, '--lang', 'en'], { cwd: tmp.dir }).code).toBe(0);
    const org = join(tmp.dir, reg, 'organisation.yaml');
    writeFileSync(org, readFileSync(org, 'utf8') + '\n: : broken\n');
    const r = ropa(['import', 'protokoll.csv', reg], noLang);
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toMatch(/registeret|registret/);
    expect(r.stdout + r.stderr).toMatch(/error|problem/i);
  });
});
