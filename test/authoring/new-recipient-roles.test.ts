import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { askMissing } from '../../src/authoring/questions.js';
import { ANSWERED, scripted } from '../helpers/scripted-prompter.js';
import { validateRegistry } from '../../src/validate/index.js';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { diffAfter, reportedAndImported } from '../helpers/new-route.js';
import { expectRefusedWritingNothing, newArgs } from '../helpers/new-args.js';

/**
 * `ropa new` asks each recipient's role as a fact (session 42, S1): a controller of its own (then the Art. 6(1) basis of
 * the disclosure and, for A6-1-c and A6-1-e, its law: activity.schema.json's disclosures), a processor (moved to the
 * processors, with a processors entry and its Art. 28(3) agreement), or a joint controller organisation.yaml names
 * (jointControllers, with the Art. 26 arrangement). --disclosure gives the basis without questions.
 */
const SAMPLE = join(FIXTURES, 'authoring/sample');

const { recipients: _r, processors: _p, ...rest } = ANSWERED;
const full = {
  ...rest,
  bases: ['A6-1-c' as const],
  laws: [{ law: 'arbeidsmiljoloven', section: '§ 4-6' }],
  automatedDecisions: { used: false },
  riskFactors: [],
};

describe('the question: how each recipient receives the data', () => {
  const { registry } = validateRegistry(SAMPLE);

  it('a controller: the basis of the disclosure and its law, asked per recipient in the registry language', async () => {
    const p = scripted(['nav', '1', '3', 'arbeidsmiljoloven § 4-6', '']);
    const got = await askMissing(p, registry, 'nb', { id: 'x', ...full });
    expect(p.log).toContain('Hvordan mottar NAV opplysningene?');
    expect(p.log).toContain('Hva er grunnlaget for å utlevere opplysningene til NAV (art. 6 nr. 1)?');
    expect(p.log.some((l) => l.includes('Hvilken lov pålegger eller tillater utleveringen til NAV'))).toBe(true);
    expect(got.recipients).toEqual(['nav']);
    expect(got.disclosures).toEqual([{ recipient: 'nav', basis: 'A6-1-c', law: [{ law: 'arbeidsmiljoloven', section: '§ 4-6' }] }]);
  });

  it('a processor: moved to the processors, with a new entry carrying its agreement; nobody else receives', async () => {
    const p = scripted(['analytics-vendor', 'processor', 'DBA 2026/4', '']);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...full });
    expect(p.log).toContain('How does The analytics vendor receive the data?');
    expect(p.log.some((l) => l.includes('joint controller'))).toBe(false);
    expect(got.recipients).toBe('none');
    expect(got.processors).toEqual(['analytics-vendor']);
    expect(got.disclosures).toBeUndefined();
    expect(got.newEntries).toEqual([
      { catalogue: 'processors', id: 'analytics-vendor', entry: { name: { nb: 'Analyseleverandøren', en: 'The analytics vendor' }, agreement: 'DBA 2026/4' } },
    ]);
  });

  it('a processor already in the processors catalogue keeps its entry; a skipped role keeps the recipient as it is (nynorsk)', async () => {
    const copy = scratchCopy(SAMPLE);
    try {
      const file = join(copy.dir, 'catalogues/catalogue.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('processors:\n', 'processors:\n  nav:\n    name: NAV\n    agreement: DBA 1\n'));
      const { registry: reg } = validateRegistry(copy.dir);
      const p = scripted(['nav, analytics-vendor', '2', '', '']);
      const got = await askMissing(p, reg, 'nn', { id: 'x', ...full });
      expect(p.log).toContain('Korleis får NAV opplysningane?');
      expect(got.recipients).toEqual(['analytics-vendor']);
      expect(got.processors).toEqual(['nav']);
      expect(got.newEntries).toBeUndefined();
      expect(got.disclosures).toBeUndefined();
    } finally {
      copy.cleanup();
    }
  });

  it('a joint controller is offered where organisation.yaml names it, and its arrangement is asked', async () => {
    const copy = scratchCopy(SAMPLE);
    try {
      const org = join(copy.dir, 'organisation.yaml');
      writeFileSync(org, `${readFileSync(org, 'utf8')}jointControllers:\n  nav:\n    name: NAV\n`);
      const { registry: reg } = validateRegistry(copy.dir);
      const p = scripted(['nav', 'joint-controller', 'Avtale 2026/1', '', 'NAV svarer de registrerte', 'NAV answers data subjects', '']);
      const got = await askMissing(p, reg, 'en', { id: 'x', ...full });
      expect(got.recipients).toEqual(['nav']);
      expect(got.jointControllers).toEqual([
        { controller: 'nav', arrangement: 'Avtale 2026/1', responsibilities: { nb: 'NAV svarer de registrerte', en: 'NAV answers data subjects' } },
      ]);
    } finally {
      copy.cleanup();
    }
  });

  it('is not asked with no recipients', async () => {
    const p = scripted(['none', '']);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...full });
    expect(p.log.some((l) => l.includes('receive the data?'))).toBe(false);
    expect(got.recipients).toBe('none');
  });
});

describe('ropa new --disclosure', () => {
  const args = (dir: string, extra: string[]): string[] =>
    newArgs(
      'sick-pay',
      dir,
      {
        title: ['nb:Sykepenger', 'en:Sick pay'],
        purpose: ['nb:refusjon av sykepenger', 'en:sick pay refunds'],
        basis: 'A6-1-c',
        law: 'arbeidsmiljoloven § 4-6',
        subjects: 'employees',
        categories: 'contact-details',
      },
      ['--lang', 'en', ...extra],
    );
  const file = (dir: string): string => join(dir, 'activities/sick-pay.yaml');
  const findings = (dir: string): { severity: string; message: string; pointer: string }[] =>
    (
      JSON.parse(ropa(['gaps', dir, '--activity', 'sick-pay', '--rule', 'recipients-stated', '-f', 'json', '--lang', 'en']).stdout) as {
        findings: { severity: string; message: string; pointer: string }[];
      }
    ).findings;

  it('writes the disclosure; gaps reads it: a legal obligation without its law is an error, a recipient not listed a warning', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      const r = ropa(args(reg.dir, ['--recipients', 'nav', '--disclosure', 'nav=a6-1-c:arbeidsmiljoloven § 4-6']));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect((parse(readFileSync(file(reg.dir), 'utf8')) as { disclosures: unknown }).disclosures).toEqual([
        { recipient: 'nav', basis: 'A6-1-c', law: [{ law: 'arbeidsmiljoloven', section: '§ 4-6' }] },
      ]);
      expect(findings(reg.dir)).toEqual([]);
      expect(ropa(['show', 'sick-pay', reg.dir, '--lang', 'en']).stdout).toContain('Disclosed on: Art. 6(1)(c)  legal obligation – arbeidsmiljøloven § 4-6');
      writeFileSync(
        file(reg.dir),
        readFileSync(file(reg.dir), 'utf8').replace(/(disclosures:\n  - recipient: nav\n    basis: A6-1-c\n)    law:\n(?: {6}.*\n)+/, '$1'),
      );
      const text = readFileSync(file(reg.dir), 'utf8');
      expect(text).toMatch(/disclosures:\n  - recipient: nav\n    basis: A6-1-c\n(?! {4}law)/);
      const [f, ...more] = findings(reg.dir);
      expect(more).toEqual([]);
      expect(f).toMatchObject({ severity: 'error', pointer: '/disclosures/0/basis' });
      expect(f!.message).toMatch(/The disclosure to nav rests on A6-1-c \(disclosures\) but names no law/);
      writeFileSync(file(reg.dir), text.replace('recipients:\n  - nav\n', 'recipients:\n  - analytics-vendor\n').replace('basis: A6-1-c', 'basis: A6-1-f'));
      expect(findings(reg.dir).map((x) => [x.severity, x.pointer])).toEqual([['warning', '/disclosures/0/recipient']]);
    } finally {
      reg.cleanup();
    }
  });

  it('an activity without disclosures keeps exactly its findings', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      expect(ropa(args(reg.dir, ['--recipients', 'nav', '--disclosure', 'nav=A6-1-f'])).code).toBe(0);
      const withField = findings(reg.dir);
      writeFileSync(file(reg.dir), readFileSync(file(reg.dir), 'utf8').replace(/disclosures:\n  - recipient: nav\n    basis: A6-1-f\n/, ''));
      expect(readFileSync(file(reg.dir), 'utf8')).not.toContain('disclosures');
      expect(findings(reg.dir)).toEqual(withField);
    } finally {
      reg.cleanup();
    }
  });

  it('report -f xlsx prints the disclosure, import reads it back, diff reports a change', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      expect(ropa(args(reg.dir, ['--recipients', 'nav', '--disclosure', 'nav=A6-1-c:arbeidsmiljoloven § 4-6'])).code).toBe(0);
      expect(reportedAndImported(reg.dir, 'sick-pay').disclosures).toEqual([
        { recipient: 'nav', basis: 'A6-1-c', law: [{ law: 'arbeidsmiljoloven', section: '§ 4-6' }] },
      ]);
      const changes = diffAfter(reg.dir, () => writeFileSync(file(reg.dir), readFileSync(file(reg.dir), 'utf8').replace('basis: A6-1-c', 'basis: A6-1-e')));
      expect(changes.map((c) => c.id)).toEqual(['disclosure-changed']);
      expect(changes[0]!.message).toMatch(/from A6-1-c arbeidsmiljoloven § 4-6 to A6-1-e arbeidsmiljoloven § 4-6/);
    } finally {
      reg.cleanup();
    }
  });

  it.each([
    [['--recipients', 'nav', '--disclosure', 'analytics-vendor=A6-1-c'], /--disclosure names analytics-vendor, which is not in --recipients/],
    [['--disclosure', 'nav=A6-1-c'], /--disclosure names nav, which is not in --recipients/],
    [['--recipients', 'nav', '--disclosure', 'nav=A9-2-b'], /--disclosure takes recipient=basis/],
    [['--recipients', 'nav', '--disclosure', 'nav'], /--disclosure takes recipient=basis/],
  ])('refuses %j, exit 2, writing nothing', (extra, message) =>
    expectRefusedWritingNothing(scratchCopy(SAMPLE), 'sick-pay', (dir) => args(dir, extra), message),
  );
});
