import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import type { HelpWords } from './help.js';
import { factOptions } from './org.js';

export function register(program: Command, run: Run, w: HelpWords): void {
  const command = program
    .command('init')
    .description(w('cli.help.init.description'))
    .argument('[dir]', w('cli.help.init.arg.dir'), 'registry')
    .option('--lang <languages>', w('cli.help.init.option.lang'), 'nb') as unknown as Command<[string], Record<string, unknown>>;
  // The organisation's facts, as `ropa org` sets them: a new registry need not keep ropa init's examples.
  factOptions(command, w);
  command
    .option('--no-input', w('cli.help.init.option.no-input'))
    .action((dir, opts) => run(async (ctx) => (await import('../commands/init.js')).init(dir, opts, ctx)));
}
