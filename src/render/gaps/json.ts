import { PIECE, type GapView } from './view.js';

/**
 * `{"findings": [...], "accepted": [...], "summary": {...}, "screening": [...]}`: each finding with
 * rule, severity, activity, file (relative to the working directory), line, column, message and citation.
 */
export function json(view: GapView): string {
  return [...gapJsonPieces(view)].join('');
}

/**
 * `json` in pieces, each made when it is asked for: they join to the very same text as `JSON.stringify(…, null, 2)` of
 * the whole, but a registry of 10,000 activities (70,000 findings) never holds that text at once (it took `gaps -f json`
 * to 480 MB).
 */
export function* gapJsonPieces(view: GapView): Generator<string> {
  const finding = (i: GapView['open'][number]) => ({
    rule: i.rule,
    severity: i.severity,
    activity: i.activity,
    file: i.file,
    line: i.line,
    column: i.column,
    message: i.message,
    citation: i.citation,
    pointer: i.pointer,
    docs: i.docsUrl,
  });
  // A value at depth `depth` as JSON.stringify(…, null, 2) writes it inside the whole: its inner lines indented further.
  const at = (value: unknown, depth: number): string => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
  // A finding is a flat object of strings and numbers: written key by key, as JSON.stringify would, without building the
  // indented text twice (at 10,000 activities the stringify-and-indent took about a third of a second of 70,000 findings).
  const inner = `\n${'  '.repeat(3)}`;
  const flat = (value: Record<string, unknown>): string => {
    let text = '';
    for (const key of Object.keys(value)) {
      const v = value[key];
      if (v === undefined) continue;
      if (v !== null && typeof v === 'object') return at(value, 2);
      text += `${text === '' ? '' : ','}${inner}${JSON.stringify(key)}: ${JSON.stringify(v)}`;
    }
    return text === '' ? '{}' : `{${text}\n    }`;
  };
  let out = '';
  function* list<T>(items: readonly T[], shape: (item: T) => Record<string, unknown>): Generator<string> {
    if (items.length === 0) {
      out += '[]';
      return;
    }
    out += '[';
    for (let k = 0; k < items.length; k++) {
      out += `${k === 0 ? '' : ','}\n    ${flat(shape(items[k]!))}`;
      if (out.length >= PIECE) {
        yield out;
        out = '';
      }
    }
    out += '\n  ]';
  }
  out += '{\n  "findings": ';
  yield* list(view.open, finding);
  out += ',\n  "accepted": ';
  yield* list(view.accepted, (a) => ({ ...finding(a), acceptedBy: a.acceptedBy, reason: a.reason, accepted: a.accepted, expires: a.expires }));
  out += `,\n  "summary": ${at(view.summary, 1)}`;
  out += `,\n  "screening": ${at(view.screening, 1)}`;
  out += '\n}\n';
  yield out;
}
