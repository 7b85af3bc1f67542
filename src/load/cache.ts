import { appendFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
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
 * One file per registry, outside it: JSON lines (ASCII, read without decoding), a header naming the code and schemas that made it
 * (any change to them empties the cache), then one line per file. A run appends the files it had to
 * read anew; the file is rewritten when stale lines outnumber live ones. A cache that cannot be
 * read or written is ignored: it can make ropa faster, never change what ropa says.
 */
export class ContentCache {
  private readonly entries = new Map<string, Entry>();
  /** Paths whose entries changed in this run: written at `save`. */
  private readonly added = new Set<string>();
  /** Lines in the file now; undefined when it must be written afresh (missing, from other code, torn). */
  private lines: number | undefined;
  /** The cache file's bytes: an entry's data stays there, as JSON, until something asks for it. */
  private bytes: Buffer | undefined;

  private constructor(
    private readonly file: string,
    private readonly header: string,
  ) {}

  static open(dir: string, registryRoot: string): ContentCache {
    const file = join(dir, `${sha256(registryRoot).slice(0, 16)}.jsonl`);
    const cache = new ContentCache(file, JSON.stringify({ ropaCache: 2, root: registryRoot, salt: salt() }));
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return cache;
    }
    // Line by line from the bytes (ASCII: one byte a character), never the whole file as one string. Each line is
    // the entry's head (path, hash, stat, summary, what it was found clean under) as JSON, a tab, and its data as
    // JSON: the data is parsed only when asked for (at 10,000 activities `validate` asks for none of it).
    const nl = bytes.indexOf(NL);
    if (nl < 0 || bytes.toString('latin1', 0, nl) !== cache.header) return cache;
    cache.bytes = bytes;
    try {
      let lines = 0;
      let start = nl + 1;
      for (let end = bytes.indexOf(NL, start); end > start; start = end + 1, end = bytes.indexOf(NL, start)) {
        const tab = bytes.indexOf(TAB, start);
        if (tab < 0 || tab > end) throw new Error('torn');
        const [path, hash, stat, view, walk, texts] = JSON.parse(bytes.toString('latin1', start, tab)) as Head;
        cache.entries.set(path, { hash, stat: stat ?? undefined, view: view ?? undefined, walk: walk ?? undefined, texts: texts ?? undefined, at: [tab + 1, end] });
        lines++;
      }
      // A last line without its line break was torn by a crash: what came before is good, the file is rewritten.
      cache.lines = start === bytes.length ? lines : undefined;
    } catch {
      cache.entries.clear(); // torn by a crash or a concurrent writer: start again
      cache.lines = undefined;
    }
    return cache;
  }

  /** An entry's data, parsed from the cache file the first time it is asked for. */
  private dataOf(e: Entry): unknown {
    if (e.at) {
      const [from, to] = e.at;
      e.data = JSON.parse(this.bytes!.toString('latin1', from, to));
      e.at = undefined;
    }
    return e.data;
  }

  /** The data of `path` when it was valid with exactly these bytes. */
  get(path: string, hash: string): unknown {
    const e = this.entries.get(path);
    if (!e || e.hash !== hash) return undefined;
    try {
      return this.dataOf(e);
    } catch {
      return undefined; // a line torn in the middle: the file is read anew
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
          return this.dataOf(e);
        } catch {
          return reread();
        }
      },
      view: e.view,
      walk: e.walk,
      texts: e.texts,
    };
  }

  /** Records a valid file, with its summary (`view`); `stat` (see statKey) may be left out, and the next run reads the file. */
  set(path: string, hash: string, data: unknown, stat: string | undefined, view?: unknown): void {
    const e = this.entries.get(path);
    if (e && e.hash === hash && e.stat === stat) return;
    this.entries.set(path, { hash, data, stat, view });
    this.added.add(path);
  }

  /**
   * Notes that checks of the whole registry found nothing in the file of `path` under these keys: `walk` for the walk
   * over every value (missing translations, check digits), `texts` for untranslated texts. An entry's keys are
   * forgotten when its bytes change.
   */
  mark(path: string, walk: string | undefined, texts: string | undefined): void {
    const e = this.entries.get(path);
    if (!e || (e.walk === walk && e.texts === texts)) return;
    e.walk = walk;
    e.texts = texts;
    this.added.add(path);
  }

  /** Writes what changed; `live` are the registry's files now, so that stale lines can be dropped. */
  save(live: ReadonlySet<string>): void {
    try {
      const lines = this.lines;
      if (lines !== undefined && this.added.size === 0) return;
      makeFolders(join(this.file, '..'));
      if (lines === undefined || lines + this.added.size > 2 * live.size) {
        writeChunksAtomic(this.file, this.rows(live));
      } else {
        appendFileSync(this.file, [...this.added].map((path) => this.row(path, this.entries.get(path)!)).join(''));
      }
    } catch {
      /* a cache that cannot be written only makes the next run slower */
    }
  }

  /** One line of the file: the head, a tab, the data (as read, when it was not parsed). */
  private row(path: string, e: Entry): string {
    const head = ascii(JSON.stringify([path, e.hash, e.stat ?? null, e.view ?? null, e.walk ?? null, e.texts ?? null]));
    const data = e.at ? this.bytes!.toString('latin1', e.at[0], e.at[1]) : ascii(JSON.stringify(e.data));
    return `${head}\t${data}\n`;
  }

  /** The file's lines, in batches of about a megabyte. */
  private *rows(live: ReadonlySet<string>): Generator<string> {
    let batch = this.header + '\n';
    for (const [path, e] of this.entries) {
      if (!live.has(path)) continue;
      batch += this.row(path, e);
      if (batch.length > 1 << 20) {
        yield batch;
        batch = '';
      }
    }
    yield batch;
  }
}

const NL = 0x0a;
const TAB = 0x09;

/** JSON with every non-ASCII character escaped: read back as bytes, without decoding UTF-8. */
function ascii(json: string): string {
  return json.replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

type Head = [path: string, hash: string, stat: string | null, view: unknown, walk: string | null, texts: string | null];
interface Entry {
  hash: string;
  stat: string | undefined;
  /** The data, once parsed (or given by `set`). */
  data?: unknown;
  /** Where the data's JSON is in the cache file's bytes, until it is parsed. */
  at?: [from: number, to: number] | undefined;
  /** The summary the validation keeps of the file (an activity's references: `integrityView`). */
  view?: unknown;
  /** The keys the whole-registry checks found nothing in the file under (`mark`). */
  walk?: string | undefined;
  texts?: string | undefined;
}

/** A file untouched since it was cached: its data on demand, its summary, and what it was found clean under. */
export interface Cached {
  load: () => unknown;
  view: unknown;
  walk: string | undefined;
  texts: string | undefined;
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
