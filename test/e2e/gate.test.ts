import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BIN, FIXTURES, ROOT, ropaOnPath } from '../helpers/cli.js';
import { GIT_ENV, copyRegistry, scratchRepo } from './repo.js';

/**
 * docs/ci.md's recipes fail closed: they are run here as written — every shell step of the GitHub
 * workflow and the GitLab job, with `ropa` on PATH — on pull requests made to break them. GitHub
 * itself is simulated only where it must be: which jobs run, and what a job's result is.
 */
const doc = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
const block = (section: string): Record<string, any> => parse(/```yaml\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf(`## ${section}`)))![1]!);
const github = block('GitHub Actions');
const gitlab = block('GitLab CI');

/**
 * `ropa` on PATH, as `npm install --global` would put it: the built binary for one run of each recipe,
 * and for the others a `ropa` that runs in this file's CLI thread (test/helpers/cli.ts), without
 * starting node each time.
 */
const REAL = mkdtempSync(join(tmpdir(), 'ropa-bin-'));
writeFileSync(join(REAL, 'ropa'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
chmodSync(join(REAL, 'ropa'), 0o755);
const warm = ropaOnPath();
const repos: (() => void)[] = [];
afterAll(() => {
  repos.forEach((c) => c());
  rmSync(REAL, { recursive: true, force: true });
  warm.cleanup();
});

const BEFORE = join(FIXTURES, 'e2e/before');
const AFTER = join(FIXTURES, 'e2e/after');

/** A repository whose `main` (also `origin/main`) holds a valid registry, checked out at a pull request made by `change`. */
function pullRequest(change: (dir: string) => void): string {
  const repo = scratchRepo();
  repos.push(repo.cleanup);
  copyRegistry(BEFORE, repo.dir);
  repo.commit('A registry');
  repo.git('remote', 'add', 'origin', repo.dir);
  repo.git('fetch', '--quiet', 'origin');
  repo.git('checkout', '--quiet', '-b', 'pull-request');
  change(repo.dir);
  repo.git('add', '--all', '--force');
  repo.git('commit', '--quiet', '--allow-empty', '-m', 'The pull request');
  return repo.dir;
}

function shell(script: string, cwd: string, env: Record<string, string>, bin = warm.dir): { code: number; out: string } {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
    cwd,
    // Messages in English, as the assertions read them (by default they are in the registry's language).
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: cwd, NO_COLOR: '1', ROPA_LANG: 'en', ...GIT_ENV, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, out: r.stdout + r.stderr };
}

/** A `${{ … }}` expression of the workflow, from what this simulation knows; anything else fails the test. */
function expression(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, e: string) => {
    if (!(e in context)) throw new Error(`the simulation does not know ${e}`);
    return context[e]!;
  });
}

/** The `registry` job on a pull request: its shell steps in order, `!cancelled()` steps also after a failure. */
function registryJob(dir: string, bin?: string): { result: 'success' | 'failure'; review: string; log: string } {
  const job = github.jobs.registry;
  const output = join(dir, '.github-output');
  writeFileSync(output, '');
  const env = { BASE: expression(job.env.BASE, { 'github.base_ref': 'main' }), GITHUB_OUTPUT: output };
  let failed = false;
  let log = '';
  for (const step of job.steps as { run?: string; if?: string; name?: string }[]) {
    // Actions (checkout, setup-node, SARIF upload) are GitHub's; installing is the shim; commenting needs GitHub.
    if (!step.run || /npm install --global/.test(step.run) || /\bgh pr comment\b/.test(step.run)) continue;
    if (step.if !== undefined && !/!cancelled\(\)/.test(step.if)) throw new Error(`the simulation does not know the condition ${step.if}`);
    if (failed && step.if === undefined) continue;
    const r = shell(step.run, dir, env, bin);
    log += `## ${step.name}: ${r.code}\n${r.out}`;
    if (r.code !== 0) failed = true;
  }
  const outputs = Object.fromEntries(
    readFileSync(output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('=') as [string, string]),
  );
  return { result: failed ? 'failure' : 'success', review: expression(job.outputs.review, { 'steps.diff.outputs.review': outputs.review ?? '' }), log };
}

/** The whole workflow on a pull request: whether the required check passes, with the DPO's answer when asked. */
function workflow(
  dir: string,
  dpo: 'success' | 'failure' = 'success',
  bin?: string,
): { gate: boolean; approval: string; registry: ReturnType<typeof registryJob> } {
  const registry = registryJob(dir, bin);
  // `dpo-approval` needs `registry`: skipped when it failed, or when its condition is false.
  const context = { 'needs.registry.outputs.review': registry.review, 'needs.registry.result': registry.result, 'github.event_name': 'pull_request' };
  expect(github.jobs['dpo-approval'].if).toBe("${{ needs.registry.outputs.review == 'true' }}");
  const asked = registry.result === 'success' && registry.review === 'true';
  const approval = asked ? dpo : 'skipped';
  const gate = github.jobs['ropa-gate'];
  const step = gate.steps[0] as { run: string; env: Record<string, string> };
  const env = Object.fromEntries(Object.entries(step.env).map(([k, v]) => [k, expression(v, { ...context, 'needs.dpo-approval.result': approval })]));
  return { gate: shell(step.run, dir, env).code === 0, approval, registry };
}

describe('the GitHub Actions recipe fails closed', () => {
  it('has a required check that is never skipped, after both other jobs', () => {
    const gate = github.jobs['ropa-gate'];
    expect(gate.if).toBe('${{ always() }}');
    expect(gate.needs).toEqual(['registry', 'dpo-approval']);
    expect(gate.steps).toHaveLength(1);
    expect(doc).toContain('Make `ropa-gate` (and only it) the required status check');
  });

  it('passes a pull request with changes for review only when the DPO approves', () => {
    const dir = pullRequest((d) => copyRegistry(AFTER, d));
    const approved = workflow(dir, 'success', REAL);
    expect(approved.registry.result, approved.registry.log).toBe('success');
    expect(approved.registry.review).toBe('true');
    expect(approved.gate).toBe(true);
    expect(readFileSync(join(dir, 'ropa-diff.md'), 'utf8')).toContain('New special-category data (Art. 9)');
    expect(workflow(dir, 'failure').gate).toBe(false);
  });

  it('passes a pull request with nothing for review without asking the DPO', () => {
    const w = workflow(pullRequest((d) => writeFileSync(join(d, 'README.md'), 'no registry change\n')));
    expect(w.registry.review).toBe('false');
    expect(w.approval).toBe('skipped');
    expect(w.gate).toBe(true);
  });

  it.each([
    ['an invalid registry', (d: string) => writeFileSync(join(d, 'registry/activities/payroll.yaml'), 'id: payroll\nstatus: actve\n')],
    [
      'a registry that is a symbolic link (ropa diff exits 1 and writes no report)',
      (d: string) => {
        copyRegistry(AFTER, d, 'elsewhere');
        rmSync(join(d, 'registry'), { recursive: true });
        symlinkSync('elsewhere', join(d, 'registry'));
      },
    ],
    [
      'a committed report and SARIF file that claim all is well, beside a broken registry',
      (d: string) => {
        writeFileSync(join(d, 'ropa-diff.md'), '<!-- ropa diff -->\nNo changes.\n');
        writeFileSync(join(d, 'ropa-validate.sarif'), '{"runs":[{"results":[]}]}');
        writeFileSync(join(d, 'registry/organisation.yaml'), ': : :\n');
      },
    ],
  ])('fails %s, where dpo-approval is skipped', (_, change) => {
    const dir = pullRequest(change);
    const w = workflow(dir);
    expect(w.registry.result, w.registry.log).toBe('failure');
    // The old recipe required dpo-approval: skipped, it would have passed.
    expect(w.approval).toBe('skipped');
    expect(w.gate).toBe(false);
    expect(existsSync(join(dir, 'ropa-diff.md'))).toBe(false);
  });

  it('fails when ropa diff cannot read the base (exit 2)', () => {
    const dir = pullRequest((d) => copyRegistry(AFTER, d));
    spawnSync('git', ['update-ref', '-d', 'refs/remotes/origin/main'], { cwd: dir });
    const w = workflow(dir);
    expect(w.registry.log).toMatch(/git knows no commit called "origin\/main"/);
    expect(w.registry.result).toBe('failure');
    expect(w.gate).toBe(false);
  });

  it('fails when a job gives no answer at all', () => {
    const gate = github.jobs['ropa-gate'].steps[0] as { run: string };
    for (const [registry, review, approval] of [
      ['cancelled', '', 'skipped'],
      ['skipped', '', 'skipped'],
      ['success', '', 'skipped'],
      ['success', 'true', 'cancelled'],
    ]) {
      const r = shell(gate.run, tmpdir(), { EVENT: 'pull_request', REGISTRY: registry!, REVIEW: review!, APPROVAL: approval! });
      expect(r.code, `${registry} ${review} ${approval}`).not.toBe(0);
    }
  });
});

describe('the GitLab CI recipe fails closed', () => {
  const job = gitlab.ropa as { script: string[] };
  const run = (dir: string, bin?: string) =>
    shell(
      job.script.join('\n'),
      dir,
      { CI_MERGE_REQUEST_IID: '7', CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main', CI_PIPELINE_SOURCE: 'merge_request_event' },
      bin,
    );

  it('passes a merge request with changes for review, with the report for the DPO', () => {
    const dir = pullRequest((d) => copyRegistry(AFTER, d));
    const r = run(dir, REAL);
    expect(r.code, r.out).toBe(0);
    expect(readFileSync(join(dir, 'ropa-diff.md'), 'utf8')).toContain('New special-category data (Art. 9)');
  });

  it.each([
    [
      'a registry that is a symbolic link',
      (d: string) => {
        copyRegistry(AFTER, d, 'elsewhere');
        rmSync(join(d, 'registry'), { recursive: true });
        symlinkSync('elsewhere', join(d, 'registry'));
      },
    ],
    ['an invalid registry', (d: string) => writeFileSync(join(d, 'registry/activities/payroll.yaml'), 'id: payroll\nstatus: actve\n')],
  ])('fails %s', (_, change) => {
    const dir = pullRequest(change);
    expect(run(dir).code).not.toBe(0);
    expect(existsSync(join(dir, 'ropa-diff.md'))).toBe(false);
  });
});
