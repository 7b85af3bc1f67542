import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import { collect, outputOptions } from './outputs.js';
import { GAP_FORMATS } from '../render/gaps/index.js';

export function register(program: Command, run: Run): void {
  const command = program
    .command('gaps')
    .description('list where the record and the notice fall short of the GDPR and Norwegian law')
    .argument('[dir]', 'registry folder', 'registry');
  outputOptions(command, GAP_FORMATS, 'text')
    .option('--fail-on <level>', 'exit 1 when there are findings at this level: error, warning or never', 'never')
    .option('--rule <id>', 'only this rule (repeat, or separate with commas)', collect, [])
    .option('--activity <id>', 'only this activity (repeat, or separate with commas)', collect, [])
    .option('--today <date>', 'the date to check against, YYYY-MM-DD (default: today)')
    .option('--lang <lang>', 'language of messages: en, nb or nn (default: $ROPA_LANG or en)')
    .action((dir, opts) => run(async (ctx) => (await import('../commands/gaps.js')).gaps(dir, opts, ctx)));
}
