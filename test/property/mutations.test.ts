import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isPair, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { EXAMPLE, FIXTURES } from '../helpers/cli.js';
import { run } from '../../src/cli.js';
import { Writable } from 'node:stream';
import { HOSTILE, formatOf, injections, outputRuns, outputs, runArgs, xlsxText } from '../hostile/outputs.js';
import { STACK_FRAME } from '../hostile/run.js';

/**
 * Random changes to valid registries (values, keys, types, hostile text, broken YAML) never crash
 * any command this build has, and never make it print anything un-escaped. The commands run in
 * this process (through the CLI's own `run`), so that many registries can be tried quickly.
 * PROPERTY_RUNS multiplies the number of registries tried.
 */
const work = mkdtempSync(join(tmpdir(), 'ropa-property-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const scale = Number(process.env.PROPERTY_RUNS ?? 1);

/** A command line run in this process (through the CLI's own `run`), with what it wrote and its exit code. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const sink = (chunks: Buffer[]): Writable =>
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const code = await run(['node', 'ropa', ...args], {
    cwd: process.cwd(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1' },
    stdout: sink(out),
    stderr: sink(err),
    verbose: false,
  });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

// ---------------------------------------------------------------------------------------------
// Changes

const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', '<b>x</b>', '=1+1', '', ' ', 'nb', 'id', '\u001b[2J', 'a\nb'];

const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 2, arbitrary: fc.string({ maxLength: 30, unit: 'binary' }) },
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('', ' ', 'x'.repeat(25_000), '2025-02-30', 'A6-1-x', 'NO', '971526920', '971526921', 'P5Y', 'Pfoo', 'https://x', 'not an email'),
    { weight: 1, arbitrary: fc.array(tie('any'), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...HOSTILE_KEYS, 'nb', 'en', 'law', 'id'), tie('any'), { maxKeys: 3 }) },
  ),
})).any;

type Change =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'add-key'; at: number; key: string; value: unknown }
  | { kind: 'rename-key'; at: number; key: string }
  | { kind: 'text'; at: number; insert: string };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add-key' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })), value }),
  fc.record({ kind: fc.constant('rename-key' as const), at: fc.nat(), key: fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 8 })) }),
  fc.record({
    kind: fc.constant('text' as const),
    at: fc.nat(),
    insert: fc.constantFrom(': ', '- ', '\n', '\t', '"', "'", '[', '{', '&a ', '*a', '!!binary ', '---\n', '#', '  ', '\u0000', '\ufeff'),
  }),
);

/** Every place in a document a change can go: the paths of its collections and values. */
function paths(doc: Document): (string | number)[][] {
  const out: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    out.push(path);
    if (isMap(node)) for (const p of node.items) if (isPair(p) && isScalar(p.key)) walk(p.value, [...path, String(p.key.value)]);
    if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
  };
  walk(doc.contents, []);
  return out;
}

function apply(text: string, c: Change): string {
  if (c.kind === 'text') {
    const at = c.at % (text.length + 1);
    return text.slice(0, at) + c.insert + text.slice(at);
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return text;
  const all = paths(doc);
  const path = all[c.at % all.length]!;
  const parent = path.slice(0, -1);
  const last = path[path.length - 1];
  if (c.kind === 'set') {
    if (path.length === 0) doc.contents = doc.createNode(c.value) as typeof doc.contents;
    else doc.setIn(path, doc.createNode(c.value));
  } else if (c.kind === 'delete' && path.length > 0) doc.deleteIn(path);
  else if (c.kind === 'add-key') {
    const target = doc.getIn(path, true);
    if (isMap(target)) target.set(doc.createNode(c.key), doc.createNode(c.value));
  } else if (c.kind === 'rename-key' && typeof last === 'string') {
    const v = doc.getIn(path, true);
    doc.deleteIn(path);
    const target = parent.length === 0 ? doc.contents : doc.getIn(parent, true);
    if (isMap(target)) target.set(doc.createNode(c.key), v);
  }
  return doc.toString();
}

function registryFiles(dir: string): string[] {
  return [
    'organisation.yaml',
    ...['activities', 'catalogues'].flatMap((d) => (existsSync(join(dir, d)) ? readdirSync(join(dir, d)).map((n) => join(d, n)) : [])),
  ];
}

// ---------------------------------------------------------------------------------------------

const outs = outputs();
// Each command reads a registry once and writes all its formats (one run per command and language).
const commandRuns = outputRuns();

describe.each([
  ['the minimal registry', join(FIXTURES, 'validate', 'minimal'), 'payroll', 40],
  ['the example registry', EXAMPLE, 'employees-payroll', 12],
])('random changes to %s', (_, src, id, runs) => {
  const files = registryFiles(src);
  let n = 0;

  it(`never crash, and keep output inert, in: ${outs.map((o) => `${o.command} ${o.format}`.trim()).join(', ')}`, { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), change), { minLength: 1, maxLength: 4 }), async (changes) => {
        const dir = join(work, `r${n++}`);
        cpSync(src, dir, { recursive: true });
        for (const [f, c] of changes) {
          const file = join(dir, files[f % files.length]!);
          writeFileSync(file, apply(readFileSync(file, 'utf8'), c));
        }
        for (const run of commandRuns) {
          const file = (o: (typeof outs)[number]): string => join(work, `${n}.${o.command}.${o.lang ?? ''}.${formatOf(o)}`);
          const r = await cli(runArgs(run.outputs, { dir, base: src, id }, file));
          const where = `${run.command} ${run.lang ?? ''} on ${dir}`;
          expect(r.stderr, where).not.toMatch(STACK_FRAME);
          expect(r.stderr, where).not.toMatch(/internal error/);
          if (r.code === 2) expect(r.stderr, where).toMatch(/^ropa: /);
          else expect([0, 1], where).toContain(r.code);
          expect(r.stdout, where).toBe('');
          expect(injections('stylish', r.stderr), where).toEqual([]);
          for (const o of run.outputs) {
            const out = file(o);
            const text = !existsSync(out) ? '' : formatOf(o) === 'xlsx' ? await xlsxText(out) : readFileSync(out, 'utf8');
            expect(injections(formatOf(o), text), `${o.command} ${o.format} on ${dir}`).toEqual([]);
            rmSync(out, { force: true });
          }
        }
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: Math.round(runs * scale) },
    );
  });
});
