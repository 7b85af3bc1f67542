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
