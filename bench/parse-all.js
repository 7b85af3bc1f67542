// The floor a registry tool stands on: read every file of a registry and parse it, nothing else.
//
//   node bench/parse-all.js yaml|js-yaml <dir>
//
// `yaml` is the library's parseDocument (a document with positions, what an editor or linter
// needs); `js-yaml` is its load (plain data, what ajv-cli uses).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [parser, dir] = process.argv.slice(2);
const files = [join(dir, 'organisation.yaml')];
for (const sub of ['activities', 'catalogues']) {
  for (const name of readdirSync(join(dir, sub)).sort()) if (/\.ya?ml$/.test(name)) files.push(join(dir, sub, name));
}

let parse;
if (parser === 'yaml') {
  const { parseDocument } = await import('yaml');
  parse = (text) => parseDocument(text);
} else if (parser === 'js-yaml') {
  const { load } = (await import('js-yaml')).default;
  parse = (text) => load(text);
} else {
  process.stderr.write('usage: node bench/parse-all.js yaml|js-yaml <dir>\n');
  process.exit(2);
}
let errors = 0;
for (const f of files) {
  const doc = parse(readFileSync(f, 'utf8'));
  if (doc && Array.isArray(doc.errors) && doc.errors.length > 0) errors++;
}
process.exit(errors > 0 ? 1 : 0);
