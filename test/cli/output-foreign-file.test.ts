import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ropa, tempDir } from '../helpers/cli.js';

/**
 * Session 41: `-o` onto a file that is there already and holds something else than the output asked for. Session 38 a
 * test run as root wrote `ropa gaps -o /etc/passwd` over the machine's password file; `ropa report -f xlsx -o
 * notes.docx` replaced a document. A file is replaced only when its name ends as the format's files do (a run writing
 * its own output again), when it is empty (`mktemp`), or with `--force`; a new name is always written.
 */
const MINIMAL = join(FIXTURES, 'validate', 'minimal');
const tmp = tempDir();
afterAll(() => tmp.cleanup());
const folder = (name: string): string => {
  const dir = join(tmp.dir, name);
  mkdirSync(dir);
  return dir;
};
const TRACE = /^\s+at .+(\(|:\d+)/m;

/** Each command with -o, a format of it, a name of that format's files and one that is not. */
const CASES: [string, string[], string, string][] = [
  ['validate', ['validate', MINIMAL, '-f', 'json'], 'out.json', 'passwd'],
  ['gaps (text)', ['gaps', MINIMAL, '--today', '2026-12-04'], 'gaps.txt', 'notes.md'],
  ['gaps (sarif)', ['gaps', MINIMAL, '--today', '2026-12-04', '-f', 'sarif'], 'ropa.sarif', 'ropa.yaml'],
  ['notice (html)', ['notice', MINIMAL, '--draft', '-f', 'html'], 'notice.html', 'notice.md'],
  ['report (xlsx)', ['report', MINIMAL, '-f', 'xlsx'], 'record.XLSX', 'record.docx'],
  ['report (csv)', ['report', MINIMAL, '-f', 'csv'], 'record.csv', '.bashrc'],
  ['list', ['list', MINIMAL], 'list.txt', 'list.yaml'],
  ['diff (json)', ['diff', '--base-dir', MINIMAL, '--head-dir', MINIMAL, '-f', 'json'], 'diff.json', 'diff.txt'],
  ['schema', ['schema', 'activity'], 'activity.schema.json', 'activity.yaml'],
];
const KEEP = 'someone’s work, not ropa’s output\n';

describe.each(CASES)('ropa %s -o onto a file that is there', (name, args, own, foreign) => {
  const dir = folder(name.replace(/\W+/g, '-'));

  it(`${foreign}: another kind of file is kept, exit 2, one sentence, nothing written`, () => {
    const path = join(dir, foreign);
    writeFileSync(path, KEEP);
    const r = ropa([...args, '-o', path, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^ropa: will not replace the existing file .+: its name does not end in \.[a-z]+.*use --force to replace it\)\n$/);
    expect(r.stderr).not.toMatch(TRACE);
    expect(readFileSync(path, 'utf8')).toBe(KEEP);
  });

  it(`${foreign} with --force: replaced`, () => {
    const path = join(dir, `forced-${foreign}`);
    writeFileSync(path, KEEP);
    const r = ropa([...args, '-o', path, '--force']);
    expect([0, 1]).toContain(r.code);
    expect(readFileSync(path, 'utf8')).not.toBe(KEEP);
  });

  it(`${own}: the format's own file is written again, byte for byte the same`, () => {
    const path = join(dir, own);
    expect([0, 1]).toContain(ropa([...args, '-o', path]).code);
    const first = readFileSync(path);
    expect(first.length).toBeGreaterThan(0);
    expect([0, 1]).toContain(ropa([...args, '-o', path]).code);
    expect(readFileSync(path).equals(first)).toBe(true);
  });
});

describe('what is not a foreign file', () => {
  const dir = folder('not-foreign');

  it('an empty file (mktemp) is written', () => {
    const path = join(dir, 'tmp.X3k9a');
    writeFileSync(path, '');
    const r = ropa(['gaps', MINIMAL, '--today', '2026-12-04', '-f', 'json', '-o', path]);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toHaveProperty('findings');
  });

  it('a link named for the format is replaced by the file; what it pointed at is kept', () => {
    const target = join(dir, 'passwd');
    writeFileSync(target, KEEP);
    const link = join(dir, 'gaps.json');
    symlinkSync(target, link);
    expect([0, 1]).toContain(ropa(['gaps', MINIMAL, '--today', '2026-12-04', '-f', 'json', '-o', link]).code);
    expect(readFileSync(target, 'utf8')).toBe(KEEP);
    expect(JSON.parse(readFileSync(link, 'utf8'))).toHaveProperty('findings');
  });

  it('the message is in the language asked for', () => {
    const path = join(dir, 'notes.docx');
    writeFileSync(path, KEEP);
    // Messages follow --lang (the report's --lang is the document's: its messages follow ROPA_LANG).
    const nb = ropa(['gaps', MINIMAL, '-f', 'json', '-o', path, '--lang', 'nb']);
    expect(nb.code).toBe(2);
    expect(nb.stderr).toContain('erstatter ikke den eksisterende fila');
    const nn = ropa(['gaps', MINIMAL, '-f', 'json', '-o', path, '--lang', 'nn']);
    expect(nn.stderr).toContain('erstattar ikkje den eksisterande fila');
    expect(readFileSync(path, 'utf8')).toBe(KEEP);
  });
});
