import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseFast } from '../../src/parse/fast.js';
import { parseYaml } from '../../src/parse/yaml.js';
import { decodeUtf8 } from '../../src/parse/text.js';
import { SourceFile } from '../../src/parse/source.js';
import { plainPath } from '../../src/parse/plain-locate.js';
import { parsePointer, pointer as toPointer } from '../../src/util/pointer.js';
import { EXAMPLE, FIXTURES } from '../helpers/cli.js';

/**
 * The fast path (js-yaml, no positions) may only answer for a file when the full parser would find
 * no problem in it and read the same data. Otherwise a finding would be lost or invented.
 */
function agrees(text: string): boolean {
  const fast = parseFast(text);
  if (!fast) return true;
  const full = parseYaml(text);
  return full.problems.length === 0 && isDeepStrictEqual(fast.data, full.data);
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(name) ? [p] : [];
  });
}

const files = [...yamlFiles(EXAMPLE), ...yamlFiles(join(FIXTURES, 'validate')), ...yamlFiles(join(FIXTURES, 'corpus'))].flatMap((p) => {
  const d = decodeUtf8(readFileSync(p));
  return d.ok ? [{ path: relative(FIXTURES, p), text: d.text }] : [];
});
const texts = files.map((f) => f.text);

/**
 * The files in groups of 1,000, each its own test with its own time limit: the corpus grows every session (14,744
 * files in session 45), and one test over all of them neared its limit on a loaded machine.
 */
const GROUP = 1000;
const groups = Array.from({ length: Math.ceil(files.length / GROUP) }, (_, i) => files.slice(i * GROUP, (i + 1) * GROUP)).map(
  (g) => [`${g[0]!.path} … ${g[g.length - 1]!.path} (${g.length})`, g] as const,
);

/** What makes YAML mean something: indicators, quotes, breaks, indentation, scalars that look like numbers. */
const TOKENS = [
  ':',
  ': ',
  '- ',
  '-',
  '#',
  ' #',
  ' ',
  '  ',
  '\n',
  '\n  ',
  '\n- ',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  ', ',
  '|',
  '>',
  '|-',
  '>+',
  '|2',
  '?',
  '? ',
  '&a ',
  '*a',
  '!!str ',
  '!x ',
  '---\n',
  '...\n',
  '\\',
  '\\n',
  '%YAML 1.2\n',
  '\t',
  '0x1F',
  '0o17',
  '1e3',
  '-0',
  '+1',
  '.5',
  '012',
  '.inf',
  '.NaN',
  '~',
  'null',
  'Null',
  'true',
  'False',
  'yes',
  '@',
  '`',
  '\r\n',
  '\r',
  'æ',
  '\u00a0',
  '\u2028',
  '\u0085',
  '\ufeff',
  'a',
  'x: y',
  '__proto__',
  'constructor',
  '<<',
  '""',
  "''",
  '[]',
  '{}',
  '[a, b]',
  '{a: b}',
  '[a,\n b]',
  '{a: 1}: b',
  '\u0007',
  '\u001b[31m',
];

const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...TOKENS) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 6 }) }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -3, max: 3 }) }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, edits: Edit[]): string {
  let s = text;
  for (const e of edits) {
    const at = s.length === 0 ? 0 : e.at % (s.length + 1);
    if (e.kind === 'insert') s = s.slice(0, at) + e.token + s.slice(at);
    else if (e.kind === 'delete') s = s.slice(0, at) + s.slice(at + e.length);
    else {
      const lineStart = s.lastIndexOf('\n', at - 1) + 1;
      s =
        e.by >= 0
          ? s.slice(0, lineStart) + ' '.repeat(e.by) + s.slice(lineStart)
          : s.slice(0, lineStart) + s.slice(lineStart).replace(new RegExp(`^ {0,${-e.by}}`), '');
    }
  }
  return s;
}

/** Small documents built from the same tokens, where every character matters. */
const tiny = fc.array(fc.constantFrom(...TOKENS), { maxLength: 12 }).map((ts) => ts.join(''));

/** Lines of a block document: indentation, an indicator, a key, a value; where indentation matters most. */
const scalar = fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 6 }), fc.constantFrom('a', 'b', 'x y', '1', ''));
const line = fc
  .tuple(
    fc.integer({ min: 0, max: 5 }),
    fc.constantFrom('', '- ', 'k: ', 'j: ', '- k: ', '- - ', '? ', ': ', 'k:', '"k": ', "'k': "),
    scalar,
    fc.constantFrom('', ' # c', ' #', ':'),
  )
  .map(([indent, lead, value, tail]) => ' '.repeat(indent) + lead + value + tail);
const block = fc.array(line, { minLength: 1, maxLength: 8 }).map((ls) => ls.join('\n'));

/** FAST_PARSE_RUNS=300000 searches far harder than the default; a failure prints the text to add here. */
const runs = Number(process.env.FAST_PARSE_RUNS ?? 1500);
// A time limit, not a timing: generous, so that a loaded machine (a CI runner shared with other jobs) does not fail a
// property that holds (hit once at load 20 on two cores, session 15).
const timeout = Math.max(120_000, runs * 3);

describe('fast path: answers only where the full parser agrees', () => {
  it.each(groups)('every example and fixture file: %s', (_, group) => {
    for (const f of group) expect(agrees(f.text), f.path).toBe(true);
  });

  it('the groups hold every file once', () => {
    expect(groups.flatMap(([, g]) => g.map((f) => f.path))).toEqual(files.map((f) => f.path));
    expect(files.length).toBeGreaterThan(10_000);
  });

  it.each([
    // Found by the properties below: each once made the two parsers disagree.
    '----\n',
    '- "...\n"',
    "(: '\n'-: ",
    '(: []#\n-: ',
    '\n- - \n- ',
    "A ': '\n('$: ",
    '(: "\\\n: "',
    'j: >+\n\n ',
    'a: 0b101',
    'null: a',
    'a: [\n1,\n2\n]',
    '- [{a: 1}: b]',
    '  - # c\n- x',
    '(: [#]\n]A: \n): ',
    '  k: |2\n     \n   # c',
  ])('a case that once disagreed: %j', (text) => {
    expect(agrees(text)).toBe(true);
  });

  it('the example registry takes the fast path (otherwise it is no faster)', () => {
    const fast = yamlFiles(EXAMPLE).filter((p) => parseFast(readFileSync(p, 'utf8').replace(/^\ufeff/, '')) !== undefined);
    expect(fast.length).toBe(yamlFiles(EXAMPLE).length);
  });

  it('keeps values JSON cannot carry (NaN, infinity, -0), and otherwise the same data as a flat copy', () => {
    const odd = parseFast('a: .nan\nb: -.inf\nc: -0\nd: [1, x]\n');
    expect(odd?.data).toEqual({ a: NaN, b: -Infinity, c: -0, d: [1, 'x'] });
    expect(Object.is((odd?.data as { c: number }).c, -0)).toBe(true);
    const text = 'id: a\ntitle:\n  nb: Tittel – med tankestrek\nn: 10\nlist:\n  - x\n  - y: true\n';
    expect(parseFast(text)?.data).toStrictEqual(parseYaml(text).data);
  });

  it('random edits of real files', { timeout }, () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 5 })).map(([text, edits]) => apply(text, edits)),
        agrees,
      ),
      { numRuns: runs },
    );
  });

  it('small documents made of YAML tokens', { timeout }, () => {
    fc.assert(fc.property(tiny, agrees), { numRuns: runs * 2 });
  });

  it('block documents: indentation, indicators and scalars', { timeout }, () => {
    fc.assert(fc.property(block, agrees), { numRuns: runs * 2 });
  });

  it('key: value lines with any scalar text', { timeout }, () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 12 })), { minLength: 1, maxLength: 4 })
          .map((pairs) => pairs.map(([k, v]) => `${k}: ${v}`).join('\n')),
        agrees,
      ),
      { numRuns: runs },
    );
  });
});

/** Every pointer into the data, and one step past each (a missing key, an index too far, a step into a scalar). */
function pointers(data: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, segs: (string | number)[]): void => {
    const p = toPointer(...segs);
    out.push(p);
    if (Array.isArray(v)) {
      v.forEach((x, i) => walk(x, [...segs, i]));
      out.push(`${p}/${v.length}`, `${p}/x`);
    } else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], [...segs, k]);
      out.push(`${p}/missing~1key`, `${p}/0`);
    } else out.push(`${p}/0`, `${p}/x`);
  };
  walk(data, []);
  return out;
}

/**
 * A file the fast path read is located from its text (plain-locate.ts), without a document. Every
 * pointer, existing or not, value or key, must give the range the composed document gives.
 */
function locatesAlike(text: string): boolean {
  const fast = parseFast(text);
  if (!fast) return true;
  const full = parseYaml(text);
  const composed = new SourceFile('/r/a.yaml', 'activity', text, full.data, full.doc, full.lineCounter);
  // A file keeps what locating read of it: pointers in the file's order and in reverse must not differ.
  const all = pointers(fast.data);
  for (const order of [all, [...all].reverse()]) {
    const plain = SourceFile.plain('/r/a.yaml', 'activity', text, fast.data);
    for (const p of order) {
      for (const target of ['value', 'key'] as const) {
        if (!isDeepStrictEqual(plain.locate(p, target), composed.locate(p, target))) {
          throw new Error(`${p} (${target}): ${JSON.stringify(plain.locate(p, target))} ≠ ${JSON.stringify(composed.locate(p, target))}`);
        }
      }
    }
  }
  return true;
}

/** Each case composes a document and locates every pointer twice: a third of the runs above. */
const locateRuns = Math.ceil(runs / 3);
const locateTimeout = Math.max(60_000, locateRuns * 30);

describe('positions of a fast-path file: read from its text, as the composed document gives them', () => {
  // In parts of 150 files, each under its own time limit: the corpus grows every session (one test over all of it took
  // 52 s on a loaded machine, near vitest's limit).
  const parts = Array.from({ length: Math.ceil(texts.length / 150) }, (_, i) => texts.slice(i * 150, (i + 1) * 150));
  it.each(parts.map((part, i) => [i + 1, parts.length, part] as const))(
    'every pointer of every example, fixture and corpus file (part %i of %i)',
    (_i, _n, part) => {
      for (const t of part) expect(locatesAlike(t), t.slice(0, 200)).toBe(true);
    },
  );

  it('the example registry is located without composing a document (otherwise it is no faster)', () => {
    for (const p of yamlFiles(EXAMPLE)) {
      const text = readFileSync(p, 'utf8');
      const fast = parseFast(text);
      for (const ptr of pointers(fast?.data)) expect(plainPath(text, parsePointer(ptr)), `${p} ${ptr}`).toBeDefined();
    }
  });

  it.each([
    // Shapes the reader must get right: found by hand, and by the properties below.
    'a: |\n  x\n  y\n\n\nb: 1\n',
    'a: |-\n  x\n\n  y\n  \nb: 1\n',
    'a: >+\n  x\n\n',
    'a: >+\n  x\n\n   \nb: 2',
    'a: | # c\n  x\nb: 1',
    'a: |\n  x',
    'a: |\nb: 1\n',
    'a:\n  - x\n  -   y  # c\nb:\n  c: plain\n    more  \n\n    lines # cm\n  d: "q" # c\n',
    "a:\n- x\n- y\nb: \nc:   # hello\n  # x\nd: [a, 'b' ]\ne: {f: 1}\n",
    '- a: 1\n  b:\n    - c\n-  d: e\n- - f\n  - g\n',
    '# c\n\n  a: 1\n  b:\n  c: x\r\n  d: y \r\n',
    "\"q\": 1\n'r''s': 2\nt  : 3\n",
    'a:\n  x\n y\n',
  ])('a shape: %j', (text) => {
    expect(parseFast(text)).toBeDefined();
    expect(locatesAlike(text)).toBe(true);
  });

  it('random edits of real files', { timeout: locateTimeout }, () => {
    fc.assert(
      fc.property(
        fc.tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 5 })).map(([text, edits]) => apply(text, edits)),
        locatesAlike,
      ),
      { numRuns: locateRuns },
    );
  });

  it('block documents: indentation, indicators and scalars', { timeout: locateTimeout }, () => {
    fc.assert(fc.property(block, locatesAlike), { numRuns: locateRuns * 2 });
  });

  it('small documents made of YAML tokens', { timeout: locateTimeout }, () => {
    fc.assert(fc.property(tiny, locatesAlike), { numRuns: locateRuns * 2 });
  });
});
