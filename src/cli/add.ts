import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import { collect } from './outputs.js';

/**
 * `ropa add`: one option per field of the catalogues, made from the schema (`entryOptions` in
 * src/authoring/entry-fields.ts), so that a field added to the schema is an option at once. Reading
 * the schema costs startup time, so the options are made only when `add` is on the command line,
 * to run it or to show its help; no other command and no other help lists them.
 */
export async function register(program: Command, run: Run, argv: readonly string[]): Promise<void> {
  const command = program
    .command('add')
    .description(
      "add an entry to a catalogue (law, category, subject, source, recipient, processor, system, measure, retention), keeping the file's comments and order",
    )
    .argument('<kind>', 'law, category, subject, source, recipient, processor, system, measure or retention')
    .argument('<id>', "the new entry's id, e.g. barnehageloven")
    .argument('[dir]', 'registry folder', 'registry');
  if (argv.slice(2).includes('add')) {
    const { entryOptions } = await import('../authoring/entry-fields.js');
    for (const o of entryOptions()) {
      if (o.repeatable) command.option(o.flags, o.help, collect);
      else command.option(o.flags, o.help);
    }
  }
  command
    .option('--file <path>', 'the catalogue file to add it to (default: the file that holds that catalogue)')
    .option('--lang <lang>', "language of messages: en, nb or nn (default: the registry's first language)")
    .action((kind, id, dir, opts) => run(async (ctx) => (await import('../commands/add.js')).addEntry(kind, id, dir, opts, ctx)));
}
