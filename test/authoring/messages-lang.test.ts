import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ropa, scratchCopy, tempDir } from '../helpers/cli.js';

/**
 * Authoring messages follow --lang, then ROPA_LANG, then the registry's first language: the success line,
 * and the errors raised once the command knows its language. The sample registry is bokmål first.
 */
describe('authoring messages honour --lang and ROPA_LANG', () => {
  const copy = scratchCopy(join(FIXTURES, 'authoring/sample'));
  afterAll(() => copy.cleanup());
  const dir = copy.dir;

  it('ropa new: English with ROPA_LANG=en, nynorsk with --lang nn, the registry’s bokmål with neither', () => {
    const en = ropa(['new', 'canteen-en', dir, '--title', 'Canteen', '--no-input'], { env: { ROPA_LANG: 'en' } });
    expect(en.code).toBe(0);
    expect(en.stdout).toMatch(/^Created .*activities\/canteen-en\.yaml/);
    const nn = ropa(['new', 'canteen-nn', dir, '--title', 'Kantine', '--no-input', '--lang', 'nn'], { env: { ROPA_LANG: 'en' } });
    expect(nn.stdout).toMatch(/^Oppretta .*activities\/canteen-nn\.yaml/);
    const nb = ropa(['new', 'canteen-nb', dir, '--title', 'Kantine', '--no-input'], { env: { ROPA_LANG: undefined } });
    expect(nb.stdout).toMatch(/^Opprettet .*activities\/canteen-nb\.yaml/);
    // An error after the language is chosen is in that language too, not in English.
    const taken = ropa(['new', 'canteen-nb', dir, '--title', 'Kantine', '--no-input'], { env: { ROPA_LANG: undefined } });
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/^ropa: .*finnes allerede/);
  });

  it('ropa add and ropa init say it in the language asked for', () => {
    const add = ropa(['add', 'system', 'lunch-app', dir, '--name', 'Lunch'], { env: { ROPA_LANG: 'en' } });
    expect(add.stdout).toMatch(/^Added system lunch-app to /);
    const init = ropa(['init', dir, '--lang', 'nn'], { env: { ROPA_LANG: undefined } });
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/^ropa: .* er ikkje tom/);
  });
});

/** Ids are file names (activities/<id>.yaml): a name Windows keeps for a device is refused, in any case. */
describe('ropa new refuses ids Windows reserves', () => {
  const copy = scratchCopy(join(FIXTURES, 'authoring/sample'));
  afterAll(() => copy.cleanup());

  it.each(['con', 'prn', 'aux', 'nul', 'com1', 'com9', 'lpt1', 'lpt9'])('%s', (id) => {
    const before = readdirSync(join(copy.dir, 'activities')).sort();
    const r = ropa(['new', id, copy.dir, '--title', 'X', '--no-input']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `ropa: «${id}» cannot be an activity's id: its file would be ${id}.yaml, a name Windows keeps for a device (CON, PRN, AUX, NUL, COM1–9, LPT1–9). Choose another id, e.g. ${id}-register\n`,
    );
    expect(readdirSync(join(copy.dir, 'activities')).sort()).toEqual(before);
  });

  it('ropa add --file refuses a new catalogue file named like one', () => {
    const r = ropa(['add', 'system', 'lunch', copy.dir, '--name', 'Lunch', '--file', join(copy.dir, 'catalogues/Aux.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/catalogues\/Aux\.yaml: Windows keeps this name for a device/);
    expect(existsSync(join(copy.dir, 'catalogues/Aux.yaml'))).toBe(false);
  });

  it('but not names that only begin like one', () => {
    for (const id of ['console', 'com10', 'auxiliary', 'null']) {
      const r = ropa(['new', id, copy.dir, '--title', 'X', '--no-input']);
      expect(r.stderr).toBe('');
      expect(existsSync(join(copy.dir, 'activities', `${id}.yaml`))).toBe(true);
    }
  });
});

describe('windowsReserved', () => {
  it('any case, with or without an extension, with trailing dots or spaces', async () => {
    const { windowsReserved } = await import('../../src/util/portable.js');
    for (const name of ['CON', 'con', 'Con.yaml', 'nul.txt', 'COM1', 'lpt9.tar.gz', 'aux.', 'prn ', 'COM¹']) expect(windowsReserved(name), name).toBe(true);
    for (const name of ['com0', 'lpt', 'cons', 'conyaml', 'x.con', 'com10']) expect(windowsReserved(name), name).toBe(false);
  });
});

describe('ropa import never names an activity file after a device', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  it('a title «Con» and an id column «aux» become con-activity and aux-activity', async () => {
    const { writeFileSync } = await import('node:fs');
    const csv = join(tmp.dir, 'devices.csv');
    writeFileSync(csv, 'ID;Behandlingsaktivitet;Formålet med behandlingen\r\n;Con;Utbetale lønn\r\naux;Aux;Lage statistikk\r\n');
    const r = ropa(['import', csv, join(tmp.dir, 'reg')]);
    expect(r.stderr).toBe('');
    expect(readdirSync(join(tmp.dir, 'reg', 'activities')).sort()).toEqual(['aux-activity.yaml', 'con-activity.yaml']);
  });
});
