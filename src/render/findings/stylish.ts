import { Chalk } from 'chalk';
import type { Finding } from '../../model/finding.js';
import { t } from '../../i18n/index.js';
import type { FindingFormatter } from './types.js';
import { displayPath } from '../../util/paths.js';
import { summaryLine } from './summary.js';
import { terminalLine, terminalSafe as clean, wholeAt } from '../../util/terminal.js';

/** For people at a terminal: grouped by file, with the offending lines shown. */
export const stylish: FindingFormatter = (findings, ctx) => {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const byFile = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const labels = { error: t(ctx.lang, 'cli.severity.error'), warning: t(ctx.lang, 'cli.severity.warning'), info: t(ctx.lang, 'cli.severity.info') };
  const width = Math.max(...Object.values(labels).map((l) => l.length));
  const out: string[] = [];
  for (const [file, list] of byFile) {
    // A file's name is the registry's too: kept to its line.
    out.push(c.underline(terminalLine(displayPath(file, ctx.cwd))));
    const text = ctx.sourceText?.(file);
    const lines = text?.split(/\r?\n/);
    for (const f of list) {
      const pos = `${f.range?.line ?? 1}:${f.range?.column ?? 1}`;
      const word = labels[f.severity].padEnd(width);
      const sev = f.severity === 'error' ? c.red(word) : f.severity === 'warning' ? c.yellow(word) : c.blue(word);
      out.push(`  ${c.dim(pos.padEnd(7))} ${sev}  ${terminalLine(t(ctx.lang, f.messageId, f.args))}  ${c.dim(f.rule)}`);
      if (lines && f.range) out.push(...frame(lines, f, c));
    }
    out.push('');
  }
  const summary = summaryLine(findings, ctx);
  out.push(summary.clean ? c.green(summary.text) : summary.errors ? c.red.bold(summary.text) : c.yellow.bold(summary.text));
  return out.join('\n') + '\n';
};

/** How much of a line a frame shows: a minified or hostile file can have a line of megabytes. */
const SHOWN = 160;
/** Of that, how much comes before the problem's column. */
const BEFORE = 40;

/**
 * Two lines of context before the problem, the problem lines, and carets under the range. A line longer
 * than `SHOWN` characters is cut with «…»; the problem's line is shown as a window around its column.
 */
function frame(lines: string[], f: Finding, c: InstanceType<typeof Chalk>): string[] {
  const r = f.range!;
  const first = Math.max(1, r.line - 2);
  const last = Math.min(lines.length, Math.max(r.line, Math.min(r.endLine, r.line + 2)));
  const width = String(last).length;
  const start = wholeAt(lines[r.line - 1] ?? '', r.column - 1 > SHOWN - 1 ? r.column - 1 - BEFORE : 0);
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const line = lines[n - 1] ?? '';
    // The problem's line is shown around its column; the lines around it from their start.
    const from = n === r.line ? start : 0;
    const to = wholeAt(line, Math.min(line.length, from + SHOWN));
    const shown = (from > 0 ? '…' : '') + line.slice(from, to) + (to < line.length ? '…' : '');
    const text = clean(shown);
    const marker = n === r.line ? c.red('>') : ' ';
    out.push(`    ${marker} ${c.dim(String(n).padStart(width) + ' |')} ${text}`);
    if (n === r.line) {
      const end = r.endLine === r.line ? Math.max(r.endColumn, r.column + 1) : line.length + 1;
      const before = (from > 0 ? '…' : '') + line.slice(from, r.column - 1);
      const pad = clean(before).replace(/[^\t]/g, ' ');
      const carets = Math.max(1, Math.min(end - r.column, to - (r.column - 1), 200));
      out.push(`      ${' '.repeat(width)} ${c.dim('|')} ${pad}${c.red('^'.repeat(carets))}`);
    }
  }
  return out;
}
