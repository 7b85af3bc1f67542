import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURES, ropa } from '../helpers/cli.js';

const SAMPLE = join(FIXTURES, 'authoring/sample');

describe('ropa show', () => {
  it('shows an activity with every reference resolved', () => {
    const r = ropa(['show', 'payroll', SAMPLE, '--lang', 'en']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('payroll  Payroll');
    for (const line of [
      '  Notice group: Operations (operations)',
      '  pay  Pay salaries',
      '    Art. 6(1)(b)  contract',
      '    Art. 9(2)(b)  obligations in employment and social security law  – arbeidsmiljøloven § 4-6',
      '  employees  Employees  [vulnerable]',
      '  sick-leave  Sick leave  [special category: health data]',
      '  nav  NAV  [public authority]  [NO]',
      '  acos  Acos AS  [NO]',
      '    Agreement: DBA 2021/77',
      '    Sub-processor: Microsoft Ireland Operations Ltd, IE, DBA 2021/77, bilag 2',
      '  websak  Websak  [acos]  [NO]',
      '  none',
      '    Period: five years',
      '    Then: deleted',
      '  access-control  Access control  [technical]',
      '  Last reviewed: 2025-01-10',
    ])
      expect(lines).toContain(line);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('says «not stated» where the record requires something and says nothing', () => {
    const r = ropa(['show', 'newsletter', SAMPLE, '--lang', 'en']);
    expect(r.stdout).toMatch(/Transfers to third countries\n  not stated\n/);
    expect(r.stdout).toMatch(/Retention\n  not stated\n/);
    expect(r.stdout).toMatch(/Data outside the EEA\n  US \(processor mailer\)\n  US \(system mail-system\)\n/);
  });

  it('shows a transfer with its mechanism', () => {
    const r = ropa(['show', 'web-analytics', SAMPLE, '--lang', 'en']);
    expect(r.stdout).toMatch(
      /Transfers to third countries\n  US  analytics-vendor\n    Mechanism: adequacy decision \(Art\. 45\)\n    certified under the EU-US Data Privacy Framework\n/,
    );
  });

  it('never sends control characters from the registry to the terminal', () => {
    const r = ropa(['show', 'web-analytics', SAMPLE, '--lang', 'en', '--format', 'text'], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(r.stdout).toContain('Colour \\u001b[31mred');
    expect(r.stdout).not.toContain('Colour \u001b[31mred');
    // Colour itself is on when forced, and off with NO_COLOR (the default of the test helper).
    expect(r.stdout).toMatch(/\u001b\[1m/);
  });

  it('speaks the registry language by default', () => {
    const r = ropa(['show', 'payroll', SAMPLE], { env: { ROPA_LANG: undefined } });
    expect(r.stdout).toContain('Formål og behandlingsgrunnlag');
    expect(r.stdout).toContain('    art. 6 nr. 1 bokstav b  avtale');
  });

  it('gives the activity and what its references name as JSON', () => {
    const r = ropa(['show', 'background-checks', SAMPLE, '--format', 'json']);
    const json = JSON.parse(r.stdout) as {
      id: string;
      file: string;
      activity: { processors: string[] };
      resolved: { processors: unknown[]; criminalOffenceData: string[]; places: unknown[] };
    };
    expect(json.id).toBe('background-checks');
    expect(json.file).toBe('activities/background-checks.yaml');
    expect(json.activity.processors).toEqual(['cloudco']);
    expect(json.resolved.processors[0]).toMatchObject({ id: 'cloudco', value: { name: 'Cloudco Ltd', country: 'IE' } });
    expect(json.resolved.criminalOffenceData).toEqual(['criminal-record']);
    expect(json.resolved.places).toEqual([
      { via: 'processor', country: 'IE', id: 'cloudco' },
      { via: 'subprocessor', country: 'US', id: 'cloudco', name: 'Cloudco Inc' },
      { via: 'data-location', country: 'NO' },
    ]);
  });

  it('suggests the id meant', () => {
    const r = ropa(['show', 'payrol', SAMPLE], { env: { ROPA_LANG: 'en' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ropa: there is no activity with the id payrol; did you mean payroll?\n');
  });
});
