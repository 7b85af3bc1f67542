import { resolve } from 'node:path';
import { langTag, type Lang } from '../i18n/index.js';
import { UserError } from '../util/errors.js';
import type { Registry } from '../model/registry.js';
import { declaredLanguages } from '../parse/languages.js';

/** What every command gets from the process: kept here so commands stay testable. */
export interface RunContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Where answers come from (`ropa new` at a terminal); the process's stdin when not given. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  verbose: boolean;
  /** The language messages are in, once the command has chosen it: errors it raises are said in it too. */
  lang?: Lang;
}

export function processContext(verbose: boolean): RunContext {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, verbose };
}

/** Colour on a terminal unless NO_COLOR is set; FORCE_COLOR forces it. */
export function useColor(ctx: RunContext, stream: { isTTY?: boolean }, flag?: boolean): boolean {
  if (flag === false) return false;
  if (ctx.env.NO_COLOR !== undefined && ctx.env.NO_COLOR !== '') return false;
  if (ctx.env.FORCE_COLOR !== undefined && ctx.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

/** `--lang`, the one check of a language flag: the language given, else `fallback`. */
export function langOption(flag: string | undefined, fallback: Lang): Lang {
  if (flag === undefined) return fallback;
  const lang = langTag(flag);
  if (lang === undefined) throw new UserError('cli.bad-lang', { value: flag });
  return lang;
}

/**
 * The language for messages: --lang, then ROPA_LANG, then the first language of the registry at
 * `registryRoot` (organisation.yaml `languages`), then English.
 */
export function messageLang(flag: string | undefined, ctx: RunContext, registryRoot?: string): Lang {
  const fallback = (registryRoot === undefined ? undefined : declaredLanguages(registryRoot)[0]) ?? 'en';
  const env = envLang(ctx);
  // A wrong ROPA_LANG is named as such: the command line shows no --lang to blame.
  if (flag === undefined && env !== undefined && langTag(env) === undefined) throw new UserError('cli.bad-env-lang', { value: env });
  const lang = langOption(flag ?? env, fallback);
  ctx.lang = lang;
  return lang;
}

/**
 * `ropa new` and `ropa add`: the language of --lang, or undefined without it. Without it, the errors raised before the
 * registry is opened (a wrong kind, an id that cannot be one) are already said in --lang, ROPA_LANG or the first
 * language of the registry at `dir`, as the command's later answer is, not in English.
 */
export function authoringLang(flag: string | undefined, ctx: RunContext, dir: string): Lang | undefined {
  if (flag !== undefined) return messageLang(flag, ctx);
  messageLang(undefined, ctx, resolve(ctx.cwd, dir));
  return undefined;
}

/** $ROPA_LANG, where set: an empty value counts as unset, as with NO_COLOR and most tools' variables. */
export function envLang(ctx: RunContext): string | undefined {
  const value = ctx.env.ROPA_LANG;
  return value === undefined || value.trim() === '' ? undefined : value;
}

/** The language a view of the registry is shown in: --lang, then $ROPA_LANG, then the registry's first language. */
export function viewLang(flag: string | undefined, ctx: RunContext, registry: Pick<Registry, 'languages'>): Lang {
  if (flag === undefined && envLang(ctx) === undefined) {
    // The errors the command raises from here on too: one language for its whole answer.
    ctx.lang = registry.languages[0] ?? 'en';
    return ctx.lang;
  }
  return messageLang(flag, ctx);
}

export function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError('cli.bad-choice', { option, value, allowed: allowed.join(', ') });
}

/**
 * A path to write that starts with `-`: the next word was taken for it (`-o --`, `--dir -x` wrote a file or
 * folder of that name). `./-x` says that name is meant.
 */
export function notOptionLike(value: string, option: string): void {
  if (value.startsWith('-')) throw new UserError('cli.option-like-path', { option, value });
}

export function nonNegativeInt(value: string, option: string): number {
  if (!/^[0-9]+$/.test(value)) throw new UserError('cli.bad-number', { option, value });
  return Number(value);
}

export { toolHomepage, toolVersion } from '../util/tool.js';
