import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import type { HelpWords } from './help.js';
import { MAX_ROWS, MAX_ROWS_ALLOWED } from '../import/limits.js';

export function register(program: Command, run: Run, w: HelpWords): void {
  program
    .command('import')
    .description(w('cli.help.import.description'))
    .argument('<file>', w('cli.help.import.arg.file'))
    .argument('[dir]', w('cli.help.import.arg.dir'), 'registry')
    .option('--map <file>', w('cli.help.import.option.map'))
    .option('--dry-run', w('cli.help.import.option.dry-run'))
    .option('--registry-lang <lang>', w('cli.help.import.option.registry-lang'))
    .option('--private', w('cli.help.import.option.private'))
    .option('--max-activities <n>', w('cli.help.import.option.max-activities', { default: MAX_ROWS, max: MAX_ROWS_ALLOWED }))
    .option('--lang <lang>', w('cli.help.import.option.lang'))
    .action((file, dir, opts) => run(async (ctx) => (await import('../commands/import.js')).importRecord(file, dir, opts, ctx)));
}
