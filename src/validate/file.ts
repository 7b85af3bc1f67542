import type { Finding, Range } from '../model/finding.js';
import type { SourceFile, FileKind } from '../parse/source.js';
import { readBytes } from '../load/read.js';
import { readText, sourceFromBytes } from '../parse/file.js';
import { validateSchema } from './schema.js';
import { periodProblems } from './period.js';

/** One file to check: its bytes when they have been read already (for the cache), else its path is read. */
export interface FileTask {
  path: string;
  kind: FileKind;
  bytes?: Uint8Array;
  /** The bytes were read from `path` (for the cache's hash): once the file is valid they go, as those read here do. */
  onDisk?: boolean;
}

/**
 * One file checked on its own: read, parsed, validated against its schema. Plain data, so that a
 * worker thread can hand it back. `valid` means no finding: the data can be used and cached.
 */
export interface CheckedFile {
  path: string;
  kind: FileKind;
  text?: string;
  data?: unknown;
  /** The fast path read it: its positions come from its text (SourceFile.plain). */
  plain?: boolean;
  findings: Finding[];
  valid: boolean;
}

/** One file read, parsed and checked; a valid file's text is let go, to be had again if a finding or a message needs it. */
export function checkFile(task: FileTask): { checked: CheckedFile; source?: SourceFile } {
  const { path, kind } = task;
  let bytes: Buffer;
  if (task.bytes) bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
  else {
    const read = readBytes(path);
    if ('finding' in read) return { checked: { path, kind, findings: [read.finding], valid: false } };
    bytes = read.bytes;
  }
  const { source, findings } = sourceFromBytes(path, kind, bytes);
  if (!source) return { checked: { path, kind, findings, valid: false } };
  const checked = checkSource(source, findings);
  if (checked.valid) {
    // Placed nothing: the text is had again if a later finding or message needs it — from the bytes where they are not
    // on disk (`ropa diff` reads revisions from git), else from the file, as for a file from the cache or a worker:
    // a valid file's bytes are not held (at 100,000 activities about 290 MB, most of `validate`'s peak beside the data).
    delete checked.text;
    if (!task.bytes || task.onDisk === true) source.textFrom(() => readText(path));
    source.releaseText();
  }
  return { checked, source };
}

/** A parsed file against its schema; `findings` are those met while parsing it. */
export function checkSource(source: SourceFile, findings: Finding[] = []): CheckedFile {
  const { path, kind, data } = source;
  const checked: CheckedFile = { path, kind, text: source.text, data, findings, valid: false, ...(source.plainRead ? { plain: true } : {}) };
  if (data === undefined) return checked;
  const schema = validateSchema(kind, data);
  for (const p of schema.length > 0 ? schema : periodProblems(data)) {
    const range = source.locate(p.pointer, p.target);
    findings.push({
      rule: 'schema',
      severity: 'error',
      file: path,
      pointer: p.pointer,
      range,
      messageId: p.messageId,
      args: p.messageId === 'validate.form.string' ? { ...p.args, value: written(source, range) ?? p.args.value! } : p.args,
    });
  }
  checked.valid = findings.length === 0;
  return checked;
}

/**
 * The value as it was written, when it is on one line: the quotes to add go around that. A postal code
 * `0101` is read as the number 101, and `"101"` would be another postal code.
 */
function written(source: SourceFile, range: Range): string | undefined {
  const value = source.textAt(range);
  return value === undefined || value.trim() === '' || /["'\n]/.test(value) ? undefined : value;
}
