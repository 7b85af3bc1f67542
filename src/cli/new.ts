import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import { collect } from './outputs.js';

export function register(program: Command, run: Run): void {
  program
    .command('new')
    .description('create a new activity file, from flags or by answering questions at a terminal')
    .argument('<id>', "the activity's id, e.g. payroll; the file is activities/<id>.yaml")
    .argument('[dir]', 'registry folder', 'registry')
    .option('--title <text>', 'title; repeat as nb:…, nn:…, en:… for one text per language', collect)
    .option('--description <text>', 'what happens, in a few sentences; same form as --title', collect)
    .option('--purpose <text>', 'the purpose; same form as --title', collect)
    .option('--basis <codes>', 'legal bases, comma-separated GDPR codes, e.g. A6-1-e,A9-2-j', collect)
    .option(
      '--law <ref>',
      'supplementary law for A6-1-c/A6-1-e: a laws catalogue id and section, e.g. "statistikkloven § 10"; for an Art. 9(2)(b), (g)-(j) or Art. 10 basis prefix its code, e.g. "A9-2-g=helseregisterloven § 11"; repeatable',
      collect,
    )
    .option('--legitimate-interest <text>', 'the legitimate interest of an A6-1-f basis; same form as --title', collect)
    .option('--consent-withdrawal <text>', 'how consent (A6-1-a, A9-2-a) is withdrawn; same form as --title', collect)
    .option('--subjects <ids>', 'data subject ids, comma-separated')
    .option('--categories <ids>', 'data category ids, comma-separated')
    .option('--sources <ids>', 'source ids, comma-separated')
    .option('--recipients <ids>', 'recipient ids, comma-separated, or none')
    .option('--processors <ids>', 'processor ids, comma-separated')
    .option('--collection <requirement>', 'whether people must give the data: statutory, contractual, contract-prerequisite or voluntary')
    .option('--consequences <text>', 'what happens if they do not; same form as --title', collect)
    .option('--transfers <list>', 'none, or countries outside the EEA with their mechanism, e.g. US:A46-2-c')
    .option('--retention <rule>', 'P5Y, permanent or a retention policy id, for all data; category=P5Y for one category; repeatable', collect)
    .option('--security-measures <ids>', 'security measure ids, comma-separated')
    .option('--information <methods>', 'how people are informed: art13, art14, public-notice, comma-separated')
    .option('--automated-decisions <yes|no>', 'whether decisions are made by automated means alone (Art. 22)')
    .option('--group <id>', 'the notice group (an id of noticeGroups in organisation.yaml)')
    .option('--status <status>', 'planned, active or retired (default: active)')
    .option('--no-input', 'never ask questions, even at a terminal')
    .option('--lang <lang>', "language of questions and messages: en, nb or nn (default: the registry's first language)")
    .action((id, dir, opts) => run(async (ctx) => (await import('../commands/new.js')).newActivity(id, dir, opts, ctx)));
}
