import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { askMissing } from '../../src/authoring/questions.js';
import { ANSWERED, scripted } from '../helpers/scripted-prompter.js';
import { validateRegistry } from '../../src/validate/index.js';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { expectRefusedWritingNothing, newArgs } from '../helpers/new-args.js';

/**
 * `ropa new` records who keeps the entry up to date, the unit responsible, its approval and its review (activity.schema.json's
 * owner, responsibleUnit, approval, review): by flags, or asked of every new activity. A registry kept through the commands
 * alone could not (variants-fysio route gap RG12: every activity «draft» and 17 review-overdue). On the sample registry.
 */
const SAMPLE = join(FIXTURES, 'authoring/sample');
const CANTEEN = {
  title: 'Kantine',
  purpose: 'Servere lunsj.',
  basis: 'A6-1-b',
  subjects: 'employees',
  categories: 'contact-details',
  recipients: 'none',
  transfers: 'none',
  information: 'art13',
  'automated-decisions': 'no',
};
function made(extra: string[]): { yaml: Record<string, unknown>; findings: { rule: string; severity: string }[] } {
  const { dir, cleanup } = scratchCopy(SAMPLE);
  try {
    const r = ropa(newArgs('canteen', dir, CANTEEN, extra));
    expect(r.code, r.stderr).toBe(0);
    const gaps = JSON.parse(ropa(['gaps', dir, '--rule', 'review-overdue', '--today', '2026-12-05', '-f', 'json']).stdout) as {
      findings: { rule: string; severity: string; activity?: string }[];
    };
    return {
      yaml: parse(readFileSync(join(dir, 'activities/canteen.yaml'), 'utf8')) as Record<string, unknown>,
      findings: gaps.findings.filter((f) => f.activity === 'canteen'),
    };
  } finally {
    cleanup();
  }
}

describe('--reviewed, --approval, --owner: written by ropa new and read by ropa gaps', () => {
  it('without them the entry is a draft never reviewed, as before', () => {
    const got = made([]);
    expect(got.yaml.approval).toBe('draft');
    expect(got.yaml.review).toBeUndefined();
    expect(got.findings).toEqual([expect.objectContaining({ rule: 'review-overdue', severity: 'info' })]);
  });

  it('a recent review, its reviewer, the approval, the owner and the unit are recorded, and review-overdue is quiet', () => {
    const got = made([
      '--reviewed',
      '2026-11-20',
      '--reviewed-by',
      'Personvernombudet',
      '--next-review',
      '2027-11-20',
      '--approval',
      'approved',
      '--owner',
      'HR-leder',
      '--owner-email',
      'hr@example.no',
      '--owner-phone',
      '22 00 00 00',
      '--responsible-unit',
      'nb:HR-avdelingen',
      '--responsible-unit',
      'en:HR department',
    ]);
    expect(got.yaml).toMatchObject({
      approval: 'approved',
      owner: { name: 'HR-leder', email: 'hr@example.no', phone: '22 00 00 00' },
      responsibleUnit: { nb: 'HR-avdelingen', en: 'HR department' },
      review: { lastReviewed: '2026-11-20', reviewedBy: 'Personvernombudet', nextReview: '2027-11-20' },
    });
    expect(got.findings).toEqual([]);
  });

  it('a review older than twelve months, or a next review passed, is still reported', () => {
    expect(made(['--reviewed', '2025-06-01']).findings).toEqual([expect.objectContaining({ rule: 'review-overdue', severity: 'warning' })]);
    expect(made(['--reviewed', '2026-11-20', '--next-review', '2026-12-01']).findings).toEqual([
      expect.objectContaining({ rule: 'review-overdue', severity: 'warning' }),
    ]);
  });

  it('an e-mail that is none is refused by validation with exit 1, writing nothing', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const r = ropa(newArgs('canteen', dir, CANTEEN, ['--owner-email', 'hr at example']));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/activities\/canteen\.yaml\n\s+\d+:\d+\s+error\s+"hr at example" has the wrong form/);
      expect(ropa(['show', 'canteen', dir]).code).not.toBe(0);
    } finally {
      cleanup();
    }
  });

  it.each([
    [['--reviewed-by', 'Personvernombudet'], /--reviewed-by needs --reviewed: the date of the review/],
    [['--reviewed', '20.11.2026'], /--reviewed takes a date YYYY-MM-DD, not "20.11.2026"/],
    [['--approval', 'signed'], /--approval must be one of draft, in-review, approved, not "signed"/],
  ])('refuses %j, writing nothing', (extra, message) => {
    expectRefusedWritingNothing(scratchCopy(SAMPLE), 'canteen', (dir) => newArgs('canteen', dir, CANTEEN, extra), message);
  });
});

describe('the questions on approval, owner and review', () => {
  const { registry } = validateRegistry(SAMPLE);
  const given = {
    ...ANSWERED,
    bases: ['A6-1-b' as const],
    automatedDecisions: { used: false },
    riskFactors: [],
    approval: undefined,
    owner: undefined,
    review: undefined,
  };

  it('are asked of every activity, in the registry language, a wrong date asked again', async () => {
    const p = scripted(['3', 'HR-leder', 'hr@example.no', '20.11.2026', '2026-11-20', 'Personvernombudet']);
    const got = await askMissing(p, registry, 'nb', { id: 'x', ...given });
    expect(p.log).toContain('Hvor langt har oppføringen kommet i gjennomgangen?');
    expect(p.log).toContain('«20.11.2026» er ikke en dato: skriv ÅÅÅÅ-MM-DD, for eksempel 2026-11-30.');
    expect(got).toMatchObject({
      approval: 'approved',
      owner: { name: 'HR-leder', email: 'hr@example.no' },
      review: { lastReviewed: '2026-11-20', reviewedBy: 'Personvernombudet' },
    });
  });

  it('may each be skipped, in nynorsk and English too: a draft, no owner, never reviewed', async () => {
    for (const [lang, question] of [
      ['nn', '? Kven held denne oppføringa oppdatert'],
      ['en', '? Who keeps this entry up to date'],
    ] as const) {
      const p = scripted(['', '', '']);
      const got = await askMissing(p, registry, lang, { id: 'x', ...given });
      expect(p.log.some((l) => l.startsWith(question))).toBe(true);
      expect(got).toMatchObject({ approval: 'draft', owner: {}, review: {} });
    }
  });
});
