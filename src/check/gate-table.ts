import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordedGates, recordGates } from '../util/prefilter.js';
import { writeRegionTable } from './countries.js';

/**
 * Build step (`npm run build`): the words of every gate the rules and readers declare (src/util/prefilter.ts), read
 * once and written beside prefilter.js (dist/util) as gates.json, so that a command does not read them from the patterns on every
 * start (about 0.3 s of CPU). The modules are loaded after `recordGates`, so that the gates they declare at their top
 * level are kept; a gate made later (inside a function) is read when it is first used, as before.
 */
export async function writeGateTable(): Promise<string> {
  recordGates();
  await import('../rules/index.js');
  const file = join(dirname(fileURLToPath(import.meta.url)), '..', 'util', 'gates.json');
  writeFileSync(file, JSON.stringify(recordedGates()));
  return file;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeGateTable();
  // The region names Intl knows (src/check/countries.ts), asked once here instead of on every run that reads a place.
  writeRegionTable();
}
