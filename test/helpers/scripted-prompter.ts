import type { Prompter } from '../../src/authoring/questions.js';

/** A prompter that gives scripted answers and records what was asked and said (`? question answer`, or the text said). */
export function scripted(answers: string[]): Prompter & { log: string[] } {
  const queue = [...answers];
  const log: string[] = [];
  return {
    log,
    async ask(q) {
      const a = queue.shift();
      log.push(`? ${q}${a ?? '<end>'}`);
      return a;
    },
    say(text) {
      log.push(text);
    },
  };
}

/**
 * The DPIA, the systems, the approval, owner and review (src/authoring/new-record-keeping.ts) as answered and skipped:
 * what a test of other questions starts from, so that these are not asked.
 */
export const RECORD_KEPT = { dpia: {}, systems: [], approval: 'draft' as const, owner: {}, review: {} };

/**
 * The answers of `ropa new` already given for an activity of test/fixtures/authoring/sample, but for its legal bases and
 * automated decisions: what a test of those questions starts from, so that only they are asked.
 */
export const ANSWERED = {
  title: 'x',
  purpose: 'x',
  subjects: ['employees'],
  categories: ['contact-details'],
  sources: [],
  recipients: 'none' as const,
  processors: [],
  transfers: 'none' as const,
  retention: [],
  securityMeasures: [],
  information: { method: ['art13' as const] },
  rightsRestrictions: [],
  group: 'operations',
  status: 'active' as const,
  ...RECORD_KEPT,
};
