import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import type { HelpWords } from './help.js';
import { collect } from './outputs.js';
import { ORG_FACTS } from '../authoring/org-fact-list.js';

/** The options that set the organisation's facts (src/authoring/org-facts.ts), on `ropa org` and `ropa init`. */
export function factOptions(command: Command<[string], Record<string, unknown>>, w: HelpWords): void {
  for (const fact of ORG_FACTS) {
    const arg =
      fact.shape === 'yes-no' ? '<yes|no>' : fact.shape === 'text' || fact.shape === 'lines' ? '<text>' : fact.shape === 'date' ? '<date>' : '<value>';
    const help = w(`cli.help.org.option.${fact.flag}`);
    if (fact.shape === 'text' || fact.shape === 'lines') command.option(`--${fact.flag} ${arg}`, help, collect);
    else command.option(`--${fact.flag} ${arg}`, help);
  }
  command.option('--no-dpo', w('cli.help.org.option.no-dpo'));
}

export function register(program: Command, run: Run, w: HelpWords): void {
  const command = program.command('org').description(w('cli.help.org.description')).argument('[dir]', w('cli.help.arg.dir'), 'registry') as unknown as Command<
    [string],
    Record<string, unknown>
  >;
  factOptions(command, w);
  command
    .option('--no-input', w('cli.help.org.option.no-input'))
    .option('--lang <lang>', w('cli.help.org.option.lang'))
    .action((dir, opts) => run(async (ctx) => (await import('../commands/org.js')).setOrganisation(dir, opts, ctx)));
}
