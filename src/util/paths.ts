import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's own folder: the same from src/ (tests) and dist/ (the CLI). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function packagePath(...parts: string[]): string {
  return [PACKAGE_ROOT.replace(/\/$/, ''), ...parts].join('/');
}

/**
 * A path as output shows it, with forward slashes on every platform: relative to `from` (the working
 * directory, or the registry's root), unless the absolute path is shorter. A path inside `from` is so always
 * relative, and one far outside it is shown as itself: `/dev/null`, not `../../../../dev/null`.
 */
export function displayPath(file: string, from: string): string {
  const r = relativePath(file, from);
  const absolute = resolve(from, file);
  if (!r.startsWith('../') || r.length <= absolute.length) return r;
  return sep === '/' ? absolute : absolute.split(sep).join('/');
}

/**
 * `displayPath(file, from)` for many files, each folder's paths worked out once: a large registry's 10,000 activity files
 * are in one folder, and `path.relative` resolves both paths on every call (about 20 ms at 10,000 activities, where the
 * registry is outside the working directory, as the bench's is: docs/performance.md, session 45). A file is its folder's
 * relative path and its name, or (where that starts with `../` and is longer) its folder's absolute path and its name,
 * as `displayPath` chooses; a file whose folder or name is not so simple (not absolute, a name `.` or `..`, the root as
 * its folder, another separator than `/`) is given to `displayPath` itself.
 */
export function displayPaths(from: string): (file: string) => string {
  const folders = new Map<string, { rel: string; abs: string } | null>();
  const folder = (dir: string): { rel: string; abs: string } | null => {
    let known = folders.get(dir);
    if (known === undefined) {
      const abs = resolve(from, dir);
      folders.set(dir, (known = abs === '/' ? null : { rel: relativePath(dir, from), abs }));
    }
    return known;
  };
  return (file) => {
    const slash = file.lastIndexOf('/');
    const name = file.slice(slash + 1);
    const simple = sep === '/' && slash > 0 && file.startsWith('/') && name !== '' && name !== '.' && name !== '..';
    const dir = simple ? folder(file.slice(0, slash)) : null;
    if (dir === null) return displayPath(file, from);
    const r = dir.rel === '.' ? name : `${dir.rel}/${name}`;
    if (!r.startsWith('../')) return r;
    const absolute = `${dir.abs}/${name}`;
    return r.length <= absolute.length ? r : absolute;
  };
}

/** A path relative to `from`, always (SARIF's locations are relative to the source root), with forward slashes. */
export function relativePath(file: string, from: string): string {
  const r = relative(from, file) || '.';
  return sep === '/' ? r : r.split(sep).join('/');
}
