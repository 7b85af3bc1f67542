import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT, ropa } from '../helpers/cli.js';
import { copyRegistry, scratchRepo } from './repo.js';

/**
 * The CI recipes of docs/ci.md, run as written on a repository where a pull request adds health
 * data (a data category with specialCategory: health) to an activity, with no Art. 9(2) condition.
 */
const gapsAvailable = existsSync(join(ROOT, 'src/commands/gaps.ts'));

/** The `ropa` command lines of a recipe, in order, as argument lists with $BASE put in. */
function recipe(name: 'GitHub Actions' | 'GitLab CI', base: string): { command: string; args: string[] }[] {
  const doc = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
  const section = doc.slice(doc.indexOf(`## ${name}`));
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
  // A command starts a line of a script (after `run:` or a list dash) and ends at `||` or the line's end.
  return [...yaml.matchAll(/^\s*(?:run: |- )?(ropa (validate|gaps|diff) .*?)(?=\s*(?:\|\||$))/gm)].map((m) => ({
    command: m[2]!,
    args: [...m[1]!.matchAll(/"([^"]*)"|(\S+)/g)].slice(1).map((w) => (w[1] ?? w[2]!).replace('$BASE', base)),
  }));
}

describe.each(['GitHub Actions', 'GitLab CI'] as const)('the %s recipe on a pull request that adds health data', (name) => {
  const repo = scratchRepo();
  const steps = recipe(name, 'main');
  const results = new Map<string, ReturnType<typeof ropa>>();
  const file = (f: string): string => readFileSync(join(repo.dir, f), 'utf8');

  beforeAll(() => {
    copyRegistry(join(FIXTURES, 'e2e/before'), repo.dir);
    repo.commit('A registry');
    repo.git('checkout', '--quiet', '-b', 'add-health-data');
    copyRegistry(join(FIXTURES, 'e2e/after'), repo.dir);
    repo.commit('Payroll keeps health data');
    for (const step of steps) {
      if (step.command === 'gaps' && !gapsAvailable) continue;
      results.set(step.command, ropa(step.args, { cwd: repo.dir }));
    }
  });
  afterAll(() => repo.cleanup());

  it('has a validate, a gaps and a diff step', () => {
    expect(steps.map((s) => s.command)).toEqual(['validate', 'gaps', 'diff']);
  });

  it('validates with no annotation and no problem', () => {
    const r = results.get('validate')!;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    if (name === 'GitHub Actions') expect(r.stdout).toBe('✔ The registry is valid.\n');
    else expect(file('ropa-validate.xml')).toContain('<testsuites name="ropa validate" tests="3" failures="0" errors="0">');
    expect(JSON.parse(file('ropa-validate.sarif')).runs[0].results).toEqual([]);
  });

  it('gives a review change naming the new special category, and fails --fail-on review', () => {
    const r = results.get('diff')!;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const md = file('ropa-diff.md');
    expect(md).toMatch(/^<!-- ropa diff -->\n/);
    expect(md).toContain('**1 change for review, 1 for information**');
    expect(md).toContain('- **review**: New special-category data (Art. 9): `health-data` (health data).');
    expect(r.stdout).toContain('  review      New special-category data (Art. 9): health-data (health data).');
  });

  it.skipIf(!gapsAvailable)('lists the missing Art. 9 condition as a gap', () => {
    const r = results.get('gaps')!;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    if (name === 'GitHub Actions') expect(r.stdout).toMatch(/^::error file=registry\/activities\/payroll\.yaml,[^\n]*title=special-category-condition::/m);
    else
      expect(file('ropa-gaps.xml')).toMatch(
        /<testcase classname="registry\/activities\/payroll\.yaml" name="special-category-condition [^"]*"[^>]*>\n {6}<failure type="error"/,
      );
    const sarif = JSON.parse(file('ropa-gaps.sarif')).runs[0].results as {
      ruleId: string;
      locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
    }[];
    expect(sarif.filter((x) => x.ruleId === 'special-category-condition').map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual([
      'registry/activities/payroll.yaml',
    ]);
  });
});
