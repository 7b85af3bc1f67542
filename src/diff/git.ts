import { spawnSync } from 'node:child_process';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { UserError } from '../util/errors.js';

/** Runs git; its output as bytes. A git that is missing or fails is reported by the caller. */
function git(cwd: string, args: string[], input?: Buffer): { ok: boolean; stdout: Buffer; stderr: string } {
  const r = spawnSync('git', args, { cwd, input, maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  if (r.error) throw new UserError('diff.git-missing', { detail: r.error.message });
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr.toString('utf8').trim() };
}

/** The repository around `dir`, and where `dir` is inside it (forward slashes; '' for the top). */
export function locateInRepository(cwd: string, dir: string): { top: string; prefix: string } {
  const r = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!r.ok) throw new UserError('diff.not-a-repository', { path: cwd });
  const top = realpathSync(r.stdout.toString('utf8').trim());
  let target = join(cwd, dir);
  try {
    target = realpathSync(target);
  } catch {
    // The folder need not exist in the working tree to exist at a revision.
    target = join(realpathSync(cwd), dir);
  }
  const rel = relative(top, target);
  if (rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) throw new UserError('diff.outside-repository', { path: dir, top });
  return { top, prefix: rel.split(sep).join('/') };
}

/** The commit a revision names, abbreviated too. A revision git does not know is a usage error. */
export function resolveRevision(top: string, revision: string): { commit: string; short: string } {
  // A revision is never an option: `--output=…` must not reach git as one.
  if (revision.startsWith('-')) throw new UserError('diff.no-revision', { revision });
  const r = git(top, ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  if (!r.ok) throw new UserError('diff.no-revision', { revision });
  const commit = r.stdout.toString('utf8').trim();
  const short = git(top, ['rev-parse', '--short', commit]).stdout.toString('utf8').trim();
  return { commit, short };
}

/**
 * Writes the files under `prefix` at `commit` into `dest`, at the same relative paths, straight from
 * git's object store (no checkout, no working-tree filters). Returns the registry folder in `dest`.
 */
export function materialise(top: string, commit: string, prefix: string, dest: string, revision: string): string {
  const tree = git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix === '' ? '.' : prefix]);
  if (!tree.ok) throw new UserError('diff.git-failed', { detail: tree.stderr });
  const entries = tree.stdout
    .toString('utf8')
    .split('\0')
    .filter((e) => e !== '')
    .flatMap((e) => {
      const m = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(e);
      return m && m[2] === 'blob' ? [{ mode: m[1]!, oid: m[3]!, path: m[4]! }] : [];
    });
  if (entries.length === 0) throw new UserError('diff.registry-missing', { path: prefix === '' ? '.' : prefix, revision });
  const blobs = readBlobs(top, entries.map((e) => e.oid));
  for (const e of entries) {
    const target = join(dest, ...e.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    const data = blobs.get(e.oid)!;
    // A symbolic link is kept as one, so the loader judges it as it would in a checkout.
    if (e.mode === '120000') symlinkSync(data.toString('utf8'), target);
    else writeFileSync(target, data);
  }
  return join(dest, ...(prefix === '' ? [] : prefix.split('/')));
}

/** Every blob in one `git cat-file --batch` run: `<oid> <type> <size>\n<bytes>\n` each. */
function readBlobs(top: string, oids: string[]): Map<string, Buffer> {
  const unique = [...new Set(oids)];
  const r = git(top, ['cat-file', '--batch'], Buffer.from(unique.join('\n') + '\n'));
  if (!r.ok) throw new UserError('diff.git-failed', { detail: r.stderr });
  const out = new Map<string, Buffer>();
  let at = 0;
  for (const oid of unique) {
    const eol = r.stdout.indexOf(0x0a, at);
    const header = r.stdout.subarray(at, eol).toString('utf8').split(' ');
    if (header[0] !== oid || header[1] !== 'blob') throw new UserError('diff.git-failed', { detail: header.join(' ') });
    const size = Number(header[2]);
    out.set(oid, r.stdout.subarray(eol + 1, eol + 1 + size));
    at = eol + 1 + size + 1;
  }
  return out;
}
