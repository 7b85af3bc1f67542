import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { FIXTURES } from '../helpers/cli.js';
import { GIT_ENV, copyRegistry, scratchRepo } from '../e2e/repo.js';
import { hostileRun, STACK_FRAME } from './run.js';

/**
 * `ropa diff` against a contributor who controls a pull request's files, branch names and git
 * objects. Trees no `git add` would make are built with `git mktree` and `git commit-tree`, as an
 * attacker would (a clone carries them). The recipe's command is `ropa diff "$BASE" --fail-on review`.
 */
const BEFORE = join(FIXTURES, 'e2e/before');
const PAYROLL = readFileSync(join(BEFORE, 'activities/payroll.yaml'), 'utf8');
/** A second activity: what the pull request adds, which must be marked for review. */
const BONUS = PAYROLL.replace('id: payroll', 'id: bonus').replace('{nb: Lønn, en: Payroll}', '{nb: Bonus, en: Bonus}');

/** A repository with `main` holding the e2e registry, and helpers to write raw git objects. */
function attackRepo() {
  const repo = scratchRepo();
  const raw = (args: string[], input?: string | Buffer): string =>
    execFileSync('git', args, { cwd: repo.dir, env: { PATH: process.env.PATH ?? '', HOME: repo.dir, ...GIT_ENV }, input, encoding: 'utf8' }).trim();
  copyRegistry(BEFORE, repo.dir);
  repo.commit('A registry');
  const main = raw(['rev-parse', 'main']);
  const blob = (content: string | Buffer): string => raw(['hash-object', '-w', '--stdin'], content);
  /** A tree from entries `[mode, name, oid]`: names and duplicates exactly as given. */
  const tree = (entries: [string, string, string][]): string =>
    raw(
      ['mktree'],
      entries.map(([mode, name, oid]) => `${mode} ${mode === '040000' ? 'tree' : mode === '160000' ? 'commit' : 'blob'} ${oid}\t${name}\n`).join(''),
    );
  /** The entries of a tree of a commit (e.g. `main:registry`), to build on. */
  const entries = (treeish: string): [string, string, string][] =>
    raw(['ls-tree', treeish])
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => {
        const [meta, name] = l.split('\t');
        const [mode, , oid] = meta!.split(' ');
        return [mode!, name!, oid!];
      });
  /** A commit on top of main with this root tree, as the branch `name`. */
  const commitTree = (root: string, name: string): string => {
    const c = raw(['commit-tree', root, '-p', main, '-m', name]);
    raw(['update-ref', `refs/heads/${name}`, c]);
    return c;
  };
  /** The root tree of main with `registry` replaced. */
  const withRegistry = (registry: [string, string, string]): string => tree([...entries('main').filter(([, n]) => n !== 'registry'), registry]);
  return { ...repo, raw, main, blob, tree, entries, commitTree, withRegistry };
}

const diff = (cwd: string, ...args: string[]) => hostileRun(['diff', ...args], { cwd });

describe('a revision argument always means a revision', () => {
  const repo = attackRepo();
  afterAll(() => repo.cleanup());

  it('a folder named like the base branch does not stand in for it', () => {
    repo.git('checkout', '--quiet', '-b', 'pr');
    writeFileSync(join(repo.dir, 'registry/activities/bonus.yaml'), BONUS);
    // The pull request also adds a copy of its own registry where the base branch's name points.
    cpSync(join(repo.dir, 'registry'), join(repo.dir, 'main'), { recursive: true });
    mkdirSync(join(repo.dir, 'origin'));
    cpSync(join(repo.dir, 'registry'), join(repo.dir, 'origin/main'), { recursive: true });
    repo.commit('adds bonus, and a decoy');
    for (const base of ['main', 'origin/main']) {
      const r = diff(repo.dir, base, '--fail-on', 'review');
      if (base === 'origin/main') {
        // There is no such revision here: a usage error, not the folder.
        expect(r.code).toBe(2);
        expect(r.stderr).toBe('ropa: git knows no commit called "origin/main"\n');
        continue;
      }
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^Changes to the record of processing activities: main \([0-9a-f]+\) → the working tree\n/);
      expect(r.stdout).toContain('New processing activity bonus.');
    }
  });

  it('a folder is taken when it is asked for, and the output says so', () => {
    const flag = diff(repo.dir, '--base-dir', 'main', '--fail-on', 'review');
    expect(flag.code).toBe(0);
    expect(flag.stdout).toBe(
      'Changes to the record of processing activities: the folder main → the working tree\nNo changes to the record of processing activities.\n',
    );
    const path = diff(repo.dir, './main', '-f', 'json');
    expect(JSON.parse(path.stdout).base).toEqual({ label: './main', kind: 'folder' });
  });

  it('a branch name that looks like an option is refused, never passed to git as one', () => {
    for (const name of ['--output=/tmp/ropa-pwned', '-p', '--exec=touch /tmp/ropa-pwned']) {
      const r = diff(repo.dir, '--', name);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`ropa: git knows no commit called "${name}"\n`);
    }
    expect(existsSync('/tmp/ropa-pwned')).toBe(false);
  });

  it('two sides and no more', () => {
    const r = diff(repo.dir, '--base-dir', './main', 'main', 'main');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('ropa: one base and one head at most: "main" is one too many\n');
  });
});

describe('a registry that is a symbolic link', () => {
  const repo = attackRepo();
  const secret = mkdtempSync(join(tmpdir(), 'ropa-secret-'));
  beforeAll(() => {
    // A registry outside the repository, which ropa diff must never read or print.
    cpSync(BEFORE, secret, { recursive: true });
    writeFileSync(join(secret, 'activities/secret.yaml'), PAYROLL.replace('id: payroll', 'id: secret').replace('Payroll', 'TOP-SECRET'));
  });
  afterAll(() => {
    repo.cleanup();
    rmSync(secret, { recursive: true, force: true });
  });

  it.each([
    ['an absolute path', () => secret],
    ['a path out of the repository', () => relative(repo.dir, secret)],
    ['another folder in the repository', () => 'docs/registry'],
  ])('committed, to %s: refused at that revision', (_, target) => {
    const name = `link-${basename(target()).replace(/[^a-z0-9]/gi, '')}`;
    const head = repo.commitTree(repo.withRegistry(['120000', 'registry', repo.blob(target())]), name);
    const r = diff(repo.dir, 'main', head, '--fail-on', 'review');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `ropa: the registry folder registry is a symbolic link in ${head}; ropa diff reads a registry only from a folder in the repository\n`,
    );
    expect(r.stdout).not.toContain('secret');
  });

  it('in the working tree, to another folder in the repository: refused, not compared with that folder at the base', () => {
    // At the base, docs/registry is another registry (one more activity). The pull request points
    // `registry` at it: the record gains an activity. Following the link to choose the folder read
    // at the base would compare docs/registry with itself: "No changes".
    cpSync(BEFORE, join(repo.dir, 'docs/registry'), { recursive: true });
    writeFileSync(join(repo.dir, 'docs/registry/activities/bonus.yaml'), BONUS);
    repo.commit('docs: an example registry');
    repo.git('checkout', '--quiet', '-b', 'pr');
    rmSync(join(repo.dir, 'registry'), { recursive: true });
    symlinkSync('docs/registry', join(repo.dir, 'registry'));
    repo.commit('registry is a link');
    const r = diff(repo.dir, 'main', '--fail-on', 'review');
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'ropa: the registry folder registry is a symbolic link in the working tree; ropa diff reads a registry only from a folder in the repository\n',
    );
  });
});

describe('trees no checkout can hold are refused, and nothing is written anywhere', () => {
  const repo = attackRepo();
  /** Where `..` entries would land: the folder above ropa's old scratch folder, /tmp. */
  const landing = mkdtempSync(join(tmpdir(), 'ropa-landing-'));
  afterAll(() => {
    repo.cleanup();
    rmSync(landing, { recursive: true, force: true });
  });
  const registry = (): [string, string, string][] => repo.entries('main:registry');
  const refused = (head: string, message: RegExp): void => {
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith('ropa-diff-')).length;
    const r = diff(repo.dir, 'main', head, '--fail-on', 'review');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.code).toBe(1);
    expect(readdirSync(landing)).toEqual([]);
    // Nothing is materialised: no scratch folder is made, or left behind.
    expect(readdirSync(tmpdir()).filter((n) => n.startsWith('ropa-diff-')).length).toBe(before);
  };

  it('entries named ".." that would climb out of the scratch folder', () => {
    // registry/../../../<landing>/pwned.yaml from /tmp/ropa-diff-XXXX/head/registry is <landing>/pwned.yaml.
    let t = repo.tree([['100644', 'pwned.yaml', repo.blob('pwned: true\n')]]);
    t = repo.tree([['040000', basename(landing), t]]);
    for (let i = 0; i < 3; i++) t = repo.tree([['040000', '..', t]]);
    const head = repo.commitTree(repo.withRegistry(['040000', 'registry', repo.tree([...registry(), ['040000', '..', t]])]), 'dotdot');
    refused(
      head,
      /^ropa: revision [0-9a-f]+ holds the path "\.\.\/\.\.\/\.\.\/\.\.\/ropa-landing-[^"]+\/pwned\.yaml"|^ropa: revision [0-9a-f]+ holds the path "\.\."/,
    );
  });

  it.each([['.'], [''], ['.git'], ['.GIT']])('an entry named %j', (name) => {
    if (name === '') return; // git mktree cannot make one: git itself refuses the name
    const head = repo.commitTree(
      repo.withRegistry(['040000', 'registry', repo.tree([...registry(), ['040000', name, repo.tree([['100644', 'x.yaml', repo.blob('x: 1\n')]])]])]),
      `odd-${name.length}-${name.replace(/\./g, 'dot')}`,
    );
    refused(head, /holds the path "\.(git|GIT)?(\/x\.yaml)?", which no checkout can have; it is not read\n$/);
  });

  it('a duplicate entry: a link and a folder of the same name, the link first', () => {
    const activities = registry().find(([, n]) => n === 'activities')!;
    const entries = registry().filter(([, n]) => n !== 'activities');
    const head = repo.commitTree(
      repo.withRegistry(['040000', 'registry', repo.tree([...entries, ['120000', 'activities', repo.blob(landing)], activities])]),
      'duplicate',
    );
    refused(head, /^ropa: revision [0-9a-f]+ holds registry\/activities twice, which git never writes; it is not read\n$/);
  });

  it('a duplicate registry folder at the top', () => {
    const root = repo.tree([...repo.entries('main'), ['040000', 'registry', repo.tree([['100644', 'organisation.yaml', repo.blob('x: 1\n')]])]]);
    refused(repo.commitTree(root, 'two-registries'), /^ropa: revision [0-9a-f]+ holds registry twice/);
  });

  it('a registry that is a submodule, or a file', () => {
    refused(repo.commitTree(repo.withRegistry(['160000', 'registry', repo.main]), 'gitlink'), /^ropa: registry is not a folder at revision [0-9a-f]+\n$/);
    refused(repo.commitTree(repo.withRegistry(['100644', 'registry', repo.blob('x')]), 'file'), /^ropa: registry is not a folder at revision [0-9a-f]+\n$/);
  });
});

describe('links and odd entries inside the registry at a revision follow the loader’s rules', () => {
  const repo = attackRepo();
  const outsideFile = join(tmpdir(), `ropa-outside-${process.pid}.yaml`);
  beforeAll(() => writeFileSync(outsideFile, PAYROLL.replace('id: payroll', 'id: outside').replace('Payroll', 'OUTSIDE-TEXT')));
  afterAll(() => {
    repo.cleanup();
    rmSync(outsideFile, { force: true });
  });
  /** main's registry with `activities` holding these entries besides payroll.yaml. */
  const headWith = (name: string, extra: [string, string, string][], top: [string, string, string][] = []): string => {
    const activities = repo.tree([...repo.entries('main:registry/activities'), ...extra]);
    const registry = repo.tree([...repo.entries('main:registry').filter(([, n]) => n !== 'activities'), ['040000', 'activities', activities], ...top]);
    return repo.commitTree(repo.withRegistry(['040000', 'registry', registry]), name);
  };
  const problems = (head: string): { code: number | null; stderr: string; stdout: string } => diff(repo.dir, 'main', head, '--fail-on', 'review');

  it.each([
    ['an absolute link', () => outsideFile, 'This symbolic link points outside the registry'],
    ['a link out of the registry', () => '../../../../../../../../..' + outsideFile, 'This symbolic link points outside the registry'],
    ['a link out and back in', () => '../../registry/activities/payroll.yaml', 'This symbolic link points outside the registry'],
    ['a dangling link', () => 'nothing.yaml', 'This symbolic link points to nothing'],
    ['a link to itself', () => 'loop.yaml', 'This symbolic link is part of a loop'],
  ])('%s is reported, not read', (_, target, message) => {
    const head = headWith(`link-${target().length}`, [['120000', 'loop.yaml', repo.blob(target())]]);
    const r = problems(head);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('registry/activities/loop.yaml');
    expect(r.stderr).toContain(message);
    expect(r.stdout + r.stderr).not.toContain('OUTSIDE-TEXT');
  });

  it('a link to another file inside the registry is read, as in a checkout', () => {
    const r = problems(headWith('inside', [['120000', 'bonus.yaml', repo.blob('../catalogues/../activities/payroll.yaml')]]));
    // The linked file says `id: payroll`: it is read, and its id does not match its name.
    expect(r.stderr).toContain('registry/activities/bonus.yaml');
    expect(r.stderr).toMatch(/id/);
    expect(r.code).toBe(1);
  });

  it('a link to an activities folder elsewhere in the registry is followed', () => {
    const acts = repo.tree([...repo.entries('main:registry/activities'), ['100644', 'bonus.yaml', repo.blob(BONUS)]]);
    const registry = repo.tree([
      ...repo.entries('main:registry').filter(([, n]) => n !== 'activities'),
      ['040000', 'real', acts],
      ['120000', 'activities', repo.blob('real')],
    ]);
    const r = problems(repo.commitTree(repo.withRegistry(['040000', 'registry', registry]), 'folder-link'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('New processing activity bonus.');
    expect(r.stdout).toContain('registry/activities/bonus.yaml');
  });

  it('a submodule or a folder named like an activity file is reported', () => {
    const r = problems(
      headWith('gitlink-file', [
        ['160000', 'sub.yaml', repo.main],
        ['040000', 'dir.yaml', repo.tree([['100644', 'x', repo.blob('x')]])],
      ]),
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('registry/activities/sub.yaml');
    expect(r.stderr).toContain('registry/activities/dir.yaml');
    expect(r.stderr).toContain('not a regular file');
  });

  it('a blob larger than any registry file is not read', () => {
    const big = Buffer.alloc(5 * 1024 * 1024, 'a');
    const r = problems(headWith('big', [['100644', 'big.yaml', repo.blob(big)]]));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('registry/activities/big.yaml');
    expect(r.stderr).toContain('5.0');
  });

  it('organisation.yml beside organisation.yaml is reported', () => {
    const org = repo.entries('main:registry').find(([, n]) => n === 'organisation.yaml')!;
    const r = problems(headWith('two-orgs', [], [['100644', 'organisation.yml', org[2]]]));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('registry/organisation.yml');
    expect(r.stderr).toContain('both organisation.yaml and organisation.yml');
  });
});
