import { expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';

/**
 * A reader's matrix as tests (issue #12, session 33): each reading cell's sentence (its last element) must give one finding
 * on its activity, each silent cell's none; a cell in `notYet` is held to what it gives now (0 for a reading cell, 1 for a
 * silent one), so that a reading that moves it fails until the list is updated. `findingsOf` gets one activity per text.
 */
export function sentenceMatrix(
  findingsOf: (texts: Record<string, string>) => Finding[],
  reading: readonly (readonly string[])[],
  silent: readonly (readonly string[])[],
  notYet: ReadonlySet<string>,
): void {
  const text = (c: readonly string[]): string => c[c.length - 1]!;
  const cells = reading.map((c, i) => [`d${i}`, ...c] as const);
  const quiet = silent.map((c, i) => [`s${i}`, ...c] as const);
  const findings = findingsOf(Object.fromEntries([...cells, ...quiet].map((c) => [c[0], text(c)])));
  const on = (id: string) => findings.filter((f) => f.activity === id).length;
  it.each(cells.filter((c) => !notYet.has(text(c))))('reads %s (%s, %s)', (id) => expect(on(id)).toBe(1));
  it.each(quiet.filter((c) => !notYet.has(text(c))))('stays silent on %s (%s)', (id) => expect(on(id)).toBe(0));
  it.each([...cells, ...quiet].filter((c) => notYet.has(text(c))))('not yet right: %s', (id) => expect(on(id)).toBe(id.startsWith('d') ? 0 : 1));
}

/**
 * A plainer matrix: each sentence of `reads` gives at least one finding on its activity, each of `silent` none (test names
 * `r<i>`/`s<i>` with the sentence). `findingsOf` gets one activity per text.
 */
export function readsAndSilent(findingsOf: (texts: Record<string, string>) => Finding[], reads: readonly string[], silent: readonly string[]): void {
  const findings = findingsOf(Object.fromEntries([...reads.map((t, i) => [`r${i}`, t]), ...silent.map((t, i) => [`s${i}`, t])]));
  const on = (id: string) => findings.filter((f) => f.activity === id).length;
  it.each(reads.map((t, i) => [`r${i}`, t] as const))('reads %s: %s', (id) => expect(on(id)).toBeGreaterThan(0));
  it.each(silent.map((t, i) => [`s${i}`, t] as const))('stays silent on %s: %s', (id) => expect(on(id)).toBe(0));
}
