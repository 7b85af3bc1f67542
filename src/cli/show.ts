import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import { outputOptions } from './outputs.js';
import { SHOW_FORMATS } from '../render/show/index.js';

export function register(program: Command, run: Run): void {
  const command = program
    .command('show')
    .description('show one activity with every reference resolved')
    .argument('<id>', "the activity's id")
    .argument('[dir]', 'registry folder', 'registry');
  outputOptions(command, SHOW_FORMATS, 'text')
    .option('--lang <lang>', "language: en, nb or nn (default: $ROPA_LANG, else the registry's first language)")
    .action((id, dir, opts) => run(async (ctx) => (await import('../commands/show.js')).show(id, dir, opts, ctx)));
}
