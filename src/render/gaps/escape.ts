/** Text from the registry, made safe for each output format. */

/** Markdown: no emphasis, links, HTML, tables or code spans can be smuggled in; one line. */
export function escapeMarkdown(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

/**
 * CSV (RFC 4180): quoted when needed. A cell that a spreadsheet would read as a formula
 * (= + - @ tab CR at the start) is prefixed with an apostrophe.
 */
export function escapeCsv(s: string | number | null): string {
  let v = s === null ? '' : String(s);
  if (/^[=+\-@\t\r]/.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
