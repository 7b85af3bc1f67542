import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import type { HelpWords } from './help.js';
import { collect, outputOptions } from './outputs.js';
import { GAP_FORMATS } from '../render/gaps/index.js';

export function register(program: Command, run: Run, w: HelpWords): void {
  const command = program.command('gaps').description(w('cli.help.gaps.description')).argument('[dir]', w('cli.help.arg.dir'), 'registry');
  outputOptions(command, w, GAP_FORMATS, 'text')
    .option('--fail-on <level>', w('cli.help.gaps.option.fail-on'), 'never')
    .option('--rule <id>', w('cli.help.gaps.option.rule'), collect, [])
    .option('--activity <id>', w('cli.help.gaps.option.activity'), collect, [])
    .option('--today <date>', w('cli.help.gaps.option.today'))
    .option('--lang <lang>', w('cli.help.option.lang-registry'))
    .action((dir, opts) =>
      run(async (ctx) => {
        // Before the command's modules (and their expressions) load: commands/shared.ts compileOnce.
        (await import('../commands/shared.js')).compileOnce();
        return (await import('../commands/gaps.js')).gaps(dir, opts, ctx);
      }),
    );
}
