import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';

export function register(program: Command, run: Run): void {
  program
    .command('init')
    .description('create a new registry: organisation file, an example activity, starter catalogues, schemas for editors')
    .argument('[dir]', 'folder for the new registry (must be new or empty)', 'registry')
    .option('--lang <languages>', "the registry's languages, comma-separated, the first the default: nb, nn, en", 'nb')
    .action((dir, opts) => run(async (ctx) => (await import('../commands/init.js')).init(dir, opts, ctx)));
}
