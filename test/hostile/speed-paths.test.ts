import { describe, expect, it } from 'vitest';
import { appendFileSync, readdirSync, readFileSync, writeFileSync, truncateSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FIXTURES, ROOT } from '../helpers/cli.js';
import { generate } from '../../bench/generate.js';
import { MIN_FILES_PER_THREAD } from '../../src/validate/parallel.js';
import { hostileRun, scratch, STACK_FRAME } from './run.js';

/**
 * The cache and the worker threads make ropa faster; they must never change what it says.
 * Every run here is compared with a plain run: no cache, one thread.
 */
const { temp, copy } = scratch();

function plain(dir: string): { code: number | null; stdout: string } {
  const r = hostileRun(['validate', dir, '-f', 'json'], { env: { ROPA_JOBS: '1' } });
  return { code: r.code, stdout: r.stdout };
}

function cached(dir: string, cache: string, env: Record<string, string> = {}): { code: number | null; stdout: string } {
  const r = hostileRun(['validate', dir, '-f', 'json', '--cache', '--cache-location', cache], { env });
  expect(r.stderr).not.toMatch(STACK_FRAME);
  return { code: r.code, stdout: r.stdout };
}

const cacheFile = (cache: string): string =>
  join(
    cache,
    readdirSync(cache).find((n) => n.endsWith('.jsonl'))!,
  );

describe('the content-hash cache changes nothing but the time', () => {
  const dir = copy(join(FIXTURES, 'validate', 'schema-errors'));
  // A second, valid activity, so that the cache holds something.
  writeFileSync(
    join(dir, 'activities', 'minimal.yaml'),
    readFileSync(join(FIXTURES, 'validate', 'minimal', 'activities', 'payroll.yaml'), 'utf8').replace('id: payroll', 'id: minimal'),
  );
  const cache = temp();

  it('cold, then warm', () => {
    const expected = plain(dir);
    expect(expected.code).toBe(1);
    expect(cached(dir, cache)).toEqual(expected);
    expect(cached(dir, cache)).toEqual(expected);
    expect(readFileSync(cacheFile(cache), 'utf8')).toContain('"activities/minimal.yaml"');
  });

  it('after a file changes, in either direction', () => {
    const file = join(dir, 'activities', 'minimal.yaml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('status: active', 'status: sleeping'));
    expect(cached(dir, cache)).toEqual(plain(dir));
    writeFileSync(file, good);
    expect(cached(dir, cache)).toEqual(plain(dir));
    expect(cached(dir, cache).stdout).not.toContain('sleeping');
  });

  it('when the cache file is torn, or from another version, or not a cache at all', () => {
    const expected = plain(dir);
    const file = cacheFile(cache);
    truncateSync(file, statSync(file).size - 7);
    expect(cached(dir, cache)).toEqual(expected);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/"salt":"[0-9a-f]+"/, '"salt":"other"'));
    expect(cached(dir, cache)).toEqual(expected);
    appendFileSync(file, '\u0000\u00ff not json\n');
    expect(cached(dir, cache)).toEqual(expected);
    writeFileSync(file, 'garbage');
    expect(cached(dir, cache)).toEqual(expected);
  });

  it('when the cache cannot be written (its folder is a file)', () => {
    const blocked = join(temp(), 'file');
    writeFileSync(blocked, 'x');
    expect(cached(dir, blocked)).toEqual(plain(dir));
  });

  it('ROPA_CACHE=1 turns it on, under $XDG_CACHE_HOME, outside the registry', () => {
    const xdg = temp();
    const before = readdirSync(dir, { recursive: true }).sort();
    const r = hostileRun(['validate', dir, '-f', 'json'], { env: { ROPA_CACHE: '1', XDG_CACHE_HOME: xdg } });
    expect({ code: r.code, stdout: r.stdout }).toEqual(plain(dir));
    expect(readdirSync(join(xdg, 'ropa')).some((n) => n.endsWith('.jsonl'))).toBe(true);
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
  });
});

describe('worker threads change nothing but the time', () => {
  // Just enough files for two threads (src/validate/parallel.ts), with problems planted across them.
  const dir = join(temp(), 'registry');
  const files = generate(2 * MIN_FILES_PER_THREAD + 50, dir);
  const last = files.length - 1;
  const plant = (i: number, edit: (t: string) => string): void => writeFileSync(files[i]!, edit(readFileSync(files[i]!, 'utf8')));
  plant(3, (t) => t.replace('status: active', 'status: sleeping'));
  plant(700, (t) => t.replace('  - employees', '  - employes'));
  plant(1500, (t) => `${t}id: again\n`);
  plant(last, (t) => `${t}title: [\n`);
  plant(last - 1, (t) => t.replace(/^title:/m, 'title: &a\n  x: *a\ntitle2:'));
  // What one thread says, once for both tests.
  let plainRun: ReturnType<typeof plain> | undefined;
  const onePlain = (): ReturnType<typeof plain> => (plainRun ??= plain(dir));

  it('one thread and two give the same findings, in the same order', () => {
    const one = onePlain();
    expect(one.code).toBe(1);
    expect(JSON.parse(one.stdout).problems.length).toBeGreaterThanOrEqual(5);
    const two = hostileRun(['validate', dir, '-f', 'json'], { env: { ROPA_JOBS: '2' } });
    expect({ code: two.code, stdout: two.stdout }).toEqual(one);
  });

  it('a file a worker checked keeps its text when it is not on disk (ropa diff reads revisions from git)', async () => {
    // Worker threads run compiled code only, so this asks dist/ (built before the tests).
    const { checkFiles } = (await import(join(ROOT, 'dist/validate/parallel.js'))) as typeof import('../../src/validate/parallel.js');
    const tasks = files.map((f) => ({ path: join(temp(), 'not-on-disk', basename(f)), kind: 'activity' as const, bytes: readFileSync(f) }));
    const results = checkFiles(tasks, 2);
    const lost = results.filter((r, k) => r.source !== undefined && r.source.text !== tasks[k]!.bytes.toString('utf8')).length;
    expect(results.filter((r) => r.source !== undefined).length).toBeGreaterThan(2 * MIN_FILES_PER_THREAD);
    expect(lost).toBe(0);
  });

  it('and so do two threads with a cache, cold and warm', () => {
    const one = onePlain();
    const cache = temp();
    expect(cached(dir, cache, { ROPA_JOBS: '2' })).toEqual(one);
    expect(cached(dir, cache, { ROPA_JOBS: '2' })).toEqual(one);
  });
});
