import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import type { HelpWords } from './help.js';
import { outputOptions } from './outputs.js';
import { NOTICE_FORMATS } from '../render/notice/view.js';

export function register(program: Command, run: Run, w: HelpWords): void {
  const command = program
    .command('notice')
    .description(w('cli.help.notice.description'))
    .argument('[dir]', w('cli.help.arg.dir'), 'registry')
    .option('--lang <lang>', w('cli.help.notice.option.lang'));
  outputOptions(command, w, NOTICE_FORMATS, 'md', 'cli.help.notice.formats')
    .option('--draft', w('cli.help.notice.option.draft'))
    .option('--template <dir>', w('cli.help.notice.option.template'))
    .option('--date <date>', w('cli.help.notice.option.date'))
    .option('--activity <id>', w('cli.help.notice.option.activity'))
    .option('--group <id>', w('cli.help.notice.option.group'))
    .option('--complete', w('cli.help.notice.option.complete'))
    .action((dir, opts) =>
      run(async (ctx) => {
        // Before the command's modules (and their expressions) load: commands/shared.ts compileOnce.
        (await import('../commands/shared.js')).compileOnce();
        return (await import('../commands/notice.js')).notice(dir, opts, ctx);
      }),
    );
}
