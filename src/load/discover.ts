import { lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';
import { UserError } from '../util/errors.js';
import { isWithin } from '../util/within.js';

/** The kinds of file a registry has, found from where a file lies. */
export type FileKind = 'organisation' | 'activity' | 'catalogue';

/** A file the registry consists of, or a problem met while looking for one. */
export interface Discovered {
  path: string;
  kind: FileKind;
}
export interface DiscoveryProblem {
  path: string;
  rule: string;
  messageId: string;
  args: Record<string, string | number>;
  /** An error unless said: a file that cannot be read. A folder ropa does not read is a warning. */
  severity?: 'warning';
}

/**
 * A folder inside activities/ or catalogues/ that holds YAML files: ropa reads neither, and an activity kept
 * there would be missing from every output without a word. Said once per folder, with how many it holds.
 */
export function unreadFolder(path: string, names: readonly string[]): DiscoveryProblem | undefined {
  const count = names.filter(isRegistryFileName).length;
  return count === 0 ? undefined : { path, rule: 'unread-folder', messageId: 'validate.unread-folder', args: { count }, severity: 'warning' };
}

const YAML = /\.ya?ml$/i;

/** Where a registry's files are: the organisation file at the root (one name of these), and two folders. */
export const LAYOUT = {
  organisation: ['organisation.yaml', 'organisation.yml'],
  folders: [
    ['activities', 'activity'],
    ['catalogues', 'catalogue'],
  ],
} as const;

/** A name in activities/ or catalogues/ that is a registry file: YAML, and not hidden. */
export function isRegistryFileName(name: string): boolean {
  return YAML.test(name) && !name.startsWith('.');
}

/**
 * The registry's layout: organisation.yaml at the root, one file per activity in activities/,
 * shared catalogues in catalogues/. Symlinks are followed only while they stay inside the registry.
 */
export function discover(root: string): { files: Discovered[]; problems: DiscoveryProblem[]; realRoot: string } {
  let realRoot: string;
  try {
    if (!statSync(root).isDirectory()) throw new UserError('cli.registry-not-directory', { path: root });
    realRoot = realpathSync(root);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError('cli.registry-not-found', { path: root });
  }
  const files: Discovered[] = [];
  const problems: DiscoveryProblem[] = [];

  const inside = (p: string): boolean => isWithin(realRoot, p);

  /** Resolves a path, reporting links that leave the registry or loop. */
  const resolve = (p: string): { real: string; isDir: boolean; isFile: boolean } | undefined => {
    try {
      const l = lstatSync(p);
      if (!l.isSymbolicLink()) return { real: p, isDir: l.isDirectory(), isFile: l.isFile() };
      const real = realpathSync(p);
      if (!inside(real)) {
        problems.push({ path: p, rule: 'symlink-outside', messageId: 'validate.symlink-outside', args: {} });
        return undefined;
      }
      const s = statSync(real);
      return { real, isDir: s.isDirectory(), isFile: s.isFile() };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') problems.push({ path: p, rule: 'symlink-loop', messageId: 'validate.symlink-loop', args: {} });
      else if (code === 'ENOENT') problems.push({ path: p, rule: 'symlink-broken', messageId: 'validate.symlink-broken', args: {} });
      else problems.push({ path: p, rule: 'unreadable-file', messageId: 'validate.unreadable', args: { code: code ?? 'EIO' } });
      return undefined;
    }
  };

  // A folder or a FIFO named like a registry file would otherwise be passed over in silence (and a
  // FIFO would block the read): it is reported, not read.
  const notRegular = (p: string): void => {
    problems.push({ path: p, rule: 'unreadable-file', messageId: 'validate.not-regular-file', args: {} });
  };

  const organisations = LAYOUT.organisation.map((n) => join(root, n)).filter((p) => exists(p));
  const organisation = organisations[0];
  // Two organisation files: the second would be passed over in silence, whatever it says.
  for (const other of organisations.slice(1))
    problems.push({ path: other, rule: 'duplicate-organisation', messageId: 'validate.organisation-twice', args: {} });
  if (organisation) {
    const r = resolve(organisation);
    if (r?.isFile) files.push({ path: organisation, kind: 'organisation' });
    else if (r) notRegular(organisation);
  } else {
    problems.push({ path: join(root, 'organisation.yaml'), rule: 'missing-organisation', messageId: 'validate.missing-organisation', args: {} });
  }

  for (const [folder, kind] of LAYOUT.folders) {
    const dir = join(root, folder);
    if (!exists(dir)) continue;
    const r = resolve(dir);
    if (!r?.isDir) continue;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (e) {
      problems.push({ path: dir, rule: 'unreadable-file', messageId: 'validate.unreadable', args: { code: (e as NodeJS.ErrnoException).code ?? 'EIO' } });
      continue;
    }
    for (const entry of entries) {
      const name = entry.name;
      if (!isRegistryFileName(name)) {
        if (entry.isDirectory() && !name.startsWith('.')) {
          const unread = unreadFolder(join(dir, name), listNames(join(dir, name)));
          if (unread) problems.push(unread);
        }
        continue;
      }
      // `join` would normalise: a listed name holds no separator and is not `.` or `..`, so this is the same path
      // (at 10,000 files, `join` costs a tenth of a second).
      const p = dir + sep + name;
      // The folder listing already says what most entries are; only links need a closer look.
      if (entry.isFile()) {
        files.push({ path: p, kind });
        continue;
      }
      const f = entry.isSymbolicLink() ? resolve(p) : { isFile: false };
      if (f?.isFile) files.push({ path: p, kind });
      else if (f) notRegular(p);
    }
  }
  return { files, problems, realRoot };
}

function listNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** Whether anything is at a path, a broken link too (`existsSync` follows links and says no). */
export function exists(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}
