import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { envLang, langOption, messageLang, nonNegativeInt } from '../cli/context.js';
import { declaredLanguages } from '../parse/languages.js';
import { t, type Lang } from '../i18n/index.js';
import { localText } from '../model/registry.js';
import { CATALOGUE_KINDS, type CatalogueKind, type LocalText } from '../model/types.js';
import { parseYaml } from '../parse/yaml.js';
import { SourceFile, type FileKind } from '../parse/source.js';
import { terminalLine, terminalSafe } from '../util/terminal.js';
import { displayPath } from '../util/paths.js';
import { UserError } from '../util/errors.js';
import { makeFolders, processAlive, stageChunksAtomic, writeFileAtomic, type StagedFile } from '../util/write.js';
import { validateRegistry } from '../validate/index.js';
import { initFiles } from '../authoring/init-files.js';
import { build, type BuiltFile, type Existing, type Remark } from '../import/build.js';
import { behandlingsoversiktJson } from '../import/behandlingsoversikt-json.js';
import { yamlFile } from '../import/emit.js';
import { readInput, inputError, columnLetter, importLimits, tooManyRows, MAX_BYTES, MAX_ROWS, MAX_ROWS_ALLOWED } from '../import/read.js';
import { columnMap, findTable, ropaProcessors, ropaRiskFactors, type ColumnMap } from '../import/table.js';
import type { Field } from '../import/labels.js';
import { slug } from '../import/slug.js';
import { applyFields, cellOfFinding, fieldsRows, type FieldsRow } from '../import/fields.js';
import { FIELDS_CARRIED, INTERNAL_FIELDS, ORGANISATION_FIELDS_CARRIED } from '../render/report/fields.js';
import { reportFindings } from './shared.js';

interface Options {
  map?: string | undefined;
  dryRun?: boolean | undefined;
  lang?: string | undefined;
  registryLang?: string | undefined;
  private?: boolean | undefined;
  maxActivities?: string | undefined;
}

interface OutFile {
  path: string;
  kind: FileKind;
  text: string;
}

const FORMAT_NAMES: Record<string, string> = {
  'behandlingsoversikt-csv': 'Behandlingsoversikt CSV',
  'behandlingsoversikt-json': 'Behandlingsoversikt JSON',
  csv: 'CSV',
  xlsx: 'xlsx',
};

/**
 * `ropa import FILE [dir]`: an existing record — Behandlingsoversikt's CSV or JSON, Datatilsynet's template
 * or any spreadsheet, ropa's own report — as a registry. A new folder gets a new registry; an existing
 * registry gets the activities it does not have, and nothing of it is replaced. The result is validated
 * before anything is written.
 */
export async function importRecord(file: string, dir: string, opts: Options, ctx: RunContext): Promise<number> {
  const root = resolve(ctx.cwd, dir);
  const registryLang = langOption(opts.registryLang, 'nb');
  // Messages as every command says them: --lang, then ROPA_LANG, then the registry's first language — the one it
  // declares, or for a new registry the one it is made in (--registry-lang), as `ropa init` does.
  const lang = opts.lang === undefined && envLang(ctx) === undefined ? (ctx.lang = declaredLanguages(root)[0] ?? registryLang) : messageLang(opts.lang, ctx);
  const input = resolve(ctx.cwd, file);
  const shown = displayPath(input, ctx.cwd);
  const rootShown = displayPath(root, ctx.cwd);

  let map: ColumnMap = new Map();
  if (opts.map !== undefined) map = readMap(resolve(ctx.cwd, opts.map), displayPath(resolve(ctx.cwd, opts.map), ctx.cwd), lang);

  const existing = openExisting(root, rootShown);
  if (existing?.errors) {
    await reportFindings(ctx, lang, existing.errors.findings, existing.errors.files, 'import');
    throw new UserError('cli.registry-invalid', { errors: existing.errors.findings.length }, 1);
  }

  const fresh = existing === undefined;
  // What was read and built is let go once the files are made (its own function's scope): a large record's rows
  // and data would otherwise stay in memory while the files are validated and written.
  const { files, said, fields } = await makeFiles({ input, shown, rootShown, root, fresh, existing: existing?.existing, map, lang, registryLang, opts });
  const at = (p: string): string => join(root, p);

  // Validated with the registry it joins before a byte is written.
  const problems = validateResult(root, fresh, files);
  if (problems.findings.length > 0) {
    await reportFindings(ctx, lang, problems.findings, problems.files, 'import');
    // What the sheet of other fields gave, by its cell: the lines above name a file that is never written.
    const activityOf = (file: string): string | undefined => {
      const parts = file.split(/[\\/]/);
      for (let k = 1; k <= parts.length; k++) {
        const id = fields?.files.get(parts.slice(-k).join('/'));
        if (id !== undefined) return id;
      }
      return undefined;
    };
    const cells = new Set(
      problems.findings.flatMap((f) => {
        const cell = fields && cellOfFinding(fields.rows, { ...f, activity: f.activity ?? activityOf(f.file) });
        return cell === undefined ? [] : [cell];
      }),
    );
    for (const cell of cells) ctx.stderr.write(`ropa: ${t(lang, 'import.fields-refused', { file: shown, cell })}\n`);
    ctx.stderr.write(`ropa: ${t(lang, 'import.not-written')}\n`);
    return 1;
  }

  const out = ctx.stdout;
  if (opts.dryRun) {
    for (const f of files.filter((f) => !f.path.startsWith('schemas/')))
      out.write(`${t(lang, 'import.dry-run.file', { path: displayPath(at(f.path), ctx.cwd) })}\n${f.text}\n`);
  } else if (fresh) writeFresh(root, files, ctx.cwd);
  else writeAdded(root, files, ctx.cwd);
  // ropa's official record leaves the organisation's internal notes out (docs/report.md): said where a script sees it,
  // not only in the summary, with the copy that has them.
  if (said.officialLeftOut.length > 0)
    ctx.stderr.write(`ropa: ${t(lang, 'import.official-record', { file: shown, fields: said.officialLeftOut.join(', ') })}\n`);
  out.write(summary(lang, { ...said, dryRun: opts.dryRun === true, files: files.filter((f) => !f.path.startsWith('schemas/')).length }));
  return 0;
}

/**
 * A new registry, whole or not at all: its files are written into a folder inside it and moved into place
 * when all are there. A failure on the way (a full disk, a read-only folder) leaves nothing, as it says.
 */
function writeFresh(root: string, files: readonly OutFile[], cwd: string): void {
  const made = makeFolders(root, displayPath(root, cwd));
  let stage: string | undefined;
  const entries = new Set(files.map((f) => f.path.split('/')[0]!));
  const moved: string[] = [];
  let current = root;
  try {
    stage = mkdtempSync(join(root, `${STAGE_PREFIX}${process.pid}-`));
    const swept = new Set<string>();
    for (const f of files) {
      current = join(root, f.path);
      makeFolders(dirname(join(stage, f.path)));
      writeFileAtomic(join(stage, f.path), f.text, { exclusive: true, swept });
    }
    // Each top-level name is moved at once, and never over another run's: a file is linked (EEXIST if the name
    // is taken), a folder renamed (ENOTEMPTY if one of that name has files).
    for (const name of entries) {
      const from = join(stage, name);
      current = join(root, name);
      if (statSync(from).isDirectory()) renameSync(from, current);
      else linkSync(from, current);
      moved.push(name);
    }
  } catch (e) {
    for (const name of moved) rmSync(join(root, name), { recursive: true, force: true });
    if (stage) rmSync(stage, { recursive: true, force: true });
    removeEmptyFolders(made);
    if (e instanceof UserError && e.code !== 'cli.write-failed') throw e;
    // Named by the file it was to be, not by its place in the folder it was written in first.
    const code = e instanceof UserError ? e.args.code! : ((e as NodeJS.ErrnoException).code ?? 'EIO');
    throw new UserError('cli.write-failed', { path: displayPath(current, cwd), code: code === 'ENOTEMPTY' ? 'EEXIST' : code });
  }
  rmSync(stage, { recursive: true, force: true });
}

/** The folder a new registry is made in, inside it: `.ropa-import-PID-XXXXXX`. */
const STAGE_PREFIX = '.ropa-import-';

/**
 * A run stopped hard while it made a new registry leaves its folder inside the target, which then is neither
 * empty nor a registry: the next run removes those whose process is gone.
 */
function removeStaleStages(root: string): void {
  for (const name of readdirSync(root)) {
    const m = /^\.ropa-import-([1-9][0-9]{0,9})-[A-Za-z0-9]{6}$/.exec(name);
    if (!m || processAlive(Number(m[1]))) continue;
    rmSync(join(root, name), { recursive: true, force: true });
  }
}

/**
 * Folders this run made, innermost first, each only if it is empty: another run may have written into one
 * meanwhile (two imports into one new folder), and what it wrote is not this run's to remove.
 */
function removeEmptyFolders(made: readonly string[]): void {
  for (const dir of [...made].reverse()) {
    try {
      rmdirSync(dir);
    } catch {
      /* not empty, or gone: left as it is */
    }
  }
}

/**
 * Files added to an existing registry, all or none: each is written beside its place first, and put in place
 * (never over a file of that name) only when every one was written; if one cannot be, those put are removed.
 */
function writeAdded(root: string, files: readonly OutFile[], cwd: string): void {
  const swept = new Set<string>();
  const made: string[] = [];
  const staged: StagedFile[] = [];
  const placed: string[] = [];
  try {
    for (const f of files) {
      made.push(...makeFolders(dirname(join(root, f.path)), displayPath(dirname(join(root, f.path)), cwd)));
      staged.push(stageChunksAtomic(join(root, f.path), [f.text], { exclusive: true, swept }));
    }
    files.forEach((f, i) => {
      staged[i]!.commit();
      placed.push(join(root, f.path));
    });
  } catch (e) {
    for (const s of staged) s.abort();
    for (const path of placed) rmSync(path, { force: true });
    removeEmptyFolders(made);
    if (e instanceof UserError && e.code === 'cli.write-failed' && typeof e.args.path === 'string' && e.args.path.startsWith(root))
      throw new UserError('cli.write-failed', { ...e.args, path: displayPath(e.args.path, cwd) });
    throw e;
  }
}

interface MakeInput {
  input: string;
  shown: string;
  rootShown: string;
  root: string;
  fresh: boolean;
  existing: Existing | undefined;
  map: ColumnMap;
  lang: Lang;
  registryLang: Lang;
  opts: Options;
}

/** The file read, its rows built into a registry's data, and each file of it rendered; with the summary's lines. */
async function makeFiles({ input, shown, rootShown, root, fresh, existing, map, lang, registryLang, opts }: MakeInput): Promise<{
  files: OutFile[];
  said: Omit<SummaryInput, 'dryRun' | 'files'>;
  /**
   * The rows of ropa's sheet of other fields, when the workbook has one, and the activities' files by their path in the
   * registry: a finding on what the rows gave names their cell.
   */
  fields: { rows: FieldsRow[]; files: Map<string, string> } | undefined;
}> {
  const limits = importLimits(maxActivities(opts.maxActivities));
  const read = await readInput(input, shown, limits);
  const table =
    read.format === 'behandlingsoversikt-json'
      ? behandlingsoversiktJson(read.data, shown, limits.rows)
      : findTable(read.sheets, map, shown, read.format === 'behandlingsoversikt-csv');
  // Each row is an activity file, made, checked and written: 200,000 of them (a 10 MB JSON) took minutes.
  const titled = table.rows.filter((r) => (r.cells.get('title')?.value.trim() ?? '') !== '').length;
  if (titled > limits.rows) throw tooManyRows(shown, titled, limits.rows);
  enoughMemory(shown, titled, statSync(input).size);
  const format = table.ropa ? `ropa report (${read.format})` : (FORMAT_NAMES[read.format] ?? read.format);
  const built = build(table, {
    source: basename(input),
    format,
    lang,
    publicAuthority: opts.private !== true,
    ...(existing ? { existing } : {}),
    ...(table.ropa && read.format === 'xlsx'
      ? { riskFactors: ropaRiskFactors(read.sheets, table.ropa, t), processors: ropaProcessors(read.sheets, table.ropa, t) }
      : {}),
  });
  if (built.activities.length === 0 && built.skipped.length === 0) throw inputError('no-rows', { file: shown });
  // ropa's own workbook: its sheet of other fields, set into the activities built from the record's sheets.
  const fields = table.ropa && read.format === 'xlsx' ? fieldsRows(read.sheets, shown, lang) : undefined;
  const fromFields = fields ? applyFields(built, fields, shown, existing, new Set(built.skipped.map((x) => x.id))) : {};

  // An existing registry's organisation file is never rewritten: joint controllers it does not name stay as text.
  if (existing && built.organisation?.data.jointControllers) {
    for (const a of built.activities) {
      const data = a.data as { role?: string; jointControllers?: { controller: string }[]; custom?: Record<string, unknown> };
      if (!data.jointControllers) continue;
      const names = data.jointControllers.map((j) => built.organisation!.data.jointControllers![j.controller]?.name ?? j.controller).join(', ');
      delete data.role;
      delete data.jointControllers;
      data.custom = { ...(data.custom ?? {}), [t(lang, 'import.custom.joint-controllers')]: names };
      a.remarks.push({ path: ['custom', t(lang, 'import.custom.joint-controllers')], id: 'import.remark.joint-existing', args: {} });
    }
  }

  const files: OutFile[] = [];
  const at = (p: string): string => join(root, p);
  const render = (path: string, kind: FileKind, data: Record<string, unknown>, remarks: readonly Remark[], head: BuiltFile['head']): OutFile => ({
    path,
    kind,
    text: yamlFile({ data, kind, path: at(path), root, lang, head: head.map((h) => t(lang, h.id, h.args)), remarks, ownSchemas: fresh }),
  });
  if (fresh) {
    // ropa's own report is in one language, and its texts are in that one: a new registry made from it is too,
    // unless --registry-lang says otherwise.
    const made = opts.registryLang === undefined && table.ropa !== undefined ? table.ropa : registryLang;
    const org = built.organisation ?? { data: { name: basename(input), publicAuthority: opts.private !== true, languages: [made] }, remarks: [] };
    org.data.languages = [made];
    if (fromFields.noticeGroups) org.data.noticeGroups = fromFields.noticeGroups as unknown as NonNullable<typeof org.data.noticeGroups>;
    files.push(
      render('organisation.yaml', 'organisation', org.data as unknown as Record<string, unknown>, org.remarks, [
        { id: 'import.head.organisation', args: { file: basename(input) } },
      ]),
    );
  }
  for (const a of built.activities) files.push(render(a.path, 'activity', a.data, a.remarks, a.head));
  const catalogueKinds = CATALOGUE_KINDS.filter((k) => built.catalogues[k].size > 0);
  const catalogueFile = (kinds: readonly CatalogueKind[], path: string): void => {
    const data: Record<string, unknown> = {};
    const remarks: Remark[] = [];
    for (const kind of kinds) {
      data[kind] = Object.fromEntries([...built.catalogues[kind]].map(([id, e]) => [id, e.entry]));
      for (const [id, e] of built.catalogues[kind]) for (const r of e.remarks) remarks.push({ ...r, path: [kind, id, ...r.path] });
    }
    files.push(render(path, 'catalogue', data, remarks, [{ id: 'import.head.catalogue', args: { file: basename(input) } }]));
  };
  if (fresh) for (const kind of catalogueKinds) catalogueFile([kind], `catalogues/${slug(kind.replace(/([A-Z])/g, '-$1'))}.yaml`);
  else if (catalogueKinds.length > 0) {
    let name = `catalogues/import-${slug(basename(input).replace(/\.[^.]+$/, ''), 'file')}.yaml`;
    for (let n = 2; existsSync(at(name)); n++) name = `catalogues/import-${slug(basename(input).replace(/\.[^.]+$/, ''), 'file')}-${n}.yaml`;
    catalogueFile(catalogueKinds, name);
  }
  if (fresh) {
    for (const f of initFiles(root, [registryLang]).filter((f) => f.path.startsWith('schemas/'))) files.push({ path: f.path, kind: 'catalogue', text: f.text });
  }

  return {
    files,
    fields: fields && { rows: fields, files: new Map(built.activities.map((a) => [a.path, String(a.data.id)])) },
    said: {
      shown,
      rootShown,
      format,
      ropa: table.ropa,
      fieldsSheet: fields !== undefined,
      // The official workbook (its cover says so) has no accepted gaps and no custom fields: named, unless its sheet of
      // other fields has them after all (a workbook of session 46, when the official record carried them).
      officialLeftOut:
        table.ropaVariant === 'official' && read.format === 'xlsx' && !fields?.some((r) => (INTERNAL_FIELDS as readonly unknown[]).includes(r.path[0]))
          ? [...INTERNAL_FIELDS]
          : [],
      fresh,
      activities: built.activities.length,
      lines: built.summary,
      skipped: built.skipped,
      notInFile: notInFile(
        table.columns.map((c) => c.field),
        table.ropa !== undefined && read.format === 'xlsx',
      ),
      custom: table.columns.filter((c) => c.field === 'custom').map((c) => ({ header: c.header, column: columnLetter(c.col), why: c.why ?? 'known' })),
      extra: [...new Set(table.rows.flatMap((r) => r.custom.filter((c) => !table.columns.includes(c.column)).map((c) => c.column.header)))],
    },
  };
}

/**
 * Whether node's heap holds the import: measured, an import needs about 64 MB, 4 KB per activity and twice the
 * file's size at its peak (5,000 activities fit in 64 MB of heap, 20,000 in 130 MB); half as much again is
 * asked for. A record larger than the heap is refused before it is built, never stopped by node minutes later
 * (which prints its own stack).
 */
function enoughMemory(shown: string, rows: number, bytes: number): void {
  const need = Math.ceil((1.5 * (64 * 2 ** 20 + rows * 4096 + 2 * bytes)) / 2 ** 20);
  const heap = Math.floor(getHeapStatistics().heap_size_limit / 2 ** 20);
  if (need > heap) throw inputError('too-little-memory', { file: shown, rows, need, heap, suggest: Math.ceil(need / 512) * 512 });
}

/** `--max-activities N`: a whole number from 1 to MAX_ROWS_ALLOWED; MAX_ROWS when not given. */
function maxActivities(value: string | undefined): number {
  if (value === undefined) return MAX_ROWS;
  const n = nonNegativeInt(value, '--max-activities');
  if (n < 1 || n > MAX_ROWS_ALLOWED) throw new UserError('cli.number-out-of-range', { option: '--max-activities', value, min: 1, max: MAX_ROWS_ALLOWED });
  return n;
}

function readMap(path: string, shown: string, lang: Lang): ColumnMap {
  let text: string;
  try {
    const st = statSync(path);
    // A device or a FIFO has no end to read to (`--map /dev/zero` filled the memory): only a file is a mapping file.
    if (!st.isFile()) throw inputError('not-a-file', { file: shown });
    if (st.size > MAX_BYTES)
      throw inputError('too-large', { file: shown, size: Math.ceil(st.size / 1024 / 1024), max: MAX_BYTES / 1024 / 1024, rows: MAX_ROWS });
    text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(path));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw inputError('unreadable', { file: shown });
  }
  const parsed = parseYaml(text);
  const problem = parsed.problems[0];
  if (problem) {
    const { line, col: column } = parsed.lineCounter.linePos(problem.start);
    // A `__proto__` key is well-formed YAML: it is refused for what it is, not as broken syntax.
    if (problem.rule === 'forbidden-key') throw inputError('bad-map-key', { file: shown, line, column, key: String(problem.args.key) });
    // Said as the registry loader says it: an alias bomb, a `!!tag` or a duplicate key is named for what it is.
    throw inputError('bad-map-yaml', { file: shown, line, column, problem: t(lang, problem.messageId, problem.args) });
  }
  return columnMap(parsed.data, shown);
}

/** The registry being added to, or undefined when `dir` is new or empty. */
function openExisting(
  root: string,
  shown: string,
):
  | {
      existing?: Existing;
      errors?: { findings: ReturnType<typeof validateRegistry>['findings']; files: ReturnType<typeof validateRegistry>['registry']['files'] };
    }
  | undefined {
  if (!existsSync(root)) return undefined;
  if (!statSync(root).isDirectory()) throw new UserError('import.error.target-not-folder', { path: shown });
  removeStaleStages(root);
  const entries = readdirSync(root);
  if (entries.length === 0) return undefined;
  if (!existsSync(join(root, 'organisation.yaml'))) {
    // Another import, alive, is moving a new registry into this folder (its stage is here; it may have moved a folder
    // already): the registry's file is being taken, as two imports into one new folder end (EEXIST), whichever moment
    // this run looks.
    if (entries.some((n) => n.startsWith(STAGE_PREFIX))) throw new UserError('cli.write-failed', { path: join(shown, 'organisation.yaml'), code: 'EEXIST' });
    throw new UserError('import.error.target-not-registry', { path: shown });
  }
  const { registry, findings } = validateRegistry(root);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) return { errors: { findings: errors, files: registry.files } };
  const names = {} as Existing['names'];
  const ids = {} as Existing['ids'];
  for (const kind of CATALOGUE_KINDS) {
    names[kind] = new Map();
    ids[kind] = new Set(registry.catalogues[kind].keys());
    for (const [id, e] of registry.catalogues[kind]) {
      const name = (e.value as { name?: LocalText; title?: LocalText }).name ?? (e.value as { title?: LocalText }).title;
      const all = typeof name === 'string' ? [name] : (['nb', 'nn', 'en'] as const).map((l) => localText(name, l)).filter((x): x is string => x !== undefined);
      for (const n of all) names[kind].set(n.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim(), id);
    }
  }
  return {
    existing: {
      activities: new Set(registry.activities.map((a) => a.id)),
      names,
      ids,
      jointControllers: new Set(Object.keys(registry.organisation?.value.jointControllers ?? {})),
      ...(registry.organisation ? { organisation: registry.organisation.value } : {}),
    },
  };
}

/**
 * Validation errors of the files to write, read with the registry they join. A new registry is written to a
 * temporary folder first and validated there as `ropa validate` would read it.
 */
function validateResult(
  root: string,
  fresh: boolean,
  files: readonly OutFile[],
): { findings: ReturnType<typeof validateRegistry>['findings']; files: SourceFile[] } {
  if (fresh) {
    const base = mkdtempSync(join(tmpdir(), 'ropa-import-'));
    try {
      // A private scratch folder, removed below: written plainly, with no temporary files or fsync.
      for (const f of files) {
        makeFolders(dirname(join(base, f.path)));
        writeFileSync(join(base, f.path), f.text, { flag: 'wx' });
      }
      const { findings } = validateRegistry(base);
      // Named by the files they would be, in the folder the user gave, not by the scratch folder they were checked in
      // (AX, session 46: the findings were shown at /tmp/ropa-import-…/activities/…). Their lines are the same text's.
      const errors = findings
        .filter((f) => f.severity === 'error')
        .map((f) => (f.file.startsWith(base) ? { ...f, file: join(root, relative(base, f.file)) } : f));
      // The files are kept only to show errors in: 200,000 of them are a gigabyte.
      return {
        findings: errors,
        files: errors.length > 0 ? files.map((f) => new SourceFile(join(root, f.path), f.kind, f.text, undefined)) : [],
      };
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  }
  const sources = files
    .filter((f) => !f.path.startsWith('schemas/'))
    .map((f) => {
      const parsed = parseYaml(f.text);
      return new SourceFile(join(root, f.path), f.kind, f.text, parsed.data, parsed.doc, parsed.lineCounter);
    });
  const { findings } = validateRegistry(root, sources);
  return { findings: findings.filter((f) => f.severity === 'error'), files: sources };
}

/**
 * The facts `ropa gaps` judges an activity by, and the columns of a table that give each: a file with none of them
 * leaves the fact out of every activity, and the summary names it. Risk factors (the DPIA screening's) come only from
 * ropa's own workbook (its DPIA sheet), as do a DPIA's reason, residual risk and prior consultation.
 */
const JUDGED: readonly (readonly [string, readonly Field[]])[] = [
  [
    'purposes[].legalBasis',
    ['legalBasis', 'art9', 'art9-a', 'art9-b', 'art9-c', 'art9-g', 'art9-h', 'art9-j', 'art10', 'specialCategories', 'criminalOffence'],
  ],
  ['dataSubjects', ['dataSubjects']],
  ['dataCategories', ['dataCategories', 'dataCategoriesBySubject']],
  ['recipients', ['recipients']],
  ['transfers', ['transfers', 'transferSafeguards']],
  ['retention', ['retention']],
  ['securityMeasures', ['securityMeasures']],
  ['sources', ['sources']],
  ['processors', ['processors']],
  ['dpia', ['dpia', 'dpiaConducted', 'dpiaReference']],
  ['dpia.reason', ['dpiaReason']],
  ['dpia.residualRisk', ['dpiaResidualRisk']],
  ['dpia.priorConsultation', ['dpiaPriorConsultation']],
  ['riskFactors', []],
  ['rightsRestrictions', ['rightsRestrictions']],
  ['automatedDecisions', ['automatedDecisions']],
];

/** The judged facts (JUDGED) no column of the file gives; ropa's workbook gives the DPIA sheet's. */
function notInFile(fields: readonly Field[], ropaWorkbook: boolean): string[] {
  const sheet = ['riskFactors', 'dpia.reason', 'dpia.residualRisk', 'dpia.priorConsultation'];
  return JUDGED.filter(([name, from]) => !(ropaWorkbook && sheet.includes(name)) && !from.some((f) => fields.includes(f))).map(([name]) => name);
}

interface SummaryInput {
  /** The facts `ropa gaps` judges by that no column of the file gives (JUDGED): named. */
  notInFile: string[];
  /** ropa's own report, in this language: what a registry holds beyond it is named, never lost silently. */
  ropa?: Lang | undefined;
  /** ropa's workbook with its sheet of other fields: what that sheet carries is not named as left behind. */
  fieldsSheet: boolean;
  /** ropa's official workbook: the fields only the internal copy carries (INTERNAL_FIELDS), which it does not have. */
  officialLeftOut: string[];
  shown: string;
  rootShown: string;
  format: string;
  dryRun: boolean;
  fresh: boolean;
  activities: number;
  files: number;
  lines: ReturnType<typeof build>['summary'];
  skipped: { id: string; row: number }[];
  custom: { header: string; column: string; why: string }[];
  extra: string[];
}

/**
 * The fields of an activity that ropa's report never prints (src/render/report/columns.ts) and its workbook's sheet of
 * other fields does not carry either (src/render/report/fields.ts): a registry made from the report would have none of
 * them, and the summary of every import of a report would name them. None since session 46:
 * test/import/report-round-trip.test.ts holds every path of the schema to be carried or listed here.
 */
export const NOT_IN_REPORT = [] as const;

/**
 * The fields only the workbook's sheet of other fields carries (FIELDS_CARRIED): an import of the CSV report, one
 * table, or of a workbook without that sheet names them with NOT_IN_REPORT.
 */
export const ONLY_IN_WORKBOOK = FIELDS_CARRIED;
/** The organisation's fields only the workbook's sheet of other fields carries (ORGANISATION_FIELDS_CARRIED). */
export const ORGANISATION_ONLY_IN_WORKBOOK = ORGANISATION_FIELDS_CARRIED;

/**
 * The organisation's fields that ropa's report never prints in its header block (src/render/report/model.ts): named in
 * the summary of every import of a report, as NOT_IN_REPORT is for an activity. test/import/organisation-round-trip.test.ts
 * walks schemas/organisation.schema.json and holds each path carried or named here.
 */
export const NOT_IN_REPORT_ORGANISATION = [
  'shortName',
  // A notice's facts: the record of Art. 30 has no place for them (its notice groups are on the workbook's sheet of
  // other fields, for the activities' noticeGroup: ORGANISATION_ONLY_IN_WORKBOOK).
  'rightsFee',
  'notice',
  // The report names no supervisory authority: an import writes Datatilsynet.
  'supervisoryAuthority',
  // The report is in one language: the registry made from it is in that one.
  'languages',
  // The report's date is the latest review of the registry, not the organisation's own.
  'review',
  'custom',
] as const;

/** The lines of one list of the summary that are shown; the rest are counted. */
export const SHOWN = 1000;

/** What was imported, and every place the reader must look at. */
function summary(lang: Lang, s: SummaryInput): string {
  const w = (id: string, args: Record<string, string | number> = {}): string => t(lang, `import.summary.${id}`, args);
  const out: string[] = [];
  out.push(w(s.dryRun ? 'would-import' : 'imported', { count: s.activities, file: s.shown, format: s.format, dir: s.rootShown, files: s.files }));
  // A list of more than SHOWN lines is cut with a count of the rest: a hostile file of 240,000 rows printed as many
  // (AX, session 46), and no reader reads past a few hundred.
  const more = (count: number): void => {
    if (count > SHOWN) out.push(`  ${w('more', { count: count - SHOWN, shown: SHOWN })}`);
  };
  if (s.skipped.length > 0) {
    out.push('', w('skipped', { count: s.skipped.length }));
    for (const x of s.skipped.slice(0, SHOWN)) out.push(`  ${w('row', { row: x.row })}: ${x.id}`);
    more(s.skipped.length);
  }
  if (s.lines.length > 0) {
    out.push('', w('kept', { count: s.lines.length }));
    for (const l of s.lines.slice(0, SHOWN)) {
      const where = [l.row !== undefined ? w('row', { row: l.row }) : '', l.column !== undefined ? `«${l.column}»` : '', l.activity ? `(${l.activity})` : '']
        .filter((x) => x !== '')
        .join(' ');
      out.push(`  ${terminalLine(`${where}: ${t(lang, l.id, l.args)}`)}`);
    }
    more(s.lines.length);
  }
  const custom = [...s.custom.map((c) => `«${c.header}» (${w('column', { column: c.column })})`), ...s.extra.map((h) => `«${h}»`)];
  if (custom.length > 0) {
    out.push('', w('custom', { count: custom.length }), ...custom.slice(0, SHOWN).map((c) => `  ${terminalLine(c)}`));
    more(custom.length);
  }
  if (s.notInFile.length > 0) out.push('', w('not-in-file', { file: s.shown, fields: s.notInFile.join(', ') }));
  if (s.ropa !== undefined) {
    // ropa's workbook carries every field of an activity (its sheet of other fields); its CSV, one table, does not.
    const fields = [...NOT_IN_REPORT, ...(s.fieldsSheet ? s.officialLeftOut : ONLY_IN_WORKBOOK)];
    out.push(
      '',
      w(fields.length > 0 ? 'not-in-report' : 'not-in-report-organisation', {
        language: t(lang, `authoring.language.${s.ropa}`),
        fields: fields.join(', '),
        organisation: [...NOT_IN_REPORT_ORGANISATION, ...(s.fieldsSheet ? [] : ORGANISATION_ONLY_IN_WORKBOOK)].join(', '),
      }),
    );
  }
  if (!s.dryRun) out.push('', w('next', { dir: s.rootShown }));
  // Cells and headers are the file's text: terminal controls in them are shown, never sent, and each stays on its line.
  return terminalSafe(out.join('\n')) + '\n';
}
