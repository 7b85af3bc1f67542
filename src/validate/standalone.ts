import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAjv, PRECOMPILED, SCHEMA_FILES, STANDALONE_EXPORTS, schemasHash } from './schema.js';

/**
 * Build step (`npm run build`): the schemas compiled once into plain JavaScript (ajv standalone code),
 * so that a command does not pay ajv's compile time on every start.
 */
export function standaloneModule(): string {
  const ajv = createAjv(true);
  const require = createRequire(import.meta.url);
  const standaloneCode = require('ajv/dist/standalone').default as (a: unknown, refs: Record<string, string>) => string;
  const refs = Object.fromEntries(Object.entries(STANDALONE_EXPORTS).map(([kind, name]) => [name, SCHEMA_FILES[kind as keyof typeof SCHEMA_FILES]]));
  return `${standaloneCode(ajv, refs)}\nexports.schemasHash = ${JSON.stringify(schemasHash())};\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(PRECOMPILED, standaloneModule());
}
