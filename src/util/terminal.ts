/**
 * Text from a registry file on a terminal: control characters (C0 except tab and newline, DEL, C1)
 * are shown as `\uXXXX` escapes, never sent, so that a file cannot steer the terminal.
 */
export function terminalSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The same for text that must stay on one line (a finding's message): a newline is shown as `\n`. */
export function terminalLine(s: string): string {
  return terminalSafe(s).replace(/\n/g, '\\n');
}
