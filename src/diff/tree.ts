import { join } from 'node:path';
import type { Discovered, DiscoveryProblem } from '../load/discover.js';
import { LAYOUT, isRegistryFileName, unreadFolder } from '../load/discover.js';
import { MAX_FILE_BYTES } from '../load/read.js';
import type { RevisionTree, TreeEntry } from './git.js';

/** As many links as Linux follows in one path before it says ELOOP. */
const MAX_LINKS = 40;
/** A link's target is a path: longer than this is no link a checkout could make. */
const MAX_LINK_BYTES = 4096;

type Resolved =
  { kind: 'file'; entry: TreeEntry } | { kind: 'folder'; path: string } | { kind: 'other' } | { kind: 'problem'; rule: string; messageId: string };

/**
 * The registry's files at a revision, found by the loader's rules (src/load/discover.ts) applied to
 * git's listing instead of a folder: organisation.yaml at the root, activities/ and catalogues/;
 * a symbolic link is followed only while it stays inside the registry (an absolute one never
 * does), and a link that loops, dangles or leaves is reported, not read. Each file comes with its
 * bytes; `root` is where the registry would be in a checkout, so that messages name the paths a
 * reader knows.
 */
export function discoverAtRevision(tree: RevisionTree, root: string): { files: (Discovered & { bytes: Uint8Array })[]; problems: DiscoveryProblem[] } {
  const { entries } = tree;
  const links = [...entries.values()].filter((e) => e.mode === '120000');
  const sizes = tree.sizes(links.map((e) => e.oid));
  const targets = tree.read(links.filter((e) => (sizes.get(e.oid) ?? Infinity) <= MAX_LINK_BYTES).map((e) => e.oid));
  const problems: DiscoveryProblem[] = [];
  const found: { path: string; kind: Discovered['kind']; entry: TreeEntry }[] = [];

  /** Follows links through the listing as the kernel would through a checkout, never above the registry. */
  const resolve = (path: string): Resolved => {
    const todo = path.split('/');
    const at: string[] = [];
    let hops = 0;
    while (todo.length > 0) {
      const part = todo.shift()!;
      if (part === '' || part === '.') continue;
      if (part === '..') {
        if (at.length === 0) return outside();
        at.pop();
        continue;
      }
      const here = [...at, part].join('/');
      const entry = entries.get(here);
      if (!entry) return { kind: 'problem', rule: 'symlink-broken', messageId: 'validate.symlink-broken' };
      if (entry.mode === '120000') {
        if (++hops > MAX_LINKS) return { kind: 'problem', rule: 'symlink-loop', messageId: 'validate.symlink-loop' };
        const target = targets.get(entry.oid)?.toString('utf8');
        if (target === undefined || target === '' || target.includes('\0'))
          return { kind: 'problem', rule: 'symlink-broken', messageId: 'validate.symlink-broken' };
        if (target.startsWith('/')) return outside();
        todo.unshift(...target.split('/'));
        continue;
      }
      if (todo.some((p) => p !== '' && p !== '.') && entry.type !== 'tree')
        return { kind: 'problem', rule: 'symlink-broken', messageId: 'validate.symlink-broken' };
      at.push(part);
      if (todo.length === 0 || todo.every((p) => p === '' || p === '.')) {
        if (entry.type === 'tree') return { kind: 'folder', path: at.join('/') };
        if (entry.type === 'blob') return { kind: 'file', entry };
        return { kind: 'other' }; // a submodule: a checkout holds a folder there
      }
    }
    return { kind: 'folder', path: at.join('/') };
  };
  const outside = (): Resolved => ({ kind: 'problem', rule: 'symlink-outside', messageId: 'validate.symlink-outside' });
  const report = (path: string, r: { rule: string; messageId: string }): void => {
    problems.push({ path: join(root, path), rule: r.rule, messageId: r.messageId, args: {} });
  };
  const notRegular = (path: string): void => report(path, { rule: 'unreadable-file', messageId: 'validate.not-regular-file' });

  const organisations = LAYOUT.organisation.filter((n) => entries.has(n));
  if (organisations.length === 0) report(LAYOUT.organisation[0]!, { rule: 'missing-organisation', messageId: 'validate.missing-organisation' });
  for (const name of organisations.slice(1)) report(name, { rule: 'duplicate-organisation', messageId: 'validate.organisation-twice' });
  if (organisations[0] !== undefined) {
    const r = resolve(organisations[0]);
    if (r.kind === 'file') found.push({ path: organisations[0], kind: 'organisation', entry: r.entry });
    else if (r.kind === 'problem') report(organisations[0], r);
    else notRegular(organisations[0]);
  }

  for (const [folder, kind] of LAYOUT.folders) {
    if (!entries.has(folder)) continue;
    const r = resolve(folder);
    if (r.kind === 'problem') report(folder, r);
    if (r.kind !== 'folder') continue;
    const inFolder = [...entries.values()]
      .filter((e) => e.path.startsWith(r.path + '/') && !e.path.slice(r.path.length + 1).includes('/'))
      .map((e) => ({ e, name: e.path.slice(r.path.length + 1) }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const { e, name } of inFolder) {
      if (!isRegistryFileName(name)) {
        if (e.type === 'tree' && !name.startsWith('.')) {
          const under = `${r.path}/${name}/`;
          const names = [...entries.keys()].filter((p) => p.startsWith(under) && !p.slice(under.length).includes('/')).map((p) => p.slice(under.length));
          const unread = unreadFolder(join(root, folder, name), names);
          if (unread) problems.push(unread);
        }
        continue;
      }
      const path = `${folder}/${name}`;
      if (e.type === 'blob' && e.mode !== '120000') {
        found.push({ path, kind, entry: e });
        continue;
      }
      const f = e.mode === '120000' ? resolve(`${r.path}/${name}`) : ({ kind: 'other' } as const);
      if (f.kind === 'file') found.push({ path, kind, entry: f.entry });
      else if (f.kind === 'problem') report(path, f);
      else notRegular(path);
    }
  }

  const sizes2 = tree.sizes(found.map((f) => f.entry.oid));
  const blobs = tree.read(found.map((f) => f.entry.oid));
  const files: (Discovered & { bytes: Uint8Array })[] = [];
  for (const f of found) {
    const bytes = blobs.get(f.entry.oid);
    if (bytes) files.push({ path: join(root, f.path), kind: f.kind, bytes });
    else {
      const size = ((sizes2.get(f.entry.oid) ?? 0) / 1024 / 1024).toFixed(1);
      problems.push({
        path: join(root, f.path),
        rule: 'file-too-large',
        messageId: 'validate.file-too-large',
        args: { size, max: (MAX_FILE_BYTES / 1024 / 1024).toFixed(1) },
      });
    }
  }
  return { files, problems };
}
