import { isTerm } from '../../diff/types.js';
import type { DiffFormatter } from './types.js';
import { changeMessage, counts, shownFile } from './words.js';

/** For programs: each change with its id, level, what it concerns, its values (codes, not words) and its message. */
export const json: DiffFormatter = (report, ctx) => {
  const changes = report.changes.map((c) => ({
    id: c.id,
    level: c.level,
    ...(c.activity ? { activity: c.activity.id, file: shownFile(report, c.activity.file) } : {}),
    ...(c.organisation ? { file: shownFile(report, c.organisation.file) } : {}),
    ...(c.entry ? { catalogue: c.entry.kind, entry: c.entry.id, file: shownFile(report, c.entry.file) } : {}),
    ...(c.activities ? { activities: c.activities } : {}),
    args: Object.fromEntries(Object.entries(c.args).map(([k, v]) => [k, isTerm(v) ? v.code : v])),
    message: changeMessage(c, ctx.lang, { value: (s) => s, text: (s) => s, words: (s) => s }),
  }));
  return JSON.stringify({ base: report.base, head: report.head, summary: counts(report.changes), changes }, null, 2) + '\n';
};
