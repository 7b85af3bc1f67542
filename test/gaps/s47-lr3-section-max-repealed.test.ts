import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { FIXTURES } from '../helpers/cli.js';

/**
 * helseforskningsloven § 38 (REK may have documents kept five years after the final report; longer only by a further
 * decision) was repealed from 1 November 2026 by lov 20. juni 2025 nr. 71 part I (res. 25 sep 2026 nr. 1907, Lovdata's
 * note to the act); its successor § 12 a sets a minimum of five years, not a maximum (LR3, session 47). The rule
 * fixture `fails-section-max` keeps data fifteen years citing § 38 alone: retention-limit warns (`section-max`) the day
 * before the repeal and says nothing from that day, when repealed-law reports the citation of a repealed section instead.
 */
const registry = validateRegistry(join(FIXTURES, 'gaps/rules/retention-limit')).registry;
const on = (id: string, today: string) =>
  runGaps(
    registry,
    GAP_RULES.filter((r) => r.meta.id === id),
    { today },
  )
    .findings.filter((f) => f.activity === 'fails-section-max')
    .map((f) => f.messageId);

describe('helseforskningsloven § 38 repealed from 1 November 2026', () => {
  it('its maximum is read the day before', () => {
    expect(on('retention-limit', '2026-10-31')).toEqual(['gaps.retention-limit.section-max']);
    expect(on('repealed-law', '2026-10-31')).toEqual([]);
  });
  it('from that day it sets no maximum, and citing it is citing a repealed section', () => {
    expect(on('retention-limit', '2026-11-01')).toEqual([]);
    expect(on('repealed-law', '2026-11-01')).toEqual(['gaps.repealed-law.section-repealed']);
  });
});
