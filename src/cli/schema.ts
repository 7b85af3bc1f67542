import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import type { HelpWords } from './help.js';

export function register(program: Command, run: Run, w: HelpWords): void {
  program
    .command('schema')
    .description(w('cli.help.schema.description'))
    .argument('[kind]', w('cli.help.schema.arg.kind'))
    .option('-o, --output <file>', w('cli.help.schema.option.output'))
    .option('--force', w('cli.help.schema.option.force'))
    .option('--dir <folder>', w('cli.help.schema.option.dir'))
    .option('--lang <lang>', w('cli.help.option.lang-messages'))
    .action((kind, opts) => run(async (ctx) => (await import('../commands/schema.js')).schema(kind, opts, ctx)));
}
