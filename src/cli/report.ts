import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import type { HelpWords } from './help.js';
import { outputOptions } from './outputs.js';
import { REPORT_FORMATS } from '../render/report/index.js';

export function register(program: Command, run: Run, w: HelpWords): void {
  const command = program.command('report').description(w('cli.help.report.description')).argument('[dir]', w('cli.help.arg.dir'), 'registry');
  outputOptions(command, w, REPORT_FORMATS, 'md', 'cli.help.report.formats')
    .option('--lang <lang>', w('cli.help.report.option.lang'))
    .option('--kind <kind>', w('cli.help.report.option.kind'), 'controller')
    .option('--columns <ids>', w('cli.help.report.option.columns'))
    .option('--date <YYYY-MM-DD>', w('cli.help.report.option.date'))
    .option('--include-retired', w('cli.help.report.option.include-retired'))
    .option('--internal', w('cli.help.report.option.internal'))
    .action((dir, opts) =>
      run(async (ctx) => {
        // Before the command's modules (and their expressions) load: commands/shared.ts compileOnce.
        (await import('../commands/shared.js')).compileOnce();
        return (await import('../commands/report.js')).report(dir, opts, ctx);
      }),
    );
}
