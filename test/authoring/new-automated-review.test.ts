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
 * `ropa new` records whether a person looks at automated decisions (automatedDecisions.humanReview) and the Art. 22(2)
 * exception as facts, from flags or questions, so that `ropa gaps` judges Art. 22(1) and 22(3) without reading words.
 */
const SAMPLE = join(FIXTURES, 'authoring/sample');

const full = { ...ANSWERED, bases: ['A6-1-b' as const] };

describe('the questions: the exception and human review of automated decisions', () => {
  const { registry } = validateRegistry(SAMPLE);

  it('asks, after the logic and significance, what allows the decisions and whether a person looks at them', async () => {
    // yes; logic nb, en; significance nb, en; exception 1 (contract); review by id; no risk factors.
    const p = scripted(['yes', 'Scoren avgjør', 'The score decides', 'Faktura eller ikke', 'Invoice or not', '1', 'on-request', '']);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...full });
    expect(p.log).toContain('What allows the decisions (Art. 22(2))?');
    expect(p.log).toContain('Does a person at your organisation look at the decisions (Art. 22(1) and (3))?');
    expect(
      p.log.some((l) => /^\s+1\s+every-decision\s+yes, a person with authority to change it assesses every decision before it takes effect$/.test(l)),
    ).toBe(true);
    expect(got.automatedDecisions).toEqual({
      used: true,
      exception: 'contract',
      humanReview: 'on-request',
      logic: { nb: 'Scoren avgjør', en: 'The score decides' },
      significance: { nb: 'Faktura eller ikke', en: 'Invoice or not' },
    });
  });

  it('asks for the law that authorises the decisions where the exception is law (Art. 22(2)(b))', async () => {
    const p = scripted(['ja', 'Satsane', 'The rates', 'Kor mykje', 'How much', 'law', 'arbeidsmiljoloven § 9-1', 'none', '']);
    const got = await askMissing(p, registry, 'nb', { id: 'x', ...full });
    expect(p.log).toContain('Hvilken lov gir hjemmel for de automatiserte avgjørelsene og fastsetter garantier for den registrerte (art. 22 nr. 2 bokstav b)?');
    expect(got.automatedDecisions).toMatchObject({ used: true, exception: 'law', law: [{ law: 'arbeidsmiljoloven', section: '§ 9-1' }], humanReview: 'none' });
  });

  it('asks in nynorsk too, and a skipped choice records nothing', async () => {
    const p = scripted(['ja', 'Skåren avgjer', 'The score decides', 'Tilbod eller ikkje', 'Offer or not', '', '', '']);
    const got = await askMissing(p, registry, 'nn', { id: 'x', ...full });
    expect(p.log).toContain('Ser ein person hos dykk på avgjerdene (art. 22 nr. 1 og 3)?');
    expect(p.log.some((l) => /^\s+3\s+none\s+nei, ingen person vurderer avgjerdene$/.test(l))).toBe(true);
    expect(got.automatedDecisions).toEqual({
      used: true,
      logic: { nb: 'Skåren avgjer', en: 'The score decides' },
      significance: { nb: 'Tilbod eller ikkje', en: 'Offer or not' },
    });
  });

  it('does not ask about a review where no automated decision is made', async () => {
    const p = scripted(['nei', '']);
    const got = await askMissing(p, registry, 'nb', { id: 'x', ...full });
    expect(p.log).not.toContain('Ser en person hos dere på avgjørelsene (art. 22 nr. 1 og 3)?');
    expect(got.automatedDecisions).toEqual({ used: false });
  });
});

describe('ropa new --automated-exception, --human-review', () => {
  const args = (dir: string, extra: string[]): string[] =>
    newArgs(
      'invoice-credit',
      dir,
      {
        title: ['nb:Fakturakreditt', 'en:Invoice credit'],
        purpose: ['nb:Avgjøre om kunden får faktura', 'en:Decide whether the customer may pay by invoice'],
        basis: 'A6-1-b',
        subjects: 'employees',
        categories: 'contact-details',
      },
      extra,
    );
  type Gaps = { findings: { rule: string; severity: string; pointer: string; message: string }[] };
  const gaps = (dir: string): Gaps => JSON.parse(ropa(['gaps', dir, '--activity', 'invoice-credit', '-f', 'json', '--lang', 'en']).stdout) as Gaps;

  it('writes them, and gaps reports no review on a contract as an error at humanReview', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const r = ropa(args(dir, ['--automated-decisions', 'yes', '--automated-exception', 'contract', '--human-review', 'none']));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const a = parse(readFileSync(join(dir, 'activities/invoice-credit.yaml'), 'utf8'));
      expect(a.automatedDecisions).toEqual({ used: true, exception: 'contract', humanReview: 'none' });
      const f = gaps(dir).findings.filter((x) => x.rule === 'automated-decision-basis');
      expect(f.map((x) => [x.severity, x.pointer])).toEqual([['error', '/automatedDecisions/humanReview']]);
      expect(f[0]!.message).toMatch(/rest on a contract \(Art\. 22\(2\)\(a\)\).*at least the right to obtain human intervention/);
    } finally {
      cleanup();
    }
  });

  it('a review on request meets Art. 22(3): no finding of automated-decision-basis', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      expect(ropa(args(dir, ['--automated-decisions', 'yes', '--automated-exception', 'explicit-consent', '--human-review', 'on-request'])).code).toBe(0);
      expect(gaps(dir).findings.map((x) => x.rule)).not.toContain('automated-decision-basis');
    } finally {
      cleanup();
    }
  });

  it('--automated-law names the law of the exception law; gaps then asks only which safeguard the law gives', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const extra = ['--automated-decisions', 'yes', '--automated-exception', 'law', '--automated-law', 'arbeidsmiljoloven § 9-1', '--human-review', 'none'];
      expect(ropa(args(dir, extra)).code).toBe(0);
      const a = parse(readFileSync(join(dir, 'activities/invoice-credit.yaml'), 'utf8'));
      expect(a.automatedDecisions).toEqual({ used: true, exception: 'law', humanReview: 'none', law: [{ law: 'arbeidsmiljoloven', section: '§ 9-1' }] });
      const f = gaps(dir).findings.filter((x) => x.rule === 'automated-decision-basis');
      expect(f.map((x) => [x.severity, x.pointer])).toEqual([['warning', '/automatedDecisions/humanReview']]);
      expect(f[0]!.message).toMatch(/authorised by law \(Art\. 22\(2\)\(b\)\).*forvaltningsloven § 28/);
    } finally {
      cleanup();
    }
  });

  it.each([
    [
      ['--automated-decisions', 'yes', '--automated-exception', 'contract', '--automated-law', 'arbeidsmiljoloven'],
      /--automated-law needs --automated-exception law/,
    ],
    [['--human-review', 'none'], /--human-review and --automated-exception need --automated-decisions/],
    [['--automated-exception', 'law'], /--human-review and --automated-exception need --automated-decisions/],
    [['--automated-decisions', 'yes', '--human-review', 'sometimes'], /--human-review must be one of every-decision, on-request, none, not "sometimes"/],
    [
      ['--automated-decisions', 'yes', '--automated-exception', 'consent'],
      /--automated-exception must be one of contract, law, explicit-consent, not "consent"/,
    ],
  ])('refuses %j, exit 2, writing nothing', (extra, message) =>
    expectRefusedWritingNothing(scratchCopy(SAMPLE), 'invoice-credit', (dir) => [...args(dir, extra), '--lang', 'en'], message),
  );
});
