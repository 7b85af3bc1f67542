import { createInterface } from 'node:readline/promises';
import type { Prompter } from './questions.js';

/**
 * Questions on a terminal (or any pair of streams). Lines are read through the interface's iterator, which
 * buffers them: answers typed ahead, or piped in at once, are not lost between two questions.
 */
export function streamPrompter(input: NodeJS.ReadableStream, output: NodeJS.WritableStream & { isTTY?: boolean }): Prompter & { close(): void } {
  const rl = createInterface({ input, output, terminal: Boolean(output.isTTY && (input as { isTTY?: boolean }).isTTY) });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question) {
      rl.setPrompt(question);
      rl.prompt();
      const next = await lines.next();
      return next.done ? undefined : String(next.value);
    },
    say(text) {
      output.write(`${text}\n`);
    },
    close() {
      rl.close();
    },
  };
}
