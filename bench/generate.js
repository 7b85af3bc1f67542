// Generates a registry of N activities derived from the example registry (registry/), as a whole
// government's record would look: the example's 20 activities repeated for N/20 units, each unit
// with its own name and its own case system. The result is valid: `ropa validate` finds nothing.
//
//   node bench/generate.js <activities> <dir>
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';

export const EXAMPLE = fileURLToPath(new URL('../registry/', import.meta.url));

/**
 * One text per template activity, with placeholders for what differs between copies.
 * The document is edited once through the yaml library (comments kept) and copied by string replacement,
 * so that 10,000 files take a second, not a minute.
 */
function templates(example) {
  const dir = join(example, 'activities');
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((name) => {
      const doc = parseDocument(readFileSync(join(dir, name), 'utf8'));
      const id = doc.get('id');
      doc.set('id', `${id}-u__UNIT__`);
      for (const [lang, suffix] of [
        ['nb', ' (enhet __UNIT__)'],
        ['nn', ' (eining __UNIT__)'],
        ['en', ' (unit __UNIT__)'],
      ]) {
        const title = doc.getIn(['title', lang]);
        if (typeof title === 'string') doc.setIn(['title', lang], title + suffix);
      }
      doc.set('responsibleUnit', { nb: 'Avdeling __UNIT__', nn: 'Avdeling __UNIT__', en: 'Department __UNIT__' });
      const systems = doc.get('systems');
      if (systems && typeof systems.add === 'function') systems.add('unit-__UNIT__-records');
      else doc.set('systems', ['unit-__UNIT__-records']);
      return { id, text: String(doc) };
    });
}

/** The case system of each unit: one catalogue file, growing with the registry as a real one would. */
function unitSystems(units) {
  const out = ['# yaml-language-server: $schema=../../schemas/catalogue.schema.json', '# Generated for the benchmark: one case system per unit.', 'systems:'];
  for (let u = 1; u <= units; u++) {
    out.push(
      `  unit-${u}-records:`,
      `    name: Saksarkiv avdeling ${u}`,
      '    description:',
      `      nb: Saksbehandlings- og arkivsystem for avdeling ${u}, med tilgangsstyring etter tjenstlig behov.`,
      `      nn: Saksbehandlings- og arkivsystem for avdeling ${u}, med tilgangsstyring etter tenestleg behov.`,
      `      en: Case handling and archive system of department ${u}, with access on a need-to-know basis.`,
    );
  }
  return out.join('\n') + '\n';
}

/** Writes a registry of `n` activities to `dir` (which must not hold one already). Returns the activity file paths. */
export function generate(n, dir, example = EXAMPLE) {
  const tpl = templates(example);
  const units = Math.ceil(n / tpl.length);
  mkdirSync(join(dir, 'activities'), { recursive: true });
  cpSync(join(example, 'catalogues'), join(dir, 'catalogues'), { recursive: true });
  cpSync(join(example, 'organisation.yaml'), join(dir, 'organisation.yaml'));
  writeFileSync(join(dir, 'catalogues', 'unit-systems.yaml'), unitSystems(units));
  const files = [];
  for (let i = 0; i < n; i++) {
    const t = tpl[i % tpl.length];
    const unit = String(Math.floor(i / tpl.length) + 1);
    const path = join(dir, 'activities', `${t.id}-u${unit}.yaml`);
    writeFileSync(path, t.text.replaceAll('__UNIT__', unit));
    files.push(path);
  }
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [n, dir] = process.argv.slice(2);
  if (!n || !dir || !/^\d+$/.test(n)) {
    process.stderr.write('usage: node bench/generate.js <activities> <dir>\n');
    process.exit(2);
  }
  const files = generate(Number(n), resolve(dir));
  process.stdout.write(`${files.length} activities in ${resolve(dir)}\n`);
}
