import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, FIXTURES, ropa, tempDir } from '../helpers/cli.js';
import { FINDING_FORMATS } from '../../src/render/findings/index.js';

const fixture = (name: string): string => join(FIXTURES, 'gaps', name);
const TODAY = ['--today', '2026-06-01'];

interface JsonFinding {
  rule: string;
  severity: string;
  activity: string | null;
  file: string;
  line: number;
  column: number;
  message: string;
  citation: string;
}

describe('ropa gaps (CLI)', () => {
  it('runs on ./registry by default, grouped by activity, and exits 0 without --fail-on', () => {
    const r = ropa(['gaps', ...TODAY]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const heading = r.stdout.indexOf('web-analytics · Web statistics and cookies');
    expect(heading).toBeGreaterThan(0);
    const after = r.stdout.slice(heading);
    expect(after.split('\n')[1]).toBe('registry/activities/web-analytics.yaml');
    expect(after).toMatch(/\d+:\d+\s+error\s+The purpose "web-statistics" relies on consent given through browser settings/);
    // A processor's missing agreement is reported once, at its catalogue entry, under the organisation, naming the activities.
    expect(r.stdout.slice(0, heading)).toMatch(
      /registry\/catalogues\/processors\.yaml:\d+:\d+\s+error\s+The processor "google" has no data processing agreement on record\. Activity using it: web-analytics\.\s+processor-agreement · GDPR Art\. 28\(3\), 28\(9\)/,
    );
    expect(r.stdout).toMatch(/✖ \d+ errors?, \d+ warnings?, \d+ info; 0 accepted; \d+ activities; average completeness \d+ %/);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('says so when there is nothing to do', () => {
    const r = ropa(['gaps', fixture('clean'), ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✔ No open gaps.');
    expect(r.stdout).toContain('0 errors, 0 warnings, 0 info; 0 accepted; 3 activities; average completeness 100 %');
  });

  it('fails at --fail-on error or warning, never by default', () => {
    // The security-measures rule gives warnings only.
    const only = ['gaps', EXAMPLE, ...TODAY, '--rule', 'security-measures'];
    expect(ropa(only).code).toBe(0);
    expect(ropa([...only, '--fail-on', 'error']).code).toBe(0);
    expect(ropa([...only, '--fail-on', 'warning']).code).toBe(1);
    expect(ropa([...only, '--fail-on', 'never']).code).toBe(0);
    expect(ropa(['gaps', EXAMPLE, ...TODAY, '--fail-on', 'error']).code).toBe(1);
    expect(ropa(['gaps', fixture('clean'), ...TODAY, '--fail-on', 'warning']).code).toBe(0);
  });

  it('filters by --rule and --activity (repeated or comma-separated)', () => {
    const r = ropa([
      'gaps',
      EXAMPLE,
      ...TODAY,
      '-f',
      'json',
      '--rule',
      'processor-agreement,security-measures',
      '--activity',
      'web-analytics',
      '--activity',
      'contact-form',
    ]);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    // The missing agreements are the processors' (google, siteimprove): reported at their catalogue entries, on no
    // activity, and kept for an activity that uses them.
    expect(j.findings.map((f) => `${f.activity ?? '-'} ${f.rule} ${f.file}`)).toEqual([
      'contact-form security-measures registry/activities/contact-form.yaml',
      '- processor-agreement registry/catalogues/processors.yaml',
      '- processor-agreement registry/catalogues/processors.yaml',
    ]);
  });

  it("gives a catalogue entry's finding in SARIF the activities that use the entry", () => {
    const r = ropa(['gaps', EXAMPLE, ...TODAY, '-f', 'sarif', '--rule', 'processor-agreement']);
    expect(r.code).toBe(0);
    const results = (JSON.parse(r.stdout) as { runs: { results: { message: { text: string }; properties?: object; locations: unknown[] }[] }[] }).runs[0]!
      .results;
    const google = results.find((x) => x.message.text.includes('"google"'))!;
    expect(google.properties).toEqual({ activities: ['web-analytics'] });
    expect(JSON.stringify(google.locations)).toContain('registry/catalogues/processors.yaml');
    expect(results.find((x) => x.message.text.includes('"system-suppliers"'))!.properties).toEqual({
      activities: ['commissioned-statistics', 'mandatory-surveys', 'official-statistics', 'research-analysis', 'research-data-access', 'voluntary-surveys'],
    });
  });

  it('treats unknown rules, activities, formats, levels and dates as usage errors (exit 2)', () => {
    const cases: [string[], RegExp][] = [
      [['--rule', 'security-measure'], /unknown gap rule "security-measure"; did you mean "security-measures"\?/],
      [['--rule', 'nonsense-rule-name'], /unknown gap rule "nonsense-rule-name"$/m],
      [['--activity', 'web-analytic'], /no activity "web-analytic" in the registry; did you mean "web-analytics"\?/],
      [['--format', 'xml'], /--format must be one of text, markdown, csv, json, sarif, github, junit/],
      [['--fail-on', 'sometimes'], /--fail-on must be one of error, warning, never/],
      [['--today', '2026-02-30'], /--today takes a date YYYY-MM-DD, not "2026-02-30"/],
      [['--lang', 'de'], /unknown language "de"/],
    ];
    for (const [args, message] of cases) {
      const r = ropa(['gaps', EXAMPLE, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });

  it('exits 2 for a missing registry and 1 for an invalid one', () => {
    expect(ropa(['gaps', join(FIXTURES, 'no-such-registry')]).code).toBe(2);
    const invalid = ropa(['gaps', join(FIXTURES, 'validate/schema-errors')]);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toContain('run `ropa validate` and fix them first');
  });

  it('gives json with the documented fields, paths relative to the working directory', () => {
    const r = ropa(['gaps', 'accepted', '-f', 'json', ...TODAY], { cwd: join(FIXTURES, 'gaps') });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as {
      findings: JsonFinding[];
      accepted: (JsonFinding & { acceptedBy: string; reason: string; expires: string; accepted: string | null })[];
      summary: Record<string, unknown>;
      screening: unknown[];
    };
    expect(Object.keys(j)).toEqual(['findings', 'accepted', 'summary', 'screening']);
    const expired = j.findings.find((f) => f.rule === 'accepted-gap-expired')!;
    expect(expired).toMatchObject({
      severity: 'warning',
      activity: 'expired',
      file: 'accepted/activities/expired.yaml',
      line: 8,
      column: 14,
      message: 'The acceptance of security-measures by Direktøren expired on 2026-03-31; the finding is open again.',
      citation: 'GDPR Art. 5(2); 24(1)',
    });
    expect(j.accepted[0]).toMatchObject({
      rule: 'security-measures',
      activity: 'live',
      acceptedBy: 'Personvernombudet',
      reason: 'Tiltakene beskrives i ROS-analysen som ferdigstilles i mars.',
      accepted: '2026-01-10',
      expires: '2026-12-31',
    });
    expect(j.summary).toMatchObject({ today: '2026-06-01', accepted: 2, activities: 3 });
    expect(j.screening).toHaveLength(3);
  });

  it('shows accepted gaps apart in the text list', () => {
    const r = ropa(['gaps', fixture('accepted'), ...TODAY]);
    const accepted = r.stdout.slice(r.stdout.indexOf('Accepted gaps (2)'));
    expect(accepted).toContain('accepted by Personvernombudet until 2026-12-31: Tiltakene beskrives i ROS-analysen som ferdigstilles i mars.');
  });

  it('speaks Norwegian with --lang nb and nynorsk with ROPA_LANG=nn', () => {
    const nb = ropa(['gaps', EXAMPLE, ...TODAY, '--rule', 'security-measures', '--lang', 'nb']);
    expect(nb.stdout).toContain('Det er ikke registrert noen sikkerhetstiltak for denne behandlingsaktiviteten.');
    const nn = ropa(['gaps', EXAMPLE, ...TODAY, '--rule', 'security-measures'], { env: { ROPA_LANG: 'nn' } });
    expect(nn.stdout).toContain('Det er ikkje registrert nokon tryggingstiltak for denne behandlingsaktiviteten.');
  });

  it('colours only when asked and not when NO_COLOR is set', () => {
    const args = ['gaps', EXAMPLE, ...TODAY, '--rule', 'security-measures'];
    expect(ropa(args, { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).toMatch(/\u001b\[/);
    expect(ropa(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('writes the list with -o, and refuses to write inside the registry', () => {
    const t = tempDir();
    try {
      const out = join(t.dir, 'gaps.md');
      const r = ropa(['gaps', EXAMPLE, ...TODAY, '-f', 'markdown', '-o', out]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(readFileSync(out, 'utf8')).toMatch(/^# Gaps in the record of processing activities\n/);
      expect(readdirSync(t.dir)).toEqual(['gaps.md']);
      const inside = ropa(['gaps', EXAMPLE, ...TODAY, '-o', join(EXAMPLE, 'gaps.txt')]);
      expect(inside.code).toBe(2);
      expect(existsSync(join(EXAMPLE, 'gaps.txt'))).toBe(false);
    } finally {
      t.cleanup();
    }
  });

  it('gives the same output for the same --today', () => {
    const a = ropa(['gaps', EXAMPLE, ...TODAY, '-f', 'json']);
    const b = ropa(['gaps', EXAMPLE, ...TODAY, '-f', 'json']);
    expect(a.stdout).toBe(b.stdout);
    const later = ropa(['gaps', EXAMPLE, '--today', '2027-12-01', '-f', 'json']);
    expect(later.stdout).not.toBe(a.stdout);
    expect(later.stdout).toContain('"rule": "adequacy-list-age"');
  });

  it.each(['sarif', 'github', 'junit'])('hands %s to the shared finding formatters', (format) => {
    const r = ropa(['gaps', EXAMPLE, ...TODAY, '-f', format]);
    if ((FINDING_FORMATS as readonly string[]).includes(format)) {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('processor-agreement');
    } else {
      // Until the shared formatter exists, the format is refused as a usage error.
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`the ${format} format is not available in this build of ropa`);
    }
  });
});

describe('ropa gaps -f json: the reference data', () => {
  it("names ropa's own data files by their place in the package, wherever ropa is run from (not the install's path)", () => {
    const tmp = tempDir();
    const r = ropa(['gaps', EXAMPLE, ...TODAY, '-f', 'json'], { cwd: tmp.dir });
    tmp.cleanup();
    const files = Object.values((JSON.parse(r.stdout) as { summary: { referenceData: Record<string, { file: string }> } }).summary.referenceData).map(
      (d) => d.file,
    );
    expect(files).toEqual([
      'data/eea.json',
      'data/adequacy.json',
      'data/datatilsynet-dpia.json',
      'data/wp248.json',
      'data/norwegian-law.json',
      'data/retention-limits.json',
      'data/third-country-cities.json',
    ]);
  });
});
