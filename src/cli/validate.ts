import type { Command } from '@commander-js/extra-typings';
import type { Run } from './types.js';
import { outputOptions } from './outputs.js';
import { FINDING_FORMATS } from '../render/findings/index.js';

export function register(program: Command, run: Run): void {
  const command = program
    .command('validate')
    .description('check the registry against its schema and its own cross-references')
    .argument('[dir]', 'registry folder', 'registry');
  outputOptions(command, FINDING_FORMATS, 'stylish')
    .option('--max-warnings <n>', 'fail when there are more warnings than this')
    .option('--lang <lang>', 'language of messages: en, nb or nn (default: $ROPA_LANG or en)')
    .option('--cache', 'remember valid files by content hash, so that unchanged files are not parsed again (also ROPA_CACHE=1)')
    .option('--cache-location <dir>', 'folder of the cache (default: $XDG_CACHE_HOME/ropa or ~/.cache/ropa)')
    .action((dir, opts) => run(async (ctx) => (await import('../commands/validate.js')).validate(dir, opts, ctx)));
}
