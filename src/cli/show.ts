import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import type { HelpWords } from './help.js';
import { outputOptions } from './outputs.js';
import { SHOW_FORMATS } from '../render/show/index.js';

export function register(program: Command, run: Run, w: HelpWords): void {
  const command = program
    .command('show')
    .description(w('cli.help.show.description'))
    .argument('<id>', w('cli.help.show.arg.id'))
    .argument('[dir]', w('cli.help.arg.dir'), 'registry');
  outputOptions(command, w, SHOW_FORMATS, 'text')
    .option('--lang <lang>', w('cli.help.option.lang-view'))
    .action((id, dir, opts) => run(async (ctx) => (await import('../commands/show.js')).show(id, dir, opts, ctx)));
}
