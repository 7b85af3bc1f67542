import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';

export function register(program: Command, run: Run): void {
  program
    .command('show')
    .description('show one activity with every reference resolved')
    .argument('<id>', "the activity's id")
    .argument('[dir]', 'registry folder', 'registry')
    .option('-f, --format <format>', 'text or json', 'text')
    .option('-o, --output <file>', 'write to a file')
    .option('--force', 'allow -o to write inside the registry')
    .option('--lang <lang>', "language: en, nb or nn (default: $ROPA_LANG, else the registry's first language)")
    .action((id, dir, opts) => run(async (ctx) => (await import('../commands/show.js')).show(id, dir, opts, ctx)));
}
