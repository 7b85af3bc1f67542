import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, FIXTURES } from '../helpers/cli.js';
import { xlsxText } from './outputs.js';
import { hostileRun, scratch } from './run.js';

/**
 * Session 42 (A4): a finding on a line longer than a frame shows is shown as a window around its column; the window
 * was cut by UTF-16 code units, so a line of emoji (or any character outside the Basic Multilingual Plane: Gothic,
 * math letters) lost half a character at a cut, printed as «�».
 */
const { copy, temp } = scratch();

describe('a long line of emoji in a message', () => {
  it('is cut between characters, never inside one: no half of a surrogate pair (shown as «�») at either end of the window', () => {
    for (const pad of ['', 'x']) {
      const dir = copy(join(FIXTURES, 'validate', 'minimal'));
      const file = join(dir, 'activities', 'payroll.yaml');
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('title: {nb: Lønn, en: Payroll}', `title: {nb: Lønn, en: Payroll, fr: "${pad}${'😀'.repeat(300)}", zz: 1}`));
      const r = hostileRun(['validate', dir]);
      expect(r.code).toBe(1);
      const lines = r.stdout.split('\n');
      const at = lines.findIndex((l) => l.includes('Unknown property "zz"'));
      expect(lines[at + 3]).toMatch(/^ {4}> 3 \| …😀+", zz: 1\}$/u);
      expect(r.stdout).not.toMatch(/\uFFFD|\p{Cs}/u);
      // The caret stays under the key.
      expect(lines[at + 4]!.indexOf('^^')).toBe(lines[at + 3]!.indexOf('zz'));
    }
  });

  it('a value cut short in a schema message, and the organisation’s name in the workbook’s page header, keep whole characters', async () => {
    const dir = copy(join(FIXTURES, 'validate', 'minimal'));
    const file = join(dir, 'activities', 'payroll.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: active', `status: "${'😀'.repeat(40)}"`));
    const r = hostileRun(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`"${'😀'.repeat(28)}…"`);
    expect(r.stdout).not.toMatch(/\uFFFD|\p{Cs}/u);

    const org = copy(EXAMPLE);
    const orgFile = join(org, 'organisation.yaml');
    writeFileSync(orgFile, readFileSync(orgFile, 'utf8').replace('  nb: Statistisk sentralbyrå', `  nb: "x${'😀'.repeat(60)}"`));
    const xlsx = join(temp(), 'r.xlsx');
    const w = hostileRun(['report', org, '-f', 'xlsx', '-o', xlsx, '--lang', 'nb']);
    expect(w.code, w.stderr).toBe(0);
    const xml = await xlsxText(xlsx);
    expect(xml).toContain(`x${'😀'.repeat(49)}`);
    expect(xml).not.toMatch(/\uFFFD|\p{Cs}/u);
  });
});
