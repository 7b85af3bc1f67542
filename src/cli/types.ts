import type { RunContext } from './context.js';

/** Runs a command body: the CLI turns its result into the exit code and its errors into messages. */
export type Run = (body: (ctx: RunContext) => Promise<number>) => Promise<void>;
