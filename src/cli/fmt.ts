import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';

export function register(program: Command, run: Run): void {
  program
    .command('fmt')
    .description('put keys in canonical (schema) order and quote values canonically, keeping every comment and blank line')
    .argument('[paths...]', 'registry folders, or files in a registry (only those are formatted) (default: "registry")')
    .option('--check', 'write nothing; exit 1 and list the files that would change')
    .option('--add-language <lang>', 'make every text one text per language, adding this language (nb, nn or en) with empty placeholders to fill')
    .option('--lang <lang>', 'language of messages: en, nb or nn (default: $ROPA_LANG or en)')
    .action((paths, opts) => run(async (ctx) => (await import('../commands/fmt.js')).fmt(paths, opts, ctx)));
}
