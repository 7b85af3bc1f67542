import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { FIXTURES } from '../helpers/cli.js';
import { markers } from '../helpers/markers.js';

/**
 * Each folder under test/fixtures/validate is a registry with planted problems. A problem is expected
 * where a line says `# expect: rule@column` (several separated by commas; the column is optional),
 * or, for files that cannot carry a comment, in the folder's expect.json.
 */
interface Expected {
  file: string;
  line: number;
  column?: number;
  rule: string;
}

function expectations(dir: string): Expected[] {
  const json = join(dir, 'expect.json');
  if (existsSync(json)) return JSON.parse(readFileSync(json, 'utf8')) as Expected[];
  return markers(dir).map(({ file, line, item }) => {
    const [rule, column] = item.split('@');
    return { file, line, rule: rule!, ...(column ? { column: Number(column) } : {}) };
  });
}

const root = join(FIXTURES, 'validate');
const cases = readdirSync(root).filter((n) => statSync(join(root, n)).isDirectory());

describe('validate fixtures: every planted problem is reported where it is, and nothing else', () => {
  it.each(cases)('%s', (name) => {
    const dir = join(root, name);
    const { findings } = validateRegistry(dir);
    const expected = expectations(dir);
    const actual = findings.map((f) => {
      const e = expected.find((x) => x.file === relative(dir, f.file) && x.line === f.range?.line && x.rule === f.rule);
      return { file: relative(dir, f.file), line: f.range?.line, rule: f.rule, ...(e?.column !== undefined ? { column: f.range?.column } : {}) };
    });
    const sort = (a: { file: string; line?: number | undefined; rule: string }, b: { file: string; line?: number | undefined; rule: string }): number =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.rule.localeCompare(b.rule);
    expect(actual.sort(sort)).toEqual([...expected].sort(sort));
  });

  it('the minimal registry is clean', () => {
    expect(validateRegistry(join(root, 'minimal')).findings).toEqual([]);
  });
});
