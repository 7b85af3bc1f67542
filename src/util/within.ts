import { isAbsolute, relative, sep } from 'node:path';

/** Whether `path` is `folder` or inside it, judged on the paths as given (resolve links first where they matter). */
export function isWithin(folder: string, path: string): boolean {
  const r = relative(folder, path);
  return r === '' || (!r.startsWith('..' + sep) && r !== '..' && !isAbsolute(r));
}
