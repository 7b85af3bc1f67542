import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';

/**
 * One edit on a copy of a corpus set's clean base, and the message ids one rule reports on one activity of the whole
 * registry (session 46, W6: variants-forvaltning's class fixes). `find` must occur in the file; the copy must validate.
 */
export function editedBase(
  base: string,
  prefix: string,
  today: string,
): (file: string, find: string, replace: string, rule: string, activity: string) => string[] {
  const scratch = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  let n = 0;
  return (file, find, replace, rule, activity) => {
    const dir = join(scratch, String(n++));
    cpSync(base, dir, { recursive: true });
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).toContain(find);
    writeFileSync(
      join(dir, file),
      text.replace(find, () => replace),
    );
    const { registry, findings } = validateRegistry(dir);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    return runGaps(registry, GAP_RULES, { today })
      .findings.filter((f) => f.rule === rule && f.activity === activity)
      .map((f) => f.messageId);
  };
}
