import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import type { HelpWords } from './help.js';

export function register(program: Command, run: Run, w: HelpWords): void {
  program
    .command('init')
    .description(w('cli.help.init.description'))
    .argument('[dir]', w('cli.help.init.arg.dir'), 'registry')
    .option('--lang <languages>', w('cli.help.init.option.lang'), 'nb')
    .action((dir, opts) => run(async (ctx) => (await import('../commands/init.js')).init(dir, opts, ctx)));
}
