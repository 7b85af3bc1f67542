import { parse, stringify } from 'yaml';

/**
 * Canonical quoting of one-line scalars. A string is written plain when plain text reads back as the same
 * string, here and in the YAML 1.1 readers many other tools still use (where `NO` is false and `0131` is 89);
 * otherwise in double quotes, or single quotes when the text itself holds double quotes or backslashes.
 * Numbers, booleans and nulls keep their spelling, except that booleans are written `true`/`false`.
 */

/** YAML 1.1 reads these as booleans. */
const YAML11_BOOL = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF|true|True|TRUE|false|False|FALSE)$/;
/** YAML 1.1 numbers: octal 0131, sexagesimal 1:20, underscores, hex, binary, floats. Dates are not among them. */
const YAML11_NUMBER = /^[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|\.?[0-9][0-9_]*(:[0-5]?[0-9])*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|\.(inf|Inf|INF|nan|NaN|NAN))$/;
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;
/**
 * Characters that show nothing, or show what is not there: C1 controls, the Unicode line and paragraph
 * separators (an editor may break the line), a BOM, and the marks that reorder text ("Trojan Source"). In a
 * file they are written as `\uXXXX` escapes in double quotes, so that a reviewer sees them. Typography that
 * shows as itself (no-break space, soft hyphen, the joiner inside an emoji) stays as it is.
 */
const INVISIBLE = /[\u0080-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
const hasInvisible = (s: string): boolean => s.search(INVISIBLE) >= 0;
const FLOW_INDICATOR = /[,[\]{}]/;

/** Whether `value` may be written without quotes: in a block, or inside `[…]`/`{…}` when `inFlow`. */
export function plainSafe(value: string, inFlow: boolean): boolean {
  if (value === '' || value !== value.trim() || UNPRINTABLE.test(value) || hasInvisible(value)) return false;
  const first = value[0]!;
  if ('#,[]{}&*!|>\'"%@`'.includes(first)) return false;
  if ('-?:'.includes(first) && (value.length === 1 || value[1] === ' ' || (inFlow && FLOW_INDICATOR.test(value[1]!)))) return false;
  if (value.startsWith('---') || value.startsWith('...')) return false;
  if (value.includes(': ') || value.includes(' #') || value.endsWith(':')) return false;
  if (inFlow && FLOW_INDICATOR.test(value)) return false;
  if (YAML11_BOOL.test(value) || YAML11_NUMBER.test(value)) return false;
  let read: unknown;
  try {
    read = parse(value, { schema: 'core', strict: true });
  } catch {
    return false;
  }
  return read === value;
}

/** The canonical text of a string scalar. */
export function canonicalString(value: string, inFlow: boolean): string {
  if (plainSafe(value, inFlow)) return value;
  const single = /["\\]/.test(value) && !value.includes("'") && !UNPRINTABLE.test(value) && !hasInvisible(value);
  // lineWidth 0: never fold a quoted string across lines.
  const text = stringify(value, { defaultStringType: single ? 'QUOTE_SINGLE' : 'QUOTE_DOUBLE', lineWidth: 0 }).replace(/\n$/, '');
  // The library writes these as they are; inside double quotes an escape reads back as the same character.
  return single ? text : text.replace(INVISIBLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The canonical text of a scalar with this value, or undefined when its spelling is left as written. */
export function canonicalScalar(value: unknown, inFlow: boolean): string | undefined {
  if (typeof value === 'string') return canonicalString(value, inFlow);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return undefined;
}
