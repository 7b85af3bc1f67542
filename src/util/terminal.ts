/**
 * Text from a registry file on a terminal: control characters are shown as escapes, never sent. So
 * are the invisible marks that reorder text (bidirectional overrides, "Trojan Source") and the
 * Unicode line separators.
 */
export function terminalSafe(s: string): string {
  return s.replace(CONTROLS, escape);
}

/**
 * The same, and tabs and line breaks shown too: for text that must stay on its line (a value quoted
 * in a message, a file name), so that a registry cannot print a line that looks like one of ropa's.
 */
export function terminalSafeLine(s: string): string {
  return s.replace(ALL_CONTROLS, escape);
}

const escape = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const ALL_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;
