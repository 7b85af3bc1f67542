import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import { isScalar, parseDocument, visit } from 'yaml';
import { t, type Lang } from '../i18n/index.js';
import type { FileKind } from '../parse/source.js';
import { packagePath } from '../util/paths.js';
import { SCHEMA_FILES } from '../validate/schema.js';
import { formatYaml } from './format.js';
import { modeline, schemaRef } from './new-activity.js';
import { canonicalString } from './quoting.js';

/** A file `ropa init` writes: its path inside the new registry and its text. */
export interface InitFile {
  path: string;
  text: string;
}

const TEMPLATES = packagePath('templates', 'init');

function templates(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? templates(p) : name.endsWith('.yaml.hbs') ? [p] : [];
    });
}

function kindOf(path: string): FileKind {
  if (path.startsWith('activities/')) return 'activity';
  if (path.startsWith('catalogues/')) return 'catalogue';
  return 'organisation';
}

/**
 * The files of a new registry written in `languages` (the first is the default): the organisation file, one
 * commented example activity, starter catalogues, and a copy of the schemas its modelines point at. Comments
 * are in the first language; every text value is given in each language, and in no other.
 */
export function initFiles(root: string, languages: readonly Lang[]): InitFile[] {
  const require = createRequire(import.meta.url);
  const Handlebars = (require('handlebars') as typeof import('handlebars')).create();
  const lang = languages[0]!;
  const say = (key: string): string => t(lang, `authoring.init.${key}`);
  // {{c "key" i=2}}: a comment of one or more lines, each indented like the first.
  Handlebars.registerHelper('c', (key: string, options: { hash: { i?: number } }) =>
    say(key)
      .split('\n')
      .map((line) => (line === '' ? '#' : `# ${line}`))
      .join('\n' + ' '.repeat(options.hash.i ?? 0)),
  );
  // {{q "key"}}: a one-language value, quoted as YAML needs.
  Handlebars.registerHelper('q', (key: string) => canonicalString(say(key), false));

  const files: InitFile[] = templates(TEMPLATES).map((file) => {
    const path = relative(TEMPLATES, file)
      .split(sep)
      .join('/')
      .replace(/\.hbs$/, '');
    const kind = kindOf(path);
    const body = Handlebars.compile(readFileSync(file, 'utf8'), { noEscape: true, strict: true })({});
    // The modelines point at the registry's own copy of the schemas, written below.
    const head = `#${modeline(schemaRef(dirname(join(root, path)), join(root, 'schemas', SCHEMA_FILES[kind])))}\n`;
    return { path, text: onlyLanguages(head + body, kind, languages) };
  });
  for (const kind of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) {
    files.push({ path: `schemas/${SCHEMA_FILES[kind]}`, text: readFileSync(packagePath('schemas', SCHEMA_FILES[kind]), 'utf8') });
  }
  return files;
}

const isLangKey = (k: unknown): boolean => k === 'nb' || k === 'nn' || k === 'en';

/** Drops the languages the registry is not written in, and lists those it is, keeping every comment. */
function onlyLanguages(text: string, kind: FileKind, languages: readonly Lang[]): string {
  const doc = parseDocument(text);
  visit(doc, {
    Map(_, map) {
      const keys = map.items.map((p) => (isScalar(p.key) ? p.key.value : undefined));
      if (keys.length > 0 && keys.every(isLangKey)) map.items = map.items.filter((p) => languages.includes((p.key as { value: Lang }).value));
    },
  });
  if (kind === 'organisation') doc.set('languages', doc.createNode([...languages], { flow: true }));
  const out = formatYaml(doc.toString({ lineWidth: 0, flowCollectionPadding: false }), kind);
  if (!out.ok) throw new Error(`init template does not format: ${out.reason}`);
  return out.text;
}
