import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap } from 'yaml';
import { EXAMPLE } from '../helpers/cli.js';
import { hostileRun, scratch, STACK_FRAME } from './run.js';
import { xlsxText } from './outputs.js';
import { closeDirectionsIn } from '../../src/util/directions.js';
import { leftOpen, openDirectionsIn } from './open-directions.js';

/**
 * Session 43 (M1): a direction left open in a plain string (a law's `section`, a restriction's `gdpr`, a joint
 * controller's name) was printed as it was: the renderers closed the free texts they knew of,
 * not these. Every string is now closed once where the file is loaded (src/parse/file.ts), so every output is safe.
 */
const { temp, copy } = scratch();

/** Plain strings, not texts in a language: the schema lets any characters through in each. */
const PLAIN_KEYS = new Set(['section', 'controller']);
/** The example registry with each plain string (and each restriction's `gdpr`) ending in «evil» after a direction it leaves open. */
const openCopy = (): string =>
  openDirectionsIn(copy(EXAMPLE), (key, path) => {
    const parent = path[path.length - 1];
    return PLAIN_KEYS.has(key) || (key === 'gdpr' && isMap(parent) && parent.has('right'));
  });

describe('closeDirectionsIn', () => {
  it('closes every string of the data in place, in lists and maps, shared nodes once, and leaves keys and other values', () => {
    const shared = { section: '§ 9\u202e' };
    const data = { a: ['x\u2067y', 3, null, true, shared], b: shared, 'k\u202e': 'plain' };
    expect(closeDirectionsIn(data)).toBe(data);
    expect(data).toEqual({ a: ['x\u2067y\u2069', 3, null, true, { section: '§ 9\u202e\u202c' }], b: { section: '§ 9\u202e\u202c' }, 'k\u202e': 'plain' });
    expect(closeDirectionsIn('\u202cx')).toBe('x');
  });
});

describe('a plain string that leaves a direction open', () => {
  const base = copy(EXAMPLE);
  const dir = openCopy();

  it('is in the registry, which is still valid', () => {
    const r = hostileRun(['validate', dir]);
    expect(r.code, r.stdout).toBe(0);
    let count = 0;
    for (const sub of ['', 'activities', 'catalogues'])
      for (const name of readdirSync(join(dir, sub)).filter((f) => f.endsWith('.yaml')))
        count += readFileSync(join(dir, sub, name), 'utf8').split('evil').length - 1;
    expect(count).toBeGreaterThan(5);
  });

  it.each([
    ['notice', 'nb', ['md', 'html']],
    ['notice', 'nn', ['md', 'html']],
    ['notice', 'en', ['md', 'html']],
    ['report', 'nb', ['md', 'html', 'xlsx']],
    ['report', 'en', ['html', 'xlsx', 'csv']],
    ['gaps', 'en', ['markdown', 'csv', 'json']],
  ] as const)('%s (%s): each is closed where its text ends', async (command, lang, formats) => {
    const out = temp();
    const args = [command, dir, '--lang', lang, ...(command === 'notice' ? ['--draft'] : []), ...(command === 'gaps' ? ['--today', '2026-12-05'] : [])];
    const r = hostileRun([...args, ...formats.flatMap((f) => ['-f', f, '-o', join(out, `out.${f}`)])]);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect([0, 1], r.stderr).toContain(r.code);
    for (const f of formats) {
      const path = join(out, `out.${f}`);
      const text = f === 'xlsx' ? await xlsxText(path) : readFileSync(path, 'utf8');
      if (command !== 'gaps') expect(text, f).toMatch(/evil/);
      expect(leftOpen(text), `${command} ${f}`).toEqual([]);
    }
  });

  it('gaps in text and ropa diff, in every format that prints them, close them too', () => {
    const gaps = hostileRun(['gaps', dir, '--today', '2026-12-05', '-f', 'stylish']);
    expect(leftOpen(gaps.stdout)).toEqual([]);
    for (const format of ['text', 'markdown', 'json']) {
      const r = hostileRun(['diff', '--base-dir', base, '--head-dir', dir, '-f', format, '--lang', 'en']);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      // The restriction's law and provision changed: the change names them as they are now.
      expect(r.stdout, format).toMatch(/evil/);
      expect(leftOpen(r.stdout), `diff ${format}`).toEqual([]);
    }
  });
});
