import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';

export function register(program: Command, run: Run): void {
  program
    .command('schema')
    .description('print the JSON Schema of a file kind (organisation, activity, catalogue, common); without a kind, list them')
    .argument('[kind]', 'organisation, activity, catalogue or common')
    .option('-o, --output <file>', 'write the schema to a file')
    .option('--dir <folder>', 'write the schema files into a folder, for editors (see docs/editor.md)')
    .option('--lang <lang>', 'language of messages: en, nb or nn (default: $ROPA_LANG or en)')
    .action((kind, opts) => run(async (ctx) => (await import('../commands/schema.js')).schema(kind, opts, ctx)));
}
