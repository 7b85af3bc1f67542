import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';

export function register(program: Command, run: Run): void {
  program
    .command('report')
    .description('the record of processing activities as Datatilsynet receives it (GDPR Art. 30)')
    .argument('[dir]', 'registry folder', 'registry')
    .option('-f, --format <format>', 'md, xlsx, csv, html, json or dpv (JSON-LD in the W3C Data Privacy Vocabulary)', 'md')
    .option('--lang <lang>', 'language of the report: nb, nn or en (default: nb)')
    .option('-o, --output <file>', 'write the report to a file (xlsx needs it unless the output is piped)')
    .option('--kind <kind>', 'controller (Art. 30(1)) or processor (Art. 30(2))', 'controller')
    .option('--columns <ids>', 'comma-separated column ids for xlsx, csv, html and md (see docs/report.md)')
    .option('--date <YYYY-MM-DD>', 'the date on the report (default: the latest review date in the registry)')
    .option('--include-retired', 'include retired activities')
    .option('--internal', 'the internal working copy: also activities that are not approved, marked (default: the official record, approved only)')
    .option('--force', 'allow -o to write inside the registry')
    .action((dir, opts) => run(async (ctx) => (await import('../commands/report.js')).report(dir, opts, ctx)));
}
