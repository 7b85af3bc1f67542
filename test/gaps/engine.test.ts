import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { FIXTURES } from '../helpers/cli.js';
import { markers, sortExpected } from './expectations.js';

const TODAY = '2026-06-01';
const gaps = (name: string, today = TODAY) => {
  const { registry, findings } = validateRegistry(join(FIXTURES, 'gaps', name));
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  return runGaps(registry, GAP_RULES, { today });
};
const brief = (f: { rule: string; activity?: string; severity: string }) => `${f.activity ?? '-'} ${f.rule} ${f.severity}`;

describe('a registry that meets every rule', () => {
  it('has no gaps, and every activity scores 100 %', () => {
    const r = gaps('clean');
    expect(r.findings.map(brief)).toEqual([]);
    expect(r.accepted).toEqual([]);
    expect(r.completeness.map((c) => [c.activity, c.score, c.missing])).toEqual([
      ['payroll', 100, []],
      ['statistics', 100, []],
      ['web-analytics', 100, []],
    ]);
  });

  it('a year after the reference data, has only what time brings: reviews due, reference data old, an acceptance expired', () => {
    const r = gaps('clean', '2027-12-01');
    expect([...new Set(r.findings.map((f) => f.rule))].sort()).toEqual(['accepted-gap-expired', 'adequacy-list-age', 'reference-data-age', 'review-overdue']);
  });
});

describe('accepted gaps', () => {
  const r = gaps('accepted');

  it('set a live acceptance apart, with who accepted it, why and until when', () => {
    expect(r.accepted.map((a) => [a.finding.activity, a.finding.rule, a.acceptance.acceptedBy, a.acceptance.expires, a.pointer])).toEqual([
      ['live', 'security-measures', 'Personvernombudet', '2026-12-31', '/acceptedGaps/0'],
      ['other-rule', 'recipients-stated', 'Personvernombudet', '2026-12-31', '/acceptedGaps/0'],
    ]);
    expect(r.findings.filter((f) => f.activity === 'live').map((f) => f.rule)).not.toContain('security-measures');
  });

  it('accept only the rule they name', () => {
    expect(r.findings.filter((f) => f.activity === 'other-rule').map((f) => f.rule)).toContain('security-measures');
    expect(r.findings.filter((f) => f.activity === 'live').map((f) => f.rule)).toContain('recipients-stated');
  });

  it('bring the finding back once expired, with an accepted-gap-expired warning', () => {
    const expired = r.findings.filter((f) => f.activity === 'expired');
    expect(expired.map((f) => f.rule)).toContain('security-measures');
    const warning = expired.find((f) => f.rule === 'accepted-gap-expired');
    expect(warning).toMatchObject({
      severity: 'warning',
      pointer: '/acceptedGaps/0/expires',
      args: { rule: 'security-measures', acceptedBy: 'Direktøren', expires: '2026-03-31' },
    });
  });

  it('hold up to and including the expiry date', () => {
    const onTheDay = gaps('accepted', '2026-12-31');
    expect(onTheDay.accepted.map((a) => a.finding.activity)).toEqual(['live', 'other-rule']);
    const dayAfter = gaps('accepted', '2027-01-01');
    expect(dayAfter.accepted).toEqual([]);
    expect(dayAfter.findings.filter((f) => f.rule === 'accepted-gap-expired').map((f) => f.activity)).toEqual(['expired', 'live', 'other-rule']);
  });
});

describe('accepted gaps on a catalogue entry', () => {
  // A processor's missing agreement is one finding at its catalogue entry, naming the activities that use it.
  const r = gaps('accepted-catalogue');

  it('accept the finding when every activity using the entry accepts the rule, shown with the first acceptance', () => {
    expect(r.accepted.map((a) => [a.finding.activity, a.finding.activities, a.finding.args.processor, a.acceptance.reason, a.pointer])).toEqual([
      [undefined, ['a-accepts', 'b-accepts'], 'shared', 'Avtalen forhandles og signeres innen utgangen av året.', '/acceptedGaps/0'],
    ]);
  });

  it('leave it open while one activity using the entry has not accepted it', () => {
    expect(r.findings.filter((f) => f.rule === 'processor-agreement').map((f) => [f.activity, f.activities, f.args.processor])).toEqual([
      [undefined, ['c-open', 'd-accepts'], 'half'],
    ]);
  });

  it('keep the finding for --activity of any activity using the entry, and for no other', () => {
    const { registry } = validateRegistry(join(FIXTURES, 'gaps', 'accepted-catalogue'));
    const only = (id: string) => runGaps(registry, GAP_RULES, { today: TODAY, activities: [id] });
    expect(
      only('c-open')
        .findings.filter((f) => f.rule === 'processor-agreement')
        .map((f) => f.args.processor),
    ).toEqual(['half']);
    expect(only('a-accepts').accepted.map((a) => a.finding.args.processor)).toEqual(['shared']);
    expect(only('a-accepts').findings.filter((f) => f.rule === 'processor-agreement')).toEqual([]);
  });
});

describe('DPIA screening', () => {
  const r = gaps('screening');
  const screening = (id: string) => r.screening.find((s) => s.activity === id)!;
  const ids = (list: { id: string }[]) => list.map((c) => c.id);

  it('finds Art. 35(3)(b), the research-without-consent item and four WP248 criteria, with the fields that led there', () => {
    const s = screening('register-research');
    expect(ids(s.art35)).toEqual(['35-3-b']);
    expect(ids(s.datatilsynet)).toEqual(['research-without-consent']);
    expect(ids(s.wp248)).toEqual(['sensitive-data', 'large-scale', 'matching-datasets', 'vulnerable-subjects']);
    expect(s.art35[0]!.evidence).toEqual([
      { pointer: '/riskFactors/largeScale' },
      { pointer: '/dataCategories/0', detail: 'convictions: criminalOffence' },
      { pointer: '/purposes/0/legalBasis/1/gdpr', detail: 'A9-2-j' },
    ]);
    expect(s.datatilsynet[0]!.evidence).toEqual([{ pointer: '/purposes/0/researchOrStatistics', detail: 'produce' }]);
    expect(s.wp248.find((c) => c.id === 'vulnerable-subjects')!.evidence).toEqual([{ pointer: '/dataSubjects/0', detail: 'residents: children' }]);
    expect(s).toMatchObject({ required: true, likely: true });
  });

  it("does not read statistics as research: Datatilsynet's item is scientific or historical research without consent", () => {
    // Changed with issue 12: the list item was applied to every consent-less statistics purpose.
    const s = screening('official-statistics');
    expect(ids(s.datatilsynet)).toEqual([]);
    expect(ids(s.art35)).toEqual(['35-3-b']);
  });

  it('applies a "+1" item only with another WP248 criterion than the one it implies', () => {
    expect(ids(screening('biometric-alone').datatilsynet)).toEqual([]);
    expect(ids(screening('biometric-alone').wp248)).toEqual(['sensitive-data']);
    expect(ids(screening('biometric-plus-one').datatilsynet)).toEqual(['biometric-identification']);
  });

  it('finds large-scale camera surveillance of a public area (Art. 35(3)(c) and the list)', () => {
    const s = screening('camera');
    expect(ids(s.art35)).toEqual(['35-3-c']);
    expect(ids(s.datatilsynet)).toEqual(['camera-public-large-scale']);
  });

  it('finds automated scoring (Art. 35(3)(a)) and, for a private body, commercial profiling', () => {
    const s = screening('scoring');
    expect(ids(s.art35)).toEqual(['35-3-a']);
    expect(ids(s.datatilsynet)).toEqual(['commercial-profiling']);
    expect(ids(s.wp248)).toEqual(['evaluation-or-scoring', 'automated-decision']);
  });

  it("does not read a not-for-profit body's own profiling as «for commercial use», unless its words are commercial", () => {
    const np = gaps('screening-not-for-profit');
    const of = (id: string) => np.screening.find((s) => s.activity === id)!;
    expect(ids(of('canvass-scoring').datatilsynet)).toEqual([]);
    expect(ids(of('canvass-scoring').wp248)).toEqual(['evaluation-or-scoring']);
    expect(ids(of('member-offers').datatilsynet)).toEqual(['commercial-profiling']);
    // «produktivitet» (productivity, production) is no product.
    expect(ids(of('canvass-productivity').datatilsynet)).toEqual([]);
    expect(ids(of('canvass-productivity').wp248)).toEqual(['evaluation-or-scoring']);
  });

  it('names the list items the record cannot show', () => {
    // school-evaluation and camera-schools are read from the record since 2026-12-01 (src/check/screening.ts).
    expect(screening('camera').notComputed).toEqual(['algorithm-training']);
  });
});

describe('completeness', () => {
  it('counts only the items that apply, and names the missing ones', () => {
    const r = gaps('accepted');
    expect(r.completeness.find((c) => c.activity === 'live')).toEqual({
      activity: 'live',
      // controller, DPO and complaint are filled by organisation.yaml; nothing here is collected from the person, nor rests on consent or legitimate interests.
      score: 21,
      filled: 3,
      applicable: 14,
      missing: [
        'purposes',
        'legal-basis',
        'data-subjects',
        'data-categories',
        'recipients',
        'transfers',
        'retention',
        'security-measures',
        'sources',
        'information',
        'automated-decisions',
      ],
    });
  });
});

describe('completeness of a processor activity', () => {
  it('asks a processor (role: processor, Art. 30(2)) only for the processor, DPO, transfers and security measures', () => {
    const { registry } = validateRegistry(join(FIXTURES, 'gaps/rules/complaint-right/pass-processor'));
    const r = runGaps(registry, GAP_RULES, { today: TODAY });
    expect(r.completeness).toEqual([{ activity: 'hosting', score: 50, filled: 2, applicable: 4, missing: ['transfers', 'security-measures'] }]);
    // No legal basis, retention, recipients or notice duties: those are the controller's.
    expect(r.findings.map(brief).sort()).toEqual([
      '- controller-contact warning',
      'hosting processor-record warning',
      'hosting review-overdue info',
      'hosting security-measures warning',
    ]);
  });
});

describe('filters', () => {
  it('--activity keeps that activity only and drops organisation-wide findings', () => {
    const { registry } = validateRegistry(join(FIXTURES, 'gaps/rules/controller-contact/fail'));
    const all = runGaps(registry, GAP_RULES, { today: TODAY });
    expect(all.findings.some((f) => f.activity === undefined)).toBe(true);
    const one = runGaps(registry, GAP_RULES, { today: TODAY, activities: ['passes-activity'] });
    expect(one.findings.every((f) => f.activity === 'passes-activity')).toBe(true);
    expect(one.activities.map((a) => a.activity.id)).toEqual(['passes-activity']);
  });
});

describe('recipients-stated in a registry with its own organisation', () => {
  // The rule fixtures share one organisation (Eksempeletaten); this one is a municipality, so «kommunen» is the
  // controller itself. Each `# expect:` line must fire, and nothing else.
  it('reads data handed to the controller itself as collected, another municipality as a recipient', () => {
    const dir = join(FIXTURES, 'gaps', 'recipients-controller-self');
    const { registry, findings } = validateRegistry(dir);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    const rule = GAP_RULES.filter((r) => r.meta.id === 'recipients-stated');
    const got = runGaps(registry, rule, { today: TODAY }).findings.map((f) => ({
      file: relative(dir, f.file),
      line: f.range?.line ?? 0,
      rule: f.rule,
      variant: f.messageId.slice(`gaps.${f.rule}.`.length),
    }));
    expect(got.sort(sortExpected)).toEqual(markers(dir).sort(sortExpected));
  });
});
