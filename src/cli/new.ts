import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import { collect } from './outputs.js';

export function register(program: Command, run: Run): void {
  program
    .command('new')
    .description('create a new activity file, from flags or by answering questions at a terminal')
    .argument('<id>', 'the activity\'s id, e.g. payroll; the file is activities/<id>.yaml')
    .argument('[dir]', 'registry folder', 'registry')
    .option('--title <text>', 'title; repeat as nb:…, nn:…, en:… for one text per language', collect)
    .option('--description <text>', 'what happens, in a few sentences; same form as --title', collect)
    .option('--purpose <text>', 'the purpose; same form as --title', collect)
    .option('--basis <codes>', 'legal bases, comma-separated GDPR codes, e.g. A6-1-e,A9-2-j', collect)
    .option('--law <ref>', 'supplementary law for A6-1-c/A6-1-e: a laws catalogue id and section, e.g. "statistikkloven § 10"; repeatable', collect)
    .option('--subjects <ids>', 'data subject ids, comma-separated')
    .option('--categories <ids>', 'data category ids, comma-separated')
    .option('--sources <ids>', 'source ids, comma-separated')
    .option('--recipients <ids>', 'recipient ids, comma-separated, or none')
    .option('--processors <ids>', 'processor ids, comma-separated')
    .option('--group <id>', 'the notice group (an id of noticeGroups in organisation.yaml)')
    .option('--status <status>', 'planned, active or retired (default: active)')
    .option('--no-input', 'never ask questions, even at a terminal')
    .option('--lang <lang>', 'language of questions and messages: en, nb or nn (default: the registry\'s first language)')
    .action((id, dir, opts) => run(async (ctx) => (await import('../commands/new.js')).newActivity(id, dir, opts, ctx)));
}
