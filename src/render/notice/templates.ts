import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { isWithin } from '../../util/within.js';
import type Handlebars from 'handlebars';
import { packagePath } from '../../util/paths.js';
import { directRuntime, type DirectFactory, type DirectTemplate } from './direct.js';
import type { NoticeFormat } from './view.js';

/**
 * The notice's Handlebars templates: one layout per format (`notice.<format>.hbs`) and partials
 * (`partials/<name>.<format>.hbs`, used as `{{> name}}`). An organisation's folder (`--template DIR`)
 * replaces the layout and any partial it has a file for, and may add partials.
 */
export interface TemplateFile {
  /** Partial name; `notice` for the layout. */
  name: string;
  path: string;
  source: string;
}

export interface TemplateSet {
  layout: TemplateFile;
  partials: TemplateFile[];
}

/** A template that does not parse or fails while rendering, with the file and line at fault. */
export class TemplateError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
    /** 1-based, where Handlebars says it. */
    readonly column?: number,
    /** `too-large`: the template makes more text than a notice can be (`MAX_NOTICE_CHARS`). */
    readonly kind: 'error' | 'too-large' = 'error',
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}${line !== undefined && column !== undefined ? `:${column}` : ''}: ${detail}`);
    this.name = 'TemplateError';
  }
}

/** The folder was given but has nothing for this format, or does not exist; or a file in it leads out of it (a link) or is no regular file. */
export class TemplateFolderError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'not-found' | 'empty' | 'outside' | 'too-large',
  ) {
    super(`${reason}: ${path}`);
    this.name = 'TemplateFolderError';
  }
}

/** The largest template file ropa reads from an organisation's folder: its own are a few kilobytes. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

export const BUILTIN_TEMPLATES = packagePath('templates', 'notice');

export function loadTemplates(format: NoticeFormat, overrideDir?: string): TemplateSet {
  const base = readFolder(BUILTIN_TEMPLATES, format);
  if (!base.layout) throw new Error(`notice: the built-in layout notice.${format}.hbs is missing`);
  if (overrideDir === undefined) return { layout: base.layout, partials: [...base.partials.values()] };
  const dir = resolve(overrideDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new TemplateFolderError(dir, 'not-found');
  const own = readFolder(dir, format, realpathSync(dir));
  if (!own.layout && own.partials.size === 0) throw new TemplateFolderError(dir, 'empty');
  const partials = new Map([...base.partials, ...own.partials]);
  return { layout: own.layout ?? base.layout, partials: [...partials.values()].sort((a, b) => (a.name < b.name ? -1 : 1)) };
}

function readFolder(dir: string, format: NoticeFormat, inside?: string): { layout?: TemplateFile; partials: Map<string, TemplateFile> } {
  const suffix = `.${format}.hbs`;
  const read = (path: string, name: string): TemplateFile => {
    // An organisation's folder is read as what it holds: a link out of it (to a secret, a device) is refused.
    if (inside !== undefined && !insideAsFile(path, inside)) throw new TemplateFolderError(path, 'outside');
    // Larger than any layout: read whole it would fill the memory, or pass the engine's limit on a string.
    if (inside !== undefined && statSync(path).size > MAX_TEMPLATE_BYTES) throw new TemplateFolderError(path, 'too-large');
    return { name, path, source: readFileSync(path, 'utf8') };
  };
  const layoutPath = join(dir, `notice${suffix}`);
  const partialDir = join(dir, 'partials');
  const partials = new Map<string, TemplateFile>();
  if (existsSync(partialDir)) {
    for (const f of readdirSync(partialDir).sort()) {
      if (f.endsWith(suffix)) partials.set(f.slice(0, -suffix.length), read(join(partialDir, f), f.slice(0, -suffix.length)));
    }
  }
  return { ...(existsSync(layoutPath) ? { layout: read(layoutPath, 'notice') } : {}), partials };
}

/** Whether a path is a regular file, inside `folder` once links are followed. */
function insideAsFile(path: string, folder: string): boolean {
  try {
    const real = realpathSync(path);
    return isWithin(folder, real) && statSync(real).isFile();
  } catch {
    return false;
  }
}

/**
 * Renders the view model (already escaped for the format) through the templates. Templates are
 * compiled in strict mode, so a misspelt field is an error rather than a silent gap, and without
 * HTML escaping, because the view model's strings are escaped for the format beforehand. ropa's own
 * templates run in their direct form (src/render/notice/direct.ts); `viaHandlebars` runs them through
 * Handlebars instead (for the test that holds the two to the same text).
 */
export function renderTemplates(set: TemplateSet, view: object, { viaHandlebars = false }: { viaHandlebars?: boolean } = {}): string {
  const out = compiled(set, viaHandlebars)(view);
  if (out.length > MAX_NOTICE_CHARS) throw new TemplateError(set.layout.path, undefined, '', undefined, 'too-large');
  return out;
}

/**
 * The most text a notice may be. A notice for thousands of activities is a few megabytes; a template
 * that loops inside loops can make gigabytes, which would fill the disk or stop at the engine's limit.
 */
export const MAX_NOTICE_CHARS = 64 * 1024 * 1024;

/**
 * The set compiled: once per process for the same files with the same text (a program that renders
 * many notices, or ropa's tests, compiles ropa's own templates once). A few sets are kept.
 */
function compiled(set: TemplateSet, forceHandlebars = false): Compiled {
  const key = JSON.stringify([set.layout, set.partials, forceHandlebars]);
  let fn = COMPILED.get(key);
  if (fn === undefined) {
    fn = (forceHandlebars ? undefined : direct(set)) ?? viaHandlebars(set);
    if (COMPILED.size >= 8) COMPILED.delete(COMPILED.keys().next().value!);
    COMPILED.set(key, fn);
  }
  return fn;
}

/**
 * The set in the direct forms made at build time (src/render/notice/direct.ts), when every one of its
 * files reads as a template that has one: ropa's own, or an organisation's unchanged copy of them.
 * Handlebars is not loaded.
 */
function direct(set: TemplateSet): Compiled | undefined {
  const files = [set.layout, ...set.partials];
  const factories: DirectFactory[] = [];
  for (const file of files) {
    const factory = precompiled().get(file.source)?.direct;
    if (factory === undefined) return undefined;
    factories.push(factory);
  }
  const partials = new Map<string, DirectTemplate>();
  const rt = directRuntime((name, context, data) => {
    const partial = partials.get(name);
    // Handlebars' words for it.
    if (partial === undefined) throw new Error(`The partial ${name} could not be found`);
    return partial(context, data);
  });
  set.partials.forEach((p, i) => partials.set(p.name, located(p, factories[i + 1]!(rt))));
  const layout = located(set.layout, factories[0]!(rt));
  // A template's data starts with `@root`, as Handlebars' does.
  return (view) => layout(view, { root: view });
}

/** The set as Handlebars runs it: an organisation's own templates (or ropa's, before the first build). */
function viaHandlebars(set: TemplateSet): Compiled {
  const hb = (createRequire(import.meta.url)('handlebars') as typeof Handlebars).create();
  // `log` writes to the console, around the notice on stdout: a template only lays out (docs/notice.md).
  hb.registerHelper('log', () => {
    throw new Error('"log" not defined');
  });
  const compile = (file: TemplateFile): HandlebarsCompiled => {
    const spec = precompiled().get(file.source)?.spec;
    if (spec !== undefined) {
      try {
        return hb.template(spec);
      } catch {
        // Precompiled by another version of Handlebars (a build not done again): compiled here instead.
      }
    }
    return hb.compile(file.source, TEMPLATE_OPTIONS);
  };
  for (const p of set.partials) hb.registerPartial(p.name, located(p, compile(p)));
  const layout = located(set.layout, compile(set.layout));
  return (view) => layout(view);
}

const COMPILED = new Map<string, Compiled>();

/**
 * Compiled in strict mode, so a misspelt field is an error rather than a silent gap, and without
 * HTML escaping, because the view model's strings are escaped for the format beforehand.
 */
export const TEMPLATE_OPTIONS = { strict: true, noEscape: true } as const;

/** ropa's own templates, precompiled at build time (src/render/notice/precompile.ts). */
export const PRECOMPILED_TEMPLATES = packagePath('dist', 'render', 'notice', 'templates.cjs');

interface PrecompiledTemplate {
  source: string;
  spec: TemplateSpecification;
  direct?: DirectFactory;
}

let PRECOMPILED: Map<string, PrecompiledTemplate> | undefined;

/**
 * The precompiled templates by their source text: a file (ropa's, or an organisation's copy of it)
 * that reads exactly as one of them is not compiled again. Empty before the first build.
 */
function precompiled(): Map<string, PrecompiledTemplate> {
  if (PRECOMPILED === undefined) {
    PRECOMPILED = new Map();
    try {
      const mod = createRequire(import.meta.url)(PRECOMPILED_TEMPLATES) as Record<string, PrecompiledTemplate>;
      for (const t of Object.values(mod)) PRECOMPILED.set(t.source, t);
    } catch {
      // Not built yet: every template is compiled when used.
    }
  }
  return PRECOMPILED;
}

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** The layout, ready to render a view. */
type Compiled = (view: object) => string;

type HandlebarsCompiled = Handlebars.TemplateDelegate;

/** Wraps a compiled template (Handlebars' or a direct form) so that its errors carry its file; the innermost template wins. */
function located<A extends unknown[]>(file: TemplateFile, fn: (...args: A) => string): (...args: A) => string {
  return (...args: A) => {
    try {
      return fn(...args);
    } catch (e) {
      if (e instanceof TemplateError) throw e;
      // The engine's limit on one string: loops inside loops made more than any notice.
      if (e instanceof RangeError && /string length/i.test(e.message)) throw new TemplateError(file.path, undefined, '', undefined, 'too-large');
      throw new TemplateError(file.path, lineOf(e), messageOf(e), columnOf(e));
    }
  };
}

function lineOf(e: unknown): number | undefined {
  const err = e as { lineNumber?: unknown; message?: unknown; hash?: { loc?: { first_line?: number } } };
  if (typeof err.lineNumber === 'number') return err.lineNumber;
  if (typeof err.hash?.loc?.first_line === 'number') return err.hash.loc.first_line;
  const m = typeof err.message === 'string' ? /line (\d+)/.exec(err.message) : null;
  return m ? Number(m[1]) : undefined;
}

/** Handlebars gives a 0-based column with the errors it locates in the compiled template. */
function columnOf(e: unknown): number | undefined {
  const err = e as { column?: unknown; lineNumber?: unknown };
  return typeof err.lineNumber === 'number' && typeof err.column === 'number' ? err.column + 1 : undefined;
}

/** Handlebars' message without its own position suffix or the source excerpt. */
function messageOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text
    .replace(/ - \d+:\d+$/, '')
    .replace(/ in \[object \w+\]/, '')
    .replace(/^Parse error on line \d+:/, 'parse error:')
    .split('\n')
    .filter((l) => !/^-*\^$/.test(l.trim()))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
