import { describe, expect, it } from 'vitest';
import { validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { hasMessage } from '../../src/i18n/index.js';
import { EXAMPLE } from '../helpers/cli.js';

/**
 * The SSB example registry records what the public notice says and nothing more, so the gap list must
 * find the notice's real holes: no security measures, no retention, no agreements with processors,
 * purposes without a legal basis. And it must not invent any.
 */
const { registry } = validateRegistry(EXAMPLE);
const result = runGaps(registry, GAP_RULES, { today: '2026-06-01' });
const where = (rule: string): string[] => [...new Set(result.findings.filter((f) => f.rule === rule).map((f) => f.activity ?? '-'))].sort();

describe('ropa gaps on the SSB example registry', () => {
  it('finds activities with no security measures described', () => {
    expect(where('security-measures')).toEqual(
      expect.arrayContaining(['activity-logging', 'building-access', 'camera-surveillance', 'employees-payroll', 'intranet', 'newsletter-mitt-ssb']),
    );
    // The statistics activities refer to the measures the notice describes.
    expect(where('security-measures')).not.toContain('official-statistics');
  });

  it('finds activities with no retention period, and employee data kept only "according to the law"', () => {
    expect(where('retention-defined')).toEqual(
      expect.arrayContaining(['camera-surveillance', 'contact-form', 'newsletter-mitt-ssb', 'web-analytics', 'employees-payroll']),
    );
    const payroll = result.findings.find((f) => f.rule === 'retention-defined' && f.activity === 'employees-payroll');
    expect(payroll).toMatchObject({ severity: 'warning', messageId: 'gaps.retention-defined.law-only-policy' });
    // «slettes ikke – avleveres til Riksarkivet» is a rule, and it rests on the archives act.
    expect(where('retention-defined')).not.toContain('official-statistics');
    expect(where('permanent-retention-basis')).toEqual([]);
  });

  it('finds every processor without a data processing agreement reference', () => {
    const processors = new Set(result.findings.filter((f) => f.rule === 'processor-agreement').map((f) => f.args.processor));
    expect([...processors].sort()).toEqual(['acos', 'google', 'siteimprove', 'system-suppliers']);
  });

  it('finds the purposes the notice gives no legal basis for, and employee data resting on Art. 9 alone', () => {
    expect(where('legal-basis-per-purpose')).toEqual(
      expect.arrayContaining(['camera-surveillance', 'case-handling-archive', 'employees-payroll', 'research-analysis']),
    );
    expect(where('legal-basis-per-purpose')).not.toContain('official-statistics');
    const payroll = result.findings.filter((f) => f.rule === 'legal-basis-per-purpose' && f.activity === 'employees-payroll');
    expect(payroll.map((f) => f.messageId)).toEqual(['gaps.legal-basis-per-purpose.only-other', 'gaps.legal-basis-per-purpose.only-other']);
  });

  it('does not report the art. 9 nr. 1 citation, which the registry records as Art. 9(2)(b)', () => {
    expect(where('special-category-condition')).toEqual([]);
    expect(where('special-category-law')).toEqual([]);
  });

  it('finds the missing DPIA for large-scale crime data, and accepts crime data processed under official authority', () => {
    // Changed with issue 12: SSB is a public authority processing crime data as part of its statutory task
    // (Art. 6(1)(e) with statistikkloven), i.e. under official authority (Art. 10); personopplysningsloven § 11
    // concerns processing not under official authority. And Datatilsynet's list item is scientific or
    // historical research without consent, not statistics.
    expect(where('criminal-data-basis')).toEqual([]);
    const dpia = result.findings.find((f) => f.rule === 'dpia-required' && f.activity === 'official-statistics');
    expect(dpia?.args).toMatchObject({ art35: ['b'], list: [] });
  });

  it('says consent through browser settings or by using the site is no valid consent, and blocks the notice', () => {
    const f = result.findings.find((x) => x.rule === 'consent-valid' && x.activity === 'web-analytics');
    expect(f).toMatchObject({ severity: 'error', messageId: 'gaps.consent-valid.browser-settings' });
    // «Som bruker av nettstedet ssb.no samtykker du …»: using the site is taken as consent.
    expect(where('consent-valid')).toEqual(['contact-form', 'site-search', 'user-satisfaction-surveys', 'web-analytics']);
    expect(GAP_RULES.find((r) => r.meta.id === 'consent-valid')!.meta.blocksNotice).toBe(true);
  });

  it('cites the archive act in force (arkivlova), so nothing is reported as repealed', () => {
    expect(where('repealed-law')).toEqual([]);
    expect(registry.catalogues.laws.get('arkivlova')?.value.lovdataId).toBe('LOV-2025-06-20-96');
  });

  it('finds consent with no way to withdraw it where the notice gives none', () => {
    expect(where('consent-withdrawal')).toEqual(['contact-form', 'newsletter-mitt-ssb', 'site-search']);
  });

  it('finds restrictions of rights that cite Art. 89(2) without the national provision, but not Art. 17(3)(d)', () => {
    const restricted = result.findings.filter((f) => f.rule === 'rights-restriction-reference');
    expect(restricted.length).toBeGreaterThan(0);
    expect(new Set(restricted.map((f) => f.args.gdpr))).toEqual(new Set(['Art. 89(2)']));
    expect(restricted.map((f) => f.args.right)).not.toContain('erasure');
  });

  it('invents no transfers, no organisation-wide gaps and no rule it has no facts for', () => {
    for (const rule of [
      'transfer-mechanism',
      'transfer-destination',
      'adequacy-country',
      'us-dpf-certified',
      'eea-not-transfer',
      'public-authority-derogation',
      'controller-contact',
      'dpo-contact',
      'complaint-right',
      'public-task-not-legitimate-interest',
      'prior-consultation',
      'automated-decision-logic',
      'accepted-gap-expired',
    ]) {
      expect(where(rule), rule).toEqual([]);
    }
  });

  it('gives every finding words in bokmål, nynorsk and English', () => {
    for (const f of result.findings) for (const lang of ['en', 'nb', 'nn'] as const) expect(hasMessage(lang, f.messageId), `${lang} ${f.messageId}`).toBe(true);
  });
});
