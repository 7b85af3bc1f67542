import type { Command, Help } from '@commander-js/extra-typings';
import { isLang, t, type Lang } from '../i18n/index.js';
import type { MessageArgs } from '../model/finding.js';

/** The words of the help: `cli.help.<…>` ids, in locales/<lang>/cli.json. */
export type HelpWords = (id: string, args?: MessageArgs) => string;

/**
 * The language of `--help` (and of commander's own words around it): `--lang` on the command line, the
 * first of a list (`ropa init --lang nn,en`), then $ROPA_LANG, then English. The registry is not read for
 * help: it may not exist yet, and help must not fail.
 */
export function helpLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const args = argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') break;
    const value = args[i] === '--lang' ? args[i + 1] : args[i]!.startsWith('--lang=') ? args[i]!.slice('--lang='.length) : undefined;
    const first = value?.split(',')[0]?.trim();
    if (isLang(first)) return first;
  }
  const fromEnv = env.ROPA_LANG?.trim();
  return isLang(fromEnv) ? fromEnv : 'en';
}

export function helpWords(lang: Lang): HelpWords {
  return (id, args) => t(lang, id, args);
}

/**
 * Commander's own words in `lang`: the section titles, the help option and command, the defaults.
 * Set on the program before its commands are made, which inherit them.
 */
export function localiseHelp(program: Command, w: HelpWords): void {
  const titles: Record<string, string> = {
    'Usage:': w('cli.help.title.usage'),
    'Arguments:': w('cli.help.title.arguments'),
    'Options:': w('cli.help.title.options'),
    'Global Options:': w('cli.help.title.global-options'),
    'Commands:': w('cli.help.title.commands'),
  };
  const shown = (value: unknown, description: string | undefined): string => description ?? JSON.stringify(value);
  program.helpOption('-h, --help', w('cli.help.option.help'));
  program.helpCommand('help [command]', w('cli.help.command.help'));
  program.configureHelp({
    styleTitle: (title: string) => titles[title] ?? title,
    // As commander says it, with its word for the default in `lang`.
    optionDescription: (option) => {
      const showDefault =
        option.defaultValue !== undefined && (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'));
      if (!showDefault) return option.description;
      return `${option.description} (${w('cli.help.default', { value: shown(option.defaultValue, option.defaultValueDescription) })})`;
    },
    argumentDescription: (argument) => {
      if (argument.defaultValue === undefined) return argument.description;
      const extra = `(${w('cli.help.default', { value: shown(argument.defaultValue, argument.defaultValueDescription) })})`;
      return argument.description ? `${argument.description} ${extra}` : extra;
    },
  } satisfies Partial<Help>);
}
