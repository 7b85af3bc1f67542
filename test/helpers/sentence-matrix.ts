import { expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';

/**
 * One group of a matrix's cells: each cell (a sentence, or columns that end with it) is the text of activity `${id}${i}`,
 * and its test, named `name` formatted with that id and the cell's columns, expects `gives` findings on it ('some': at
 * least one).
 */
export interface CellGroup {
  id: string;
  cells: readonly (string | readonly string[])[];
  name: string;
  gives: number | 'some';
}

/**
 * A matrix as tests: `findingsOf` gets one activity per cell of every group (one run), and each cell's test counts the
 * findings on its own activity. A cell whose sentence is in `notYet` is held to what it gives now instead (0 where its
 * group gives findings, 1 where it gives none), in a test `not yet right: <id>` after the groups', so that a reading that
 * moves it fails until the list is updated.
 */
export function cellMatrix(findingsOf: (texts: Record<string, string>) => Finding[], groups: readonly CellGroup[], notYet?: ReadonlySet<string>): void {
  const text = (c: readonly string[]): string => c[c.length - 1]!;
  const rows = groups.map((g) => ({ g, cells: g.cells.map((c, i) => [`${g.id}${i}`, ...(typeof c === 'string' ? [c] : c)] as const) }));
  const findings = findingsOf(Object.fromEntries(rows.flatMap((r) => r.cells.map((c) => [c[0], text(c)]))));
  const on = (id: string) => findings.filter((f) => f.activity === id).length;
  for (const { g, cells } of rows)
    it.each(cells.filter((c) => notYet?.has(text(c)) !== true))(g.name, (id) =>
      g.gives === 'some' ? expect(on(id)).toBeGreaterThan(0) : expect(on(id)).toBe(g.gives),
    );
  if (notYet !== undefined)
    it.each(rows.flatMap((r) => r.cells.filter((c) => notYet.has(text(c))).map((c) => [...c, r.g.gives === 0 ? 1 : 0] as const)))('not yet right: %s', (...c) =>
      expect(on(c[0] as string)).toBe(c[c.length - 1]),
    );
}

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
  cellMatrix(
    findingsOf,
    [
      { id: 'd', cells: reading, name: 'reads %s (%s, %s)', gives: 1 },
      { id: 's', cells: silent, name: 'stays silent on %s (%s)', gives: 0 },
    ],
    notYet,
  );
}

/**
 * A plainer matrix: each sentence of `reads` gives at least one finding on its activity, each of `silent` none (test names
 * `r<i>`/`s<i>` with the sentence). `findingsOf` gets one activity per text.
 */
export function readsAndSilent(findingsOf: (texts: Record<string, string>) => Finding[], reads: readonly string[], silent: readonly string[]): void {
  cellMatrix(findingsOf, [
    { id: 'r', cells: reads, name: 'reads %s: %s', gives: 'some' },
    { id: 's', cells: silent, name: 'stays silent on %s: %s', gives: 0 },
  ]);
}

/**
 * The receiver tables of sessions 29–31: each sentence of `asked` gives one finding on its activity (`asks for the
 * receiver of <id>: <sentence>`), each of `lawful` none (`does not ask for <id>: <sentence>`); `ids` are the two groups'
 * id prefixes.
 */
export function asksAndNot(
  findingsOf: (texts: Record<string, string>) => Finding[],
  asked: readonly string[],
  lawful: readonly string[],
  ids: readonly [string, string] = ['d', 'l'],
): void {
  cellMatrix(findingsOf, [
    { id: ids[0], cells: asked, name: 'asks for the receiver of %s: %s', gives: 1 },
    { id: ids[1], cells: lawful, name: 'does not ask for %s: %s', gives: 0 },
  ]);
}
