import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import type { HelpWords } from './help.js';
import { outputOptions } from './outputs.js';
import { DIFF_FORMATS } from '../render/diff/index.js';

export function register(program: Command, run: Run, w: HelpWords): void {
  const command = program
    .command('diff')
    .description(w('cli.help.diff.description'))
    .argument('[base]', w('cli.help.diff.arg.base'))
    .argument('[head]', w('cli.help.diff.arg.head'))
    .option('--dir <dir>', w('cli.help.diff.option.dir'), 'registry')
    .option('--base-dir <folder>', w('cli.help.diff.option.base-dir'))
    .option('--head-dir <folder>', w('cli.help.diff.option.head-dir'));
  outputOptions(command, w, DIFF_FORMATS, 'text')
    .option('--fail-on <level>', w('cli.help.diff.option.fail-on'), 'never')
    .option('--lang <lang>', w('cli.help.diff.option.lang'))
    .action((base, head, opts) =>
      run(async (ctx) =>
        (await import('../commands/diff.js')).diff(
          [base, head].filter((a): a is string => a !== undefined),
          opts,
          ctx,
        ),
      ),
    );
}
