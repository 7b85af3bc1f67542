import { Chalk } from 'chalk';
import { t } from '../../i18n/index.js';
import { terminalLine as clean } from '../../util/terminal.js';
import { PIECE, type ActivityGroup, type GapItem, type GapView } from './view.js';

/** For people at a terminal: grouped by activity, with its completeness, DPIA screening and what is missing. */
export function text(view: GapView, opts: { color: boolean }): string {
  return [...gapTextPieces(view, opts)].join('');
}

/** `text` in pieces, each made when it is asked for: they join to the very same text. */
export function* gapTextPieces(view: GapView, opts: { color: boolean }): Generator<string> {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const tr = (id: string, args?: Record<string, string | number>): string => clean(t(view.lang, id, args));
  // Three words, each looked up and coloured once for every row that shows it.
  const sevWords = new Map<GapItem['severity'], string>();
  const sev = (i: GapItem): string => {
    let word = sevWords.get(i.severity);
    if (word === undefined) {
      const padded = tr(`gaps.severity.${i.severity}`).padEnd(9);
      word = i.severity === 'error' ? c.red(padded) : i.severity === 'warning' ? c.yellow(padded) : c.blue(padded);
      sevWords.set(i.severity, word);
    }
    return word;
  };
  // Without colour a style gives its text back unchanged (as chalk does at level 0), with no call into chalk for each row.
  const dim = opts.color ? (s: string): string => c.dim(s) : (s: string): string => s;
  // The end of a row is the same for every finding of a rule (and citation): made once.
  // By rule, then citation: no key string joined (and hashed) for each of 70,000 rows.
  const tails = new Map<string, Map<string, string>>();
  const tail = (i: GapItem): string => {
    let byCitation = tails.get(i.rule);
    if (byCitation === undefined) tails.set(i.rule, (byCitation = new Map()));
    let t = byCitation.get(i.citation);
    if (t === undefined) byCitation.set(i.citation, (t = dim(`${i.rule} · ${i.citation}`)));
    return t;
  };
  // What each missing completeness item is called: looked up once, not once for each activity that misses it.
  const missingWords = new Map<string, string>();
  const missingWord = (m: string): string => {
    let w = missingWords.get(m);
    if (w === undefined) missingWords.set(m, (w = t(view.lang, `gaps.completeness.${m}`)));
    return w;
  };
  const row = (i: GapItem, withFile: boolean): string => {
    const pos = withFile ? `${i.file}:${i.line}:${i.column}` : `${i.line}:${i.column}`;
    return `  ${dim(pos.padEnd(withFile ? 0 : 7))} ${sev(i)} ${clean(i.message)}  ${tail(i)}`;
  };
  let out: string[] = [];
  let size = 0;
  let counted = 0;
  /** The lines so far as one piece, each with its line break: they join to `lines.join('\n') + '\n'`. */
  const piece = (): string => {
    const p = out.join('\n') + '\n';
    out = [];
    size = 0;
    counted = 0;
    return p;
  };
  const header = (g: ActivityGroup): void => {
    if (g.activity === undefined) {
      out.push(c.bold(tr('gaps.text.organisation')));
      return;
    }
    const score = g.completeness ? `  ${c.dim(tr('gaps.text.completeness', { score: g.completeness.score }))}` : '';
    out.push(`${c.bold(clean(g.activity))} ${c.dim('·')} ${clean(g.title ?? '')}${score}`);
    if (g.file) out.push(c.underline(clean(g.file)));
  };
  for (const g of view.groups.filter((x) => x.open.length > 0)) {
    header(g);
    // A finding in another file than the activity's (a catalogue entry the activity uses) says which.
    for (const i of g.open) out.push(row(i, g.activity === undefined || i.file !== g.file));
    const s = g.screening;
    if (s && s.art35.length + s.datatilsynet.length + s.wp248.length > 0) {
      const items = [...s.art35, ...s.datatilsynet, ...s.wp248].map((x) => x.label).join('; ');
      out.push(c.dim(`  ${tr('gaps.text.screening', { items })}`));
    }
    if (g.completeness && g.completeness.missing.length > 0) {
      const items = g.completeness.missing.map(missingWord).join(', ');
      out.push(c.dim(`  ${tr('gaps.text.missing', { items })}`));
    }
    out.push('');
    for (; counted < out.length; counted++) size += out[counted]!.length + 1;
    if (size >= PIECE) yield piece();
  }
  if (view.accepted.length > 0) {
    out.push(c.bold(tr('gaps.text.accepted', { count: view.accepted.length })));
    for (const a of view.accepted) {
      out.push(row(a, true));
      out.push(c.dim(`      ${tr('gaps.text.accepted-by', { acceptedBy: a.acceptedBy, expires: a.expires, reason: a.reason })}`));
    }
    out.push('');
  }
  const s = view.summary;
  const summary = `${tr('gaps.text.summary', { errors: s.errors, warnings: s.warnings, infos: s.infos, activities: s.activities, accepted: s.accepted })}; ${tr('gaps.text.average', { score: s.averageCompleteness })}`;
  if (s.errors + s.warnings + s.infos === 0) out.push(c.green(tr('gaps.text.clean')), summary);
  else out.push(s.errors > 0 ? c.red.bold(`✖ ${summary}`) : c.yellow.bold(`⚠ ${summary}`));
  // What the words are worth: a finding read from prose is a hint, and no finding there certifies nothing.
  out.push(dim(tr('gaps.text.words-hint')));
  yield piece();
}
