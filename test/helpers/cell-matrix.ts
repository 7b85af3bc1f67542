import { expect, it } from 'vitest';
import { textRegistry } from './sentence-registry.js';

type RegistryOptions = Parameters<ReturnType<typeof textRegistry>>[1];

/**
 * One activity per cell, written by `activity(id, text)` in a record textRegistry writes (a private company unless told,
 * today 2026-12-05), with the one rule run: the number of findings per activity. `more` changes options for one run (the
 * language, a public authority). Session 46 (W5): the matrices of test/check/s46-w5-*.test.ts.
 */
export function cellMatrix(
  prefix: string,
  options: Omit<RegistryOptions, 'today'> & { today?: string },
): (cells: Record<string, string>, more?: Partial<RegistryOptions>) => Map<string, number> {
  const run = textRegistry(prefix);
  return (cells, more = {}) => {
    const n = new Map<string, number>();
    for (const f of run(cells, { publicAuthority: false, today: '2026-12-05', ...options, ...more })) n.set(f.activity!, (n.get(f.activity!) ?? 0) + 1);
    return n;
  };
}

/** The cells of `cells` that have a finding in `n`, in their order. */
export const firedCells = (n: Map<string, number>, cells: Record<string, string>): string[] => Object.keys(cells).filter((id) => (n.get(id) ?? 0) > 0);

/** Two tests: every cell of `reads` has a finding, no cell of `leaves` has one (`n` the findings of both). */
export function readsAndLeaves(n: Map<string, number>, reads: Record<string, string>, leaves: Record<string, string>, names: readonly [string, string]): void {
  it(names[0], () => {
    expect(firedCells(n, reads)).toEqual(Object.keys(reads));
  });
  it(names[1], () => {
    expect(firedCells(n, leaves)).toEqual([]);
  });
}
