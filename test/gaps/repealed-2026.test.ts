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
  it('the day before: viltloven is in force (told ahead that it will be replaced), viltressursloven is not', () => {
    expect(on('2026-06-30')).toEqual(['gaps.repealed-law.replaced-ahead 15', 'gaps.repealed-law.not-in-force 22']);
  });
  it('from that day: viltloven is replaced, viltressursloven is quiet', () => {
    expect(on('2026-07-01')).toEqual(['gaps.repealed-law.replaced 15']);
  });
});

/**
 * A repeal day fixed ahead (V4, session 31, issue #12): a record citing the law is told six months before, as an info, that
 * it will be replaced and by what; not earlier, and not where the day is left to the King (no `repealed` day: the
 * successor is `notInForce`, as inkassoloven 2026).
 */
describe('repealed-law: told ahead of a fixed repeal day', () => {
  const all = (today: string, activity: string) => runGaps(validateRegistry(dir).registry, rule, { today }).findings.filter((f) => f.activity === activity);
  it('six months before the day, not a day earlier', () => {
    expect(on('2025-12-31')).toEqual(['gaps.repealed-law.not-in-force 22']);
    expect(on('2026-01-01')).toEqual(['gaps.repealed-law.replaced-ahead 15', 'gaps.repealed-law.not-in-force 22']);
  });
  it('names the successor and the day, as an info', () => {
    const [f] = all('2026-06-01', 'fails-acts-replaced-2024-2026').filter((x) => x.messageId === 'gaps.repealed-law.replaced-ahead');
    expect(f?.severity).toBe('info');
    expect(f?.args).toEqual({ law: 'LOV-2009-06-19-101', date: '2026-07-01', successor: 'LOV-2025-06-20-107', successorName: 'mineralloven' });
  });
  it('says nothing ahead of a repeal left to the King', () => {
    expect(all('2026-06-01', 'fails-not-in-force').map((f) => f.messageId)).not.toContain('gaps.repealed-law.replaced-ahead');
  });
});
