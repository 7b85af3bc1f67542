import { Command, CommanderError } from '@commander-js/extra-typings';
import { processContext, toolVersion, messageLang, useColor, type RunContext } from './cli/context.js';
import type { Run } from './cli/types.js';
import { helpLang, helpLangAsked, helpWords, localiseError, localiseHelp } from './cli/help.js';
import type { Lang } from './i18n/index.js';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserError } from './util/errors.js';
import { terminalSafe } from './util/terminal.js';
import { register as registerValidate } from './cli/validate.js';
import { register as registerInit } from './cli/init.js';
import { register as registerOrg } from './cli/org.js';
import { register as registerNew } from './cli/new.js';
import { register as registerAdd } from './cli/add.js';
import { register as registerList } from './cli/list.js';
import { register as registerShow } from './cli/show.js';
import { register as registerSchema } from './cli/schema.js';
import { register as registerFmt } from './cli/fmt.js';
import { register as registerGaps } from './cli/gaps.js';
import { register as registerReport } from './cli/report.js';
import { register as registerNotice } from './cli/notice.js';
import { register as registerDiff } from './cli/diff.js';
import { register as registerImport } from './cli/import.js';

/**
 * The command line as a process: `ropa … | head` closing the pipe early is the reader's choice,
 * not an error worth a stack trace; the exit code is the process's.
 */
export async function main(argv: string[]): Promise<void> {
  const ctx = processContext(argv.includes('--verbose'));
  watchPipes(ctx);
  process.exitCode = await run(argv, ctx);
}

/**
 * The command line over a context: `argv` as node gives it (program and script first), every read
 * and write through `ctx`, the exit code returned. The tests run it in-process (test/helpers/cli.ts).
 * Each command's options are declared in src/cli/<command>.ts and its work lives in
 * src/commands/<command>.ts, imported only when that command runs.
 */
export async function run(argv: string[], ctx: RunContext, registryLang?: Lang): Promise<number> {
  const program = new Command();
  // Help in the language asked for (--lang, ROPA_LANG), with its words from locales/<lang>/cli.json; after a usage
  // error that names neither, the registry's first language (below).
  const helpIn = registryLang ?? helpLang(argv, ctx.env);
  const w = helpWords(helpIn);
  localiseHelp(program, w);
  program
    .name('ropa')
    .description(w('cli.help.program.description'))
    .version(toolVersion(), '-V, --version', w('cli.help.program.option.version'))
    .option('--verbose', w('cli.help.program.option.verbose'))
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      // Commander's own errors (and the help after them) wait until ropa knows their language.
      writeErr: (s) => void usageError.push(s),
      // An argument echoed in a message may hold terminal controls: shown as escapes, never sent.
      outputError: (s, write) => write(terminalSafe(localiseError(s, w))),
      // Help wraps at the terminal's width, and at 80 columns when it goes to a pipe or a file.
      getOutHelpWidth: () => (ctx.stdout.isTTY ? (ctx.stdout as { columns?: number }).columns : undefined) ?? 80,
      getErrHelpWidth: () => (ctx.stderr.isTTY ? (ctx.stderr as { columns?: number }).columns : undefined) ?? 80,
      getOutHasColors: () => useColor(ctx, ctx.stdout),
      getErrHasColors: () => useColor(ctx, ctx.stderr),
    });

  const usageError: string[] = [];
  let code = 0;
  const runBody: Run = async (body) => {
    code = await body(ctx);
  };
  // Help lists commands in this order: the main jobs first, then authoring.
  const commands = [
    registerValidate,
    registerGaps,
    registerNotice,
    registerReport,
    registerDiff,
    registerImport,
    registerInit,
    registerOrg,
    registerNew,
    registerAdd,
    registerList,
    registerShow,
    registerSchema,
    registerFmt,
  ];
  for (const register of commands) await register(program, runBody, w, argv, helpIn);

  try {
    await program.parseAsync(argv);
    ctx.stderr.write(usageError.join(''));
    return code;
  } catch (e) {
    // A usage error (an unknown option or command, a missing argument) is said in the language every other message
    // of ropa speaks without --lang or ROPA_LANG: the registry's first language. Commander stops before any command
    // runs, so saying it again in that language repeats nothing.
    if (e instanceof CommanderError && e.exitCode !== 0 && registryLang === undefined && helpLangAsked(argv, ctx.env) === undefined) {
      const lang = await registryLanguageOf(argv, ctx);
      if (lang !== undefined && lang !== helpIn) return run(argv, ctx, lang);
    }
    ctx.stderr.write(usageError.join(''));
    return fail(e, ctx);
  }
}

/**
 * The first language of the registry a command line names: the first argument that is a folder holding an
 * organisation.yaml (a command's [dir] or --dir), else ./registry, else the working folder. Undefined where none is
 * found or it cannot be read: the answer stays in English.
 */
async function registryLanguageOf(argv: readonly string[], ctx: RunContext): Promise<Lang | undefined> {
  const named = argv.slice(2).flatMap((a) => (a.startsWith('-') ? (a.includes('=') ? [a.slice(a.indexOf('=') + 1)] : []) : [a]));
  for (const dir of [...named, 'registry', '.']) {
    const root = resolve(ctx.cwd, dir);
    try {
      if (!['organisation.yaml', 'organisation.yml'].some((n) => existsSync(join(root, n)))) continue;
      const { declaredLanguages } = await import('./parse/languages.js');
      return declaredLanguages(root)[0];
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Streams already watched: `main` may run many times in one process (tests do), each stream needs one listener. */
const watched = new WeakSet<NodeJS.WritableStream>();
/** The context of the latest run, whose language a failed write is reported in. */
let current: RunContext | undefined;

/**
 * `ropa … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
 * Any other failure to write (a full disk, `> /dev/full`, an I/O error) ends the run with a message and
 * exit 2: what was printed is incomplete.
 */
function watchPipes(ctx: RunContext): void {
  current = ctx;
  for (const stream of [process.stdout, process.stderr]) {
    if (watched.has(stream)) continue;
    watched.add(stream);
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (stream === process.stderr) process.exit(2);
      void import('./i18n/index.js')
        .then(({ t }) => process.stderr.write(`ropa: ${t(current?.lang ?? 'en', 'cli.stdout-failed', { code: e.code ?? 'EIO' })}\n`))
        .finally(() => process.exit(2));
    });
  }
}

async function fail(e: unknown, ctx: RunContext): Promise<number> {
  try {
    return await explain(e, ctx);
  } catch (broken) {
    // The words themselves are broken (a locale file): say what is known, in plain English.
    const err = broken instanceof Error ? broken : new Error(String(broken));
    ctx.stderr.write(`ropa: internal error: ${err.message}\n`);
    if (ctx.verbose && err.stack) ctx.stderr.write(err.stack + '\n');
    return 2;
  }
}

/** An error in the user's words: a UserError's message and exit code, else an internal error (exit 2). */
async function explain(e: unknown, ctx: RunContext): Promise<number> {
  if (e instanceof CommanderError) {
    // Help and version are not failures; every other commander error is a usage error.
    return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
  }
  const { t } = await import('./i18n/index.js');
  // The language the command chose (the registry's, by default), else ROPA_LANG, else English.
  let lang: ReturnType<typeof messageLang> = ctx.lang ?? 'en';
  if (!ctx.lang) {
    try {
      lang = messageLang(undefined, ctx);
    } catch {
      /* keep English */
    }
  }
  if (e instanceof UserError) {
    // A message names what it was given (an id, a path, a revision): controls in it are shown, never sent.
    // A path is shown as every message of ropa shows it: relative to the working folder unless the absolute form is
    // shorter (a failed write named the absolute path, the folder ropa could not make the relative one).
    const { displayPath } = await import('./util/paths.js');
    const { isAbsolute } = await import('node:path');
    const path = e.args.path;
    const args = typeof path === 'string' && isAbsolute(path) ? { ...e.args, path: displayPath(path, ctx.cwd) } : e.args;
    ctx.stderr.write(`ropa: ${terminalSafe(t(lang, e.messageId, args))}\n`);
    if (ctx.verbose && e.stack) ctx.stderr.write(e.stack + '\n');
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  ctx.stderr.write(`ropa: ${terminalSafe(t(lang, 'cli.internal-error', { message: err.message }))}\n`);
  ctx.stderr.write(ctx.verbose && err.stack ? err.stack + '\n' : `${t(lang, 'cli.verbose-hint')}\n`);
  return 2;
}
