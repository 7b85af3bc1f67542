import { closeDirections } from '../util/directions.js';

/**
 * Escaping for every output format. Registry text is written by people and may contain anything;
 * each format gets it only through one of these functions.
 */

/**
 * Spreadsheet formula injection: a cell that begins with = + - @, a tab or a carriage return may be
 * read as a formula by Excel or LibreOffice (OWASP "CSV injection"). A leading apostrophe makes it
 * text, and keeps it text if the cell is later copied or saved as CSV. A text that begins with
 * apostrophes before such a character gets one more, so that `restoreFormula` gives every value back
 * as it was (`ropa import` of ropa's own workbook): «'=x» is written «''=x».
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_LEAD.test(value) ? `'${value}` : value;
}

const FORMULA_LEAD = /^'*[=+\-@\t\r]/;

/** `neutraliseFormula`'s inverse: the apostrophe it put before a text taken away again. */
export function restoreFormula(value: string): string {
  return value.startsWith("'") && FORMULA_LEAD.test(value) ? value.slice(1) : value;
}

/**
 * One RFC 4180 field: quoted when it holds a separator (comma, semicolon, tab), a quote or a line
 * break, quotes doubled. Excel splits a `.csv` on the list separator of its locale (`;` with
 * Norwegian settings) and may ignore the quotes, so a cell can also start after a `,`, `;` or tab
 * inside the value (past any quotes): a formula prefix there is neutralised as at the start.
 */
export function csvField(value: string): string {
  const v = neutraliseFormula(value).replace(/([,;\t]["']*)(?=[=+\-@\t\r])/g, "$1'");
  return /[",;\t\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * `csvField`'s inverse for a field's text as a CSV reader gives it (unquoted): the apostrophe put before a formula
 * character at the start and after a separator inside taken away again. «Lønn;=tillegg» came back from ropa's CSV
 * report as «Lønn;'=tillegg» when only the start was restored.
 */
export function restoreCsvField(value: string): string {
  return restoreFormula(value).replace(/([,;\t]["']*)'(?=[=+\-@\t\r])/g, '$1');
}

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML and SVG content and attribute values; a direction it opens is closed where it ends (util/directions.ts). */
export function escapeHtml(value: string): string {
  return closeDirections(value.replace(/[&<>"']/g, (c) => HTML[c]!));
}

/**
 * A quoted CSS string (`"…"`), as in `content:` of a page's margin box: backslash and quote escaped, every
 * control character and `<` `>` `&` as a hexadecimal escape, so that the text can neither end the string
 * nor the style element around it.
 */
export function cssString(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/[\\"<>&\u0000-\u001f\u007f]/g, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

/**
 * Inline Markdown text: every character that could start emphasis, a link, code, HTML, an entity,
 * math or a table cell boundary is backslash-escaped (with `[` escaped, `(` and `!` cannot form a
 * link or an image); a line that would start a heading, list or rule is escaped at its start. Line breaks become <br>, so a value stays in its paragraph or cell.
 */
export function escapeMarkdown(value: string): string {
  // Most texts have nothing to escape: one scan tells, and they are given back as they are.
  return MARKDOWN_WORK.test(value) ? markdownSteps(value) : value;
}

/**
 * What `escapeMarkdown` would change: a character it escapes, a line break, a block marker at the start, space at either
 * end, a directional formatting character (one left open is closed).
 */
export const MARKDOWN_WORK = /[\\`*_[\]<>|~&$\r\n\u202a-\u202e\u2066-\u2069]|^[\s\-+#=\d]|\s$/;

/** `escapeMarkdown` step by step, for any text (exported for the test that holds the two to the same answer). */
export function markdownSteps(value: string): string {
  return closeDirections(value.trim())
    .split(/\r\n|\r|\n/)
    .map((line) =>
      line
        .trimStart()
        .replace(/[\\`*_[\]<>|~&$]/g, (c) => `\\${c}`)
        .replace(/^([-+#]|=+\s*$)/, (c) => `\\${c}`)
        .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2'),
    )
    .join('<br>');
}

/** Lines of one Markdown table cell. */
export function markdownCell(lines: readonly string[]): string {
  return lines.map(escapeMarkdown).join('<br>');
}

/**
 * A Mermaid node label inside double quotes. Mermaid reads `#name;` and `#123;` as entity codes, so
 * the quote, the `#` itself and every character with a meaning to HTML or to the surrounding
 * Markdown fence is written as a numeric code; line breaks become spaces.
 */
export function escapeMermaid(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/["#&<>`\\]/g, (c) => `#${c.codePointAt(0)};`);
}
