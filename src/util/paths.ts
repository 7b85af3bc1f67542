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

/** A path relative to `from`, always (SARIF's locations are relative to the source root), with forward slashes. */
export function relativePath(file: string, from: string): string {
  const r = relative(from, file) || '.';
  return sep === '/' ? r : r.split(sep).join('/');
}
