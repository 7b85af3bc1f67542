/**
 * Text from a registry file on a terminal: control characters (C0 except tab and newline, DEL, C1)
 * are shown as `\uXXXX` escapes, never sent, so that a file cannot steer the terminal. So are the
 * invisible marks that reorder text (bidirectional overrides, "Trojan Source") and the Unicode line
 * separators, so that it cannot disguise what it says either.
 */
export function terminalSafe(s: string): string {
  return s.replace(CONTROLS, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** The same for text that must stay on one line (a finding's message): a newline is shown as `\n`. */
export function terminalLine(s: string): string {
  // Most messages have nothing to show otherwise: one test, and the string as it is.
  return LINE_UNSAFE.test(s) ? terminalSafe(s).replace(/\n/g, '\\n') : s;
}

// eslint-disable-next-line no-control-regex
const LINE_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

/** A place to cut `s` at, moved back off the second half of a surrogate pair, so that no character is cut in two (an emoji shown as «�»). */
export function wholeAt(s: string, at: number): number {
  return at > 0 && at < s.length && /[\udc00-\udfff]/.test(s[at]!) && /[\ud800-\udbff]/.test(s[at - 1]!) ? at - 1 : at;
}

/** Columns padded to their widest cell; the last column is not padded. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - [...cell].length)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
