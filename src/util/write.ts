import {
  constants,
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  linkSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
  realpathSync,
  readlinkSync,
  statfsSync,
} from 'node:fs';
import type { Stats } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { UserError } from './errors.js';
import { isWithin } from './within.js';

/**
 * Writes a whole file or nothing: a temporary file beside it, then a rename. `exclusive` never replaces an
 * existing file: the temporary file is linked into place, which fails with EEXIST if the name is taken.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, opts: AtomicOptions = {}): void {
  writeChunksAtomic(path, [data], opts);
}

export interface AtomicOptions {
  /** Never replace an existing file. */
  exclusive?: boolean;
  /**
   * Folders already swept of stale temporary files by this batch of writes: a command that writes many
   * files into one folder (import, fmt, init) sweeps it once, not once per file.
   */
  swept?: Set<string>;
}

/**
 * The same for content made piece by piece, so that a large file is never one string in memory.
 * Only a regular file (or a new path) can be replaced whole: a device, a FIFO or a socket (`-o
 * /dev/null`, `-o /dev/stdout`, also through a symbolic link) is written into as it is, so that the
 * device itself is never replaced by a file.
 */
export function writeChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>, opts: AtomicOptions = {}): void {
  // `-o /dev/stdout` (a link to /proc/self/fd/1): the descriptor is written, whatever it is open on. Replaced by a
  // file, the link would be gone and the output with it (stdout redirected to a file made it a regular file).
  const own = opts.exclusive ? undefined : ownDescriptor(path);
  if (own !== undefined) return writeDescriptor(path, own, chunks);
  // A disk or partition: writing into it would destroy what is on it, and replacing it is no better.
  if (isBlockDevice(path)) throw new UserError('cli.write-block-device', { path });
  if (!opts.exclusive && isSpecial(path)) writeInto(path, chunks);
  else stageChunksAtomic(path, chunks, opts).commit();
}

/** A file written beside its place and not yet put there: `commit` puts it in place, `abort` removes it. */
export interface StagedFile {
  commit(): void;
  abort(): void;
}

/**
 * The first half of `writeChunksAtomic`: the content is written to its temporary file now, and put in
 * place by `commit`. A command that writes many files (the notice's pages) stages each as it is made,
 * holding none of them in memory, and puts them all in place only when every one was made.
 */
export function stageChunksAtomic(path: string, chunks: Iterable<string | Uint8Array>, opts: AtomicOptions = {}): StagedFile {
  const dir = dirname(path);
  if (isBlockDevice(path)) throw new UserError('cli.write-block-device', { path });
  const own = opts.exclusive ? undefined : ownDescriptor(path);
  if (own !== undefined) {
    const held = [...chunks];
    return { commit: () => writeDescriptor(path, own, held), abort: () => undefined };
  }
  if (!opts.exclusive && isSpecial(path)) {
    // Nothing to put in place: a device is written into, when the files staged with it are put in place.
    const held = [...chunks];
    return { commit: () => writeInto(path, held), abort: () => undefined };
  }
  if (!opts.swept?.has(dir)) {
    removeStaleTemporaries(dir);
    opts.swept?.add(dir);
  }
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const remove = (): void => {
    try {
      rmSync(tmp, { force: true });
    } catch {
      /* never made: its folder is not a folder (ENOTDIR) */
    }
  };
  const failed = (e: unknown): UserError => {
    remove();
    // Content made as it is written may say why it could not be made.
    if (e instanceof UserError) return e;
    return new UserError('cli.write-failed', { path, code: (e as NodeJS.ErrnoException).code ?? 'EIO' });
  };
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    writeAll(fd, chunks);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
  } catch (e) {
    if (fd !== undefined) closeSync(fd);
    throw failed(e);
  }
  return {
    commit: () => {
      try {
        if (opts.exclusive) {
          linkSync(tmp, path);
          rmSync(tmp, { force: true });
        } else renameSync(tmp, path);
      } catch (e) {
        throw failed(e);
      }
    },
    abort: remove,
  };
}

/**
 * `mkdir -p`, one folder at a time from the nearest that exists. Node's own `recursive: true` never
 * returns where mkdir says ENOENT of a parent that exists (under /proc: `ropa init /proc/x` spun
 * forever); here that is a message, as every other failure is: `cli.write-failed` naming `shown`.
 * Returns the folders it made, outermost first.
 */
export function makeFolders(dir: string, shown: string = dir): string[] {
  const missing: string[] = [];
  for (let p = resolve(dir); !existsSync(p); p = dirname(p)) {
    missing.unshift(p);
    if (dirname(p) === p) break;
  }
  const made: string[] = [];
  for (const p of missing) {
    try {
      mkdirSync(p);
      made.push(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
      // Made by another run in the meantime: what was asked for is there.
      if (code === 'EEXIST' && statSync(p, { throwIfNoEntry: false })?.isDirectory()) continue;
      throw new UserError('cli.write-failed', { path: shown, code });
    }
  }
  // A file of that name is there already: nothing can be written inside it.
  if (!isFolder(dir)) throw new UserError('cli.write-failed', { path: shown, code: 'ENOTDIR' });
  return made;
}

/** What a path is (following links), or undefined when it cannot be read: a missing path is no device, folder or FIFO. */
function kindOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const isBlockDevice = (path: string): boolean => kindOf(path)?.isBlockDevice() === true;
const isFolder = (path: string): boolean => kindOf(path)?.isDirectory() === true;
const isFifo = (path: string): boolean => kindOf(path)?.isFIFO() === true;

/** Whether a path is (or links to) something other than a regular file or a folder: a device, a FIFO, a socket. */
function isSpecial(path: string): boolean {
  const s = kindOf(path);
  return s !== undefined && !s.isFile() && !s.isDirectory();
}

/**
 * Writes every piece into a descriptor, as it comes. A text is converted to UTF-8 into one buffer that every piece
 * reuses, not a new buffer for each (`Buffer.from`): at 10,000 activities `gaps -f json` writes 45 MB, and a fresh
 * buffer of each piece cost more, in memory first touched and collected, than its conversion (docs/performance.md,
 * session 32). The same bytes: `Buffer#write` is the conversion `Buffer.from` makes.
 */
export function writeAll(fd: number, chunks: Iterable<string | Uint8Array>): void {
  for (const chunk of chunks) {
    for (const piece of typeof chunk === 'string' ? textPieces(chunk) : [chunk]) {
      const buf = typeof piece === 'string' ? utf8(piece) : piece;
      let off = 0;
      while (off < buf.length) off += writeWaiting(fd, buf, off);
    }
  }
}

/** A piece of text (at most TEXT_PIECE code units, each at most 3 bytes) as UTF-8, in the buffer the next piece reuses. */
function utf8(piece: string): Uint8Array {
  SCRATCH ??= Buffer.allocUnsafe(3 * TEXT_PIECE);
  return SCRATCH.subarray(0, SCRATCH.write(piece, 0, 'utf8'));
}
let SCRATCH: Buffer | undefined;

/** How long a FIFO is given to find its reader (one started beside ropa, `cat pipe & ropa … -o pipe`). */
const FIFO_READER_WAIT_MS = 5000;

/**
 * A FIFO opened for writing waits for a reader, for ever if none comes (a CI job hung): it is opened
 * without waiting, again and again for a few seconds, then refused with a message.
 */
function openFifo(path: string): number {
  const until = Date.now() + FIFO_READER_WAIT_MS;
  for (;;) {
    try {
      return openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENXIO') throw e;
      if (Date.now() > until) throw new UserError('cli.write-fifo-no-reader', { path, seconds: FIFO_READER_WAIT_MS / 1000 });
      Atomics.wait(PAUSE, 0, 0, 20);
    }
  }
}

/** A write that waits while a FIFO opened without blocking is full (EAGAIN) until its reader takes some. */
function writeWaiting(fd: number, buf: Uint8Array, off: number): number {
  for (;;) {
    try {
      return writeSync(fd, buf, off, buf.length - off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
      Atomics.wait(PAUSE, 0, 0, 2);
    }
  }
}
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** The most text converted to UTF-8 at once (UTF-16 code units): a large output is never all bytes at once too. */
const TEXT_PIECE = 1 << 18;

/**
 * A text in pieces of at most TEXT_PIECE code units, cut between characters (never inside a surrogate
 * pair), so that each piece converts to the very bytes its part of the whole would.
 */
export function* textPieces(text: string): Generator<string> {
  if (text.length <= TEXT_PIECE) {
    yield text;
    return;
  }
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + TEXT_PIECE);
    const last = text.charCodeAt(to - 1);
    if (to < text.length && last >= 0xd800 && last <= 0xdbff) to--;
    yield text.slice(from, to);
    from = to;
  }
}

/**
 * Writes straight into a device, FIFO or socket: there is no file to replace. A socket cannot be
 * opened by name; when it is this process's own standard output or error (`-o /dev/stdout` under a
 * parent that gave it a socket), that descriptor is written to.
 */
function writeInto(path: string, chunks: Iterable<string | Uint8Array>): void {
  let fd: number | undefined;
  let own = false;
  try {
    try {
      fd = isFifo(path) ? openFifo(path) : openSync(path, 'w');
    } catch (e) {
      if (e instanceof UserError) throw e;
      if ((e as NodeJS.ErrnoException).code !== 'ENXIO') throw e;
      fd = standardStreamAt(path);
      own = true;
      if (fd === undefined) throw e;
    }
    writeAll(fd, chunks);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError('cli.write-failed', { path, code: (e as NodeJS.ErrnoException).code ?? 'EIO' });
  } finally {
    if (fd !== undefined && !own) closeSync(fd);
  }
}

/**
 * The descriptor of this process that `path` names: /dev/stdout, /dev/fd/N, /proc/self/fd/N (or /proc/<this
 * process>/fd/N), directly or through symbolic links to one of them. Undefined for any other path.
 */
function ownDescriptor(path: string): number | undefined {
  let p = resolve(path);
  // A chain of links is followed as far as the system would (40 links, Linux's limit).
  for (let hops = 0; hops < 40; hops++) {
    const m = /^\/(?:dev|proc\/(?:self|thread-self|(\d+)))\/fd\/(\d+)$/.exec(p);
    if (m) return m[1] === undefined || Number(m[1]) === process.pid ? Number(m[2]) : undefined;
    try {
      if (!lstatSync(p).isSymbolicLink()) return undefined;
      p = resolve(dirname(p), readlinkSync(p));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Writes into a descriptor of this process, as it is open (a file stdout was redirected to is not truncated). */
function writeDescriptor(path: string, fd: number, chunks: Iterable<string | Uint8Array>): void {
  try {
    writeAll(fd, chunks);
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError('cli.write-failed', { path, code: (e as NodeJS.ErrnoException).code ?? 'EIO' });
  }
}

/**
 * The file systems through which the kernel shows and sets the running system (procfs, sysfs and their kin,
 * by the magic number statfs gives): a report written there is nowhere a person can keep it, and as root a
 * write into /proc/sys or /sys changes the system.
 */
const KERNEL_FILE_SYSTEMS = new Set([
  0x9fa0, // proc
  0x62656572, // sysfs
  0x27e0eb, // cgroup
  0x63677270, // cgroup2
  0x64626720, // debugfs
  0x74726163, // tracefs
  0x73636673, // securityfs
  0xcafe4a11, // bpf
  0x62656570, // configfs
  0x6165676c, // pstore
  0xde5e81e4, // efivarfs
]);

/** Whether `path`, or the nearest folder of it that exists, is on one of the kernel's file systems. */
function onKernelFileSystem(path: string): boolean {
  let p = resolve(path);
  for (;;) {
    try {
      if (process.platform === 'linux') return KERNEL_FILE_SYSTEMS.has(statfsSync(p).type);
      const real = realpathSync(p);
      return /^\/(?:proc|sys)(?:\/|$)/.test(real);
    } catch {
      if (dirname(p) === p) return false;
      p = dirname(p);
    }
  }
}

/** 1 or 2 when `path` is the same socket as this process's standard output or error. */
function standardStreamAt(path: string): number | undefined {
  const s = statSync(path);
  return [1, 2].find((fd) => {
    try {
      const f = fstatSync(fd);
      return f.dev === s.dev && f.ino === s.ino;
    } catch {
      return false;
    }
  });
}

/** ropa's own temporary files: `.NAME.PID.HEX.tmp`. */
const TEMPORARY = /^\..+\.([1-9][0-9]{0,9})\.[0-9a-f]{8}\.tmp$/;

/**
 * A run stopped hard (SIGKILL, power loss) between creating its temporary file and renaming it
 * leaves the file behind. The next write into the same folder removes those of ropa's naming whose
 * process is gone (or is this one, which has made none yet: in a container the same PID comes back).
 */
export function removeStaleTemporaries(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMPORARY.exec(name);
    if (!m) continue;
    const pid = Number(m[1]);
    if (pid !== process.pid && alive(pid)) continue;
    const p = join(dir, name);
    try {
      if (lstatSync(p).isFile()) rmSync(p, { force: true });
    } catch {
      /* gone already, or not ours to remove */
    }
  }
}

/** Whether a process of that id is running (this one counts as gone: its id came back in a new container). */
export function processAlive(pid: number): boolean {
  return pid !== process.pid && alive(pid);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A file `-o` would replace that holds something else than the output asked for: a regular file, not empty, whose
 * name does not end in one of the format's `extensions` («ropa gaps -o notes.docx», «-o ~/.bashrc», «-o /etc/passwd»).
 * A run writing its own output again (`-o gaps.json` twice), a new name, an empty file (`mktemp`) and a device are not
 * foreign. Without a `--force`, such a file is not replaced: it may be all that is left of someone's work.
 */
function isForeignFile(path: string, extensions: readonly string[]): boolean {
  const s = kindOf(path);
  if (s === undefined || !s.isFile() || s.size === 0) return false;
  const name = basename(path).toLowerCase();
  return !extensions.some((ext) => name.endsWith(ext) && name.length > ext.length);
}

/**
 * Where a command's `-o FILE` may write. Output inside the registry would be read back as registry
 * input or overwrite it, so it is refused unless forced.
 */
export function checkOutputPath(path: string, registryRoot: string | undefined, force = false, extensions?: readonly string[]): string {
  const out = resolve(path);
  // `-o /dev/stdout` is this process's own output, which lives under /proc: written as it is (writeChunksAtomic).
  if (ownDescriptor(out) === undefined && onKernelFileSystem(out)) throw new UserError('cli.output-system-file', { path });
  if (registryRoot && !force) {
    let root = resolve(registryRoot);
    let parent = dirname(out);
    try {
      root = realpathSync(root);
    } catch {
      /* not there: nothing to protect */
    }
    try {
      parent = realpathSync(parent);
    } catch {
      /* reported when writing */
    }
    if (isWithin(root, join(parent, basename(out)))) throw new UserError('cli.output-inside-registry', { path });
  }
  // `-o /dev/stdout` onto a file (`>> log`) writes into the descriptor, replacing nothing.
  if (extensions !== undefined && !force && ownDescriptor(out) === undefined && isForeignFile(out, extensions)) {
    throw new UserError('cli.output-foreign-file', { path, extensions: extensions.join(', ') });
  }
  return out;
}
