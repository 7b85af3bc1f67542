import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE, ropa } from '../helpers/cli.js';

/**
 * Session 41 (L2): whether people pay for using their rights is a fact organisation.yaml records (`rightsFee`), read by
 * rights-free-of-charge (Art. 12(5), 15(3)) and printed in the notice's rights section. Run through the CLI on the
 * example registry (registry/), with the field added to its organisation.yaml in a copy: a standard fee is an error; none
 * and exceptions-only are silent and told in the notice in the language asked; without the field the record keeps the
 * findings and the notice it has today.
 */
const root = mkdtempSync(join(tmpdir(), 'ropa-s41-l2-rights-fee-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
function registryWith(fee: string | undefined): string {
  const dir = join(root, String(n++));
  cpSync(EXAMPLE, dir, { recursive: true });
  if (fee !== undefined) {
    const file = join(dir, 'organisation.yaml');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace(/^publicAuthority: (true|false)\n/m, (line) => `${line}rightsFee: ${fee}\n`),
    );
  }
  return dir;
}
const feeFindings = (dir: string): { rule: string; severity: string; pointer: string; message: string }[] => {
  const r = ropa(['gaps', dir, '--today', '2026-12-05', '--format', 'json']);
  const out = JSON.parse(r.stdout) as { findings: { rule: string; severity: string; pointer: string; message: string }[] };
  return out.findings.filter((f) => f.rule === 'rights-free-of-charge');
};

describe('rightsFee through the CLI (session 41, L2)', () => {
  it('reports a standard fee for using the rights', () => {
    const found = feeFindings(registryWith('standard'));
    expect(found.map((f) => [f.severity, f.pointer])).toEqual([['error', '/rightsFee']]);
    expect(found[0]!.message).toContain('free of charge (Art. 12(5))');
  });

  it('is silent on none and exceptions-only, and on a record without the field', () => {
    expect(feeFindings(registryWith('none'))).toEqual([]);
    expect(feeFindings(registryWith('exceptions-only'))).toEqual([]);
    expect(feeFindings(registryWith(undefined))).toEqual([]);
  });

  it('tells the reader of the notice that the rights cost nothing, with the exceptions where recorded', () => {
    const none = ropa(['notice', registryWith('none'), '--lang', 'nb', '--draft']);
    expect(none.stdout).toContain('Det koster ingenting å bruke rettighetene dine (personvernforordningen artikkel 12 nr. 5).');
    const exceptions = ropa(['notice', registryWith('exceptions-only'), '--lang', 'nn', '--draft']);
    expect(exceptions.stdout).toContain('Det kostar ingenting å bruke rettane dine. Vi kan berre ta eit rimeleg gebyr');
    const en = ropa(['notice', registryWith('exceptions-only'), '--lang', 'en', '--draft']);
    expect(en.stdout).toContain('only for further copies of your data or for requests that are manifestly unfounded or excessive');
  });

  it('says nothing of a fee in the notice where none is recorded or the fee is unlawful', () => {
    for (const fee of [undefined, 'standard']) {
      const r = ropa(['notice', registryWith(fee), '--lang', 'nb', '--draft']);
      expect(r.stdout).toContain('## ');
      expect(r.stdout).not.toContain('Det koster ingenting');
    }
  });
});
