import { spawnSync } from 'node:child_process';
import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { isWithin } from '../util/within.js';
import { UserError } from '../util/errors.js';
import { MAX_FILE_BYTES } from '../load/read.js';

/** The most blob bytes read from one `git cat-file --batch`: well under the buffer `git()` gives its output. */
const BLOB_BATCH_BYTES = 256 * 1024 * 1024;

/** Runs git; its output as bytes. A git that is missing or fails is reported by the caller. */
function git(cwd: string, args: string[], input?: Buffer): { ok: boolean; stdout: Buffer; stderr: string } {
  const r = spawnSync('git', args, {
    cwd,
    input,
    maxBuffer: 1024 * 1024 * 1024,
    // Paths and revisions are data: no pathspec magic, no pager, no prompt.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_LITERAL_PATHSPECS: '1', GIT_PAGER: 'cat' },
  });
  if (r.error) throw new UserError('diff.git-missing', { detail: r.error.message });
  return { ok: r.status === 0, stdout: r.stdout, stderr: r.stderr.toString('utf8').trim() };
}

/**
 * The repository around `dir`, and where `dir` is inside it (forward slashes; '' for the top). The
 * folder is taken as named, not through symbolic links: a link must not choose which folder is
 * read at another revision.
 */
export function locateInRepository(cwd: string, dir: string): { top: string; prefix: string } {
  const r = git(cwd, ['rev-parse', '--show-toplevel']);
  if (!r.ok) throw new UserError('diff.not-a-repository', { path: cwd });
  const top = realpathSync(r.stdout.toString('utf8').trim());
  let target = resolve(realpathSync(cwd), dir);
  if (!isWithin(top, target)) {
    // An absolute path may reach the repository through a link above it (/tmp → /private/tmp).
    try {
      target = join(realpathSync(dirname(target)), basename(target));
    } catch {
      /* keep the first answer */
    }
  }
  const rel = relative(top, target);
  if (!isWithin(top, target)) throw new UserError('diff.outside-repository', { path: dir, top });
  return { top, prefix: rel.split(sep).join('/') };
}

/**
 * In the working tree, the registry folder and every folder above it inside the repository must be
 * folders, not symbolic links: the same rule as at a revision (see `readRevision`).
 */
export function checkWorkingTreePath(top: string, prefix: string, shown: string, where: string): void {
  let at = top;
  for (const part of prefix === '' ? [] : prefix.split('/')) {
    at = join(at, part);
    try {
      if (lstatSync(at).isSymbolicLink()) throw new UserError('diff.registry-symlink', { path: shown, revision: where }, 1);
    } catch (e) {
      if (e instanceof UserError) throw e;
      return; // not there: the loader says so
    }
  }
}

/** The commit a revision names, abbreviated too. A revision git does not know is a usage error. */
export function resolveRevision(top: string, revision: string): { commit: string; short: string } {
  // A revision is never an option: `--output=…` must not reach git as one.
  if (revision.startsWith('-') || revision === '') throw new UserError('diff.no-revision', { revision });
  // `:/text` (the newest commit whose message matches) takes the rest as its pattern: `^{commit}` would
  // become part of it. It names a commit anyway.
  const spec = revision.startsWith(':/') ? revision : `${revision}^{commit}`;
  const r = git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', spec]);
  if (!r.ok) {
    // CI checks out one commit by default: the base is then missing from a clone that is no fault of the name.
    const shallow = git(top, ['rev-parse', '--is-shallow-repository']).stdout.toString('utf8').trim() === 'true';
    throw new UserError(shallow ? 'diff.no-revision-shallow' : 'diff.no-revision', { revision });
  }
  const commit = r.stdout.toString('utf8').trim();
  const short = git(top, ['rev-parse', '--short', '--end-of-options', commit]).stdout.toString('utf8').trim();
  return { commit, short };
}

/** One entry of a tree, as `git ls-tree` gives it. */
export interface TreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  oid: string;
  /** Inside the registry folder, forward slashes. */
  path: string;
}

/** The registry folder at a commit: its entries by path, and a reader for blobs. */
export interface RevisionTree {
  entries: Map<string, TreeEntry>;
  /** Blob contents; a blob larger than `MAX_FILE_BYTES` is not read and has no entry. */
  read(oids: readonly string[]): Map<string, Buffer>;
  /** Sizes of blobs, as git stores them. */
  sizes(oids: readonly string[]): Map<string, number>;
}

/**
 * The registry folder `prefix` at `commit`, read from git's object store: nothing is checked out
 * or written. Every folder on the way must be a folder (a symbolic link, a file or a submodule
 * there is refused), and the listing must be one a checkout could hold: no entry named `.`, `..`
 * or empty, none twice. Returns undefined when the folder is not at that commit.
 */
export function readRevision(top: string, commit: string, prefix: string, revision: string): RevisionTree | undefined {
  // One listing, with sizes: the folders on the way to the registry, then everything in it.
  const listed = listTree(top, commit, prefix, true, revision);
  const parts = prefix === '' ? [] : prefix.split('/');
  for (let i = 0; i < parts.length; i++) {
    const shown = parts.slice(0, i + 1).join('/');
    let here = listed.filter((e) => e.path === shown);
    // A link or a file on the way ends the listing before it: what it is, from a listing of it alone.
    if (here.length === 0) here = listTree(top, commit, shown, false, revision).filter((e) => e.path === shown);
    if (here.length === 0) return undefined;
    if (here.length > 1) throw new UserError('diff.tree-duplicate', { path: shown, revision }, 1);
    const entry = here[0]!;
    if (entry.mode === '120000') throw new UserError('diff.registry-symlink', { path: shown, revision }, 1);
    if (entry.type !== 'tree') throw new UserError('diff.registry-not-folder', { path: shown, revision }, 1);
  }
  const entries = new Map<string, TreeEntry>();
  const sizes = new Map<string, number>();
  const inside = prefix === '' ? '' : `${prefix}/`;
  for (const { size, ...e } of listed) {
    if (!e.path.startsWith(inside) || e.path === prefix) continue;
    const path = e.path.slice(inside.length);
    if (entries.has(path)) throw new UserError('diff.tree-duplicate', { path: e.path, revision }, 1);
    entries.set(path, { ...e, path });
    if (size !== undefined) sizes.set(e.oid, size);
  }
  const sizeOf = (oids: readonly string[]): Map<string, number> => new Map(oids.flatMap((oid) => (sizes.has(oid) ? [[oid, sizes.get(oid)!] as const] : [])));
  return {
    entries,
    sizes: sizeOf,
    read: (oids) => {
      // In runs of at most BLOB_BATCH_BYTES: git's whole answer is one buffer, and a registry of many large files
      // at a revision overflowed it (ENOBUFS, said as «git could not be run»).
      const out = new Map<string, Buffer>();
      let batch: string[] = [];
      let bytes = 0;
      const flush = (): void => {
        for (const [oid, blob] of readBlobs(top, batch)) out.set(oid, blob);
        batch = [];
        bytes = 0;
      };
      for (const [oid, size] of sizeOf(oids)) {
        if (size > MAX_FILE_BYTES) continue;
        if (bytes + size > BLOB_BATCH_BYTES) flush();
        batch.push(oid);
        bytes += size;
      }
      flush();
      return out;
    },
  };
}

/**
 * The tree of `commit` down to `prefix` and, when `recursive`, everything under it (every entry, folders
 * too, with blob sizes), in one `git ls-tree`; each path checked. Paths are from the top of the repository.
 */
function listTree(top: string, commit: string, prefix: string, recursive: boolean, revision: string): (TreeEntry & { size?: number })[] {
  const r = git(top, [
    'ls-tree',
    '-z',
    '-l',
    ...(recursive ? ['-r', '-t'] : []),
    '--full-tree',
    '--end-of-options',
    `${commit}^{tree}`,
    ...(prefix === '' ? [] : ['--', prefix]),
  ]);
  if (!r.ok) throw new UserError('diff.git-failed', { detail: r.stderr });
  const out: (TreeEntry & { size?: number })[] = [];
  for (const line of r.stdout.toString('utf8').split('\0')) {
    if (line === '') continue;
    const m = /^(\d{6}) (blob|tree|commit) ([0-9a-f]{40,64}) +(-|\d+)\t(.*)$/s.exec(line);
    if (!m) throw new UserError('diff.git-failed', { detail: line.slice(0, 200) });
    const path = m[5]!;
    // A name git itself never writes: a tree made with `git mktree` can hold it, a checkout cannot.
    if (path.split('/').some((p) => p === '' || p === '.' || p === '..' || p.toLowerCase() === '.git') || path.includes('\\') || path.includes('\0')) {
      // Named inside the registry, as a checkout of it would hold it.
      const inside = prefix !== '' && path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : path;
      throw new UserError('diff.tree-bad-path', { path: JSON.stringify(inside), revision }, 1);
    }
    out.push({ mode: m[1]!, type: m[2] as TreeEntry['type'], oid: m[3]!, path, ...(m[4] === '-' ? {} : { size: Number(m[4]) }) });
  }
  return out;
}

/** Every blob in one `git cat-file --batch` run: `<oid> <type> <size>\n<bytes>\n` each. */
function readBlobs(top: string, oids: readonly string[]): Map<string, Buffer> {
  const unique = [...new Set(oids)];
  const out = new Map<string, Buffer>();
  if (unique.length === 0) return out;
  const r = git(top, ['cat-file', '--batch'], Buffer.from(unique.join('\n') + '\n'));
  if (!r.ok) throw new UserError('diff.git-failed', { detail: r.stderr });
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
