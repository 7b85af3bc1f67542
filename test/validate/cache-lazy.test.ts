import { afterEach, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateRegistry, type Validated } from '../../src/validate/index.js';
import { integrityView } from '../../src/validate/integrity.js';
import { generate } from '../../bench/generate.js';

/**
 * A file untouched since the cache had it valid (same size, times and inode, not modified in the two seconds before
 * it was cached) is not read: its data stays in the cache until something asks for it, and the checks across files
 * read the cache's summary of it (`integrityView`) and what the cache knows the walk over its values finds. Files
 * written a moment ago are never taken that way, so these runs move the clock on (`vi.setSystemTime`): only
 * `statKey`'s idea of "two seconds ago" moves, nothing is timed.
 */
const EXAMPLE = fileURLToPath(new URL('../../registry/', import.meta.url));
const made: string[] = [];
const temp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'ropa-cache-lazy-'));
  made.push(d);
  return d;
};
afterEach(() => {
  vi.useRealTimers();
});
process.on('exit', () => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** What a run says, and every activity's data as the commands get it. */
function said(v: Validated): { findings: string; activities: string } {
  return { findings: JSON.stringify(v.findings), activities: JSON.stringify(v.registry.activities.map((a) => [a.id, a.file.path, a.value])) };
}

let clock = Date.now();
/** A run with the clock moved on, so that every file written so far counts as untouched since. */
function later(dir: string, cache: string, errorsOnly = false): Validated {
  clock += 10_000;
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(clock);
  try {
    return validateRegistry(dir, [], { cache, jobs: 1, ...(errorsOnly ? { errorsOnly } : {}) });
  } finally {
    vi.useRealTimers();
  }
}
const plain = (dir: string, errorsOnly = false): Validated => validateRegistry(dir, [], { jobs: 1, ...(errorsOnly ? { errorsOnly } : {}) });
const lazyCount = (v: Validated): number => v.registry.files.filter((f) => f.isLazy).length;

describe('untouched files from the cache: read only when asked for, the same findings', () => {
  it('warm, then after a catalogue, the organisation\u2019s languages and the cache file change', () => {
    const dir = temp();
    cpSync(EXAMPLE, dir, { recursive: true });
    // Titles in bokmål and nynorsk only, under an organisation that declares those two: nothing missing, yet.
    const org = join(dir, 'organisation.yaml');
    const orgText = readFileSync(org, 'utf8');
    const two = orgText.replace('\nlanguages:\n  - nb\n  - nn\n  - en\n', '\nlanguages:\n  - nb\n  - nn\n');
    expect(two).not.toBe(orgText);
    writeFileSync(org, two);
    for (const name of readdirSync(join(dir, 'activities'))) {
      const path = join(dir, 'activities', name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/^(title:\n {2}nb: .*\n {2}nn: .*\n) {2}en: .*\n/m, '$1'));
    }
    const cache = temp();
    expect(said(later(dir, cache))).toEqual(said(plain(dir)));
    const warm = later(dir, cache);
    // The path under test is taken: activities come from the cache without their data being read.
    expect(lazyCount(warm)).toBeGreaterThan(10);
    expect(said(warm)).toEqual(said(plain(dir)));

    // A catalogue loses ids that untouched activities refer to: their references are checked from the summaries.
    const catalogues = join(dir, 'catalogues');
    const name = readdirSync(catalogues).find((n) => readFileSync(join(catalogues, n), 'utf8').includes('\nsystems:'))!;
    const text = readFileSync(join(catalogues, name), 'utf8');
    writeFileSync(join(catalogues, name), text.replace(/\n {2}([a-z0-9-]+):\n/, '\n  $1-renamed:\n'));
    const broken = plain(dir);
    expect(broken.findings.some((f) => f.rule === 'unresolved-reference')).toBe(true);
    expect(said(later(dir, cache))).toEqual(said(broken));
    expect(said(later(dir, cache))).toEqual(said(plain(dir)));

    // The organisation declares English too, which no title has: every untouched file is walked again.
    expect(plain(dir).findings.filter((f) => f.rule === 'missing-translation')).toEqual([]);
    writeFileSync(org, orgText);
    const untranslated = plain(dir);
    expect(untranslated.findings.filter((f) => f.rule === 'missing-translation').length).toBeGreaterThan(10);
    expect(said(later(dir, cache))).toEqual(said(untranslated));
    expect(said(later(dir, cache, true))).toEqual(said(plain(dir, true)));
    expect(said(later(dir, cache))).toEqual(said(untranslated));
    writeFileSync(org, two);
    expect(said(later(dir, cache))).toEqual(said(plain(dir)));
    expect(lazyCount(later(dir, cache))).toBeGreaterThan(10);

    // Two heads that name each other's data lines: neither is taken for the other, both files are read instead.
    const heads = join(
      cache,
      readdirSync(cache).find((n) => n.endsWith('.jsonl'))!,
    );
    const lines = readFileSync(heads, 'latin1').split('\n');
    // A head: …, where its data is, its tag], a tab, its summary.
    const at = /,(\[\d+,\d+\]),("[^"]*"\])(?=\t)/;
    // The last two: a later line for the same path stands for it.
    const [i, j] = lines.flatMap((l, k) => (l.startsWith('["activities/') && at.test(l) ? [k] : [])).slice(-2);
    const [ai, aj] = [lines[i!]!.match(at)![1]!, lines[j!]!.match(at)![1]!];
    lines[i!] = lines[i!]!.replace(at, `,${aj},$2`);
    lines[j!] = lines[j!]!.replace(at, `,${ai},$2`);
    writeFileSync(heads, lines.join('\n'), 'latin1');
    expect(said(later(dir, cache))).toEqual(said(plain(dir)));

    // A data line that is not the one its head names (another hash: written by another run meanwhile), and a data
    // file cut short: the files themselves are read instead.
    const data = join(
      cache,
      readdirSync(cache).find((n) => n.endsWith('.data'))!,
    );
    const before = readFileSync(data, 'latin1');
    const swapped = before.replace(/(\["activities\/[^"]+",")([^"])/, (_m, head: string, c: string) => head + (c === 'A' ? 'B' : 'A'));
    expect(swapped).not.toBe(before);
    writeFileSync(data, swapped, 'latin1');
    expect(said(later(dir, cache))).toEqual(said(plain(dir)));
    writeFileSync(data, before.slice(0, before.length >> 1), 'latin1');
    expect(said(later(dir, cache))).toEqual(said(plain(dir)));
    rmSync(data);
    expect(said(later(dir, cache))).toEqual(said(plain(dir)));
  });

  it('every file\u2019s data asked for: the first lines read where they stand, then the whole data file', () => {
    // 100 activities: more data lines than are read one by one (`WHOLE_AFTER` in src/load/cache.ts), so both ways
    // are taken when every activity's data is asked for (`said` reads them all).
    const dir = temp();
    generate(100, dir);
    const cache = temp();
    expect(said(later(dir, cache))).toEqual(said(plain(dir)));
    const warm = later(dir, cache);
    expect(lazyCount(warm)).toBeGreaterThan(64);
    expect(said(warm)).toEqual(said(plain(dir)));
    // A data file rewritten between two reads (another run's, the same paths but other hashes): no line is taken for
    // another's, the files are read instead.
    const again = later(dir, cache);
    const data = join(
      cache,
      readdirSync(cache).find((n) => n.endsWith('.data'))!,
    );
    writeFileSync(
      data,
      readFileSync(data, 'latin1').replace(/(\["activities\/[^"]+",")([^"])/g, (_m, head: string, c: string) => head + (c === 'A' ? 'B' : 'A')),
      'latin1',
    );
    expect(said(again)).toEqual(said(plain(dir)));
  });

  it('an untouched activity\u2019s references, skipped while what they resolve against is the same, are checked again when it is not', () => {
    const dir = temp();
    cpSync(EXAMPLE, dir, { recursive: true });
    const cache = temp();
    const same = (): void => {
      const want = said(plain(dir));
      expect(said(later(dir, cache))).toEqual(want);
      expect(said(later(dir, cache))).toEqual(want);
    };
    same();
    const org = join(dir, 'organisation.yaml');
    const orgText = readFileSync(org, 'utf8');
    // The organisation loses a notice group that untouched activities name.
    writeFileSync(org, orgText.replace('\n  research:\n', '\n  research-renamed:\n'));
    expect(plain(dir).findings.some((f) => f.rule === 'unresolved-reference' && f.args?.kind === 'noticeGroups')).toBe(true);
    same();
    writeFileSync(org, orgText);
    same();
    // A catalogue file that cannot be read: ids of its kinds are not missing, they are unknown.
    const systems = join(dir, 'catalogues', 'systems.yaml');
    const systemsText = readFileSync(systems, 'utf8');
    writeFileSync(systems, systemsText.replace(/\n {2}([a-z0-9-]+):\n/, '\n  $1-renamed:\n'));
    same();
    writeFileSync(systems, 'systems: [\n');
    same();
    writeFileSync(systems, systemsText);
    same();
    // Two activities with one id: the second is not looked at while the first stands, and is once the first is gone;
    // its own reference that does not resolve is then found.
    const acts = join(dir, 'activities');
    const first = readdirSync(acts).sort()[0]!;
    const text = readFileSync(join(acts, first), 'utf8');
    writeFileSync(join(acts, 'zz-' + first), text.replace(/^noticeGroup: .*$/m, 'noticeGroup: no-such-group'));
    same();
    rmSync(join(acts, first));
    expect(plain(dir).findings.some((f) => f.rule === 'unresolved-reference' && f.file.endsWith('zz-' + first))).toBe(true);
    same();
  });

  it('an activity\u2019s summary holds every value the reference checks read, at the same place', () => {
    const data = {
      id: 'a',
      title: { nb: 'T' },
      description: { nb: 'D' },
      dataSubjects: ['s'],
      dataCategories: ['c'],
      sources: ['o'],
      recipients: ['r'],
      processors: ['q'],
      systems: ['y'],
      securityMeasures: ['m'],
      noticeGroup: 'g',
      jointControllers: [{ controller: 'c', role: { nb: 'r' } }, 'odd'],
      purposes: [
        {
          id: 'p',
          description: { nb: 'd' },
          safeguards: ['m'],
          legalBasis: [{ law: [{ law: 'l', section: '1' }, 'x'], article: '6(1)(e)' }],
          dataCategories: ['c'],
        },
      ],
      retention: [{ categories: ['c'], policy: 'p', law: [{ law: 'l', section: '2' }], description: { nb: 'd' } }],
      nationalIdNeed: [{ category: 'c', reason: { nb: 'r' } }],
      rightsRestrictions: [{ law: [{ law: 'l' }], right: 'access' }],
      automatedDecisions: { law: [{ law: 'l' }], logic: { nb: 'x' } },
      transfers: [{ recipient: 'r', country: 'US' }],
    };
    expect(integrityView(data)).toEqual({
      id: 'a',
      dataSubjects: ['s'],
      dataCategories: ['c'],
      sources: ['o'],
      recipients: ['r'],
      processors: ['q'],
      systems: ['y'],
      securityMeasures: ['m'],
      noticeGroup: 'g',
      jointControllers: [{ controller: 'c' }, 'odd'],
      purposes: [{ id: 'p', safeguards: ['m'], legalBasis: [{ law: [{ law: 'l' }, 'x'] }], dataCategories: ['c'] }],
      retention: [{ categories: ['c'], policy: 'p', law: [{ law: 'l' }] }],
      nationalIdNeed: [{ category: 'c' }],
      rightsRestrictions: [{ law: [{ law: 'l' }] }],
      automatedDecisions: { law: [{ law: 'l' }] },
      transfers: [{ recipient: 'r' }],
    });
  });
});

describe('an activity file that holds no mapping at all', () => {
  it('is a schema finding, not an internal error (build read its id before asking whether it had one)', () => {
    const dir = temp();
    cpSync(EXAMPLE, dir, { recursive: true });
    writeFileSync(join(dir, 'activities', 'intranet.yaml'), '~\n');
    const v = plain(dir);
    expect(v.findings.filter((f) => f.file.endsWith('intranet.yaml')).map((f) => f.rule)).toEqual(['schema']);
  });
});
