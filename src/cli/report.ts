import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import { outputOptions } from './outputs.js';
import { REPORT_FORMATS } from '../render/report/index.js';

export function register(program: Command, run: Run): void {
  const command = program
    .command('report')
    .description('the record of processing activities as Datatilsynet receives it (GDPR Art. 30)')
    .argument('[dir]', 'registry folder', 'registry');
  outputOptions(command, REPORT_FORMATS, 'md', 'dpv is JSON-LD in the W3C Data Privacy Vocabulary; xlsx needs -o unless the output is piped')
    .option('--lang <lang>', 'language of the report: nb, nn or en (default: nb)')
    .option('--kind <kind>', 'controller (Art. 30(1)) or processor (Art. 30(2))', 'controller')
    .option('--columns <ids>', 'comma-separated column ids for xlsx, csv, html and md (see docs/report.md)')
    .option('--date <YYYY-MM-DD>', 'the date on the report (default: the latest review date in the registry)')
    .option('--include-retired', 'include retired activities')
    .option('--internal', 'the internal working copy: also activities that are not approved, marked (default: the official record, approved only)')
    .action((dir, opts) => run(async (ctx) => (await import('../commands/report.js')).report(dir, opts, ctx)));
}
