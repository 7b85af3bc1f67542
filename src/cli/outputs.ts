import type { Command, OptionValues } from '@commander-js/extra-typings';
import type { HelpWords } from './help.js';

/** Commander accumulator: an option given several times keeps every value, in order. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * Every command's `-f/--format`, `-o/--output` and `--force`, the same everywhere (src/commands/outputs.ts
 * reads them): each of -f and -o repeatable, the n-th format written to the n-th output, `-` is stdout,
 * and a format without an output goes to stdout. One run can so feed a terminal, a code-scanning upload
 * and a test report, or write a report as xlsx and html at once. `note` (a help key) says more about the formats.
 */
export function outputOptions<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
  command: Command<Args, Opts, Globals>,
  w: HelpWords,
  formats: readonly string[],
  fallback: string,
  note?: string,
) {
  return command
    .option(
      '-f, --format <format>',
      w('cli.help.option.format', { formats: formats.join(', '), fallback, note: note === undefined ? '' : `; ${w(note)}` }),
      collect,
    )
    .option('-o, --output <file>', w('cli.help.option.output'), collect)
    .option('--force', w('cli.help.option.force'));
}
