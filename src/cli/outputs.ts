import type { Command, OptionValues } from '@commander-js/extra-typings';

/** Commander accumulator: an option given several times keeps every value, in order. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * `-f/--format` and `-o/--output`, each repeatable: the n-th format is written to the n-th output,
 * `-` is stdout, and a format without an output goes to stdout. One run can so feed a terminal,
 * a code-scanning upload and a test report.
 */
export function outputOptions<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
  command: Command<Args, Opts, Globals>,
  formats: readonly string[],
  fallback: string,
) {
  return command
    .option('-f, --format <format>', `${formats.join(', ')} (default: ${fallback}); repeat for several reports`, collect)
    .option('-o, --output <file>', 'write the report of the format given at the same place to a file (- is stdout); repeatable', collect);
}
