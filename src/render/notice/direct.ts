/**
 * The notice's templates as plain JavaScript functions, made at build time from the templates
 * themselves (src/render/notice/precompile.ts), so that templates/notice/ stays the one source of
 * the notice's layout. Handlebars' own precompiled code calls its runtime for every value, block and
 * loop (helpers, frames, strict lookups): at 10,000 activities that was most of a second of the
 * notice's CPU time. This translates the small part of the Handlebars language ropa's templates use
 * (values, `#if`, `#unless`, `else if`, `#each`, partials, `@root`, `@index`, `@first`, `@last`, `@key`,
 * comments and whitespace control) into code that does what Handlebars' runtime does with them in
 * strict mode without escaping: the same lookups (own properties only), the same truth of a value,
 * the same loop over arrays, iterables and objects, the same frames, the same error for a missing
 * field, at the same line and column. A template that uses anything else gets no direct form and is
 * rendered by Handlebars as before. test/notice/direct.test.ts holds the two to the same text.
 *
 * What this module exports for run time does not load Handlebars: `ropa notice` with ropa's own
 * templates never loads it.
 */

/** The nodes of Handlebars' syntax tree (`Handlebars.parse`, whitespace control applied) that are read here. */
interface Node {
  type: string;
  loc?: { start: { line: number; column: number } };
}
interface Path extends Node {
  type: 'PathExpression';
  data: boolean;
  depth: number;
  parts: string[];
  original: string;
}
interface Program extends Node {
  body: Node[];
  blockParams?: string[];
}
interface Mustache extends Node {
  path: Node;
  params: Node[];
  hash?: Node;
}
interface Block extends Mustache {
  program?: Program;
  inverse?: Program;
}
interface Partial extends Node {
  name: Node;
  params: Node[];
  hash?: Node;
  indent?: string;
}

/** Handlebars' built-in helpers: a value of one of these names would call the helper instead. */
const HELPERS = new Set(['blockHelperMissing', 'helperMissing', 'each', 'if', 'unless', 'with', 'log', 'lookup']);

/** A construct this translation does not cover: the template is left to Handlebars. */
class Unsupported extends Error {}

/**
 * The template's direct form as the source of a JavaScript function expression `(rt) => main`, where
 * `main(context, data)` gives the text and `rt` is `directRuntime`'s answer; undefined when the template
 * uses something only Handlebars does. `ast`: `Handlebars.parse(source)`.
 */
export function directSource(ast: Program): string | undefined {
  const programs: string[] = [];
  let vars = 0;
  const str = (s: string): string => JSON.stringify(s);
  const isPath = (n: Node): n is Path => n.type === 'PathExpression';
  const scoped = (p: Path): boolean => /^\.|this\b/.test(p.original);
  const at = (p: Node): string => `${p.loc?.start.line ?? 0}, ${p.loc?.start.column ?? 0}`;

  /** A path whose value is passed to a helper or a partial: looked up without the strict check. */
  const param = (n: Node, c: string, d: string): string => {
    if (!isPath(n) || n.depth !== 0) throw new Unsupported(n.type);
    if (!n.data && n.parts.length > 0 && scoped(n)) throw new Unsupported('scoped path');
    let out = n.data ? d : c;
    for (const part of n.parts) out = `lp(${out}, ${str(part)})`;
    return out;
  };

  /** `{{path}}`: strict (the last name must be there), and a function value is called, as Handlebars does. */
  const value = (n: Node, c: string, d: string): string => {
    if (!isPath(n) || n.depth !== 0) throw new Unsupported(n.type);
    if (n.parts.length === 0) {
      if (n.data) throw new Unsupported('@');
      return `lam(${c}, ${c})`;
    }
    if (!n.data && scoped(n)) throw new Unsupported('scoped path');
    if (!n.data && n.parts.length === 1) {
      if (HELPERS.has(n.parts[0]!)) throw new Unsupported('helper');
      return `call(${c}, st(${c}, ${str(n.parts[0]!)}, ${at(n)}), ${d}, ${str(n.parts[0]!)})`;
    }
    let parent = n.data ? d : c;
    for (const part of n.parts.slice(0, -1)) parent = `lp(${parent}, ${str(part)})`;
    return `lam(st(${parent}, ${str(n.parts.at(-1)!)}, ${at(n)}), ${c})`;
  };

  /** Statements appending to `o` with context `c` and data `d`. */
  const body = (prog: Program | undefined, c: string, d: string): string => {
    if (prog === undefined) return '';
    if (prog.blockParams !== undefined && prog.blockParams.length > 0) throw new Unsupported('block params');
    let out = '';
    for (const n of prog.body) out += statement(n, c, d);
    return out;
  };

  /** A program of its own (a loop's body or its `else`): a function of its context and data. */
  const fn = (prog: Program | undefined): string => {
    if (prog === undefined) return 'undefined';
    const id = programs.length;
    programs.push('');
    programs[id] = `function p${id}(c, d) {\nlet o = '';\n${body(prog, 'c', 'd')}return o;\n}`;
    return `p${id}`;
  };

  const statement = (n: Node, c: string, d: string): string => {
    switch (n.type) {
      case 'ContentStatement': {
        const v = (n as unknown as { value: string }).value;
        return v === '' ? '' : `o += ${str(v)};\n`;
      }
      case 'CommentStatement':
        return '';
      case 'MustacheStatement': {
        const m = n as Mustache;
        if (m.params.length > 0 || m.hash !== undefined) throw new Unsupported('helper call');
        return `{ const v = ${value(m.path, c, d)}; if (v != null) o += v; }\n`;
      }
      case 'PartialStatement': {
        const p = n as Partial;
        if (!isPath(p.name) || p.hash !== undefined || p.params.length > 1) throw new Unsupported('partial');
        const context = p.params.length === 0 ? c : param(p.params[0]!, c, d);
        return `o += partial(${str(p.name.original)}, ${context}, ${d}, ${str(p.indent ?? '')});\n`;
      }
      case 'BlockStatement': {
        const b = n as Block;
        const helper = isPath(b.path) && !b.path.data && b.path.parts.length === 1 && b.path.depth === 0 ? b.path.parts[0] : undefined;
        if (b.params.length !== 1 || b.hash !== undefined) throw new Unsupported('block');
        if (helper === 'if' || helper === 'unless') {
          // The helper runs with `this` as the context, or an empty object for none; so do its blocks.
          const self = `c${++vars}`;
          const test = `truthy(${self}, ${param(b.params[0]!, c, d)})`;
          const [yes, no] = helper === 'if' ? [b.program, b.inverse] : [b.inverse, b.program];
          return `{ const ${self} = ${c} != null ? ${c} : NULL_CONTEXT;\nif (${test}) {\n${body(yes, self, d)}} else {\n${body(no, self, d)}}\n}\n`;
        }
        if (helper === 'each') return `o += each(${c}, ${param(b.params[0]!, c, d)}, ${d}, ${fn(b.program)}, ${fn(b.inverse)});\n`;
        throw new Unsupported(`block ${helper ?? ''}`);
      }
      default:
        throw new Unsupported(n.type);
    }
  };

  try {
    const main = fn(ast);
    return `(function (rt) {\nconst { lp, st, lam, call, truthy, each, partial, NULL_CONTEXT } = rt;\n${programs.join('\n')}\nreturn ${main};\n})`;
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
}

/** A template in its direct form: the text for a context and Handlebars' data (`@root`, a loop's `@index`, …). */
export type DirectTemplate = (context: unknown, data: Record<string, unknown>) => string;

/** The direct form's source made into its function: `rt` gives it the runtime. */
export type DirectFactory = (rt: DirectRuntime) => DirectTemplate;

export interface DirectRuntime {
  lp: (parent: unknown, name: string) => unknown;
  st: (parent: unknown, name: string, line: number, column: number) => unknown;
  lam: (value: unknown, context: unknown) => unknown;
  call: (context: unknown, value: unknown, data: unknown, name: string) => unknown;
  truthy: (self: unknown, value: unknown) => boolean;
  each: (context: unknown, value: unknown, data: Record<string, unknown>, fn: DirectTemplate, inverse: DirectTemplate | undefined) => string;
  partial: (name: string, context: unknown, data: Record<string, unknown>, indent: string) => string;
  NULL_CONTEXT: object;
}

const hasOwn = Object.prototype.hasOwnProperty;

/**
 * The runtime of the direct forms, for one set of templates: `partial(name)` renders that set's partial
 * of that name. Each function does what Handlebars 4's runtime does in the same place (runtime.js
 * `lookupProperty`, `strict`, `lambda`; helpers/if.js, each.js; `invokePartial`).
 */
export function directRuntime(partial: (name: string, context: unknown, data: Record<string, unknown>) => string): DirectRuntime {
  const NULL_CONTEXT = Object.seal({});
  /** Own properties only (and never a prototype's own constructor). */
  const lp = (parent: unknown, name: string): unknown => {
    const result = (parent as Record<string, unknown>)[name];
    if (result === null || result === undefined) return result;
    if (hasOwn.call(parent, name) && !(name === 'constructor' && typeof result === 'function' && parent === (result as { prototype?: unknown }).prototype))
      return result;
    return undefined;
  };
  return {
    lp,
    st(parent, name, line, column) {
      if (!parent || !(name in (parent as object))) {
        // As Handlebars' Exception with a location: the message ends with it, and the error carries it. The parent is
        // made text by `+`, as there (an object's valueOf first, where String() would take its toString).
        throw Object.assign(new Error(`"${name}" not defined in ` + (parent as string) + ` - ${line}:${column}`), { lineNumber: line, column });
      }
      return lp(parent, name);
    },
    lam: (value, context) => (typeof value === 'function' ? (value as (this: unknown) => unknown).call(context) : value),
    call: (context, value, data, name) =>
      typeof value === 'function' ? (value as (this: unknown, o: unknown) => unknown).call(context ?? NULL_CONTEXT, { name, hash: {}, data }) : value,
    truthy(self, value) {
      const v = typeof value === 'function' ? (value as (this: unknown) => unknown).call(self) : value;
      return !(!v || (Array.isArray(v) && v.length === 0));
    },
    each(context, value, data, fn, inverse) {
      const self = context ?? NULL_CONTEXT;
      const v = typeof value === 'function' ? (value as (this: unknown) => unknown).call(self) : value;
      // One frame for the loop, changed at each step, as Handlebars' createFrame and execIteration.
      const frame: Record<string, unknown> = Object.assign({}, data);
      frame._parent = data;
      let out = '';
      let i = 0;
      const step = (key: unknown, index: number, last: boolean, item: unknown): void => {
        frame.key = key;
        frame.index = index;
        frame.first = index === 0;
        frame.last = last;
        out += fn(item, frame);
      };
      if (v && typeof v === 'object') {
        if (Array.isArray(v)) {
          for (const n = v.length; i < n; i++) if (i in v) step(i, i, i === v.length - 1, v[i]);
        } else if ((v as { [Symbol.iterator]?: unknown })[Symbol.iterator]) {
          const iterator = (v as Iterable<unknown>)[Symbol.iterator]();
          let current = iterator.next();
          while (!current.done) {
            const next = iterator.next();
            try {
              step(i, i, next.done === true, current.value);
            } catch (e) {
              if (!next.done) {
                try {
                  iterator.return?.();
                } catch {
                  // The loop's error is the one to see.
                }
              }
              throw e;
            }
            current = next;
            i++;
          }
        } else {
          let prior: string | undefined;
          for (const key of Object.keys(v)) {
            if (prior !== undefined) step(prior, i - 1, false, (v as Record<string, unknown>)[prior]);
            prior = key;
            i++;
          }
          if (prior !== undefined) step(prior, i - 1, true, (v as Record<string, unknown>)[prior]);
        }
      }
      return i === 0 ? (inverse === undefined ? '' : inverse(self, data)) : out;
    },
    partial(name, context, data, indent) {
      const result = partial(name, context, data);
      if (indent === '') return result;
      const lines = result.split('\n');
      for (let i = 0, n = lines.length; i < n; i++) {
        if (!lines[i] && i + 1 === n) break;
        lines[i] = indent + lines[i]!;
      }
      return lines.join('\n');
    },
    NULL_CONTEXT,
  };
}
