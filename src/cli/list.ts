import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import { outputOptions } from './outputs.js';
import { LIST_FORMATS } from '../render/list/index.js';

export function register(program: Command, run: Run): void {
  const command = program
    .command('list')
    .description('list the activities that match every filter given')
    .argument('[dir]', 'registry folder', 'registry')
    .option('--category <id>', 'uses this data category')
    .option('--special [kind]', 'uses special-category data (Art. 9), or this kind of it, e.g. health')
    .option('--criminal', 'uses criminal-offence data (Art. 10)')
    .option('--processor <id>', 'uses this processor, directly or through a system it supplies')
    .option('--source <id>', 'gets data from this source')
    .option('--recipient <id>', 'discloses data to this recipient, or transfers data to it')
    .option('--country <cc>', 'stores or sends data in this country (ISO code, e.g. US)')
    .option('--outside-eea', 'stores or sends data outside the EEA: transfers, recipients, processors, sub-processors, systems')
    .option('--basis <code>', 'relies on this legal basis, e.g. A6-1-e; a prefix such as A9 matches every Art. 9 condition')
    .option('--status <status>', 'planned, active or retired')
    .option('--review-due', 'its review is due (never reviewed, or the due date has come)')
    .option('--today <date>', 'the date --review-due counts from (default: today)');
  outputOptions(command, LIST_FORMATS, 'table')
    .option('--lang <lang>', "language: en, nb or nn (default: $ROPA_LANG, else the registry's first language)")
    .action((dir, opts) => run(async (ctx) => (await import('../commands/list.js')).list(dir, opts, ctx)));
}
