import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import type { HelpWords } from './help.js';
import { outputOptions } from './outputs.js';
import { FINDING_FORMATS } from '../render/findings/index.js';

export function register(program: Command, run: Run, w: HelpWords): void {
  const command = program.command('validate').description(w('cli.help.validate.description')).argument('[dir]', w('cli.help.arg.dir'), 'registry');
  outputOptions(command, w, FINDING_FORMATS, 'stylish')
    .option('--max-warnings <n>', w('cli.help.validate.option.max-warnings'))
    .option('--lang <lang>', w('cli.help.option.lang-registry'))
    .option('--cache', w('cli.help.validate.option.cache'))
    .option('--cache-location <dir>', w('cli.help.validate.option.cache-location'))
    .action((dir, opts) => run(async (ctx) => (await import('../commands/validate.js')).validate(dir, opts, ctx)));
}
