import { dirname, join } from 'node:path';
import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import { formatYaml } from '../authoring/format.js';
import { modeline, modelinePath, schemaRef } from '../authoring/new-activity.js';
import { SCHEMA_FILES } from '../validate/schema.js';
import { canonicalData, rootSchema } from '../authoring/schema-order.js';
import { t, type Lang } from '../i18n/index.js';
import type { FileKind } from '../parse/source.js';
import type { Remark } from './build.js';
import { terminalSafe } from '../util/terminal.js';

/**
 * One imported file as YAML text, written with the yaml library's Document API so that each `# import: …`
 * remark is a real comment on the node it concerns, then put in ropa's canonical form (key order and
 * quoting, as `ropa fmt` leaves it), which keeps every comment.
 */
export function yamlFile(opts: {
  data: Record<string, unknown>;
  kind: FileKind;
  /** Absolute path the file will have, and the registry root: for the schema modeline. */
  path: string;
  root: string;
  lang: Lang;
  head: string[];
  remarks: readonly Remark[];
  /** A new registry gets its own copy of the schemas: point there. */
  ownSchemas: boolean;
}): string {
  const data = canonicalData(opts.data, rootSchema(opts.kind));
  const doc = new Document(data);
  // A remark quotes cells, and a comment is text too: a control character, a lone CR or U+2028 there would make a
  // file ropa refuses, or that steers a terminal that shows it. They are written as escapes.
  for (const remark of opts.remarks) attach(doc, remark.path, ` ${t(opts.lang, 'import.remark.prefix')} ${terminalSafe(t(opts.lang, remark.id, remark.args))}`);
  const schema = opts.ownSchemas
    ? schemaRef(dirname(opts.path), join(opts.root, 'schemas', SCHEMA_FILES[opts.kind]))
    : modelinePath(dirname(opts.path), opts.root, opts.kind);
  const top = [modeline(schema), ...opts.head.map((h) => ` ${terminalSafe(h)}`)];
  const contents = doc.contents as Node & { commentBefore?: string | null };
  contents.commentBefore = [top.join('\n'), contents.commentBefore].filter(Boolean).join('\n');
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const formatted = formatYaml(text, opts.kind);
  if (!formatted.ok) throw new Error(`imported ${opts.kind} file does not format: ${formatted.reason}`);
  return formatted.text;
}

/** A comment above the key (in a map) or the item (in a list) at `path`; at the nearest existing parent otherwise. */
function attach(doc: Document, path: readonly (string | number)[], comment: string): void {
  for (let n = path.length; n > 0; n--) {
    const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
    const key = path[n - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === key);
      if (pair && isScalar(pair.key)) {
        pair.key.commentBefore = pair.key.commentBefore ? `${pair.key.commentBefore}\n${comment}` : comment;
        return;
      }
    } else if (isSeq(parent) && typeof key === 'number') {
      const item = parent.items[key] as (Node & { commentBefore?: string | null }) | undefined;
      if (item && typeof item === 'object') {
        item.commentBefore = item.commentBefore ? `${item.commentBefore}\n${comment}` : comment;
        return;
      }
    }
  }
  const contents = doc.contents as Node & { commentBefore?: string | null };
  contents.commentBefore = contents.commentBefore ? `${contents.commentBefore}\n${comment}` : comment;
}
