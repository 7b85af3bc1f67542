import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import { outputOptions } from './outputs.js';
import { NOTICE_FORMATS } from '../render/notice/view.js';

export function register(program: Command, run: Run): void {
  const command = program
    .command('notice')
    .description('write the public privacy notice (GDPR Art. 13 and 14) from the registry')
    .argument('[dir]', 'registry folder', 'registry')
    .option('--lang <lang>', 'language of the notice: nb, nn or en', 'nb');
  outputOptions(command, NOTICE_FORMATS, 'md', 'md is Markdown, html one standalone page')
    .option('--draft', 'show what the registry lacks as visible placeholders, listed at the end, instead of failing')
    .option('--template <dir>', 'your own layout (notice.<format>.hbs) and partials (partials/<name>.<format>.hbs); see docs/notice.md')
    .option('--date <date>', 'the date printed on the notice, YYYY-MM-DD (default: notice.lastUpdated in organisation.yaml)')
    .option('--activity <id>', 'only this activity: the information (Art. 13/14) to give the people it concerns')
    .option('--group <id>', 'only this notice group (noticeGroups in organisation.yaml)')
    .option(
      '--complete',
      'everything in one document, instead of the layered first document whose activities link to pages of their own (-o DIR/ writes both, and the pages)',
    )
    .action((dir, opts) => run(async (ctx) => (await import('../commands/notice.js')).notice(dir, opts, ctx)));
}
