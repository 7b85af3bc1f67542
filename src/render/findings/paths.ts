import { relative, sep } from 'node:path';

/** Paths in output: relative to the working directory, with forward slashes on every platform. */
export function displayPath(file: string, cwd: string): string {
  const r = relative(cwd, file) || '.';
  return sep === '/' ? r : r.split(sep).join('/');
}
