import { PIECE, type GapView } from './view.js';
import { stringifyAt } from '../../util/json-indent.js';

/**
 * `{"findings": [...], "accepted": [...], "summary": {...}, "screening": [...]}`: each finding with
 * rule, severity, activity, file (relative to the working directory), line, column, message and citation; a catalogue
 * entry's finding (`activity` null) also with `activities`, the ids of the activities that use the entry (as SARIF's
 * `properties.activities`).
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
    activities: i.activities,
    file: i.file,
    line: i.line,
    column: i.column,
    message: i.message,
    citation: i.citation,
    pointer: i.pointer,
    docs: i.docsUrl,
  });
  // A finding is a flat object of strings and numbers: written key by key, as JSON.stringify would, without building the
  // indented text twice (at 10,000 activities the stringify-and-indent took about a third of a second of 70,000 findings).
  const inner = `\n${'  '.repeat(3)}`;
  const flat = (value: Record<string, unknown>): string => {
    let text = '';
    for (const key of Object.keys(value)) {
      const v = value[key];
      if (v === undefined) continue;
      if (v !== null && typeof v === 'object') return stringifyAt(value, 2);
      text += `${text === '' ? '' : ','}${inner}${JSON.stringify(key)}: ${JSON.stringify(v)}`;
    }
    return text === '' ? '{}' : `{${text}\n    }`;
  };
  // A finding's own fields, written straight from the item in the order of `finding` (no object made, no key stringified
  // again): 70,000 findings at 10,000 activities. A value JSON.stringify would write otherwise (undefined, an object) is
  // left to `flat`, and so is a catalogue entry's finding, with its list of activities. The strings findings share (rule, severity, activity, file, citation, pointer, docs) are each
  // stringified once.
  const quoted = new Map<string, string>();
  const q = (s: string): string => {
    let j = quoted.get(s);
    if (j === undefined) quoted.set(s, (j = JSON.stringify(s)));
    return j;
  };
  const plain = (i: GapView['open'][number]): boolean =>
    i.activities === undefined &&
    typeof i.rule === 'string' &&
    typeof i.severity === 'string' &&
    (i.activity === null || typeof i.activity === 'string') &&
    typeof i.file === 'string' &&
    Number.isFinite(i.line) &&
    Number.isFinite(i.column) &&
    typeof i.citation === 'string' &&
    typeof i.pointer === 'string' &&
    typeof i.docsUrl === 'string';
  // What a rule's findings share (its id, citation and page), quoted once for the rule; the file, for the run of findings
  // in it (they are sorted by file).
  const ofRule = new Map<string, { citation: string; docsUrl: string; rule: string; citationText: string; docsText: string }>();
  const ruleOf = (i: GapView['open'][number]): { rule: string; citationText: string; docsText: string } => {
    let r = ofRule.get(i.rule);
    if (r === undefined || r.citation !== i.citation || r.docsUrl !== i.docsUrl) {
      r = { citation: i.citation, docsUrl: i.docsUrl, rule: q(i.rule), citationText: q(i.citation), docsText: q(i.docsUrl) };
      ofRule.set(i.rule, r);
    }
    return r;
  };
  let lastFile: string | undefined;
  let lastFileText = '';
  const fileText = (file: string): string => {
    if (file !== lastFile) {
      lastFile = file;
      lastFileText = q(file);
    }
    return lastFileText;
  };
  const K_RULE = `{${inner}"rule": `;
  const K_SEVERITY = `,${inner}"severity": `;
  const K_ACTIVITY = `,${inner}"activity": `;
  const K_FILE = `,${inner}"file": `;
  const K_LINE = `,${inner}"line": `;
  const K_COLUMN = `,${inner}"column": `;
  const K_MESSAGE = `,${inner}"message": `;
  const K_CITATION = `,${inner}"citation": `;
  const K_POINTER = `,${inner}"pointer": `;
  const K_DOCS = `,${inner}"docs": `;
  // The message is read once (an open finding words it when it is read: view.ts). A line and a column are finite numbers
  // here (`plain`), which a template writes as JSON.stringify does.
  const findingText = (i: GapView['open'][number]): string => {
    if (!plain(i)) return flat(finding(i));
    const message = i.message;
    if (typeof message !== 'string') return flat({ ...finding(i), message });
    const r = ruleOf(i);
    return (
      K_RULE +
      r.rule +
      K_SEVERITY +
      q(i.severity) +
      K_ACTIVITY +
      (i.activity === null ? 'null' : q(i.activity)) +
      K_FILE +
      fileText(i.file) +
      K_LINE +
      `${i.line}` +
      K_COLUMN +
      `${i.column}` +
      K_MESSAGE +
      JSON.stringify(message) +
      K_CITATION +
      r.citationText +
      K_POINTER +
      q(i.pointer) +
      K_DOCS +
      r.docsText +
      '\n    }'
    );
  };
  let out = '';
  function* list<T>(items: readonly T[], text: (item: T) => string): Generator<string> {
    if (items.length === 0) {
      out += '[]';
      return;
    }
    out += '[';
    for (let k = 0; k < items.length; k++) {
      out += `${k === 0 ? '' : ','}\n    ${text(items[k]!)}`;
      if (out.length >= PIECE) {
        yield out;
        out = '';
      }
    }
    out += '\n  ]';
  }
  out += '{\n  "findings": ';
  yield* list(view.open, findingText);
  out += ',\n  "accepted": ';
  yield* list(view.accepted, (a) => flat({ ...finding(a), acceptedBy: a.acceptedBy, reason: a.reason, accepted: a.accepted, expires: a.expires }));
  // The summary and the screening (each millions of characters at 10,000 activities) are pieces of their own, as
  // JSON.stringify made them: joined to what came before, they would be copied into one string again to be written.
  yield `${out},\n  "summary": `;
  yield stringifyAt(view.summary, 1);
  yield ',\n  "screening": ';
  yield stringifyAt(view.screening, 1);
  yield '\n}\n';
}
