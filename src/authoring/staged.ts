import { existsSync, realpathSync } from 'node:fs';
import { readBytes } from '../load/read.js';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { UserError } from '../util/errors.js';
import type { Finding } from '../model/finding.js';
import type { Registry } from '../model/registry.js';
import type { CatalogueKind } from '../model/types.js';
import { SourceFile, type FileKind } from '../parse/source.js';
import { parseYaml } from '../parse/yaml.js';
import { makeFolders, writeFileAtomic } from '../util/write.js';
import { validateRegistry } from '../validate/index.js';
import { catalogueFileFor, insertEntry } from './catalogue-add.js';

/** A file an authoring command means to write: its new text, and whether it replaces one on disk. */
export interface StagedFile {
  path: string;
  kind: FileKind;
  text: string;
  replaces: boolean;
  /** The file on disk starts with a byte-order mark, which is kept. */
  bom?: boolean | undefined;
}

/**
 * Files `ropa new` and `ropa add` change, held in memory until the whole change has been validated with the
 * registry; then written, each atomically. Nothing is written when the change brings a new error.
 */
export class Staged {
  readonly files = new Map<string, StagedFile>();

  constructor(
    readonly root: string,
    readonly registry: Registry,
  ) {}

  /** Adds a catalogue entry, to `file` or to the file that holds the catalogue; returns that file's path. */
  addEntry(catalogue: CatalogueKind, id: string, entry: Record<string, unknown>, file?: string): string {
    const path = file ?? catalogueFileFor(this.registry, catalogue, this.root);
    const staged = this.files.get(path);
    const onDisk = staged === undefined && existsSync(path);
    const raw = onDisk ? regularText(path) : undefined;
    const before = staged?.text ?? raw?.replace(/^\ufeff/, '');
    const text = insertEntry(before, catalogue, id, entry, path, this.root);
    this.files.set(path, { path, kind: 'catalogue', text, replaces: staged?.replaces ?? onDisk, bom: staged?.bom ?? raw?.startsWith('\ufeff') });
    return path;
  }

  addFile(path: string, kind: FileKind, text: string): void {
    this.files.set(path, { path, kind, text, replaces: false });
  }

  /** The text of a file on disk as ropa is to change it: without its byte-order mark, which `replaceFile` keeps. */
  current(path: string): string {
    return this.files.get(path)?.text ?? regularText(path).replace(/^\ufeff/, '');
  }

  /** A new text for a file on disk (`ropa org` on organisation.yaml), written in its place. */
  replaceFile(path: string, kind: FileKind, text: string): void {
    this.files.set(path, { path, kind, text, replaces: true, bom: regularText(path).startsWith('\ufeff') });
  }

  /** Errors the change brings: those in the registry with the staged files that were not there without them. */
  newErrors(): { errors: Finding[]; sources: SourceFile[] } {
    const key = (f: Finding): string => `${f.file}\0${f.rule}\0${f.pointer}\0${f.messageId}\0${JSON.stringify(f.args)}`;
    const before = new Map<string, number>();
    for (const f of validateRegistry(this.root).findings) if (f.severity === 'error') before.set(key(f), (before.get(key(f)) ?? 0) + 1);
    const sources = [...this.files.values()].map((s) => {
      const parsed = parseYaml(s.text);
      return new SourceFile(s.path, s.kind, s.text, parsed.data, parsed.doc, parsed.lineCounter);
    });
    const errors = validateRegistry(this.root, sources).findings.filter((f) => {
      if (f.severity !== 'error') return false;
      const n = before.get(key(f)) ?? 0;
      if (n > 0) before.set(key(f), n - 1);
      return n === 0;
    });
    return { errors, sources };
  }

  /** Whether the registry's lines end in CRLF, as its organisation.yaml's first line does. */
  private crlf(): boolean {
    try {
      const text = regularText(join(this.root, 'organisation.yaml'));
      const nl = text.indexOf('\n');
      return nl > 0 && text[nl - 1] === '\r';
    } catch {
      return false;
    }
  }

  /** Writes every staged file: a new one only if its name is still free, a changed one through its link. */
  write(): void {
    const realRoot = realpathSync(this.root);
    const swept = new Set<string>();
    for (const s of this.files.values()) {
      makeFolders(dirname(s.path));
      // `activities/` or `catalogues/` as a link out of the registry: nothing is written there.
      const where = relative(realRoot, realpathSync(dirname(s.path)));
      if (where.startsWith('..') || isAbsolute(where)) throw new UserError('authoring.write-outside', { path: s.path });
      // A new file ends its lines as the registry does (CRLF where git on Windows checks out so); a changed one keeps its own.
      const body = !s.replaces && this.crlf() ? s.text.replace(/\r?\n/g, '\r\n') : s.text;
      const text = s.bom ? `\ufeff${body}` : body;
      if (s.replaces) writeFileAtomic(realpathSync(s.path), text, { swept });
      else writeFileAtomic(s.path, text, { exclusive: true, swept });
    }
  }
}

/**
 * The text of a registry file ropa is to change or look at: read only if it is a regular file (a named pipe would block
 * the read until something writes to it; a device has no end).
 */
function regularText(path: string): string {
  const read = readBytes(path);
  // Bad input, exit 1: a pipe, a device or a folder is «not a file»; too large or unreadable «cannot be read».
  if ('finding' in read)
    throw new UserError(read.finding.messageId === 'validate.not-regular-file' ? 'import.error.not-a-file' : 'import.error.unreadable', { file: path }, 1);
  return read.bytes.toString('utf8');
}
