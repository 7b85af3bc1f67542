import { Help, type Command } from '@commander-js/extra-typings';
import { langTag, t, type Lang } from '../i18n/index.js';
import type { MessageArgs } from '../model/finding.js';

/** The words of the help: `cli.help.<…>` ids, in locales/<lang>/cli.json. */
export type HelpWords = (id: string, args?: MessageArgs) => string;

/**
 * The language of `--help` (and of commander's own words around it): `--lang` on the command line, the
 * first of a list (`ropa init --lang nn,en`), then $ROPA_LANG, then English. The registry is not read for
 * help: it may not exist yet, and help must not fail.
 */
export function helpLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  return helpLangAsked(argv, env) ?? 'en';
}

/** The language --lang or ROPA_LANG asks for, where one of them names a language ropa speaks. */
export function helpLangAsked(argv: readonly string[], env: NodeJS.ProcessEnv): Lang | undefined {
  const args = argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--') break;
    const value = args[i] === '--lang' ? args[i + 1] : args[i]!.startsWith('--lang=') ? args[i]!.slice('--lang='.length) : undefined;
    const first = langTag(value?.split(',')[0]);
    if (first !== undefined) return first;
  }
  return langTag(env.ROPA_LANG);
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
  // `[options]` and `[command]` in the usage line and the list of commands; the arguments are names, and stay.
  const placeholders = (s: string): string => s.replace(/\[options\]/g, w('cli.help.usage.options')).replace(/\[command\]/g, w('cli.help.usage.command'));
  program.configureHelp({
    styleTitle: (title: string) => titles[title] ?? title,
    styleUsage: placeholders,
    styleSubcommandTerm: placeholders,
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
    // Beside its option where the column left is wide enough to wrap in, as commander does; else, for a command with long
    // option names at a narrow terminal (`ropa org`, `ropa new` at 80 columns), under it, wrapped at the terminal's width,
    // never one line of 200 characters.
    formatItem(term, termWidth, description, helper) {
      const width = helper.helpWidth ?? 80;
      const under = 6;
      if (!description || width - termWidth - 4 >= helper.minWidthToWrap || helper.preformatted(description) || width - under < helper.minWidthToWrap)
        return Help.prototype.formatItem.call(helper, term, termWidth, description, helper);
      return `  ${term}\n${helper.boxWrap(description, width - under).replace(/^/gm, ' '.repeat(under))}`;
    },
  } satisfies Partial<Help>);
}

/**
 * Commander's own error messages in the help's language: it writes them in English, in a few fixed
 * forms, before ropa sees the error. A message of another form is left as commander wrote it.
 */
export function localiseError(message: string, w: HelpWords): string {
  const m = /^error: (.*?)(?:\n\(Did you mean (?:one of )?(.+)\?\))?\n$/s.exec(message);
  if (!m) return message;
  const [, what = '', similar] = m;
  const hint = similar === undefined ? '' : `\n${w('cli.help.error.did-you-mean', { similar })}`;
  const said = (id: string, args: Record<string, string>): string => `${w('cli.help.error.prefix')} ${w(id, args)}${hint}\n`;
  let x: RegExpExecArray | null;
  if ((x = /^unknown option '(.+)'$/s.exec(what))) return said('cli.help.error.unknown-option', { option: x[1]! });
  if ((x = /^unknown command '(.+)'$/s.exec(what))) return said('cli.help.error.unknown-command', { command: x[1]! });
  if ((x = /^missing required argument '(.+)'$/s.exec(what))) return said('cli.help.error.missing-argument', { argument: x[1]! });
  if ((x = /^option '(.+)' argument missing$/s.exec(what))) return said('cli.help.error.option-argument-missing', { option: x[1]! });
  if ((x = /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/s.exec(what)))
    return said('cli.help.error.too-many-arguments', { expected: x[2]!, got: x[3]! });
  return message;
}
