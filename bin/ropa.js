#!/usr/bin/env node
// Entry point. `ropa --version` is answered before anything else is loaded: a CLI's start-up is felt on every call.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(version + '\n');
} else {
  let cli;
  try {
    cli = await import('../dist/cli.js');
  } catch (e) {
    if (e && e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('dist')) {
      process.stderr.write('ropa: not built yet. Run `npm install` (or `npm run build`) in the ropa folder first.\n');
      process.exit(2);
    }
    throw e;
  }
  await cli.main(process.argv);
}
