import { relative, resolve, sep } from 'node:path';
import { compareFindings, type Finding } from '../model/finding.js';
import { buildRegistry } from '../model/build.js';
import type { Registry } from '../model/registry.js';
import { SourceFile } from '../parse/source.js';
import { discover, type Discovered, type DiscoveryProblem } from '../load/discover.js';
import { fileFinding, readBytes } from '../load/read.js';
import { readSourceFile, readText, textOfDecodedBytes } from '../parse/file.js';
import { ContentCache, hashBytes, statKey, type Cached } from '../load/cache.js';
import { decodeUtf8 } from '../parse/text.js';
import { checkIntegrity, integrityView, refsKey, walkKey, WALK_RULES } from './integrity.js';
import { untranslatedTexts } from './translations.js';
import { checkSource, type FileTask } from './file.js';
import { checkFiles, defaultJobs } from './parallel.js';
import { pointerAndAbove } from '../util/pointer.js';

export interface Validated {
  registry: Registry;
  /** Sorted; every one an error unless it says otherwise. */
  findings: Finding[];
}

export interface ValidateOptions {
  /** Folder of the content-hash cache (`--cache`); no cache when undefined. */
  cache?: string;
  /** Threads that read and parse files; by default one per idle core less one, up to four (`defaultJobs`). 1 keeps everything in this thread. */
  jobs?: number;
  /**
   * Only errors are wanted: a command that reads the registry reports none of its warnings (`openRegistry`), so the
   * checks that can only warn are not run (at 10,000 activities the untranslated-text walk costs about 60 ms).
   */
  errorsOnly?: boolean;
}

/**
 * load → parse → schema → model → integrity. Every command starts here.
 * Each file is checked on its own (in parallel for large registries, or taken from the cache when
 * its bytes are unchanged); then the registry is built and checked as a whole. `extra` are files
 * not yet on disk (`ropa new` checks the file it is about to write), validated as if they were; one with
 * the path of a file on disk stands in for it (`ropa add` checks a catalogue file before it is rewritten).
 */
export function validateRegistry(dir: string, extra: readonly SourceFile[] = [], options: ValidateOptions = {}): Validated {
  const root = resolve(dir);
  return validateDiscovered(root, discover(root), extra, options);
}

/**
 * The same for files found elsewhere than in a folder (`ropa diff` reads a revision from git): each
 * file with its bytes, and the problems met while finding them. Nothing is read from disk then.
 */
export function validateDiscovered(
  root: string,
  discovered: { files: (Discovered & { bytes?: Uint8Array })[]; problems: DiscoveryProblem[]; realRoot?: string },
  extra: readonly SourceFile[] = [],
  options: ValidateOptions = {},
): Validated {
  const replaced = new Set(extra.map((s) => s.path));
  const found = discovered.files.filter((f) => !replaced.has(f.path));
  const { problems, realRoot } = discovered;
  const findings: Finding[] = problems.map((p) => ({ ...fileFinding(p.path, p.rule, p.messageId, p.args), ...(p.severity ? { severity: p.severity } : {}) }));
  const cache = options.cache === undefined || realRoot === undefined ? undefined : ContentCache.open(options.cache, realRoot);

  const keyOf = cacheKeys(root);
  const sources: (SourceFile | undefined)[] = new Array(found.length);
  const valid = new Array<boolean>(found.length).fill(false);
  const tasks: FileTask[] = [];
  const taskIndex: number[] = [];
  const seen = new Map<string, { hash: string; stat: string | undefined }>();
  /** Each file that has its entry in the cache, with its key and (untouched) what the cache knew of it. */
  const inCache = new Map<SourceFile, { key: string; prior?: Cached }>();
  /** Activities untouched since they were cached: their summaries, read by the checks across files instead of their data. */
  const views = new Map<SourceFile, unknown>();
  /** The same, their summaries not yet parsed: only those whose references must be looked at again are. */
  const unparsed = new Map<SourceFile, () => unknown>();
  const viewOf = (kind: string, data: unknown): unknown => (kind === 'activity' ? integrityView(data) : undefined);
  found.forEach((f, i) => {
    if (!cache || f.bytes) {
      tasks.push(f);
      taskIndex.push(i);
      return;
    }
    // Untouched since it was valid: not even read (its text is read if a message needs it).
    const key = keyOf(f.path);
    const stat = statKey(f.path);
    const untouched = stat === undefined ? undefined : cache.getByStat(key, stat, () => readSourceFile(f.path, f.kind).source?.data);
    if (untouched !== undefined) {
      let source: SourceFile | undefined;
      if (f.kind === 'activity' && untouched.hasView) {
        // Its data is read from the cache only if something asks for it (a summary is only made of a mapping).
        source = SourceFile.lazy(f.path, f.kind, () => readText(f.path), untouched.load, untouched.id);
        unparsed.set(source, untouched.view);
      } else {
        const data = untouched.load();
        if (data !== undefined) source = new SourceFile(f.path, f.kind, () => readText(f.path), data);
      }
      if (source) {
        sources[i] = source;
        valid[i] = true;
        inCache.set(source, { key, prior: untouched });
        return;
      }
    }
    // Touched, perhaps changed: the same bytes as when it was valid need no parsing.
    const read = readBytes(f.path);
    if ('finding' in read) {
      findings.push(read.finding);
      return;
    }
    const hash = hashBytes(read.bytes);
    const data = cache.get(key, hash);
    const decoded = data === undefined ? undefined : decodeUtf8(read.bytes);
    if (decoded?.ok) {
      // The text is had from the bytes when a finding or message needs it.
      const bytes = read.bytes;
      const source = new SourceFile(f.path, f.kind, () => textOfDecodedBytes(bytes), data);
      sources[i] = source;
      valid[i] = true;
      cache.set(key, hash, data, stat, viewOf(f.kind, data));
      inCache.set(source, { key });
    } else {
      seen.set(f.path, { hash, stat });
      tasks.push({ ...f, bytes: read.bytes, onDisk: true });
      taskIndex.push(i);
    }
  });

  const checked = checkFiles(tasks, options.jobs ?? defaultJobs());
  checked.forEach((c, k) => {
    const i = taskIndex[k]!;
    sources[i] = c.source;
    valid[i] = c.checked.valid;
    findings.push(...c.checked.findings);
    const s = seen.get(c.checked.path);
    if (cache && s && c.checked.valid && c.source) {
      const key = keyOf(c.checked.path);
      cache.set(key, s.hash, c.checked.data, s.stat, viewOf(c.checked.kind, c.checked.data));
      inCache.set(c.source, { key });
    }
  });
  for (const source of extra) {
    const checked = checkSource(source);
    sources.push(source);
    valid.push(checked.valid);
    findings.push(...checked.findings);
  }

  const all = sources.filter((s): s is SourceFile => s !== undefined);
  const usable = sources.filter((s, i): s is SourceFile => s !== undefined && valid[i]!);
  const built = buildRegistry(root, usable, all);
  // One mistake, one message: an entry with a schema problem is still an entry, and a file with one
  // still has its references checked. Commands get the registry of valid files only.
  const flawed = sources.filter((s, i): s is SourceFile => s !== undefined && !valid[i] && s.data !== undefined);
  const lenient = flawed.length > 0 ? buildRegistry(root, [...usable, ...flawed], all) : built;
  const unread = new Set(found.filter((f, i) => !sources[i]?.hasData).map((f) => f.kind));
  // What the cache knows a file holds none of under this run's languages is not looked for again (`mark` below).
  const walked = walkKey(lenient.registry, { unread });
  const languages = built.registry.organisation ? built.registry.languages : [];
  const texts = languages.join(',');
  const clean = new Set<SourceFile>();
  const translated = new Set<SourceFile>();
  for (const [source, { prior }] of inCache) {
    if (prior?.walk === walked) clean.add(source);
    if (prior?.texts === texts) translated.add(source);
  }
  // An untouched activity whose references all resolved under the same ids is not looked at, nor its summary parsed.
  const refsNow = refsKey(lenient.registry, { unread });
  const refsClean = new Set<SourceFile>();
  for (const [source, { prior }] of inCache) if (prior?.refs === refsNow) refsClean.add(source);
  for (const [source, view] of unparsed) if (!refsClean.has(source)) views.set(source, view());
  const refsOk = new Set<SourceFile>();
  const integrity = checkIntegrity(lenient.registry, lenient.duplicates, [...usable, ...flawed], {
    unread,
    flawed: new Set(flawed),
    views,
    clean,
    refsClean,
    refsOk,
  });
  findings.push(...withoutEchoes(integrity, findings));
  const untranslated =
    options.errorsOnly === true ? undefined : untranslatedTexts(translated.size === 0 ? usable : usable.filter((f) => !translated.has(f)), languages);
  if (untranslated) findings.push(...untranslated);
  if (cache) {
    const walkFound = new Set(integrity.filter((f) => WALK_RULES.has(f.rule)).map((f) => f.file));
    const textsFound = new Set(untranslated?.map((f) => f.file));
    for (const [source, { key, prior }] of inCache) {
      cache.mark(
        key,
        walkFound.has(source.path) ? undefined : walked,
        untranslated === undefined ? prior?.texts : textsFound.has(source.path) ? undefined : texts,
        refsOk.has(source) ? refsNow : undefined,
      );
    }
    cache.save(new Set(found.map((f) => keyOf(f.path))));
  }
  findings.sort(compareFindings);
  return { registry: built.registry, findings: capPerFile(findings) };
}

/**
 * A file's key in the cache: its path relative to the registry. A path found in a resolved root is the root, a
 * separator and a normalised rest, which is then its relative path as it stands (`relative` resolves both paths
 * anew: at 10,000 files a twentieth of a second); anything else is left to `relative`.
 */
function cacheKeys(root: string): (path: string) => string {
  if (resolve(root) !== root) return (path) => relative(root, path);
  const prefix = root.endsWith(sep) ? root : root + sep;
  return (path) => {
    if (path.startsWith(prefix)) {
      const rest = path.slice(prefix.length);
      if (rest !== '' && !NOT_NORMAL.test(rest)) return rest;
    }
    return relative(root, path);
  };
}
const NOT_NORMAL = /(?:^|[\\/])\.{1,2}(?:[\\/]|$)|[\\/]{2}|[\\/]$|^[\\/]/;

/** The most problems of one kind said about one file; a hostile or broken file (40,000 wrong values) is not answered with 40,000. */
export const MAX_PROBLEMS_PER_FILE = 200;

/**
 * Sorted findings with at most `MAX_PROBLEMS_PER_FILE` of each rule per file, and for a rule that had more, one
 * finding at the first not shown that says how many more there are: a reader fixes those and runs again. Every
 * kind of problem in the file stays visible (one repeated id among 40,000 unknown ones).
 */
function capPerFile(sorted: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j < sorted.length && sorted[j]!.file === sorted[i]!.file) j++;
    const file = sorted.slice(i, j);
    out.push(...(file.length <= MAX_PROBLEMS_PER_FILE ? file : capFile(file)));
    i = j;
  }
  return out;
}

/** One file's sorted findings, more than `MAX_PROBLEMS_PER_FILE`: capped per rule, sorted again with the notes of how many more. */
function capFile(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  const counts = new Map<string, number>();
  const beyond = new Map<string, { first: Finding; more: number; error: boolean }>();
  for (const f of findings) {
    const n = (counts.get(f.rule) ?? 0) + 1;
    counts.set(f.rule, n);
    if (n <= MAX_PROBLEMS_PER_FILE) kept.push(f);
    else {
      const b = beyond.get(f.rule) ?? { first: f, more: 0, error: false };
      b.more++;
      b.error ||= f.severity === 'error';
      beyond.set(f.rule, b);
    }
  }
  for (const [rule, { first, more, error }] of beyond)
    kept.push({
      rule: 'too-many-problems',
      severity: error ? 'error' : 'warning',
      file: first.file,
      pointer: first.pointer,
      ...(first.range !== undefined ? { range: first.range } : {}),
      messageId: 'validate.too-many-problems',
      args: { shown: MAX_PROBLEMS_PER_FILE, more, rule },
    });
  return kept.sort(compareFindings);
}

/** A reference or translation problem at (or inside) a value whose form is already wrong says the same thing twice. */
function withoutEchoes(integrity: Finding[], earlier: readonly Finding[]): Finding[] {
  const wrong = earlier.filter((f) => f.rule === 'schema' && f.messageId !== 'validate.schema.required');
  if (wrong.length === 0) return integrity;
  // The wrong places by file and pointer; a finding is an echo when its pointer or one above it is among them.
  const places = new Set(wrong.map((w) => `${w.file}\0${w.pointer}`));
  return integrity.filter((f) => {
    for (const p of pointerAndAbove(f.pointer)) if (places.has(`${f.file}\0${p}`)) return false;
    return true;
  });
}
