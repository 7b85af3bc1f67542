import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import type { HelpWords } from './help.js';
import { outputOptions } from './outputs.js';
import { LIST_FORMATS } from '../render/list/index.js';

export function register(program: Command, run: Run, w: HelpWords): void {
  const command = program
    .command('list')
    .description(w('cli.help.list.description'))
    .argument('[dir]', w('cli.help.arg.dir'), 'registry')
    .option('--category <id>', w('cli.help.list.option.category'))
    .option('--special [kind]', w('cli.help.list.option.special'))
    .option('--criminal', w('cli.help.list.option.criminal'))
    .option('--processor <id>', w('cli.help.list.option.processor'))
    .option('--source <id>', w('cli.help.list.option.source'))
    .option('--recipient <id>', w('cli.help.list.option.recipient'))
    .option('--country <cc>', w('cli.help.list.option.country'))
    .option('--outside-eea', w('cli.help.list.option.outside-eea'))
    .option('--basis <code>', w('cli.help.list.option.basis'))
    .option('--status <status>', w('cli.help.list.option.status'))
    .option('--review-due', w('cli.help.list.option.review-due'))
    .option('--today <date>', w('cli.help.list.option.today'));
  outputOptions(command, w, LIST_FORMATS, 'table')
    .option('--lang <lang>', w('cli.help.option.lang-view'))
    .action((dir, opts) => run(async (ctx) => (await import('../commands/list.js')).list(dir, opts, ctx)));
}
