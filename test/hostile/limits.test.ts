import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Node } from 'yaml';
import { FIXTURES } from '../helpers/cli.js';
import { LIMITS, parseYaml, yamlLib } from '../../src/parse/yaml.js';
import { simplify } from '../../src/validate/schema.js';
import { SUGGEST_BUDGET, SuggestIndex, suggest, suggestBudget } from '../../src/util/suggest.js';
import { hostileRun, scratch, STACK_FRAME } from './run.js';

/**
 * Hostile sizes are answered in time proportional to the file: work is measured here by counting
 * it (comparisons, cells of a table), never by a clock. The time itself is the benchmark's business.
 */
const { copy } = scratch();

/** The payroll activity of a copied fixture registry with `categories` as its data categories, written as a flow list. */
function payrollCategories(dir: string, categories: readonly string[]): void {
  const payroll = join(dir, 'activities', 'payroll.yaml');
  writeFileSync(payroll, readFileSync(payroll, 'utf8').replace('dataCategories: [contact-details]', `dataCategories: [${categories.join(', ')}]`));
}

/** `ropa validate -f json` on `dir`, which must fail cleanly (exit 1, no stack trace): its problems. */
function validateJson(dir: string, ...args: string[]): { rule: string; line: number; file: string; message: string }[] {
  const r = hostileRun(['validate', dir, '-f', 'json', ...args]);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.code).toBe(1);
  return (JSON.parse(r.stdout) as { problems: { rule: string; line: number; file: string; message: string }[] }).problems;
}

describe('duplicate keys are found with a hash set, not by comparing every pair', () => {
  const lib = yamlLib();
  const original = lib.parseAllDocuments;
  afterEach(() => {
    lib.parseAllDocuments = original;
  });

  /** Counts the key comparisons the `yaml` library makes, by standing in for its check with the same one that counts. */
  function counting(): { comparisons: number } {
    const counter = { comparisons: 0 };
    const { isScalar } = lib;
    lib.parseAllDocuments = ((text: string, options?: Record<string, unknown>) =>
      original(
        text,
        options?.uniqueKeys === true
          ? {
              ...options,
              uniqueKeys: (a: Node, b: Node) => {
                counter.comparisons++;
                return a === b || (isScalar(a) && isScalar(b) && a.value === b.value);
              },
            }
          : options,
      )) as typeof original;
    return counter;
  }

  it('5,000 keys: no more key comparisons than keys, and the duplicate is located', () => {
    const counter = counting();
    const keys = Array.from({ length: 5000 }, (_, i) => `key${i}: ${i}`);
    const r = parseYaml([...keys, 'key17: again'].join('\n') + '\n');
    expect(r.problems.map((p) => [p.rule, p.args.key, r.lineCounter.linePos(p.start)])).toEqual([['duplicate-key', 'key17', { line: 5001, col: 1 }]]);
    expect(counter.comparisons).toBeLessThanOrEqual(5000);
  });

  it('the same keys as the library compares them: 1 and "1" differ, ~ and null do not, nested maps apart', () => {
    const dup = (text: string): string[] =>
      parseYaml(text)
        .problems.filter((p) => p.rule === 'duplicate-key')
        .map((p) => String(p.args.key));
    expect(dup('1: a\n"1": b\n')).toEqual([]);
    expect(dup('~: a\nnull: b\n')).toEqual(['null']);
    expect(dup('a:\n  x: 1\nb:\n  x: 2\n')).toEqual([]);
    expect(dup('a:\n  x: 1\n  "x": 2\n')).toEqual(['"x"']);
  });

  it('an activity of 99,000 empty keys is refused, with the place it became too large', () => {
    const dir = copy(join(FIXTURES, 'validate', 'minimal'));
    writeFileSync(join(dir, 'activities', 'big.yaml'), Array.from({ length: 99_000 }, (_, i) => `k${i}:`).join('\n') + '\n');
    const r = hostileRun(['validate', dir, '-f', 'json']);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.code).toBe(1);
    const problems = (JSON.parse(r.stdout) as { problems: { rule: string; file: string; line: number; message: string }[] }).problems;
    expect(problems.map((p) => [p.rule, p.file.split('/').pop()])).toEqual([['file-too-large', 'big.yaml']]);
    expect(problems[0]!.line).toBeGreaterThan(1);
    expect(problems[0]!.message).toBe('The file has more than 50000 values; it is refused.');
  });
});

describe('an alias without its anchor is found in one walk of the file', () => {
  const lib = yamlLib();
  const original = lib.Alias.prototype.resolve;
  afterEach(() => {
    lib.Alias.prototype.resolve = original;
  });

  const unknown = (text: string): [unknown, { line: number; col: number }][] => {
    const r = parseYaml(text);
    return r.problems.filter((p) => p.messageId === 'validate.unknown-alias').map((p) => [p.args.name, r.lineCounter.linePos(p.start)]);
  };

  it('5,000 aliases: the library does not walk the whole file for each of them', () => {
    // `Alias.resolve` walks the whole document each time it is called without a cache: 5,000 of them were minutes.
    let resolved = 0;
    lib.Alias.prototype.resolve = function (this: InstanceType<typeof lib.Alias>, ...args: Parameters<typeof original>) {
      resolved++;
      return original.apply(this, args);
    };
    const text = `a: &a x\nb: [${Array.from({ length: 5000 }, (_, i) => (i === 4321 ? '*b' : '*a')).join(', ')}]\n`;
    expect(unknown(text)).toEqual([['b', { line: 2, col: 5 + 4321 * 4 }]]);
    expect(resolved).toBe(0);
  });

  it('aliases count as values: a flow sequence of 60,000 is refused at the limit, not answered with a finding each', () => {
    const r = parseYaml(`a: &a x\nb: [${Array.from({ length: 60_000 }, () => '*b').join(', ')}]\n`);
    expect(r.problems.map((p) => [p.rule, p.args.max])).toEqual([['file-too-large', LIMITS.maxNodes]]);
  });

  it('the anchors the library finds: before the alias, on a key or an enclosing node; not after it', () => {
    expect(unknown('a: *x\nb: &x 1\n')).toEqual([['x', { line: 1, col: 4 }]]);
    expect(unknown('&k a: 1\nb: *k\n')).toEqual([]);
    expect(unknown('a: &x\n  b: 1\nc: *x\nd: [*y, &y 2, *y]\n')).toEqual([['y', { line: 4, col: 5 }]]);
  });
});

describe('"did you mean" is indexed and has a budget', () => {
  const ids = Array.from({ length: 4000 }, (_, i) => `category-${String(i).padStart(4, '0')}-${(i * 7919).toString(36)}`);
  const unknown = ids.map((id) => id.replace('category', 'kategori'));

  it('4,000 unknown references against 4,000 ids spend no more than the budget, and the first ones still get a hint', () => {
    const budget = suggestBudget();
    const index = new SuggestIndex(ids);
    const hints = unknown.map((w) => index.suggest(w, budget));
    // The budget is checked before each comparison, which then finishes: one table over at most.
    const longest = Math.max(...ids.map((id) => id.length)) + 1;
    expect(SUGGEST_BUDGET - budget.cells).toBeLessThanOrEqual(SUGGEST_BUDGET + longest * longest);
    expect(hints[0]).toBe(ids[0]);
    expect(hints.filter((h) => h !== undefined).length).toBeGreaterThan(0);
  });

  it('gives what the plain comparison gives: the closest, ties by code point, none past a third of the word', () => {
    expect(suggest('employes', ['employees', 'employers', 'visitors'])).toBe('employees');
    expect(suggest('adress', ['address', 'adresse'])).toBe('address');
    expect(suggest('xyz', ['address'])).toBeUndefined();
    expect(suggest('contcat-details', ['contact-details', 'bank-details'])).toBe('contact-details');
    expect(suggest('NAME', ['name'])).toBe('name');
  });

  it('a registry with 4,000 unknown references against 4,000 catalogue ids is answered: the first 200 located, then how many more', () => {
    const dir = copy(join(FIXTURES, 'e2e', 'before'));
    const catalogue = join(dir, 'catalogues', 'catalogue.yaml');
    writeFileSync(
      catalogue,
      readFileSync(catalogue, 'utf8').replace(
        'dataCategories:\n',
        `dataCategories:\n${ids.map((id) => `  ${id}:\n    name: {nb: ${id}, en: ${id}}\n`).join('')}`,
      ),
    );
    payrollCategories(dir, ['contact-details', ...unknown]);
    const problems = validateJson(dir).filter((p) => p.file.endsWith('payroll.yaml'));
    expect(problems.filter((p) => p.rule === 'unresolved-reference')).toHaveLength(200);
    expect(problems.at(-1)!.rule).toBe('too-many-problems');
  });
});

describe('a file of many wrong values', () => {
  it("ajv's errors are sorted out in steps proportional to their number, not its square", () => {
    // 2,000 values of the wrong type where codes are expected, as ajv reports them (a type and an enum error each).
    const errors = Array.from({ length: 2000 }, (_, i) => [
      { instancePath: `/dataCategories/${i}`, schemaPath: '#/type', keyword: 'type', params: { type: 'string' } },
      { instancePath: `/dataCategories/${i}`, schemaPath: '#/enum', keyword: 'enum', params: { allowedValues: ['a'] } },
    ]).flat();
    let reads = 0;
    const counted = errors.map(
      (e) =>
        new Proxy(e, {
          get(target, key, receiver) {
            reads++;
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
    );
    const kept = simplify(counted as unknown as Parameters<typeof simplify>[0]);
    expect(kept.map((e) => e.keyword)).toEqual(Array.from({ length: 2000 }, () => 'enum'));
    expect(reads).toBeLessThan(30 * errors.length);
  });

  it('gets at most 200 problems and then one that says how many more there are', () => {
    const dir = copy(join(FIXTURES, 'validate', 'minimal'));
    payrollCategories(
      dir,
      Array.from({ length: 5000 }, (_, i) => String(i)),
    );
    const problems = validateJson(dir, '--lang', 'en');
    expect(problems.filter((p) => p.rule === 'schema')).toHaveLength(200);
    const more = problems.filter((p) => p.rule === 'too-many-problems');
    expect(more).toHaveLength(1);
    expect(more[0]!.message).toMatch(/^More than 200 problems of the kind schema in this file: 4800 more are not shown\./);
  });
});
