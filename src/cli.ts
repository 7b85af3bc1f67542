import { Command, CommanderError } from 'commander';
import { processContext, toolVersion, messageLang } from './cli/context.js';
import type { Run } from './cli/types.js';
import { UserError } from './util/errors.js';
import { register as registerValidate } from './cli/validate.js';
import { register as registerInit } from './cli/init.js';
import { register as registerNew } from './cli/new.js';
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
 * The command line. Each command's options are declared in src/cli/<command>.ts and its work
 * lives in src/commands/<command>.ts, imported only when that command runs.
 */
export async function main(argv: string[]): Promise<void> {
  const verbose = argv.includes('--verbose');
  // `ropa … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  const program = new Command();
  program
    .name('ropa')
    .description('GDPR Art. 30 record of processing activities, kept as YAML in git')
    .version(toolVersion(), '-V, --version')
    .option('--verbose', 'show stack traces for internal errors')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  const run: Run = async (body) => {
    process.exitCode = await body(processContext(verbose));
  };
  // Help lists commands in this order: the main jobs first, then authoring.
  const commands = [registerValidate, registerGaps, registerNotice, registerReport, registerDiff, registerImport, registerInit, registerNew, registerList, registerShow, registerSchema, registerFmt];
  for (const register of commands) register(program, run);

  try {
    await program.parseAsync(argv);
  } catch (e) {
    process.exitCode = await fail(e, verbose);
  }
}

async function fail(e: unknown, verbose: boolean): Promise<number> {
  if (e instanceof CommanderError) {
    // Help and version are not failures; every other commander error is a usage error.
    return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
  }
  const { t } = await import('./i18n/index.js');
  let lang: ReturnType<typeof messageLang> = 'en';
  try {
    lang = messageLang(undefined, processContext(verbose));
  } catch {
    /* keep English */
  }
  if (e instanceof UserError) {
    process.stderr.write(`ropa: ${t(lang, e.messageId, e.args)}\n`);
    if (verbose && e.stack) process.stderr.write(e.stack + '\n');
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  process.stderr.write(`ropa: ${t(lang, 'cli.internal-error', { message: err.message })}\n`);
  process.stderr.write(verbose && err.stack ? err.stack + '\n' : `${t(lang, 'cli.verbose-hint')}\n`);
  return 2;
}
