import { expect } from 'vitest';
import { ropa } from './cli.js';

/**
 * The arguments of `ropa new ID DIR … --no-input`: each option of `options` once per value (an array repeats the
 * option, as `--title nb:… --title en:…`), then `extra`, the options a test is about.
 */
export function newArgs(id: string, dir: string, options: Readonly<Record<string, string | readonly string[]>>, extra: readonly string[] = []): string[] {
  const args = ['new', id, dir];
  for (const [name, value] of Object.entries(options)) for (const v of typeof value === 'string' ? [value] : value) args.push(`--${name}`, v);
  return [...args, '--no-input', ...extra];
}

/** `ropa new` refuses the arguments: exit 2, `message` on stderr, and no activity `id` in the scratch registry after. */
export function expectRefusedWritingNothing(scratch: { dir: string; cleanup: () => void }, id: string, args: (dir: string) => string[], message: RegExp): void {
  try {
    const r = ropa(args(scratch.dir));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(ropa(['show', id, scratch.dir]).code).not.toBe(0);
  } finally {
    scratch.cleanup();
  }
}
