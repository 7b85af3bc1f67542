import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { FIXTURES } from '../helpers/cli.js';

/**
 * An act repealed on a date after the rules test's fixed day (1 June 2026): viltloven (LOV-1981-05-29-38), repealed from
 * 1 July 2026 by viltressursloven (LOV-2025-06-20-102) § 61 («Fra samme tid oppheves lov 29. mai 1981 nr. 38 om jakt og
 * fangst av vilt»; Lovdata's note: «Fra 1. juli 2026 iflg. res. 20 juni 2025 nr. 1105»). Before that day the finding
 * must not fire on the old act, and a record citing the new act is told it is not yet in force; from that day the old act
 * is reported as replaced and the new one is quiet.
 */
const dir = join(FIXTURES, 'gaps/rules/repealed-law');
const rule = GAP_RULES.filter((r) => r.meta.id === 'repealed-law');
const on = (today: string) =>
  runGaps(validateRegistry(dir).registry, rule, { today })
    .findings.filter((f) => f.activity === 'wildlife-2026')
    .map((f) => `${f.messageId} ${f.range?.line ?? 0}`);

describe('repealed-law: viltloven replaced by viltressursloven from 1 July 2026', () => {
  it('the day before: viltloven is in force, viltressursloven is not', () => {
    expect(on('2026-06-30')).toEqual(['gaps.repealed-law.not-in-force 21']);
  });
  it('from that day: viltloven is replaced, viltressursloven is quiet', () => {
    expect(on('2026-07-01')).toEqual(['gaps.repealed-law.replaced 14']);
  });
});
