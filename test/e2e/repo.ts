import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Git with no user or system configuration and fixed dates: the same commits on every machine. */
export const GIT_ENV: Record<string, string> = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.no',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.no',
  GIT_AUTHOR_DATE: '2026-01-01T12:00:00Z',
  GIT_COMMITTER_DATE: '2026-01-01T12:00:00Z',
};

/** A scratch git repository, with helpers to run git in it and commit. */
export function scratchRepo(): { dir: string; git: (...args: string[]) => string; commit: (message: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ropa-repo-'));
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, ...GIT_ENV }, encoding: 'utf8' });
  git('init', '--quiet', '--initial-branch=main');
  return {
    dir,
    git,
    commit: (message) => {
      git('add', '--all');
      git('commit', '--quiet', '-m', message);
      return git('rev-parse', '--short', 'HEAD').trim();
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Copies a registry folder into the repository at `registry/`. */
export function copyRegistry(from: string, repo: string, to = 'registry'): void {
  rmSync(join(repo, to), { recursive: true, force: true });
  cpSync(from, join(repo, to), { recursive: true });
}
