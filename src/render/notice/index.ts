import { escapeView } from './escape.js';
import { renderTemplates, type TemplateSet } from './templates.js';
import type { NoticeView } from './view.js';

export { buildNoticeView, noticeScope, type BuiltNotice, type NoticeOptions } from './build.js';
export { loadTemplates, MAX_NOTICE_CHARS, TemplateError, TemplateFolderError, type TemplateSet } from './templates.js';
export { missingFindings, type MissingItem } from './missing.js';
export { NOTICE_FORMATS, type NoticeFormat, type NoticeView } from './view.js';

/** The notice as text: the view model escaped for its format, laid out by the templates, tidied. */
export function renderNotice(view: NoticeView, templates: TemplateSet): string {
  return [...renderNoticePieces(view, templates)].join('');
}

/**
 * The same text in pieces of about 64 KiB, made as they are read: a notice of 10,000 activities is
 * written without a second copy of it in memory (docs/performance.md). The templates run at once, so
 * a template error is thrown here, before anything is written. `consume`: the view was made for this
 * rendering only, and is escaped in place rather than copied.
 */
export function renderNoticePieces(view: NoticeView, templates: TemplateSet, consume = false): Iterable<string> {
  return tidy(renderTemplates(templates, escapeView(view, view.format, consume)));
}

/** How much text a piece of the tidied notice holds (UTF-16 code units), about. */
const PIECE = 1 << 16;

/**
 * No trailing spaces or tabs, at most one blank line in a row, none at the start or the end, one final
 * line break. Lines are split at LF or CRLF, and come out with LF.
 */
export function* tidy(text: string): Generator<string> {
  let piece: string[] = [];
  let size = 0;
  let started = false;
  let blank = false;
  // Where the blank lines before the current line start: right after the last line put out.
  let gap = 0;
  // The text from `from` to `to` goes out as it is, in one slice: its lines need no change (the usual case, ropa's own
  // templates lay out tidy text), so a notice of 100,000 lines is not cut into a slice per line and joined again.
  let from = 0;
  let to = 0;
  for (let pos = 0; pos <= text.length;) {
    const lf = text.indexOf('\n', pos);
    const next = lf < 0 ? text.length : lf;
    // A CR belongs to the line break only right before its LF.
    let end = lf > pos && text.charCodeAt(lf - 1) === 13 ? lf - 1 : next;
    while (end > pos && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
    const start = pos;
    pos = next + 1;
    if (end === start) {
      blank = started;
      continue;
    }
    // The line goes out as it stands, with what came before it since the last line: nothing trimmed, and no blank line
    // before it or exactly one (an empty line), which is what comes out.
    const asIs = lf >= 0 && end === lf && start - gap === (blank ? 1 : 0);
    if (asIs && gap === to) to = pos;
    else {
      if (to > from) {
        piece.push(text.slice(from, to));
        size += to - from;
      }
      if (asIs) {
        from = gap;
        to = pos;
      } else {
        if (blank) {
          piece.push('\n');
          size++;
        }
        const line = text.slice(start, end);
        piece.push(line, '\n');
        size += line.length + 1;
        from = to = pos;
      }
    }
    blank = false;
    started = true;
    gap = pos;
    if (size + to - from >= PIECE) {
      if (to > from) piece.push(text.slice(from, to));
      from = to;
      yield piece.join('');
      piece = [];
      size = 0;
    }
  }
  if (to > from) piece.push(text.slice(from, to));
  if (!started) piece.push('\n');
  if (piece.length > 0) yield piece.join('');
}
