import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { comments, formatYaml } from '../../src/authoring/format.js';
import { canonicalString } from '../../src/authoring/quoting.js';
import { keyOrder, narrow, rootSchema } from '../../src/authoring/schema-order.js';
import { parseYaml } from '../../src/parse/yaml.js';
import type { FileKind } from '../../src/parse/source.js';
import { EXAMPLE, FIXTURES, ROOT, ropa, scratchCopy } from '../helpers/cli.js';

const FMT = join(FIXTURES, 'authoring/fmt');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return yamlFiles(p);
      return /\.ya?ml$/.test(name) ? [p] : [];
    });
}

const kindOf = (path: string): FileKind => (/\/activities\//.test(path) ? 'activity' : /\/catalogues\//.test(path) ? 'catalogue' : 'organisation');

/** The files a run of `ropa fmt` names, relative to the registry. */
const listed = (stdout: string, prefix: string, dir: string): string[] =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => relative(dir, resolve(ROOT, l.slice(prefix.length))))
    .sort();

/** The comment lines of a text, as written (a `#` inside a string or a block scalar is no comment). */
const commentLines = (text: string): string[] => comments(text);

describe('fmt round-trips every example file: same data, every comment, idempotent', () => {
  const files = [...yamlFiles(EXAMPLE), ...yamlFiles(join(FIXTURES, 'validate/minimal')), ...yamlFiles(join(FMT, 'messy'))];
  it.each(files.map((f) => [relative(FIXTURES, f), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8').replace(/^\ufeff/, '');
    const kind = kindOf(file);
    const once = formatYaml(text, kind);
    if (!once.ok) throw new Error(`not formatted: ${JSON.stringify(once)}`);
    expect(parseYaml(once.text).data).toEqual(parseYaml(text).data);
    expect(commentLines(once.text)).toEqual(commentLines(text));
    // Every comment line of the original is still a line of the result.
    for (const line of text.split(/\r?\n/).filter((l) => /^\s*#/.test(l))) expect(once.text).toContain(line.trim());
    expect(once.text.split('\n').filter((l) => l.trim() === '').length).toBe(
      text.split('\n').filter((l) => l.trim() === '').length + (text.endsWith('\n') ? 0 : 1),
    );
    const twice = formatYaml(once.text, kind);
    expect(twice).toEqual(once);
  });
});

describe('ropa fmt on a registry', () => {
  it('finds the shipped example registry already formatted, so a DPO who copies it starts clean', () => {
    const r = ropa(['fmt', '--check', EXAMPLE, '--lang', 'en']);
    expect(r.stdout + r.stderr).not.toContain('would reformat');
    expect(r.code).toBe(0);
  });

  it('writes exactly the expected files, keeps a BOM, CRLF line ends and every comment, and leaves a canonical file untouched', () => {
    const { dir, cleanup } = scratchCopy(join(FMT, 'messy'));
    try {
      const tidy = join(dir, 'activities/tidy.yaml');
      const old = new Date('2020-01-01T00:00:00Z');
      utimesSync(tidy, old, old);
      const r = ropa(['fmt', dir]);
      expect(r.code).toBe(0);
      expect(listed(r.stdout, 'formatted ', dir)).toEqual([
        'activities/canteen.yaml',
        'activities/payroll.yaml',
        'catalogues/catalogue.yaml',
        'organisation.yaml',
      ]);
      for (const file of yamlFiles(join(FMT, 'expected'))) {
        const name = relative(join(FMT, 'expected'), file);
        expect(readFileSync(join(dir, name)).equals(readFileSync(file)), name).toBe(true);
      }
      expect(statSync(tidy).mtimeMs).toBe(old.getTime());
      expect(readFileSync(join(dir, 'catalogues/catalogue.yaml')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(readFileSync(join(dir, 'activities/canteen.yaml'), 'utf8')).toBe(
        '# yaml-language-server: $schema=../../../../../../schemas/activity.schema.json\r\n# Written on Windows.\r\nid: canteen\r\ntitle: {nb: Kantine, en: Canteen}\r\nstatus: planned\r\n',
      );
      expect(ropa(['validate', dir]).code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('--check lists the files that would change, exits 1 and writes nothing', () => {
    const { dir, cleanup } = scratchCopy(join(FMT, 'messy'));
    try {
      const before = yamlFiles(dir).map((f) => readFileSync(f));
      const r = ropa(['fmt', '--check', dir]);
      expect(r.code).toBe(1);
      expect(listed(r.stdout, 'would reformat ', dir)).toEqual([
        'activities/canteen.yaml',
        'activities/payroll.yaml',
        'catalogues/catalogue.yaml',
        'organisation.yaml',
      ]);
      expect(yamlFiles(dir).map((f) => readFileSync(f))).toEqual(before);
    } finally {
      cleanup();
    }
  });

  it('--check passes on a formatted registry', () => {
    const r = ropa(['fmt', '--check', join(FMT, 'expected')]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
  });

  it('refuses a file that does not parse, leaves it untouched, formats the rest and exits 1', () => {
    const { dir, cleanup } = scratchCopy(join(FMT, 'broken'));
    try {
      const broken = readFileSync(join(dir, 'activities/broken.yaml'));
      const r = ropa(['fmt', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('yaml-syntax');
      expect(r.stderr).toMatch(/broken\.yaml was not formatted/);
      expect(readFileSync(join(dir, 'activities/broken.yaml')).equals(broken)).toBe(true);
      expect(readFileSync(join(dir, 'activities/fine.yaml'), 'utf8')).toContain('id: fine\ntitle: {nb: Fin, en: Fine}\nstatus: active\n');
    } finally {
      cleanup();
    }
  });

  it('says which files it could not read (a broken link, a folder named like a file), formats the rest and exits 1', () => {
    const { dir, cleanup } = scratchCopy(join(FMT, 'broken'));
    try {
      rmSync(join(dir, 'activities/broken.yaml'));
      symlinkSync(join(dir, 'activities/gone.yaml'), join(dir, 'activities/dangling.yaml'));
      mkdirSync(join(dir, 'activities/folder.yaml'));
      const r = ropa(['fmt', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/dangling\.yaml\n +1:1 +error +This symbolic link points to nothing\. +symlink-broken/);
      expect(r.stderr).toMatch(/folder\.yaml\n +1:1 +error .* +unreadable-file/);
      expect(readFileSync(join(dir, 'activities/fine.yaml'), 'utf8')).toContain('id: fine\ntitle: {nb: Fin, en: Fine}\nstatus: active\n');
      // The link named alone, as a pre-commit hook names it, is said too (it was «registry folder not found»).
      const one = ropa(['fmt', join(dir, 'activities/dangling.yaml')]);
      expect(one.code).toBe(1);
      expect(one.stderr).toContain('symlink-broken');
    } finally {
      cleanup();
    }
  });

  it('leaves a file alone when reordering would change it (an alias before its anchor) and exits 1: the file is at fault', () => {
    const { dir, cleanup } = scratchCopy(join(FMT, 'unsafe'));
    try {
      const before = readFileSync(join(dir, 'activities/aliased.yaml'));
      const r = ropa(['fmt', dir]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/aliased\.yaml was left unchanged: .*alias would come before its anchor/);
      expect(readFileSync(join(dir, 'activities/aliased.yaml')).equals(before)).toBe(true);
    } finally {
      cleanup();
    }
  });
});

describe('canonical quoting', () => {
  it('quotes what YAML 1.1 readers would misread and nothing else', () => {
    expect(canonicalString('NO', false)).toBe('"NO"');
    expect(canonicalString('0131', false)).toBe('"0131"');
    expect(canonicalString('yes', false)).toBe('"yes"');
    expect(canonicalString('971526920', false)).toBe('"971526920"');
    expect(canonicalString('2026-01-31', false)).toBe('2026-01-31');
    expect(canonicalString('§ 14-6', false)).toBe('§ 14-6');
    expect(canonicalString('https://lovdata.no/lov/2005-06-17-62', false)).toBe('https://lovdata.no/lov/2005-06-17-62');
    expect(canonicalString('a: b', false)).toBe('"a: b"');
    expect(canonicalString('a, b', true)).toBe('"a, b"');
    expect(canonicalString('a, b', false)).toBe('a, b');
    expect(canonicalString('say "hi"', false)).toBe('say "hi"');
    expect(canonicalString('"hi"', false)).toBe('\'"hi"\'');
  });

  it('any string, written canonically, reads back as itself, in a block and in a flow collection', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            'a',
            'N',
            'O',
            '0',
            '1',
            ':',
            ' ',
            '#',
            '-',
            '"',
            "'",
            ',',
            '[',
            '{',
            '\\',
            '\t',
            '\n',
            'ø',
            '\u0007',
            '.',
            '?',
            '&',
            '*',
            '!',
            '|',
            '>',
            '%',
            '@',
            '`',
          ),
        }),
        (s) => {
          const block = parseYaml(`k: ${canonicalString(s, false)}\n`);
          const flow = parseYaml(`k: [${canonicalString(s, true)}]\n`);
          return isDeepStrictEqual(block.data, { k: s }) && isDeepStrictEqual(flow.data, { k: [s] });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('key order', () => {
  it('follows the order of the schema properties', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/activity.schema.json'), 'utf8')) as { properties: object };
    expect(keyOrder(narrow(rootSchema('activity'), 'map'))).toEqual(Object.keys(schema.properties));
  });

  it('puts any activity in canonical order without changing its data, and a second run changes nothing', () => {
    const order = keyOrder(rootSchema('activity'))!;
    const key = fc.constantFrom('id', 'title', 'status', 'purposes', 'dataSubjects', 'recipients', 'custom', 'review', 'transfers');
    const value = fc.oneof(
      fc.string(),
      fc.boolean(),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('nb', 'nn', 'en', 'x'), fc.string(), { maxKeys: 3 }),
    );
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, value), { selector: ([k]) => k, maxLength: 9 }), fc.boolean(), (pairs, flow) => {
        const data = JSON.parse(JSON.stringify(Object.fromEntries(pairs))) as Record<string, unknown>;
        const text = stringify(data, { collectionStyle: flow ? 'flow' : 'block' }) || '{}\n';
        const once = formatYaml(text, 'activity');
        if (!once.ok) return false;
        const reread = parseYaml(once.text).data as Record<string, unknown>;
        const keys = Object.keys(reread ?? {});
        const sorted = [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b));
        const again = formatYaml(once.text, 'activity');
        return isDeepStrictEqual(reread ?? {}, data) && (flow || isDeepStrictEqual(keys, sorted)) && again.ok && again.text === once.text;
      }),
      { numRuns: 300 },
    );
  });
});
