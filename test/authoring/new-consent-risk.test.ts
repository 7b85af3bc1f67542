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
 * `ropa new` records how consent is given (a consent basis' consentMethod) and the DPIA criteria (riskFactors) as facts,
 * from flags or questions, so that `ropa gaps` judges them structurally: a consent given by using the service is a
 * consent-valid finding, employee monitoring a dpia-required one, without any words to read.
 */
const SAMPLE = join(FIXTURES, 'authoring/sample');

const full = { ...ANSWERED, automatedDecisions: { used: false } };

describe('the questions: consent method and DPIA criteria', () => {
  const { registry } = validateRegistry(SAMPLE);

  it('asks how consent is given for a consent basis, naming the ways that are no valid consent', async () => {
    const p = scripted(['', '4', '']);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...full, bases: ['A6-1-a'] });
    expect(p.log).toContain('How is consent given?');
    expect(p.log.some((l) => /^\s+4\s+continued-use\s+using the service counts as consent \(no valid consent\)$/.test(l))).toBe(true);
    expect(got.consentMethod).toBe('continued-use');
  });

  it('does not ask for a consent method without a consent basis', async () => {
    const p = scripted(['']);
    await askMissing(p, registry, 'nb', { id: 'x', ...full, bases: ['A6-1-e'], laws: [] });
    expect(p.log).not.toContain('Hvordan gis samtykket?');
  });

  it('asks which DPIA criteria describe the processing, by number or key, in the registry language', async () => {
    const p = scripted(['5, cameraSurveillance']);
    const got = await askMissing(p, registry, 'nb', { id: 'x', ...full, bases: ['A6-1-b'] });
    expect(p.log.some((l) => l.startsWith('Hvilke av disse beskriver behandlingen?'))).toBe(true);
    expect(p.log.some((l) => /^\s+5\s+employeeMonitoring\s+systematisk overvåking av ansatte$/.test(l))).toBe(true);
    expect(got.riskFactors).toEqual(['employeeMonitoring', 'cameraSurveillance']);
  });
});

describe('ropa new --consent-method, --risk', () => {
  const args = (dir: string, extra: string[]): string[] =>
    newArgs(
      'staff-newsletter',
      dir,
      {
        title: ['nb:Nyhetsbrev', 'en:Newsletter'],
        purpose: ['nb:Sende nyhetsbrev', 'en:Send the newsletter'],
        subjects: 'employees',
        categories: 'contact-details',
      },
      extra,
    );

  it('writes them, and gaps judges them as facts', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const r = ropa(args(dir, ['--basis', 'A6-1-a', '--consent-method', 'continued-use', '--risk', 'employee-monitoring,largeScale']));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const a = parse(readFileSync(join(dir, 'activities/staff-newsletter.yaml'), 'utf8'));
      expect(a.purposes[0].legalBasis).toEqual([{ gdpr: 'A6-1-a', consentMethod: 'continued-use' }]);
      expect(a.riskFactors).toEqual({ largeScale: true, employeeMonitoring: true });
      const gaps = JSON.parse(ropa(['gaps', dir, '--activity', 'staff-newsletter', '-f', 'json']).stdout) as { findings: { rule: string; message: string }[] };
      expect(gaps.findings.find((f) => f.rule === 'consent-valid')?.message).toMatch(/treats using the service as consent/);
      expect(gaps.findings.find((f) => f.rule === 'dpia-required')?.message).toMatch(/Systematic monitoring of employees/);
    } finally {
      cleanup();
    }
  });

  it('an opt-in consent is no finding of consent-valid', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      expect(ropa(args(dir, ['--basis', 'A6-1-a', '--consent-method', 'opt-in'])).code).toBe(0);
      const gaps = JSON.parse(ropa(['gaps', dir, '--activity', 'staff-newsletter', '-f', 'json']).stdout) as { findings: { rule: string }[] };
      expect(gaps.findings.map((f) => f.rule)).not.toContain('consent-valid');
    } finally {
      cleanup();
    }
  });

  it.each([
    [['--basis', 'A6-1-e', '--consent-method', 'opt-in'], /--consent-method needs a consent basis \(A6-1-a or A9-2-a\) in --basis/],
    [['--basis', 'A6-1-a', '--consent-method', 'ticked'], /--consent-method must be one of opt-in, written, browser-settings, continued-use, accept-terms/],
    [['--basis', 'A6-1-b', '--risk', 'cctv'], /--risk must be one of large-scale, .*camera-surveillance.*, not "cctv"/],
  ])('refuses %j, exit 2, writing nothing', (extra, message) =>
    expectRefusedWritingNothing(scratchCopy(SAMPLE), 'staff-newsletter', (dir) => args(dir, extra), message),
  );
});
