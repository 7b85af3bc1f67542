import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';

export function register(program: Command, run: Run): void {
  program
    .command('fmt')
    .description('put keys in canonical (schema) order and quote values canonically, keeping every comment and blank line')
    .argument('[dir]', 'registry folder', 'registry')
    .option('--check', 'write nothing; exit 1 and list the files that would change')
    .option('--lang <lang>', 'language of messages: en, nb or nn (default: $ROPA_LANG or en)')
    .action((dir, opts) => run(async (ctx) => (await import('../commands/fmt.js')).fmt(dir, opts, ctx)));
}
