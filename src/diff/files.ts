import { relative, sep } from 'node:path';

/** A registry file named relative to the registry's root, with forward slashes: the same at both sides. */
export function relativeFile(root: string, path: string): string {
  const r = relative(root, path);
  return sep === '/' ? r : r.split(sep).join('/');
}
