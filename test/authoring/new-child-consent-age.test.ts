import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { askMissing } from '../../src/authoring/questions.js';
import { ANSWERED, scripted } from '../helpers/scripted-prompter.js';
import { validateRegistry } from '../../src/validate/index.js';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { expectRefusedWritingNothing, newArgs } from '../helpers/new-args.js';

/**
 * `ropa new` records the age from which a child's own consent is accepted (a consent basis' childConsentAge) as a fact,
 * asked only where the question arises (a consent basis, and data subjects marked as children), or given by
 * --child-consent-age; `ropa gaps` then judges the age against the law instead of reading words (session 41, C1).
 */
const SAMPLE = join(FIXTURES, 'authoring/sample');

/** The sample registry with a group of pupils, marked as children. */
function withPupils(): { dir: string; cleanup: () => void } {
  const copy = scratchCopy(SAMPLE);
  const file = join(copy.dir, 'catalogues/catalogue.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace('dataSubjects:\n', 'dataSubjects:\n  pupils:\n    name: {nb: Elever, en: Pupils}\n    children: true\n'),
  );
  return copy;
}

const full = {
  ...ANSWERED,
  automatedDecisions: { used: false },
  riskFactors: [],
  consentWithdrawal: { nb: 'x' },
  consentMethod: 'opt-in',
};

describe('the question: from what age a child consents alone', () => {
  const reg = withPupils();
  const { registry } = validateRegistry(reg.dir);
  reg.cleanup();

  it('is asked for consent with children among the people, in the registry language, and takes a whole age from 1 to 18', async () => {
    const p = scripted(['tolv', '19', '12']);
    const got = await askMissing(p, registry, 'nb', { id: 'x', ...full, bases: ['A6-1-a'], subjects: ['pupils'] });
    expect(p.log.some((l) => l.startsWith('? Fra hvilken alder kan et barn samtykke selv til dette formålet? Under den samtykker en av foreldrene.'))).toBe(
      true,
    );
    expect(p.log).toContain('«tolv» er ingen alder: skriv et helt tall fra 1 til 18.');
    expect(p.log).toContain('«19» er ingen alder: skriv et helt tall fra 1 til 18.');
    expect(got.childConsentAge).toBe(12);
  });

  it('may be skipped with an empty answer, in English too', async () => {
    const p = scripted(['']);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...full, bases: ['A6-1-a', 'A9-2-a'], subjects: ['employees', 'pupils'] });
    expect(p.log.some((l) => l.startsWith('? From what age may a child consent alone to this purpose?'))).toBe(true);
    expect(got.childConsentAge).toBeUndefined();
  });

  it.each([
    ['no children among the people', ['A6-1-a'], ['employees']],
    ['no consent basis', ['A6-1-b'], ['pupils']],
  ] as const)('is not asked with %s', async (_, bases, subjects) => {
    const p = scripted([]);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...full, bases: [...bases], subjects: [...subjects] });
    expect(p.log.some((l) => l.includes('From what age'))).toBe(false);
    expect(got.childConsentAge).toBeUndefined();
  });
});

describe('ropa new --child-consent-age', () => {
  const args = (dir: string, extra: string[]): string[] =>
    newArgs(
      'homework-app',
      dir,
      {
        title: ['nb:Leksehjelp', 'en:Homework help'],
        purpose: ['nb:la elevane bruke leksehjelp-appen', 'en:let the pupils use the homework app'],
        'consent-withdrawal': ['nb:Trykk «Trekk samtykke» i appen.', 'en:Tap «Withdraw consent» in the app.'],
        subjects: 'pupils',
        categories: 'contact-details',
      },
      extra,
    );
  const childFindings = (dir: string): { severity: string; message: string }[] =>
    (
      JSON.parse(ropa(['gaps', dir, '--activity', 'homework-app', '--rule', 'child-consent-age', '-f', 'json']).stdout) as {
        findings: { severity: string; message: string }[];
      }
    ).findings;

  it('writes the age on each consent basis, and gaps judges it: 10 for an app is an error, 13 is none', () => {
    const reg = withPupils();
    try {
      const r = ropa(args(reg.dir, ['--basis', 'A6-1-a,A9-2-a', '--child-consent-age', '10']));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const a = parse(readFileSync(join(reg.dir, 'activities/homework-app.yaml'), 'utf8'));
      expect(a.purposes[0].legalBasis.map((b: { gdpr: string; childConsentAge?: number }) => [b.gdpr, b.childConsentAge])).toEqual([
        ['A6-1-a', 10],
        ['A9-2-a', 10],
      ]);
      expect(ropa(['show', 'homework-app', reg.dir, '--lang', 'en']).stdout.split('A child consents alone from age: 10').length - 1).toBe(2);
      const [f, ...rest] = childFindings(reg.dir);
      expect(rest).toEqual([]);
      expect(f!.severity).toBe('error');
      expect(f!.message).toMatch(/from 10 \(childConsentAge\)/);
      writeFileSync(
        join(reg.dir, 'activities/homework-app.yaml'),
        readFileSync(join(reg.dir, 'activities/homework-app.yaml'), 'utf8').replaceAll('childConsentAge: 10', 'childConsentAge: 13'),
      );
      expect(childFindings(reg.dir)).toEqual([]);
    } finally {
      reg.cleanup();
    }
  });

  it('without the age, the activity is asked about the limit of 13 as before', () => {
    const reg = withPupils();
    try {
      expect(ropa(args(reg.dir, ['--basis', 'A6-1-a'])).code).toBe(0);
      expect(childFindings(reg.dir).map((f) => f.message)).toEqual([expect.stringMatching(/say how the age limit of 13 is handled/)]);
    } finally {
      reg.cleanup();
    }
  });

  it.each([
    [['--basis', 'A6-1-b', '--child-consent-age', '13'], /--child-consent-age needs a consent basis \(A6-1-a or A9-2-a\) in --basis/],
    [['--basis', 'A6-1-a', '--child-consent-age', 'tretten'], /--child-consent-age takes a whole number of years from 1 to 18, not "tretten"/],
    [['--basis', 'A6-1-a', '--child-consent-age', '0'], /--child-consent-age takes a whole number of years from 1 to 18, not "0"/],
    [['--basis', 'A6-1-a', '--child-consent-age', '19'], /--child-consent-age takes a whole number of years from 1 to 18, not "19"/],
  ])('refuses %j, exit 2, writing nothing', (extra, message) =>
    expectRefusedWritingNothing(withPupils(), 'homework-app', (dir) => [...args(dir, extra), '--lang', 'en'], message),
  );
});
