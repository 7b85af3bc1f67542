import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import type { HelpWords } from './help.js';
import { collect } from './outputs.js';

export function register(program: Command, run: Run, w: HelpWords): void {
  program
    .command('new')
    .description(w('cli.help.new.description'))
    .argument('<id>', w('cli.help.new.arg.id'))
    .argument('[dir]', w('cli.help.arg.dir'), 'registry')
    .option('--title <text>', w('cli.help.new.option.title'), collect)
    .option('--description <text>', w('cli.help.new.option.description'), collect)
    .option('--purpose <text>', w('cli.help.new.option.purpose'), collect)
    .option('--basis <codes>', w('cli.help.new.option.basis'), collect)
    .option('--law <ref>', w('cli.help.new.option.law'), collect)
    .option('--legitimate-interest <text>', w('cli.help.new.option.legitimate-interest'), collect)
    .option('--consent-withdrawal <text>', w('cli.help.new.option.consent-withdrawal'), collect)
    .option('--consent-method <method>', w('cli.help.new.option.consent-method'))
    .option('--child-consent-age <age>', w('cli.help.new.option.child-consent-age'))
    .option('--criminal-data-ground <ground>', w('cli.help.new.option.criminal-data-ground'))
    .option('--section-11-condition <condition>', w('cli.help.new.option.section-11-condition'))
    .option('--subjects <ids>', w('cli.help.new.option.subjects'))
    .option('--categories <ids>', w('cli.help.new.option.categories'))
    .option('--national-id-need <text>', w('cli.help.new.option.national-id-need'), collect)
    .option('--sources <ids>', w('cli.help.new.option.sources'))
    .option('--recipients <ids>', w('cli.help.new.option.recipients'))
    .option('--disclosure <recipient=basis:law>', w('cli.help.new.option.disclosure'), collect)
    .option('--processors <ids>', w('cli.help.new.option.processors'))
    .option('--collection <requirement>', w('cli.help.new.option.collection'))
    .option('--consequences <text>', w('cli.help.new.option.consequences'), collect)
    .option('--transfers <list>', w('cli.help.new.option.transfers'))
    .option('--retention <rule>', w('cli.help.new.option.retention'), collect)
    .option('--security-measures <ids>', w('cli.help.new.option.security-measures'))
    .option('--information <methods>', w('cli.help.new.option.information'))
    .option('--automated-decisions <yes|no>', w('cli.help.new.option.automated-decisions'))
    .option('--automated-exception <exception>', w('cli.help.new.option.automated-exception'))
    .option('--automated-law <ref>', w('cli.help.new.option.automated-law'), collect)
    .option('--human-review <when>', w('cli.help.new.option.human-review'))
    .option('--risk <criteria>', w('cli.help.new.option.risk'))
    .option('--restrict <right=gdpr:law>', w('cli.help.new.option.restrict'), collect)
    .option('--art89-purpose <kind>', w('cli.help.new.option.art89-purpose'))
    .option('--group <id>', w('cli.help.new.option.group'))
    .option('--status <status>', w('cli.help.new.option.status'))
    .option('--no-input', w('cli.help.new.option.no-input'))
    .option('--lang <lang>', w('cli.help.new.option.lang'))
    .action((id, dir, opts) => run(async (ctx) => (await import('../commands/new.js')).newActivity(id, dir, opts, ctx)));
}
