import { describe, expect, it } from 'vitest';

/** A wording and its language, for the reader tables of test/rules. */
export type Case = readonly [lang: 'nb' | 'nn' | 'en', text: string];

/** A reader held to wordings: each of `yes` must read, each of `no` must not. */
export function table(name: string, read: (t: string) => boolean, yes: readonly Case[], no: readonly Case[]): void {
  describe(name, () => {
    it.each(yes)('reads %s «%s»', (_l, t) => expect(read(t)).toBe(true));
    it.each(no)('does not read %s «%s»', (_l, t) => expect(read(t)).toBe(false));
  });
}
