import { durationSeconds } from '../util/duration.js';
import { join } from '../util/pointer.js';
import type { SchemaProblem } from './schema.js';

/** Longer than any retention law asks for: a period past it is a typo or an attack, not a rule. */
export const MAX_PERIOD_YEARS = 1000;
const MAX_SECONDS = MAX_PERIOD_YEARS * 365.2425 * 86400;

/**
 * Retention periods the schema lets through but no reader can use: `P999999999999999999999999Y`
 * is a valid ISO 8601 duration, printed as "1e+24 år" and compared as equal to its neighbours.
 * Every `period` in a file is checked, wherever the schema puts one.
 */
export function periodProblems(data: unknown): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  const stack: { value: unknown; at: string }[] = [{ value: data, at: '' }];
  while (stack.length > 0) {
    const { value, at } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    for (const [key, v] of Object.entries(value)) {
      const here = join(at, Array.isArray(value) ? Number(key) : key);
      if (key === 'period' && typeof v === 'string' && (durationSeconds(v) ?? 0) > MAX_SECONDS) {
        out.push({ pointer: here, target: 'value', messageId: 'validate.schema.period-too-long', args: { value: v, max: MAX_PERIOD_YEARS } });
      }
      stack.push({ value: v, at: here });
    }
  }
  return out;
}
