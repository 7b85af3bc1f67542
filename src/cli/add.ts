import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import type { HelpWords } from './help.js';
import type { Lang } from '../i18n/index.js';
import { collect } from './outputs.js';

/**
 * `ropa add`: one option per field of the catalogues, made from the schema (`entryOptions` in
 * src/authoring/entry-fields.ts), so that a field added to the schema is an option at once. Reading
 * the schema costs startup time, so the options are made only when `add` is on the command line,
 * to run it or to show its help; no other command and no other help lists them.
 */
export async function register(program: Command, run: Run, w: HelpWords, argv: readonly string[], lang: Lang = 'en'): Promise<void> {
  const command = program
    .command('add')
    .description(w('cli.help.add.description'))
    .argument('<kind>', w('cli.help.add.arg.kind'))
    .argument('<id>', w('cli.help.add.arg.id'))
    .argument('[dir]', w('cli.help.arg.dir'), 'registry');
  if (argv.slice(2).includes('add')) {
    const { entryOptions } = await import('../authoring/entry-fields.js');
    for (const o of entryOptions(lang)) {
      if (o.repeatable) command.option(o.flags, o.help, collect);
      else command.option(o.flags, o.help);
    }
  }
  command
    .option('--file <path>', w('cli.help.add.option.file'))
    .option('--lang <lang>', w('cli.help.add.option.lang'))
    .action((kind, id, dir, opts) => run(async (ctx) => (await import('../commands/add.js')).addEntry(kind, id, dir, opts, ctx)));
}
