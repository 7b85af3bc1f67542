import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { Lang } from '../i18n/index.js';
import { UserError } from '../util/errors.js';
import { formatYaml } from './format.js';
import { localTextOption } from './entry-fields.js';
import { schemaEnum } from './schema-order.js';
import { ORG_FACTS, type OrgFact } from './org-fact-list.js';

export { ORG_FACTS, type OrgFact };

/** `value` if it is one of `allowed`, else a refusal naming the option (exit 2), as the commands' own choices are refused. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError('cli.bad-choice', { option, value, allowed: allowed.join(', ') });
}

/** A date as the schema holds it (YYYY-MM-DD, a day of the calendar), else a refusal naming the option (exit 2). */
export function dateOption(value: string, option: string): string {
  const v = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m || new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) !== v)
    throw new UserError('cli.bad-date', { option, value });
  return v;
}

/** An option's camel-case name as commander gives it: `dpo-email` → `dpoEmail`. */
export const optionKey = (flag: string): string => flag.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The allowed values of an enum fact. */
export function factValues(fact: OrgFact): string[] {
  if (fact.shape === 'yes-no') return ['yes', 'no'];
  if (fact.shape === 'enum') return schemaEnum('organisation', 'properties', ...fact.path);
  return [];
}

/** One change to organisation.yaml: a value at a path, or the removal of what is there. */
export type OrgEdit = { path: readonly string[]; value: unknown } | { path: readonly string[]; remove: true };

/**
 * The edits the options ask for. `--name`/`--responsible` take one text or one per language (`nb:…`); a language given
 * alone is merged into the text that is there. `--address` is repeated once per line. `--no-dpo` removes the DPO.
 */
export function factEdits(opts: Record<string, unknown>): OrgEdit[] {
  const edits: OrgEdit[] = [];
  for (const fact of ORG_FACTS) {
    const raw = opts[optionKey(fact.flag)];
    if (raw === undefined) continue;
    edits.push({ path: fact.path, value: factValue(fact, raw) });
  }
  if (opts.dpo === false) {
    if (edits.some((e) => e.path[0] === 'dpo')) throw new UserError('authoring.org.no-dpo-and-dpo');
    edits.push({ path: ['dpo'], remove: true });
  }
  return edits;
}

/** The value a flag or an answer gives a fact, in the shape the schema holds. */
export function factValue(fact: OrgFact, raw: unknown): unknown {
  const option = `--${fact.flag}`;
  const one = (): string => String(Array.isArray(raw) ? raw[raw.length - 1] : raw).trim();
  switch (fact.shape) {
    case 'text':
      return localTextOption((Array.isArray(raw) ? raw : [raw]).map(String), option);
    case 'lines':
      return (Array.isArray(raw) ? raw : [raw]).map((l) => String(l).trim()).filter((l) => l !== '');
    case 'yes-no':
      return oneOf(one().toLowerCase(), ['yes', 'no'], option) === 'yes';
    case 'enum':
      return oneOf(one(), factValues(fact), option);
    case 'country':
      return one().toUpperCase();
    case 'date':
      return dateOption(one(), option);
    default:
      return one();
  }
}

/**
 * organisation.yaml's text with the edits made: comments, blank lines and the order of what is there are kept (the
 * yaml Document API reprints unchanged nodes as they were). A key that is not there takes the place of its commented
 * example where `ropa init` left one (`# organisationNumber: "123456785"`), else the schema's place (ropa fmt).
 * Undefined when the file cannot be edited (not a mapping).
 */
export function applyOrgEdits(source: string, edits: readonly OrgEdit[]): string | undefined {
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  let text = source.endsWith('\n') ? source : source + eol;
  const absent = new Set(edits.map((e) => e.path[0]!).filter((k) => !hasKey(parseDocument(text), k)));
  // A top-level key ropa init left as a commented example: the example's lines give way to the key.
  for (const key of absent) {
    const lines = text.split(/\r?\n/);
    const at = lines.findIndex((l) => l.startsWith(`# ${key}:`));
    if (at < 0) continue;
    let end = at + 1;
    while (end < lines.length && /^#\s{2,}\S/.test(lines[end]!)) end++;
    lines.splice(at, end - at, `${key}: ~`);
    text = lines.join(eol);
  }
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) return undefined;
  for (const e of edits) {
    if ('remove' in e) {
      doc.deleteIn(e.path);
      continue;
    }
    const current = doc.getIn(e.path, true);
    // A language given alone joins the texts that are there: --name en:… keeps the bokmål name.
    if (isMap(current) && e.value !== null && typeof e.value === 'object' && !Array.isArray(e.value)) {
      for (const [k, v] of Object.entries(e.value)) current.set(k, v);
      continue;
    }
    // A parent that is a placeholder `~` (from the commented example) or missing is made as a mapping.
    for (let i = 1; i < e.path.length; i++) {
      const parent = doc.getIn(e.path.slice(0, i), true);
      if (!isMap(parent)) doc.setIn(e.path.slice(0, i), doc.createNode({}));
    }
    if (isScalar(current) && isDeepStrictEqual(current.value, e.value)) continue;
    doc.setIn(e.path, doc.createNode(e.value));
  }
  const out = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const formatted = formatYaml(eol === '\r\n' ? out.replace(/\r?\n/g, '\r\n') : out, 'organisation');
  return formatted.ok ? formatted.text : out;
}

function hasKey(doc: Document, key: string): boolean {
  return isMap(doc.contents) && doc.contents.has(key);
}

/** The value organisation.yaml holds at a fact's place, as data. */
export function currentValue(data: unknown, fact: OrgFact): unknown {
  let v: unknown = data;
  for (const k of fact.path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/** The value shown for a fact at a terminal: a text in the language asked, lines joined, yes or no. */
export function shownValue(value: unknown, lang: Lang, yes: string, no: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value ? yes : no;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') {
    const t = value as Partial<Record<Lang, string>>;
    return t[lang] ?? Object.values(t)[0];
  }
  return String(value);
}
