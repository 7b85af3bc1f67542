import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { t } from '../../src/i18n/index.js';
import { FIXTURES } from '../helpers/cli.js';

/**
 * helseforskningsloven after lov 20. juni 2025 nr. 71 part I (in force 1 November 2026, res. 25 sep 2026 nr. 1907):
 * §§ 34, 36 and 38 repealed, § 33 («Krav om forhåndsgodkjenning») given new content («Klage ved avslag på krav om
 * sletting»), prior approval standing in § 9. Read in Lovdata's text of the act (sondreskarsten/norwegian-laws,
 * lover/lov-2025-06-20-71.md) on 2026-12-05.
 */
const registry = validateRegistry(join(FIXTURES, 'gaps/rules/repealed-law')).registry;
const rule = GAP_RULES.filter((r) => r.meta.id === 'repealed-law');
const on = (activity: string, today: string) =>
  runGaps(registry, rule, { today })
    .findings.filter((f) => f.activity === activity)
    .map((f) => `${f.messageId} ${f.pointer}`);

describe('repealed-law: helseforskningsloven from 1 November 2026', () => {
  it('says nothing the day before', () => {
    expect(on('health-research-2026', '2026-10-31')).toEqual([]);
  });
  it('reports § 33 cited for prior approval as replaced, and §§ 34 and 36 as repealed, not §§ 9, 12 a or 32', () => {
    expect(on('health-research-2026', '2026-11-01')).toEqual([
      'gaps.repealed-law.section-replaced /purposes/0/legalBasis/0/law/0',
      'gaps.repealed-law.section-repealed /purposes/1/legalBasis/0/law/0',
      'gaps.repealed-law.section-repealed /purposes/2/legalBasis/0/law/0',
    ]);
  });
  it('names what § 33 holds now and where prior approval stands', () => {
    const f = runGaps(registry, rule, { today: '2026-12-05' }).findings.find((x) => x.messageId === 'gaps.repealed-law.section-replaced')!;
    const text = t('nb', f.messageId, f.args);
    expect(text).toContain('§ 33 fikk nytt innhold fra 2026-11-01');
    expect(text).toContain('«Klage ved avslag på krav om sletting»');
    expect(text).toContain('vis til § 9');
    expect(t('en', f.messageId, f.args)).toContain('cite § 9');
  });
  it('leaves an activity about complaints over a refused erasure citing the new § 33', () => {
    expect(on('health-research-complaint-2026', '2026-12-05')).toEqual([]);
  });
});
