import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import type { HelpWords } from './help.js';

export function register(program: Command, run: Run, w: HelpWords): void {
  program
    .command('fmt')
    .description(w('cli.help.fmt.description'))
    .argument('[paths...]', w('cli.help.fmt.arg.paths'))
    .option('--check', w('cli.help.fmt.option.check'))
    .option('--add-language <lang>', w('cli.help.fmt.option.add-language'))
    .option('--lang <lang>', w('cli.help.option.lang-registry'))
    .action((paths, opts) => run(async (ctx) => (await import('../commands/fmt.js')).fmt(paths, opts, ctx)));
}
