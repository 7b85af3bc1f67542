import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { notOptionLike, oneOf, toolHomepage, toolVersion, useColor } from '../cli/context.js';
import type { FormatContext } from '../render/findings/types.js';
import { UserError } from '../util/errors.js';
import { checkOutputPath, textPieces, writeAll, writeChunksAtomic } from '../util/write.js';

/**
 * Every command's output goes through this module: `outputTargets` reads the `-f/--format` and
 * `-o/--output` pairs (src/cli/outputs.ts) before any work is done, `emitTargets` writes each once.
 */

/** One output of a run: a format and where it goes. */
export interface OutputTarget<F extends string> {
  format: F;
  /** The file, absolute and already checked (`checkOutputPath`); undefined: stdout. */
  path?: string;
}

/** The options every command with outputs takes, as commander gives them (one value, or several in order). */
export interface OutputOptions {
  format?: string | string[] | undefined;
  output?: string | string[] | undefined;
  force?: boolean | undefined;
}

/** The tool as formats that describe it (SARIF) name it. */
export function toolInfo(): FormatContext['tool'] {
  return { name: 'ropa', version: toolVersion(), informationUri: toolHomepage() };
}

/**
 * Pairs `--format` and `--output` values by position, each format one of the command's `allowed`
 * (its renderer table's keys), `fallback` when none is given. Checked before any work is done: an
 * unknown format, an output without a format, two outputs to stdout, one file twice, or a file
 * inside the registry (unless `--force`) is a usage error.
 */
export function outputTargets<F extends string>(
  ctx: RunContext,
  opts: OutputOptions,
  allowed: readonly F[],
  fallback: F,
  registryRoot: string | undefined,
  /** The command writes a folder for `-o DIR/` (the layered notice's pages); others refuse a folder. */
  folders = false,
): OutputTarget<F>[] {
  const formats = list(opts.format);
  const outputs = list(opts.output);
  if (formats.length === 0) formats.push(fallback);
  if (outputs.length > formats.length) throw new UserError('formats.output-without-format', { output: outputs[formats.length]! });
  const seen = new Set<string>();
  let stdout = false;
  return formats.map((name, i) => {
    const format = oneOf(name, allowed, '--format');
    const out = outputs[i];
    if (out === undefined || out === '-') {
      if (stdout) throw new UserError('formats.stdout-twice', { format });
      stdout = true;
      return { format };
    }
    if (out.trim() === '') throw new UserError('formats.output-empty', {});
    const path = outputPath(ctx, out, registryRoot, opts.force, folders, format);
    if (seen.has(path)) throw new UserError('formats.output-twice', { output: out });
    seen.add(path);
    return { format, path };
  });
}

/**
 * A command's output: text, bytes, or pieces of either made as they are written (so that a large
 * output is never one string and its bytes at once). Pieces must be made without failing: whatever
 * can fail is done when the output is rendered.
 */
export type Output = string | Uint8Array | Iterable<string | Uint8Array>;

/**
 * Renders every target's output, then writes each once: a file atomically, stdout as it is. Nothing is
 * written when one of them cannot be rendered. Colour only for stdout, and only on a terminal.
 */
export async function emitTargets<F extends string>(
  ctx: RunContext,
  targets: readonly OutputTarget<F>[],
  render: (format: F, color: boolean) => Output | Promise<Output>,
): Promise<void> {
  const contents: Output[] = [];
  for (const target of targets) contents.push(await render(target.format, target.path === undefined && useColor(ctx, ctx.stdout)));
  targets.forEach((target, i) => {
    write(ctx, contents[i]!, target.path);
    // Let go of what was written before the next is.
    contents[i] = '';
  });
}

/** A command's one output without a format (`ropa schema`): to `-o FILE` atomically, else to stdout. */
export function emit(
  ctx: RunContext,
  content: string | Uint8Array,
  opts: { output?: string | undefined; force?: boolean | undefined; registryRoot?: string },
  /** What the content is, for the names of a file `-o` may replace. */
  format: 'json' | 'text' = 'json',
): void {
  write(
    ctx,
    content,
    opts.output === undefined || opts.output === '-' ? undefined : outputPath(ctx, opts.output, opts.registryRoot, opts.force, false, format),
  );
}

function write(ctx: RunContext, content: Output, path: string | undefined): void {
  const pieces = typeof content === 'string' || content instanceof Uint8Array ? [content] : content;
  if (path !== undefined) writeChunksAtomic(path, pieces);
  else if (ctx.stdout === process.stdout && isFileStream(process.stdout)) writeStdoutFile(process.stdout, pieces);
  else for (const piece of pieces) for (const part of typeof piece === 'string' ? textPieces(piece) : [piece]) ctx.stdout.write(part);
}

/**
 * Standard output that is a file or a device (`> out.json`, `> /dev/null`): Node writes into it synchronously
 * (`_type` 'fs', its SyncWriteStream), and each string it is given becomes a new buffer first. Written into its
 * descriptor directly instead, the text converted into one buffer reused for every piece (`writeAll`): the same
 * bytes in the same order, with nothing waiting in the stream before them. A failed write fails the stream, as
 * the stream's own write would (src/cli.ts says so and exits 2).
 */
function isFileStream(stream: typeof process.stdout): boolean {
  return (
    (stream as { _type?: unknown })._type === 'fs' && typeof stream.fd === 'number' && stream.writableLength === 0 && !stream.destroyed && !stream.writableEnded
  );
}

function writeStdoutFile(stream: typeof process.stdout, pieces: Iterable<string | Uint8Array>): void {
  try {
    writeAll(stream.fd, pieces);
  } catch (e) {
    // A failed write is the stream's error; a piece that could not be made is the command's.
    if (e instanceof Error && (e as NodeJS.ErrnoException).syscall === 'write') stream.destroy(e);
    else throw e;
  }
}

/**
 * `-o FILE` as an absolute path: never a word that looks like an option, a folder (unless the command writes one),
 * a file of the running system (/proc, /sys) or a place inside the registry unless forced.
 */
function outputPath(ctx: RunContext, output: string, registryRoot: string | undefined, force: boolean | undefined, folders: boolean, format: string): string {
  notOptionLike(output, '-o');
  // `-o out/` or `-o .` names a folder: a file called `out` would not be what was meant.
  if (!folders && (/[/\\]$/.test(output) || isDirectory(resolve(ctx.cwd, output)))) throw new UserError('formats.output-folder', { output });
  // `-o DIR/` names a folder for the notice's pages: a file of that name is said to be no folder (ENOTDIR), not replaced.
  const named = folders && /[/\\]$/.test(output);
  return checkOutputPath(resolve(ctx.cwd, output), registryRoot && resolve(ctx.cwd, registryRoot), force, named ? undefined : FILE_EXTENSIONS[format]);
}

/**
 * The names a format's file may have when `-o` replaces a file that is there (checkOutputPath): what the format is
 * written as, and the plain-text names for formats meant for reading. A format not listed replaces any file.
 */
const FILE_EXTENSIONS: Readonly<Record<string, readonly string[]>> = {
  text: ['.txt', '.text', '.log', '.out'],
  stylish: ['.txt', '.text', '.log', '.out'],
  table: ['.txt', '.text', '.log', '.out'],
  github: ['.txt', '.text', '.log', '.out'],
  markdown: ['.md', '.markdown', '.txt'],
  md: ['.md', '.markdown', '.txt'],
  csv: ['.csv', '.tsv', '.txt'],
  json: ['.json', '.jsonl', '.ndjson'],
  sarif: ['.sarif', '.json'],
  junit: ['.xml'],
  xlsx: ['.xlsx'],
  html: ['.html', '.htm', '.xhtml'],
  dpv: ['.jsonld', '.json'],
};

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? [...value] : [value];
}

/** Whether a path is a folder; a name the system refuses (ENAMETOOLONG, ENOTDIR) is none, and writing it says why. */
function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
