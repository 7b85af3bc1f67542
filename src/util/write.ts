import { closeSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync, realpathSync } from 'node:fs';
import { dirname, basename, join, relative, resolve, isAbsolute, sep } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from './errors.js';

/**
 * Writes a whole file or nothing: a temporary file beside it, then a rename. `exclusive` never replaces an
 * existing file: the temporary file is linked into place, which fails with EEXIST if the name is taken.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: { exclusive?: boolean } = {}): void {
  writeChunksAtomic(path, [data], opts);
}

/** The same for content made piece by piece, so that a large file is never one string in memory. */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>, opts: { exclusive?: boolean } = {}): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    for (const chunk of chunks) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (opts.exclusive) {
      linkSync(tmp, path);
      rmSync(tmp, { force: true });
    } else renameSync(tmp, path);
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    throw new UserError('cli.write-failed', { path, code });
  }
}

/**
 * Where a command's `-o FILE` may write. Output inside the registry would be read back as registry
 * input or overwrite it, so it is refused unless forced.
 */
export function checkOutputPath(path: string, registryRoot: string | undefined, force = false): string {
  const out = resolve(path);
  if (registryRoot && !force) {
    let root = resolve(registryRoot);
    let parent = dirname(out);
    try { root = realpathSync(root); } catch { /* not there: nothing to protect */ }
    try { parent = realpathSync(parent); } catch { /* reported when writing */ }
    const r = relative(root, join(parent, basename(out)));
    if (r === '' || (!r.startsWith('..' + sep) && r !== '..' && !isAbsolute(r))) throw new UserError('cli.output-inside-registry', { path });
  }
  return out;
}
