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
  const code = standaloneCode(ajv, refs).replaceAll(UCS2LENGTH, 'ucs2length');
  return `${code}\n${ucs2length.toString()}\nexports.schemasHash = ${JSON.stringify(schemasHash())};\n`;
}

const UCS2LENGTH = 'require("ajv/dist/runtime/ucs2length").default';

/**
 * ajv's own count of a string's code points (for maxLength and minLength), which walks every
 * character: the same answer, but a string without a high surrogate (nearly all) is its length.
 * Written into the standalone code as it is, so it may use nothing from outside.
 */
export function ucs2length(str: string): number {
  if (!/[\uD800-\uDBFF]/.test(str)) return str.length;
  let length = 0;
  for (let pos = 0; pos < str.length; length++) {
    const value = str.charCodeAt(pos++);
    if (value >= 0xd800 && value <= 0xdbff && pos < str.length && (str.charCodeAt(pos) & 0xfc00) === 0xdc00) pos++;
  }
  return length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(PRECOMPILED, standaloneModule());
}
