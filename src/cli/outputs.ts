import type { Command, OptionValues } from '@commander-js/extra-typings';

/** Commander accumulator: an option given several times keeps every value, in order. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * Every command's `-f/--format`, `-o/--output` and `--force`, the same everywhere (src/commands/outputs.ts
 * reads them): each of -f and -o repeatable, the n-th format written to the n-th output, `-` is stdout,
 * and a format without an output goes to stdout. One run can so feed a terminal, a code-scanning upload
 * and a test report, or write a report as xlsx and html at once. `note` says more about the formats.
 */
export function outputOptions<Args extends unknown[], Opts extends OptionValues, Globals extends OptionValues>(
  command: Command<Args, Opts, Globals>,
  formats: readonly string[],
  fallback: string,
  note?: string,
) {
  return command
    .option(
      '-f, --format <format>',
      `${formats.join(', ')} (default: ${fallback})${note === undefined ? '' : `; ${note}`}; repeat for several outputs`,
      collect,
    )
    .option('-o, --output <file>', 'write the output of the format given at the same place to a file (- is stdout); repeatable', collect)
    .option('--force', 'allow -o to write inside the registry');
}
