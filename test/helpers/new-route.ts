import { expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ropa, scratchCopy, tempDir } from './cli.js';

/**
 * What a field `ropa new` writes must survive (common brief, session 42): `ropa report -f xlsx --internal` of the registry,
 * then `ropa import` of that workbook into a new folder; returns the imported activity's data.
 */
export function reportedAndImported(dir: string, id: string): Record<string, unknown> {
  const out = tempDir();
  try {
    const book = join(out.dir, 'report.xlsx');
    expect(ropa(['report', dir, '-f', 'xlsx', '--date', '2026-12-01', '--internal', '-o', book]).code).toBe(0);
    const target = join(out.dir, 'imported');
    const r = ropa(['import', book, target]);
    expect(r.code, r.stderr).toBe(0);
    return parse(readFileSync(join(target, 'activities', `${id}.yaml`), 'utf8')) as Record<string, unknown>;
  } finally {
    out.cleanup();
  }
}

/** The changes `ropa diff` (English, JSON) reports between the registry as it is and after `change` edits it. */
export function diffAfter(dir: string, change: () => void): { id: string; message: string }[] {
  const before = scratchCopy(dir);
  try {
    change();
    const d = ropa(['diff', '--base-dir', before.dir, '--head-dir', dir, '-f', 'json', '--lang', 'en']);
    expect(d.stderr).toBe('');
    return (JSON.parse(d.stdout) as { changes: { id: string; message: string }[] }).changes;
  } finally {
    before.cleanup();
  }
}
