import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';

export function register(program: Command, run: Run): void {
  program
    .command('import')
    .description("bring an existing record in: Behandlingsoversikt CSV/JSON, Datatilsynet's template or any xlsx/csv, ropa's own report")
    .argument('<file>', 'the file to import (.csv, .xlsx or .json)')
    .argument('[dir]', 'registry folder: a new or empty folder gets a new registry; an existing registry gets the activities it lacks', 'registry')
    .option('--map <file>', 'YAML mapping of column headers to fields (see docs/import.md), for headers ropa does not know')
    .option('--dry-run', 'write nothing: print the files that would be written and the summary')
    .option('--registry-lang <lang>', 'language of a new registry: nb, nn or en', 'nb')
    .option('--private', 'the organisation is not a public authority (default: it is)')
    .option('--lang <lang>', 'language of messages and of the import comments: en, nb or nn')
    .action((file, dir, opts) => run(async (ctx) => (await import('../commands/import.js')).importRecord(file, dir, opts, ctx)));
}
