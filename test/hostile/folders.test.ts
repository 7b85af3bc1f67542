import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ropaInThread, tempDir } from '../helpers/cli.js';
import { makeFolders } from '../../src/util/write.js';
import { UserError } from '../../src/util/errors.js';

/**
 * Folders ropa makes (init, import, schema --dir, new files in a registry, the cache) are made one at a
 * time: Node's `mkdirSync(…, { recursive: true })` never returns when mkdir says ENOENT of a parent that
 * exists, as under /proc, so `ropa init /proc/x` used to spin forever.
 */
describe('folders that cannot be made are a message, never a hang or an internal error', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const csv = join(tmp.dir, 'record.csv');
  writeFileSync(csv, 'Behandlingsaktivitet;Formålet med behandlingen\r\nLønn;Utbetale lønn\r\n');
  const run = (args: string[]) => ropaInThread(args, { cwd: tmp.dir }, { timeoutMs: 20_000 });

  it.each([
    ['init', ['init', '/proc/ropa-x'], 'proc/ropa-x/activities (ENOENT); nothing was written'],
    ['import', ['import', csv, '/proc/ropa-y'], 'proc/ropa-y (ENOENT); nothing was written'],
    ['schema --dir', ['schema', '--dir', '/proc/ropa-z/s'], 'proc/ropa-z/s (ENOENT); nothing was written'],
  ])('%s under /proc', (_name, args, message) => {
    const r = run(args);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toContain('internal error');
    expect(r.code).toBe(2);
  });

  it('import and schema --dir where mkdir is refused (EPERM under /sys) say so, not "a bug in ropa"', () => {
    for (const args of [
      ['import', csv, '/sys/ropa-x'],
      ['schema', '--dir', '/sys/ropa-x'],
    ]) {
      const r = run(args);
      expect(r.stderr).toMatch(/^ropa: could not write [./]*sys\/ropa-x \(EPERM\); nothing was written\n$/);
      expect(r.code).toBe(2);
    }
  });

  it('makeFolders makes every missing folder, keeps what is there, and names the path it was given', () => {
    const deep = join(tmp.dir, 'a', 'b', 'c');
    makeFolders(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    makeFolders(deep);
    mkdirSync(join(tmp.dir, 'f'));
    writeFileSync(join(tmp.dir, 'f', 'file'), '');
    const e = (() => {
      try {
        makeFolders(join(tmp.dir, 'f', 'file', 'x'), 'shown/x');
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(UserError);
    expect(e).toMatchObject({ code: 'cli.write-failed', args: { path: 'shown/x', code: 'ENOTDIR' } });
    expect(readdirSync(join(tmp.dir, 'f'))).toEqual(['file']);
  });
});
