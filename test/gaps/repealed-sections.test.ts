import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { FIXTURES } from '../helpers/cli.js';

/**
 * A section repealed on a date after the rules test's fixed day (1 June 2026): helsepersonelloven §§ 21 a, 25 a, 25 b,
 * 45 and 45 a, spesialisthelsetjenesteloven § 3-2 and helse- og omsorgstjenesteloven § 5-10, repealed from 1 July 2026
 * by lov 23. januar 2026 nr. 1 (helsepersonelloven §§ 21 to 29 rewritten and § 29 b added stay in force). The rule
 * fixture's activity
 * `health-sections-2026` is quiet on 1 June 2026 (test/rules) and reported from 1 July 2026, once per repealed section.
 */
const dir = join(FIXTURES, 'gaps/rules/repealed-law');
const rule = GAP_RULES.filter((r) => r.meta.id === 'repealed-law');
const on = (today: string) =>
  runGaps(validateRegistry(dir).registry, rule, { today })
    .findings.filter((f) => f.activity === 'health-sections-2026')
    .map((f) => `${f.messageId} ${f.range?.line ?? 0}`);

describe('repealed-law: helsepersonelloven sections repealed from 1 July 2026', () => {
  it('says nothing the day before', () => {
    expect(on('2026-06-30')).toEqual([]);
  });
  it('reports § 45, § 25 a, spesialisthelsetjenesteloven § 3-2 and helse- og omsorgstjenesteloven § 5-10 from that day, not §§ 25 and 39, the rewritten §§ 26 and 29, the new § 29 b or § 3-2 a', () => {
    expect(on('2026-07-01').sort()).toEqual(
      [
        'gaps.repealed-law.section-repealed 16',
        'gaps.repealed-law.section-repealed 23',
        'gaps.repealed-law.section-repealed 37',
        'gaps.repealed-law.section-repealed 39',
      ].sort(),
    );
  });
});
