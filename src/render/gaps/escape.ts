/** Text from the registry, made safe for the gap list's formats. */
import { csvField } from '../escape.js';

/** Markdown: no emphasis, links, HTML, tables or code spans can be smuggled in; one line. */
export function escapeMarkdown(s: string): string {
  return s.replace(/\r?\n|\r/g, ' ').replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

/** CSV (RFC 4180), formula prefixes neutralised: the one CSV field writer, for a cell that may be empty or a number. */
export function escapeCsv(s: string | number | null): string {
  return csvField(s === null ? '' : String(s));
}
