import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDiscovered } from '../../src/validate/index.js';
import { discover } from '../../src/load/discover.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { t } from '../../src/i18n/index.js';
import { FIXTURES } from '../helpers/cli.js';

const rulesDir = join(FIXTURES, 'gaps/rules');
const dir = join(rulesDir, 'renamed-body/names');

/** The renamed-body findings of the names fixture (it shares the rules' organisation file). */
function findings() {
  const found = discover(dir);
  const { registry } = validateDiscovered(dir, {
    ...found,
    files: [{ path: join(dir, 'organisation.yaml'), kind: 'organisation', bytes: readFileSync(join(rulesDir, 'organisation.yaml')) }, ...found.files],
    problems: found.problems.filter((p) => p.rule !== 'missing-organisation'),
  });
  return runGaps(
    registry,
    GAP_RULES.filter((r) => r.meta.id === 'renamed-body'),
    { today: '2026-06-01' },
  ).findings;
}

describe('renamed-body: the names it prints', () => {
  it('prints a body name only, no words of a language built in code (nb and nn messages stay nb and nn)', () => {
    const all = findings();
    const kmd = all.find((f) => f.args.former === 'Kommunal- og moderniseringsdepartementet (KMD)');
    expect(kmd?.args.current).toBe('Kommunal- og distriktsdepartementet (KDD)');
    for (const f of all) expect(String(f.args.current), f.messageId).not.toMatch(/(?<![\p{L}])(?:or|what|moved|there|which)(?![\p{L}])/u);
    expect(t('nb', kmd!.messageId, kmd!.args)).toContain('har hett Kommunal- og distriktsdepartementet (KDD) siden');
  });
});
