import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { BIN, FIXTURES, ROOT, ropaOnPath } from '../helpers/cli.js';
import { copyRegistry, GIT_ENV, scratchRepo } from './repo.js';

/**
 * The GitHub Action (action.yml), the pre-commit hooks (.pre-commit-hooks.yaml) and the GitLab CI template
 * (ci/gitlab/ropa.gitlab-ci.yml), run as their files say on a temporary git repository: every script step
 * with bash as the runner runs it, every value from the workflow put in as the runner would. Only the
 * network is faked: `gh` and `curl` are stand-ins that record what they were asked to post.
 */

type Repo = ReturnType<typeof scratchRepo>;

/**
 * `ropa` run in this file's CLI thread (test/helpers/cli.ts), without starting node each time; the
 * built binary runs the Action's own default (an empty `ropa-command`), its push, and one GitLab job.
 */
const warm = ropaOnPath();
afterAll(() => warm.cleanup());
const WARM_ROPA = join(warm.dir, 'ropa');

/** A folder of stand-in programs: `ropa` (this build; in this file's CLI thread unless `real`), `gh` and `curl` (recorders). */
function fakeBin(real = false): { dir: string; log: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ropa-bin-'));
  const log = join(dir, 'calls.log');
  const script = (name: string, body: string): void => {
    writeFileSync(join(dir, name), `#!/usr/bin/env bash\n${body}\n`);
    chmodSync(join(dir, name), 0o755);
  };
  if (real) script('ropa', `exec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"`);
  else symlinkSync(WARM_ROPA, join(dir, 'ropa'));
  // Records the call; a --body-file or body@file argument's file is copied beside the log.
  const recorder = `printf '%s\\n' "$(basename "$0") $*" >> ${JSON.stringify(log)}
prev=""
for a in "$@"; do
  if [ "$prev" = "--body-file" ]; then cp "$a" ${JSON.stringify(log)}.body; fi
  case "$a" in body@*) cp "\${a#body@}" ${JSON.stringify(log)}.body ;; esac
  prev="$a"
done`;
  script('gh', recorder);
  script('curl', recorder);
  return { dir, log, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const PATH = (bin: string): string => [bin, dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':');
const bash = (script: string, cwd: string, env: Record<string, string>): { code: number; stdout: string; stderr: string } => {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
};

/** A repository on the branch of a pull request that adds health data to payroll; `change` alters the branch further. */
function pullRequest(change?: (dir: string) => void): { repo: Repo; base: string } {
  const repo = scratchRepo();
  copyRegistry(join(FIXTURES, 'e2e/before'), repo.dir);
  repo.commit('A registry');
  const base = repo.git('rev-parse', 'HEAD').trim();
  repo.git('checkout', '--quiet', '-b', 'add-health-data');
  copyRegistry(join(FIXTURES, 'e2e/after'), repo.dir);
  change?.(repo.dir);
  repo.commit('Payroll keeps health data');
  return { repo, base };
}

// ---------------------------------------------------------------- GitHub Action

interface ActionStep {
  name: string;
  id?: string;
  if?: string;
  shell?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface StepResult {
  name: string;
  ran: boolean;
  code: number;
  stdout: string;
  stderr: string;
  uses?: string;
  with?: Record<string, string>;
}

const ACTION = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: ActionStep[] };
};

/** Runs the composite action's steps as the runner would: `if` conditions, `${{ }}` values, step outputs. */
function runAction(repo: string, bin: string, event: { name: string; baseSha?: string; number?: string }, inputs: Record<string, string> = {}): StepResult[] {
  const outputs: Record<string, Record<string, string>> = {};
  const input = (k: string): string => inputs[k] ?? (ACTION.inputs[k]?.default === '${{ github.token }}' ? 'test-token' : (ACTION.inputs[k]?.default ?? ''));
  const value = (expr: string): string => {
    let m: RegExpExecArray | null;
    if ((m = /^inputs\.([\w-]+)$/.exec(expr))) return input(m[1]!);
    if ((m = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expr))) return outputs[m[1]!]?.[m[2]!] ?? '';
    const github: Record<string, string> = {
      'github.action_path': ROOT,
      'github.event_name': event.name,
      'github.event.pull_request.base.sha': event.baseSha ?? '',
      'github.event.pull_request.number': event.number ?? '',
      'github.token': 'test-token',
    };
    if (Object.hasOwn(github, expr)) return github[expr]!;
    throw new Error(`the test does not know the expression ${expr}`);
  };
  const fill = (s: string): string => s.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_m, e: string) => value(e));
  const condition = (c: string | undefined, failed: boolean): boolean => {
    if (c === undefined) return !failed;
    const expr = /^\$\{\{\s*(.+?)\s*\}\}$/.exec(c.trim())?.[1] ?? c;
    return expr.split(' && ').every((term) => {
      let m: RegExpExecArray | null;
      if (term === '!cancelled()' || term === 'always()') return true;
      if ((m = /^inputs\.([\w-]+) == '([^']*)'$/.exec(term))) return input(m[1]!) === m[2];
      if ((m = /^hashFiles\('([^']+)'\) != ''$/.exec(term))) return existsSync(join(repo, m[1]!));
      throw new Error(`the test does not know the condition ${term}`);
    });
  };
  const temp = mkdtempSync(join(tmpdir(), 'ropa-runner-'));
  const results: StepResult[] = [];
  let failed = false;
  try {
    for (const step of ACTION.runs.steps) {
      if (!condition(step.if, failed)) {
        results.push({ name: step.name, ran: false, code: 0, stdout: '', stderr: '' });
        continue;
      }
      if (step.uses) {
        results.push({
          name: step.name,
          ran: true,
          code: 0,
          stdout: '',
          stderr: '',
          uses: step.uses,
          with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, fill(String(v))])),
        });
        continue;
      }
      expect(step.shell).toBe('bash');
      // A script never holds a value from the workflow: each comes through env.
      expect(step.run!).not.toMatch(/\$\{\{/);
      const outFile = join(temp, `${step.id ?? 'step'}.out`);
      writeFileSync(outFile, '');
      const env: Record<string, string> = {
        PATH: PATH(bin),
        HOME: temp,
        RUNNER_TEMP: temp,
        GITHUB_OUTPUT: outFile,
        NO_COLOR: '1',
        ROPA_LANG: 'en',
        ...GIT_ENV,
      };
      for (const [k, v] of Object.entries(step.env ?? {})) env[k] = fill(String(v));
      const r = bash(step.run!, repo, env);
      if (step.id)
        outputs[step.id] = Object.fromEntries(
          readFileSync(outFile, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
        );
      if (r.code !== 0) failed = true;
      results.push({ name: step.name, ran: true, ...r });
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return results;
}

const step = (results: StepResult[], name: string): StepResult => results.find((r) => r.name === name)!;

describe('the GitHub Action', () => {
  it('is a composite action whose scripts run in bash, ending with a verdict that always runs', () => {
    expect(ACTION.runs.using).toBe('composite');
    expect(ACTION.runs.steps.at(-1)).toMatchObject({ name: 'Verdict', if: '${{ always() }}' });
  });

  describe('on a pull request that adds health data', () => {
    const { repo, base } = pullRequest();
    const bin = fakeBin();
    let results: StepResult[];
    beforeAll(() => {
      results = runAction(repo.dir, bin.dir, { name: 'pull_request', baseSha: base, number: '7' });
    });
    afterAll(() => {
      repo.cleanup();
      bin.cleanup();
    });

    it('validates with no problem and annotates the missing Art. 9 condition', () => {
      expect(step(results, 'Set up ropa').stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
      expect(step(results, 'Validate').stdout).not.toContain('::error');
      const gaps = step(results, 'Gaps').stdout;
      expect(gaps).toMatch(/^::error file=registry\/activities\/payroll\.yaml,[^\n]*title=special-category-condition::/m);
    });

    it('uploads both SARIF files, each under its own category', () => {
      expect(step(results, 'Upload validation problems')).toMatchObject({
        ran: true,
        uses: 'github/codeql-action/upload-sarif@v4',
        with: { sarif_file: 'ropa-validate.sarif', category: 'ropa-validate' },
      });
      expect(step(results, 'Upload gaps')).toMatchObject({ ran: true, with: { sarif_file: 'ropa-gaps.sarif', category: 'ropa-gaps' } });
      const sarif = JSON.parse(readFileSync(join(repo.dir, 'ropa-gaps.sarif'), 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
      expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toContain('special-category-condition');
    });

    it('comments the diff on the pull request, marked for review, and passes', () => {
      expect(step(results, 'Diff').stdout).toContain('  review      New special-category data (Art. 9): health-data (health data).');
      expect(readFileSync(bin.log, 'utf8')).toBe('gh pr comment 7 --body-file ropa-diff.md --edit-last --create-if-none\n');
      const body = readFileSync(`${bin.log}.body`, 'utf8');
      expect(body).toMatch(/^<!-- ropa diff -->\n/);
      expect(body).toContain('- **review**: New special-category data (Art. 9): `health-data` (health data).');
      expect(step(results, 'Verdict')).toMatchObject({ ran: true, code: 0 });
    });

    it('fails when review changes are to fail it', () => {
      const again = runAction(
        repo.dir,
        bin.dir,
        { name: 'pull_request', baseSha: base, number: '7' },
        { 'fail-on-review': 'true', comment: 'false', 'upload-sarif': 'false', 'ropa-command': WARM_ROPA },
      );
      expect(step(again, 'Verdict').code).toBe(1);
      expect(step(again, 'Verdict').stdout).toContain("::error title=ropa::changes need a data protection officer's review");
      expect(step(again, 'Upload gaps').ran).toBe(false);
    });

    it('fails on gaps when asked to', () => {
      const again = runAction(
        repo.dir,
        bin.dir,
        { name: 'pull_request', baseSha: base, number: '7' },
        { 'fail-on-gaps': 'error', comment: 'false', 'ropa-command': WARM_ROPA },
      );
      expect(step(again, 'Verdict').code).toBe(1);
      expect(step(again, 'Verdict').stdout).toContain('::error title=ropa::gaps did not pass (status 1)');
    });
  });

  it('fails closed: an invalid registry, a ropa that cannot run, a folder posing as the base', () => {
    const bin = fakeBin();
    const broken = pullRequest((dir) =>
      writeFileSync(
        join(dir, 'registry/activities/payroll.yaml'),
        readFileSync(join(dir, 'registry/activities/payroll.yaml'), 'utf8').replace('health-data]', 'helth-data]'),
      ),
    );
    const posing = pullRequest();
    try {
      const invalid = runAction(broken.repo.dir, bin.dir, { name: 'pull_request', baseSha: broken.base, number: '8' }, { 'ropa-command': WARM_ROPA });
      expect(step(invalid, 'Validate').stdout).toMatch(/^::error file=registry\/activities\/payroll\.yaml,line=12,[^\n]*title=unresolved-reference::/m);
      expect(step(invalid, 'Verdict').code).toBe(1);

      const missing = runAction(broken.repo.dir, bin.dir, { name: 'pull_request', baseSha: broken.base }, { 'ropa-command': 'no-such-ropa' });
      expect(step(missing, 'Set up ropa').code).not.toBe(0);
      expect(step(missing, 'Verdict').code).toBe(1);
      expect(step(missing, 'Verdict').stdout).toContain('::error title=ropa::validate did not pass');

      // The pull request adds a copy of its own registry under the base commit's name.
      cpSync(join(posing.repo.dir, 'registry'), join(posing.repo.dir, posing.base), { recursive: true });
      const posed = runAction(posing.repo.dir, bin.dir, { name: 'pull_request', baseSha: posing.base, number: '9' }, { 'ropa-command': WARM_ROPA });
      expect(step(posed, 'Diff').stdout).toContain('refusing to compare');
      expect(step(posed, 'Verdict').code).toBe(1);
    } finally {
      bin.cleanup();
      broken.repo.cleanup();
      posing.repo.cleanup();
    }
  });

  it('on a push checks the registry and compares nothing', () => {
    const bin = fakeBin();
    const { repo } = pullRequest();
    try {
      const results = runAction(repo.dir, bin.dir, { name: 'push' }, { 'ropa-command': `${process.execPath} ${BIN}` });
      expect(step(results, 'Comment the diff').ran).toBe(false);
      expect(existsSync(bin.log)).toBe(false);
      expect(step(results, 'Verdict').code).toBe(0);
    } finally {
      bin.cleanup();
      repo.cleanup();
    }
  });
});

// ---------------------------------------------------------------- pre-commit hooks

interface Hook {
  id: string;
  entry: string;
  args?: string[];
  language: string;
  files: string;
  pass_filenames: boolean;
}
const HOOKS = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

/** Runs a hook as pre-commit does on a commit's staged files: the entry, its args, then the matching file names. */
function runHook(hook: Hook, repo: Repo, bin: string): { code: number; stdout: string; stderr: string; files: string[] } {
  const staged = repo.git('diff', '--cached', '--name-only').split('\n').filter(Boolean);
  const files = staged.filter((f) => new RegExp(hook.files).test(f));
  if (files.length === 0) return { code: 0, stdout: '', stderr: '', files };
  const argv = [...hook.entry.split(' '), ...(hook.args ?? []), ...(hook.pass_filenames ? files : [])];
  const r = spawnSync(argv[0]!, argv.slice(1), {
    cwd: repo.dir,
    env: { PATH: PATH(bin), HOME: repo.dir, NO_COLOR: '1', ROPA_LANG: 'en' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, files };
}

describe('the pre-commit hooks', () => {
  const hook = (id: string): Hook => HOOKS.find((h) => h.id === id)!;

  it('run the ropa command of the package as a node hook', () => {
    expect(HOOKS.map((h) => h.id)).toEqual(['ropa-validate', 'ropa-fmt']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    for (const h of HOOKS) {
      expect(h.language).toBe('node');
      expect(Object.keys(pkg.bin)).toContain(h.entry.split(' ')[0]);
    }
  });

  it('pass a commit that keeps the registry valid and formatted, checking only the files it changes', () => {
    const bin = fakeBin();
    const repo = scratchRepo();
    try {
      copyRegistry(join(FIXTURES, 'e2e/before'), repo.dir);
      repo.commit('A registry');
      copyRegistry(join(FIXTURES, 'e2e/after'), repo.dir);
      writeFileSync(join(repo.dir, 'README.md'), 'notes\n');
      repo.git('add', '--all');
      const fmt = runHook(hook('ropa-fmt'), repo, bin.dir);
      // organisation.yaml is not formatted, but this commit does not touch it.
      expect(fmt.files).toEqual(['registry/activities/payroll.yaml', 'registry/catalogues/catalogue.yaml']);
      expect(fmt.code).toBe(0);
      expect(runHook(hook('ropa-validate'), repo, bin.dir).code).toBe(0);
    } finally {
      bin.cleanup();
      repo.cleanup();
    }
  });

  it('stop a commit with a file out of order, naming it, and one that breaks a reference', () => {
    const bin = fakeBin();
    const repo = scratchRepo();
    try {
      copyRegistry(join(FIXTURES, 'e2e/before'), repo.dir);
      repo.commit('A registry');
      const payroll = join(repo.dir, 'registry/activities/payroll.yaml');
      writeFileSync(
        payroll,
        readFileSync(payroll, 'utf8').replace('status: active\n', '').replace('noticeGroup: operations\n', 'noticeGroup: operations\nstatus: active\n'),
      );
      repo.git('add', '--all');
      const fmt = runHook(hook('ropa-fmt'), repo, bin.dir);
      expect(fmt.code).toBe(1);
      expect(fmt.stdout).toBe('would reformat registry/activities/payroll.yaml\n');
      expect(runHook(hook('ropa-validate'), repo, bin.dir).code).toBe(0);

      writeFileSync(payroll, readFileSync(payroll, 'utf8').replace('[contact-details]', '[contact-detail]'));
      repo.git('add', '--all');
      const validate = runHook(hook('ropa-validate'), repo, bin.dir);
      expect(validate.code).toBe(1);
      expect(validate.stdout + validate.stderr).toMatch(/payroll\.yaml[\s\S]*contact-detail/);
    } finally {
      bin.cleanup();
      repo.cleanup();
    }
  });
});

// ---------------------------------------------------------------- GitLab CI template

const GITLAB = parse(readFileSync(join(ROOT, 'ci/gitlab/ropa.gitlab-ci.yml'), 'utf8')) as {
  variables: Record<string, string>;
  ropa: { before_script: string[]; script: string[]; variables: Record<string, string>; artifacts: { reports: { junit: string[] } } };
};

/** The job's before_script and script in one shell, as the runner runs them, with a merge request's variables. */
function runGitlab(repo: Repo, bin: string, env: Record<string, string>): { code: number; stdout: string; stderr: string } {
  const vars = { ...GITLAB.variables, ...GITLAB.ropa.variables };
  const script = [...GITLAB.ropa.before_script, ...GITLAB.ropa.script].join('\n');
  return bash(script, repo.dir, { PATH: PATH(bin), HOME: repo.dir, NO_COLOR: '1', ...GIT_ENV, ...vars, ...env });
}

describe('the GitLab CI template', () => {
  const mr = (base: string): Record<string, string> => ({
    CI_MERGE_REQUEST_IID: '3',
    CI_MERGE_REQUEST_DIFF_BASE_SHA: base,
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    CI_API_V4_URL: 'https://gitlab.example/api/v4',
    CI_PROJECT_ID: '42',
    ROPA_GITLAB_TOKEN: 'glpat-test',
  });

  it('on a merge request that adds health data: reports, posts the diff as a note, and passes', () => {
    const bin = fakeBin(true);
    const { repo, base } = pullRequest();
    try {
      repo.git('remote', 'add', 'origin', repo.dir);
      const r = runGitlab(repo, bin.dir, mr(base));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      for (const report of GITLAB.ropa.artifacts.reports.junit) expect(existsSync(join(repo.dir, report))).toBe(true);
      expect(readFileSync(join(repo.dir, 'ropa-gaps.xml'), 'utf8')).toMatch(/name="special-category-condition /);
      expect(readFileSync(bin.log, 'utf8')).toContain(
        'curl --fail --silent --show-error --request POST --header PRIVATE-TOKEN: glpat-test --data-urlencode body@ropa-diff.md https://gitlab.example/api/v4/projects/42/merge_requests/3/notes',
      );
      expect(readFileSync(`${bin.log}.body`, 'utf8')).toMatch(/^<!-- ropa diff -->\n/);

      const warmBin = fakeBin();
      expect(runGitlab(repo, warmBin.dir, { ...mr(base), ROPA_FAIL_ON_REVIEW: 'true' }).code).toBe(1);
      warmBin.cleanup();
    } finally {
      bin.cleanup();
      repo.cleanup();
    }
  });

  it('fails closed: an invalid registry, an unknown base, a folder posing as the base', () => {
    const bin = fakeBin();
    const broken = pullRequest((dir) => rmSync(join(dir, 'registry/catalogues/catalogue.yaml')));
    const fine = pullRequest();
    try {
      const invalid = runGitlab(broken.repo, bin.dir, mr(broken.base));
      expect(invalid.code).toBe(1);
      expect(invalid.stdout).toContain('ropa: validate did not pass (status 1)');

      const unknown = runGitlab(fine.repo, bin.dir, { ...mr('0'.repeat(40)), ROPA_GITLAB_TOKEN: '' });
      expect(unknown.code).toBe(1);
      expect(unknown.stdout).toContain('ropa: diff did not run to the end (status 2)');

      mkdirSync(join(fine.repo.dir, fine.base));
      cpSync(join(fine.repo.dir, 'registry'), join(fine.repo.dir, fine.base), { recursive: true });
      const posed = runGitlab(fine.repo, bin.dir, { ...mr(fine.base), ROPA_GITLAB_TOKEN: '' });
      expect(posed.code).toBe(1);
      expect(posed.stdout).toContain('refusing to compare');
    } finally {
      bin.cleanup();
      broken.repo.cleanup();
      fine.repo.cleanup();
    }
  });

  it('on the default branch checks the registry and posts nothing', () => {
    const bin = fakeBin();
    const { repo } = pullRequest();
    try {
      const r = runGitlab(repo, bin.dir, {});
      expect(r.code).toBe(0);
      expect(existsSync(bin.log)).toBe(false);
    } finally {
      bin.cleanup();
      repo.cleanup();
    }
  });
});

describe('the README\'s "In your own repository"', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## In your own repository'), readme.indexOf('## The registry'));
  const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => parse(m[1]!.replace(/^ {2}/gm, '')) as unknown);

  it('uses the action with inputs it has, and names every input', () => {
    const workflow = blocks[0] as { jobs: { ropa: { steps: { uses?: string; with?: Record<string, unknown> }[] } } };
    const use = workflow.jobs.ropa.steps.find((s) => s.uses?.startsWith('ropa-dev/ropa@'))!;
    for (const k of Object.keys(use.with ?? {})) expect(Object.keys(ACTION.inputs)).toContain(k);
    for (const k of Object.keys(ACTION.inputs)) expect(section).toContain(`\`${k}\``);
  });

  it("names the hooks there are, and the template's variables", () => {
    const config = blocks[1] as { repos: { hooks: { id: string }[] }[] };
    expect(config.repos[0]!.hooks.map((h) => h.id)).toEqual(HOOKS.map((h) => h.id));
    for (const v of Object.keys(GITLAB.variables)) expect(section).toContain(`\`${v}\``);
  });
});
