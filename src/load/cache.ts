import { appendFileSync, closeSync, openSync, readFileSync, readSync, readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packagePath } from '../util/paths.js';
import { makeFolders, writeChunksAtomic } from '../util/write.js';

/**
 * The content-hash cache (opt-in, like ESLint's `--cache --cache-strategy content`): for every file
 * that was valid, its data, keyed by its path in the registry and the hash of its bytes. A file whose
 * bytes are unchanged is neither parsed nor validated against the schema again; everything that
 * looks across files (references, ids, translations) is always checked anew.
 *
 * Two files per registry, outside it, both JSON lines (ASCII, read without decoding). `<id>.jsonl`: a header naming
 * the code and schemas that made it (any change to them empties the cache), then one line per file: its path, hash,
 * stat, id, what the checks across files found nothing in it under, where its data is in `<id>.data`, and after a tab
 * the summary the validation keeps of it (parsed only when asked for: an activity whose references resolved under
 * the same catalogues is not looked at again). `<id>.data`: one line per file, its path, hash and data, read only when some file's data is
 * asked for (a warm `validate` asks for none: at 10,000 activities the data is 20 MB, the rest 4). A data line that is
 * not the one its head names (torn, or written by another run meanwhile) is not used: the file is read instead.
 * A run appends the files it had to read anew; the files are rewritten when stale lines outnumber live ones. A cache
 * that cannot be read or written is ignored: it can make ropa faster, never change what ropa says.
 */
export class ContentCache {
  private readonly entries = new Map<string, Entry>();
  /** Paths whose entries changed in this run: written at `save`. */
  private readonly added = new Set<string>();
  /** Lines in the file now; undefined when it must be written afresh (missing, from other code, torn). */
  private lines: number | undefined;
  /** The data file's bytes, read when the first entry's data is asked for (null: it cannot be read). */
  private bytes: Buffer | null | undefined;
  /** The heads file's bytes: an entry's summary stays there, unparsed, until it is asked for (`Entry.viewAt`). */
  private heads: Buffer | undefined;
  /** Data lines read where they stand, before the whole data file is read. */
  private reads = 0;

  private constructor(
    private readonly file: string,
    private readonly dataFile: string,
    private readonly header: string,
    /** Marks every line this code writes: a line another version of ropa appended meanwhile is not trusted. */
    private readonly tag: string,
  ) {}

  static open(dir: string, registryRoot: string): ContentCache {
    const id = sha256(registryRoot).slice(0, 16);
    const cache = new ContentCache(
      join(dir, `${id}.jsonl`),
      join(dir, `${id}.data`),
      JSON.stringify({ ropaCache: 4, root: registryRoot, salt: salt() }),
      salt().slice(0, 12),
    );
    let bytes: Buffer;
    try {
      bytes = readFileSync(cache.file);
    } catch {
      return cache;
    }
    // Line by line from the bytes (ASCII: one byte a character), never the whole file as one string.
    const nl = bytes.indexOf(NL);
    if (nl < 0 || bytes.toString('latin1', 0, nl) !== cache.header) return cache;
    try {
      let lines = 0;
      let start = nl + 1;
      for (let end = bytes.indexOf(NL, start); end > start; start = end + 1, end = bytes.indexOf(NL, start)) {
        // The head, a tab, the summary: the summary is parsed only when asked for (JSON has no raw tab).
        const tab = bytes.indexOf(TAB, start);
        if (tab < 0 || tab > end) throw new Error('no summary');
        const [path, hash, stat, id, walk, texts, refs, at, tag] = JSON.parse(bytes.toString('latin1', start, tab)) as Head;
        if (tag !== cache.tag) continue;
        const none = end - tab - 1 === 4 && bytes.toString('latin1', tab + 1, end) === 'null';
        cache.entries.set(path, {
          hash,
          stat: stat ?? undefined,
          id,
          ...(none ? {} : { viewAt: [tab + 1, end] as [number, number] }),
          walk: walk ?? undefined,
          texts: texts ?? undefined,
          refs: refs ?? undefined,
          at,
        });
        lines++;
      }
      cache.heads = bytes;
      // A last line without its line break was torn by a crash: what came before is good, the file is rewritten.
      cache.lines = start === bytes.length ? lines : undefined;
    } catch {
      cache.entries.clear(); // torn by a crash or a concurrent writer: start again
      cache.lines = undefined;
    }
    return cache;
  }

  /**
   * The data line of an entry not yet parsed, as it stands in the data file; undefined when it cannot be had. The first
   * lines asked for are read where they stand (a warm `validate` asks for the organisation's and the catalogues': a few
   * hundred kilobytes of a data file of 20 MB at 10,000 activities); past `WHOLE_AFTER` of them, the whole file is read
   * once. A line read from a file rewritten meanwhile is not its entry's, which `dataOf` sees (path, hash, tag).
   */
  private rawOf(e: Entry): string | undefined {
    if (!e.at) return undefined;
    const [from, length] = e.at;
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(length) || from < 0 || length < 0) return undefined;
    if (this.bytes === undefined && this.reads < WHOLE_AFTER) {
      this.reads++;
      try {
        const fd = openSync(this.dataFile, 'r');
        try {
          const buf = Buffer.allocUnsafe(length);
          return readSync(fd, buf, 0, length, from) === length ? buf.toString('latin1') : undefined;
        } finally {
          closeSync(fd);
        }
      } catch {
        return undefined;
      }
    }
    if (this.bytes === undefined) {
      try {
        this.bytes = readFileSync(this.dataFile);
      } catch {
        this.bytes = null;
      }
    }
    if (!this.bytes || from + length > this.bytes.length) return undefined;
    return this.bytes.toString('latin1', from, from + length);
  }

  /** An entry's data, parsed from the data file the first time it is asked for; throws when it cannot be had. */
  private dataOf(path: string, e: Entry): unknown {
    if (e.at) {
      const raw = this.rawOf(e);
      const line = raw === undefined ? undefined : (JSON.parse(raw) as unknown);
      if (!Array.isArray(line) || line[0] !== path || line[1] !== e.hash || line[3] !== this.tag || line[2] === undefined) throw new Error('not this entry');
      e.data = line[2];
      e.at = undefined;
    }
    return e.data;
  }

  /** The data of `path` when it was valid with exactly these bytes. */
  get(path: string, hash: string): unknown {
    const e = this.entries.get(path);
    if (!e || e.hash !== hash) return undefined;
    try {
      return this.dataOf(path, e);
    } catch {
      return undefined; // the data line is torn, or another's: the file is read anew
    }
  }

  /**
   * The entry of `path` when the file has not been touched since it was valid: same size, same
   * modification and change times, same inode, as git's index decides. Such a file is not even
   * read. Any write changes its change time, which no tool can set back. Its data is had by `load`
   * when asked for; `reread` gives it from the file itself should the cache's copy be torn (the file is
   * the one that was valid: its data parses to the same).
   */
  getByStat(path: string, stat: string, reread: () => unknown): Cached | undefined {
    const e = this.entries.get(path);
    if (!e || e.stat !== stat) return undefined;
    return {
      load: () => {
        try {
          return this.dataOf(path, e);
        } catch {
          return reread();
        }
      },
      hasView: e.view !== undefined || e.viewAt !== undefined,
      view: () => this.viewOf(e),
      id: e.id,
      walk: e.walk,
      texts: e.texts,
      refs: e.refs,
    };
  }

  /** An entry's summary, parsed from the heads file the first time it is asked for (undefined: it has none). */
  private viewOf(e: Entry): unknown {
    if (e.viewAt && this.heads) {
      e.view = JSON.parse(this.heads.toString('latin1', e.viewAt[0], e.viewAt[1])) as unknown;
      e.viewAt = undefined;
    }
    return e.view;
  }

  /** Records a valid file, with its summary (`view`); `stat` (see statKey) may be left out, and the next run reads the file. */
  set(path: string, hash: string, data: unknown, stat: string | undefined, view?: unknown): void {
    const e = this.entries.get(path);
    if (e && e.hash === hash && e.stat === stat) return;
    this.entries.set(path, { hash, data, stat, view, id: view !== null && typeof view === 'object' ? (view as { id?: unknown }).id : undefined });
    this.added.add(path);
  }

  /**
   * Notes that checks of the whole registry found nothing in the file of `path` under these keys: `walk` for the walk
   * over every value (missing translations, check digits), `texts` for untranslated texts. An entry's keys are
   * forgotten when its bytes change. `refs`: an activity whose references the checks across files found all resolved
   * under this key (`refsKey`): they are not looked at again, nor its summary parsed, while the key holds.
   */
  mark(path: string, walk: string | undefined, texts: string | undefined, refs: string | undefined): void {
    const e = this.entries.get(path);
    if (!e || (e.walk === walk && e.texts === texts && e.refs === refs)) return;
    e.walk = walk;
    e.texts = texts;
    e.refs = refs;
    this.added.add(path);
  }

  /** Writes what changed; `live` are the registry's files now, so that stale lines can be dropped. */
  save(live: ReadonlySet<string>): void {
    try {
      const lines = this.lines;
      if (lines !== undefined && this.added.size === 0) return;
      makeFolders(join(this.file, '..'));
      let size: number;
      try {
        size = statSync(this.dataFile).size;
      } catch {
        size = -1;
      }
      // Stale heads outnumber live ones: the heads are written afresh; the data too when most of its lines are stale.
      const compact = lines === undefined || lines + this.added.size > 2 * live.size;
      if (compact && (size < 0 || 2 * this.liveDataBytes(live) < size)) {
        // The data first: a head never names a place in a data file older than itself.
        const heads: string[] = [];
        writeChunksAtomic(this.dataFile, this.rows(live, heads, 0));
        writeChunksAtomic(this.file, [this.header + '\n', ...heads]);
      } else {
        // A data line that is in the data file already stays where it is (an entry whose marks only changed: a run
        // after the catalogues' ids changed re-marks every activity); only new data is appended.
        const paths = compact ? [...this.entries.keys()] : [...this.added];
        const heads: string[] = [];
        appendFileSync(this.dataFile, [...this.rows(compact ? live : new Set(paths), heads, Math.max(size, 0), paths, true)].join(''));
        if (compact) writeChunksAtomic(this.file, [this.header + '\n', ...heads]);
        else appendFileSync(this.file, heads.join(''));
      }
    } catch {
      /* a cache that cannot be written only makes the next run slower */
    }
  }

  /**
   * The data lines of the entries of `paths` (all live ones by default) from `offset` on, in batches of about a
   * megabyte; each one's head is pushed onto `heads`, naming where its data line is. An entry whose data cannot be had
   * is left out.
   */
  private *rows(
    live: ReadonlySet<string>,
    heads: string[],
    offset: number,
    paths: Iterable<string> = this.entries.keys(),
    /** An entry whose data line is in the data file already keeps it there: only its head is written. */
    inPlace = false,
  ): Generator<string> {
    let batch = '';
    for (const path of paths) {
      const e = this.entries.get(path);
      if (!e || !live.has(path)) continue;
      if (inPlace && e.at) {
        heads.push(this.headOf(path, e, e.at));
        continue;
      }
      let line: string | undefined;
      if (e.at) line = this.rawOf(e);
      else if (e.data !== undefined) line = ascii(JSON.stringify([path, e.hash, e.data, this.tag]));
      if (line === undefined) continue;
      heads.push(this.headOf(path, e, [offset, line.length]));
      offset += line.length + 1;
      batch += line + '\n';
      if (batch.length > 1 << 20) {
        yield batch;
        batch = '';
      }
    }
    yield batch;
  }

  /** An entry's line in the heads file, its data line at `at`. */
  private headOf(path: string, e: Entry, at: [from: number, length: number]): string {
    const view = e.viewAt && this.heads ? this.heads.toString('latin1', e.viewAt[0], e.viewAt[1]) : ascii(JSON.stringify(e.view ?? null));
    return (
      ascii(JSON.stringify([path, e.hash, e.stat ?? null, e.id ?? null, e.walk ?? null, e.texts ?? null, e.refs ?? null, at, this.tag])) + '\t' + view + '\n'
    );
  }

  /** The bytes of the data file that live entries' heads name (the rest is stale). */
  private liveDataBytes(live: ReadonlySet<string>): number {
    let n = 0;
    for (const [path, e] of this.entries) if (e.at && live.has(path)) n += e.at[1] + 1;
    return n;
  }
}

const NL = 0x0a;
const TAB = 0x09;
/** Data lines read one by one before the whole data file is read instead (each costs an open, a read and a close). */
const WHOLE_AFTER = 64;

/** JSON with every non-ASCII character escaped: read back as bytes, without decoding UTF-8. */
function ascii(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

type Head = [
  path: string,
  hash: string,
  stat: string | null,
  id: unknown,
  walk: string | null,
  texts: string | null,
  refs: string | null,
  at: [from: number, length: number],
  tag: string,
];
interface Entry {
  hash: string;
  stat: string | undefined;
  /** The data, once parsed (or given by `set`). */
  data?: unknown;
  /** Where the data's line is in the data file (from, length), until it is parsed. */
  at?: [from: number, length: number] | undefined;
  /** The summary the validation keeps of the file (an activity's references: `integrityView`), once parsed. */
  view?: unknown;
  /** Where the summary is in the heads file (from, to), until it is parsed; neither this nor `view`: it has none. */
  viewAt?: [from: number, to: number] | undefined;
  /** What the summary says at `/id` (an activity's id), kept beside it: had without parsing the summary. */
  id?: unknown;
  /** The keys the whole-registry checks found nothing in the file under (`mark`). */
  walk?: string | undefined;
  texts?: string | undefined;
  refs?: string | undefined;
}

/** A file untouched since it was cached: its data on demand, its summary, and what it was found clean under. */
export interface Cached {
  load: () => unknown;
  /** Whether the file has a summary (an activity's), and the summary, parsed when first asked for. */
  hasView: boolean;
  view: () => unknown;
  /** What the summary says at `/id`. */
  id: unknown;
  walk: string | undefined;
  texts: string | undefined;
  refs: string | undefined;
}

/**
 * What the file system says about a file, as a key: undefined for a file modified in the last two
 * seconds, whose times may not yet tell a second change from the first (git's "racily clean").
 */
export function statKey(path: string, now = Date.now()): string | undefined {
  try {
    // Milliseconds with the nanoseconds as a fraction: a change a microsecond apart still shows.
    const s = statSync(path);
    if (now - s.mtimeMs < 2000 || now - s.ctimeMs < 2000) return undefined;
    return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}:${s.dev}`;
  } catch {
    return undefined;
  }
}

export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha1').update(bytes).digest('base64');
}

/** `--cache-location`, else $XDG_CACHE_HOME/ropa, else ~/.cache/ropa. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && xdg.startsWith('/') ? xdg : join(env.HOME || homedir(), '.cache'), 'ropa');
}

function sha256(s: string | Uint8Array): string {
  return createHash('sha256').update(s).digest('hex');
}

/**
 * What decides a file's result: ropa's version and schemas, the code that reads, parses and
 * validates one file, and the libraries it uses.
 */
let saltValue: string | undefined;
function salt(): string {
  if (saltValue) return saltValue;
  const h = createHash('sha256');
  const require = createRequire(import.meta.url);
  h.update(readFileSync(packagePath('package.json')));
  for (const name of readdirSync(packagePath('schemas')).sort()) h.update(readFileSync(packagePath('schemas', name)));
  for (const dep of ['yaml', 'js-yaml', 'ajv', 'ajv-formats']) h.update(`${dep}@${(require(`${dep}/package.json`) as { version: string }).version}`);
  for (const dir of ['../load/', '../parse/', '../validate/']) {
    const path = fileURLToPath(new URL(dir, import.meta.url));
    for (const name of readdirSync(path).sort()) {
      const p = join(path, name);
      if (statSync(p).isFile()) h.update(readFileSync(p));
    }
  }
  saltValue = h.digest('hex');
  return saltValue;
}
