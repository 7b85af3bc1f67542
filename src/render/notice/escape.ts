import { escapeHtml as escapeHtmlText, escapeMarkdown as escapeMarkdownText, MARKDOWN_WORK as MARKDOWN_TEXT_WORK } from '../escape.js';
import type { NoticeFormat } from './view.js';

/**
 * Escaping for the notice's output formats. The renderer escapes every string of the view model
 * before a template sees it, so no template — ours or an organisation's — can emit registry text
 * unescaped, not even with a triple-stash.
 */

// Control characters have no place in a document and can steer terminals and parsers.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** One line of text: runs of whitespace (newlines included) become one space. */
function oneLine(s: string): string {
  return oneLineWork(s) ? oneLineSteps(s) : s;
}
/** ONE_LINE_WORK's answer, its anchored alternatives (`^ `, ` $`) tested at the start and the end only (as `markdownWork`). */
// eslint-disable-next-line no-control-regex
const LINE_WORK_ANYWHERE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[^\S ]| {2}/;
export const oneLineWork = (s: string): boolean => LINE_WORK_ANYWHERE.test(s) || s.startsWith(' ') || s.endsWith(' ');

/** What `oneLine` would change: a control character, whitespace other than a space, two spaces, a space at either end. */
// eslint-disable-next-line no-control-regex
export const ONE_LINE_WORK = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[^\S ]| {2}|^ | $/;

/** `oneLine` step by step, for any text (exported for the test that holds the two to the same answer). */
export function oneLineSteps(s: string): string {
  return s.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** Text and attribute values (attributes are always quoted in the templates). */
export function escapeHtml(s: string): string {
  return escapeHtmlText(oneLine(s));
}

/**
 * Inline Markdown (CommonMark and GFM): markup characters are backslash-escaped, so raw HTML stays
 * text, and a block marker at the start cannot make a heading, list, quote or rule.
 */
export function escapeMarkdown(s: string): string {
  return markdownWork(s) ? escapeMarkdownText(oneLine(s)) : s;
}

/**
 * What `oneLine` or Markdown escaping would change: their two tests as one expression, so that a text
 * with nothing to escape, most of them, is scanned once (MARKDOWN_WORK, kept for the test that holds `markdownWork` to it).
 */
export const MARKDOWN_WORK = new RegExp(`${ONE_LINE_WORK.source}|${MARKDOWN_TEXT_WORK.source}`);
/**
 * MARKDOWN_WORK's answer, its alternatives that may match anywhere in one scan and those held to the start or the end
 * (`^ `, `^[\s\-+#=\d]`, ` $`, `\s$`: no `m` flag) tested there only: V8 tried the anchored ones at every place of
 * every text (a notice of 10,000 activities escapes a few million characters: about a third less time; #16, session 29).
 */
// eslint-disable-next-line no-control-regex
const WORK_ANYWHERE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\\`*_[\]<>|~&$\r\n\u202a-\u202e\u2066-\u2069]|[^\S ]| {2}/;
/**
 * A text WORK_ANYWHERE passes holds no whitespace but the space (`[^\S ]`), so `^[\s\-+#=\d]` and `\s$` come down to its
 * first and last character code: a space, - + # = or an ASCII digit at the start, a space at the end. Two comparisons in
 * place of two more expressions run on each of the view's strings (session 43).
 */
const atStart = (c: number): boolean => c === 32 || c === 45 || c === 43 || c === 35 || c === 61 || (c >= 48 && c <= 57);
export const markdownWork = (s: string): boolean => WORK_ANYWHERE.test(s) || (s.length > 0 && (atStart(s.charCodeAt(0)) || s.charCodeAt(s.length - 1) === 32));

/**
 * A link target. Only web, mail and phone links are kept, so that a `javascript:` or `data:` URL can
 * never become a link. In Markdown, characters that would end or break the destination are escaped.
 */
export function escapeUrl(url: string, format: NoticeFormat): string {
  const u = url.replace(CONTROL, '').trim();
  if (!/^(https?:\/\/|mailto:|tel:|#)/i.test(u) && !PAGE.test(u)) return '#';
  const encoded = u.replace(/[\s()<>"'`]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
  return format === 'html' ? escapeHtml(encoded) : encoded.replace(/[\\*_[\]|~&]/g, '\\$&');
}

/** Fields holding link targets are escaped as URLs; every other string as text. */
const URL_FIELD = /(^url$|Url$|^href$|^page$|Page$)/;

/** A page of the same notice, written beside this one (`-o DIR/`): `activity-<id>.html`, `index.md`, with an anchor. */
const PAGE = /^[a-z][a-z0-9-]*\.(md|html)(#[a-z0-9-]+)?$/;

/**
 * A copy of the view model with every string escaped for `format`. With `inPlace`, the view itself is
 * escaped instead of copied (a view made for one rendering: a large notice's view model is tens of
 * megabytes); an object or array it holds twice is escaped once. Only what escaping wrote into is
 * remembered as done: walked again, anything else is found to need nothing again (its texts are
 * their own escaping), and most of a view's hundreds of thousands of objects have nothing to escape.
 */
export function escapeView<T>(value: T, format: NoticeFormat, inPlace = false): T {
  const text = format === 'html' ? escapeHtml : escapeMarkdown;
  const written = new Set<object>();
  // Whether a field holds a link target, once per field name.
  const urlFields = new Map<string, boolean>();
  const isUrl = (key: string): boolean => {
    let url = urlFields.get(key);
    if (url === undefined) urlFields.set(key, (url = key !== '' && URL_FIELD.test(key)));
    return url;
  };
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return key !== '' && isUrl(key) ? escapeUrl(v, format) : text(v);
    if (v === null || typeof v !== 'object') return v;
    if (inPlace && written.has(v)) return v;
    if (Array.isArray(v)) {
      if (!inPlace) return v.map((x) => walk(x, ''));
      // In place, only what escaping changed is written back (most texts have nothing to escape).
      for (let i = 0; i < v.length; i++) {
        const x = v[i];
        const e = walk(x, '');
        if (e !== x) {
          v[i] = e;
          written.add(v);
        }
      }
      return v;
    }
    const record = v as Record<string, unknown>;
    if (inPlace) {
      for (const k of Object.keys(record)) {
        const x = record[k];
        const e = walk(x, k);
        if (e !== x) {
          record[k] = e;
          written.add(record);
        }
      }
      return record;
    }
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(record)) out[k] = walk(record[k], k);
    return out;
  };
  return walk(value, '') as T;
}
