import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import { outputOptions } from './outputs.js';
import { DIFF_FORMATS } from '../render/diff/index.js';

export function register(program: Command, run: Run): void {
  const command = program
    .command('diff')
    .description('what changed in the record between two git revisions or two registry folders, marked for review or information')
    .argument('[base]', 'git revision to compare from (e.g. origin/main); a folder only when written as a path: ./old, ../old, /old')
    .argument('[head]', 'git revision to compare to, or a folder written as a path (default: the registry in the working tree)')
    .option('--dir <dir>', 'the registry folder in the working tree and at each revision', 'registry')
    .option('--base-dir <folder>', 'compare from this registry folder instead of a revision')
    .option('--head-dir <folder>', 'compare to this registry folder instead of a revision');
  outputOptions(command, DIFF_FORMATS, 'text')
    .option('--fail-on <level>', 'exit 1 when a change is at this level: review or never', 'never')
    .option('--lang <lang>', 'language of the report: en, nb or nn (default: $ROPA_LANG or en)')
    .action((base, head, opts) =>
      run(async (ctx) =>
        (await import('../commands/diff.js')).diff(
          [base, head].filter((a): a is string => a !== undefined),
          opts,
          ctx,
        ),
      ),
    );
}
