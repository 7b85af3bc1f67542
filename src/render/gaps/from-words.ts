/**
 * Which findings are placed on words. A rule that reads prose (check/prose-activity.ts, rights-refused.ts, the lexicons)
 * mostly points its finding at the text it read: an activity's or purpose's `description`, a note, a catalogue entry's
 * name, the words in one language (`/description/nb`). Every such field is a `localText` in the schemas, and no structured
 * field is one. So a finding whose JSON pointer lies in a `localText` of its file's schema was read from the words.
 * The converse does not hold: a rule may read the words and point at the field they show wanting (`/recipients`,
 * `/purposes/0/legalBasis`). On 290 planted defects of five variant sets (session 41), 51 findings were placed on free
 * text, while 81 disappeared when every free text was blanked: the count is a lower bound, never more than the words
 * found. Read from the schema alone, once per kind of file and pointer shape.
 */
import type { FileKind } from '../../parse/source.js';
import { readSchema, SCHEMA_FILES } from '../../validate/schema.js';

type Json = Record<string, unknown>;
interface At {
  node: Json;
  file: string;
}

let schemas: Map<string, Json> | undefined;
const known = new Map<string, boolean>();

/** Whether `pointer`, in a registry file of `kind`, lies in a free text (a `localText` of the schema). */
export function inFreeText(kind: FileKind, pointer: string): boolean {
  // The same field of another list item or catalogue entry has the same answer: items by `#`.
  const key = `${kind}\0${pointer.replace(/\/\d+(?=\/|$)/g, '/#')}`;
  let hit = known.get(key);
  if (hit === undefined) known.set(key, (hit = walk(kind, pointer)));
  return hit;
}

function walk(kind: FileKind, pointer: string): boolean {
  schemas ??= new Map(Object.entries(SCHEMA_FILES).map(([k, file]) => [file, readSchema(k as FileKind | 'common')]));
  const segments =
    pointer === ''
      ? []
      : pointer
          .slice(1)
          .split('/')
          .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let here: At[] = [{ node: schemas.get(SCHEMA_FILES[kind])!, file: SCHEMA_FILES[kind] }];
  for (const seg of segments) {
    const next: At[] = [];
    for (const at of here) {
      const e = expand(at);
      if (e.text) return true;
      for (const n of e.nodes) next.push(...children(n, seg));
    }
    if (next.length === 0) return false;
    here = next;
  }
  return here.some((at) => expand(at).text);
}

/** A node's schemas once its `$ref`s are followed and its `oneOf`/`anyOf`/`allOf` opened; `text` when one is a localText. */
function expand(at: At): { nodes: At[]; text: boolean } {
  const nodes: At[] = [];
  let text = false;
  const visit = (a: At, depth: number): void => {
    if (depth > 32) return;
    const ref = a.node.$ref;
    if (typeof ref === 'string') {
      if (ref.endsWith('/definitions/localText')) text = true;
      const target = resolveRef(a, ref);
      if (target) visit(target, depth + 1);
      return;
    }
    nodes.push(a);
    for (const k of ['oneOf', 'anyOf', 'allOf']) {
      const branches = a.node[k];
      if (Array.isArray(branches)) for (const b of branches) if (b && typeof b === 'object') visit({ node: b as Json, file: a.file }, depth + 1);
    }
  };
  visit(at, 0);
  return { nodes, text };
}

function resolveRef(at: At, ref: string): At | undefined {
  const [filePart = '', fragment = ''] = ref.split('#');
  const file = filePart === '' ? at.file : filePart;
  let node: unknown = schemas!.get(file);
  for (const seg of fragment.split('/').filter((s) => s !== '')) node = (node as Json | undefined)?.[seg];
  return node !== null && typeof node === 'object' ? { node: node as Json, file } : undefined;
}

/** The schemas of the value at `seg` below a node: an item of a list, a property, or a value of a map keyed by ids. */
function children(at: At, seg: string): At[] {
  const out: At[] = [];
  const { items, properties, additionalProperties } = at.node as { items?: unknown; properties?: Record<string, unknown>; additionalProperties?: unknown };
  if (/^\d+$/.test(seg) && items && typeof items === 'object' && !Array.isArray(items)) out.push({ node: items as Json, file: at.file });
  if (properties && Object.hasOwn(properties, seg)) out.push({ node: properties[seg] as Json, file: at.file });
  else if (additionalProperties && typeof additionalProperties === 'object') out.push({ node: additionalProperties as Json, file: at.file });
  return out;
}
