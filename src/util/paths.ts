import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's own folder: the same from src/ (tests) and dist/ (the CLI). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function packagePath(...parts: string[]): string {
  return [PACKAGE_ROOT.replace(/\/$/, ''), ...parts].join('/');
}

/** A path as output shows it: relative to `from` (the working directory, or the registry's root), with forward slashes on every platform. */
export function displayPath(file: string, from: string): string {
  const r = relative(from, file) || '.';
  return sep === '/' ? r : r.split(sep).join('/');
}
