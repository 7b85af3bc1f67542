import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ropa, tempDir } from '../helpers/cli.js';
import { copyRegistry, scratchRepo } from '../e2e/repo.js';

/** A repository whose history holds the diff fixtures' base, then their head, then a broken registry. */
describe('ropa diff between git revisions', () => {
  const repo = scratchRepo();
  let base = '';
  let head = '';
  beforeAll(() => {
    copyRegistry(join(FIXTURES, 'diff/base'), repo.dir);
    writeFileSync(join(repo.dir, 'README.md'), 'not part of the registry\n');
    base = repo.commit('base');
    copyRegistry(join(FIXTURES, 'diff/head'), repo.dir);
    head = repo.commit('head');
    repo.git('tag', 'head-tag');
    writeFileSync(join(repo.dir, 'registry/activities/payroll.yaml'), 'id: payroll\nstatus: actve\n');
    repo.commit('broken');
    // The working tree goes back to the head registry: only the committed one is broken.
    copyRegistry(join(FIXTURES, 'diff/head'), repo.dir);
  });
  afterAll(() => repo.cleanup());

  const run = (args: string[], cwd = repo.dir) => ropa(['diff', ...args], { cwd });

  it('reads the registry at each revision from git, the same as from the folders', () => {
    const fromGit = run([base, head, '-f', 'json']);
    expect(fromGit.stderr).toBe('');
    expect(fromGit.code).toBe(0);
    const fromFolders = ropa(['diff', '--base-dir', 'test/fixtures/diff/base', '--head-dir', 'test/fixtures/diff/head', '-f', 'json']);
    const changes = (s: string) => (JSON.parse(s) as { changes: { file?: string }[] }).changes.map((c) => ({ ...c, file: c.file?.replace(/^registry\//, '') }));
    expect(changes(fromGit.stdout)).toEqual(changes(fromFolders.stdout));
    expect(JSON.parse(fromGit.stdout).base).toEqual({ label: base, commit: base, kind: 'revision' });
    expect(JSON.parse(fromFolders.stdout).base).toEqual({ label: 'test/fixtures/diff/base', kind: 'folder' });
  });

  it('compares with the working tree when no head is given, and works from a subfolder with --dir', () => {
    const r = run([base, '-f', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`\`${base}\` → the working tree`);
    expect(r.stdout).toContain('`registry/activities/payroll.yaml`');
    mkdirSync(join(repo.dir, 'docs'), { recursive: true });
    const sub = run([base, 'head-tag', '--dir', '../registry', '-f', 'json'], join(repo.dir, 'docs'));
    expect(sub.code).toBe(0);
    expect(JSON.parse(sub.stdout).head).toEqual({ label: 'head-tag', commit: head, kind: 'revision' });
  });

  it('exits 1 with --fail-on review when a change needs review, and writes the report with -o', () => {
    const r = run([base, head, '--fail-on', 'review', '-f', 'markdown', '-o', 'diff.md']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(repo.dir, 'diff.md'), 'utf8')).toMatch(/^<!-- ropa diff -->\n### Changes to the record/);
    expect(run([head, 'head-tag', '--fail-on', 'review']).code).toBe(0);
  });

  it('says which side is broken when a registry fails validation, and exits 1', () => {
    const r = run([head, 'main']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('registry/activities/payroll.yaml');
    expect(r.stderr).toMatch(/ropa: the registry at main \([0-9a-f]+\) has \d+ errors?; it must be valid at both sides to be compared\n$/);
  });

  it('exits 2 for a revision git does not know, an option passed as a revision, or a folder missing at the revision', () => {
    const unknown = run(['no-such-branch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('ropa: git knows no commit called "no-such-branch"\n');
    const option = run(['--', '--output=/tmp/x', head]);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe('ropa: git knows no commit called "--output=/tmp/x"\n');
    const missing = run([base, head, '--dir', 'elsewhere']);
    expect(missing.code).toBe(2);
    // The base may lack the folder (the change that adds the registry); the head may not.
    expect(missing.stderr).toBe(`ropa: there is no registry folder elsewhere at revision ${head}\n`);
  });

  it('exits 2 outside a git repository unless both sides are folders', () => {
    const outside = tempDir();
    try {
      const r = ropa(['diff', 'main', join(FIXTURES, 'diff/head')], { cwd: outside.dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is not inside a git repository; to compare two registry folders, name both as paths');
      expect(ropa(['diff', join(FIXTURES, 'diff/base'), join(FIXTURES, 'diff/head')], { cwd: outside.dir }).code).toBe(0);
    } finally {
      outside.cleanup();
    }
  });
});

describe('ropa diff on the change that adds the registry', () => {
  it('compares with an empty registry: every activity is added', () => {
    const repo = scratchRepo();
    try {
      writeFileSync(join(repo.dir, 'README.md'), 'before the registry\n');
      const before = repo.commit('before');
      copyRegistry(join(FIXTURES, 'diff/base'), repo.dir);
      const after = repo.commit('add the registry');
      const r = ropa(['diff', before, after, '-f', 'json'], { cwd: repo.dir });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const changes = (JSON.parse(r.stdout) as { changes: { id: string; activity?: string }[] }).changes;
      const activities = readdirSync(join(FIXTURES, 'diff/base/activities'))
        .map((f) => f.replace(/\.yaml$/, ''))
        .sort();
      expect(changes.filter((c) => c.id === 'activity-added').map((c) => c.activity)).toEqual(activities);
      // Catalogue entries are new too; nothing is reported as changed or removed.
      expect(changes.every((c) => c.id === 'activity-added' || c.id === 'entry-added')).toBe(true);
    } finally {
      repo.cleanup();
    }
  });
});
