/**
 * Work a run may spend on "did you mean" hints, in cells of the distance table. A hostile registry
 * with thousands of unknown references against thousands of ids would otherwise compare every pair
 * (minutes); past the budget, messages come without a hint. A real registry uses a tiny part of it.
 */
export const SUGGEST_BUDGET = 4_000_000;

/** What a run has spent, shared by every `suggest` call given it. */
export interface SuggestBudget {
  cells: number;
}

export function suggestBudget(cells = SUGGEST_BUDGET): SuggestBudget {
  return { cells };
}

/** Candidates grouped by length, lower-cased once: a word is compared only with those of a length within reach. */
export class SuggestIndex {
  private readonly byLength = new Map<number, { name: string; lower: string }[]>();

  constructor(candidates: Iterable<string>) {
    for (const name of candidates) {
      const lower = name.toLowerCase();
      const list = this.byLength.get(lower.length) ?? [];
      list.push({ name, lower });
      this.byLength.set(lower.length, list);
    }
  }

  /** The closest candidate within a distance that still looks like a typo (ties: the first in code-point order). */
  suggest(word: string, budget: SuggestBudget = suggestBudget()): string | undefined {
    const w = word.toLowerCase();
    const limit = Math.max(2, Math.floor(word.length / 3));
    let best: string | undefined;
    let bestDistance = limit + 1;
    // Nearest lengths first: their distances can be smallest, which tightens the bound for the rest.
    for (let delta = 0; delta <= limit && delta <= bestDistance; delta++) {
      for (const len of delta === 0 ? [w.length] : [w.length - delta, w.length + delta]) {
        for (const c of this.byLength.get(len) ?? []) {
          if (budget.cells <= 0) return best;
          // With a best already, a tie counts too: the bound is one past it.
          const d = boundedDistance(w, c.lower, best === undefined ? bestDistance : bestDistance + 1, budget);
          if (d < bestDistance || (d === bestDistance && best !== undefined && c.name < best)) {
            best = c.name;
            bestDistance = d;
          }
        }
      }
    }
    return best;
  }
}

/** "Did you mean …": the closest candidate within a distance that still looks like a typo. */
export function suggest(word: string, candidates: Iterable<string>, budget?: SuggestBudget): string | undefined {
  return new SuggestIndex(candidates).suggest(word, budget);
}

/** Damerau-Levenshtein (optimal string alignment) distance. */
export function distance(a: string, b: string): number {
  return boundedDistance(a, b, Infinity, { cells: Infinity });
}

/**
 * The distance, or any number >= `bound` once it is certain to be at least that: a row of the table
 * whose smallest value reaches the bound cannot lead below it. Each cell computed is taken from the budget.
 */
function boundedDistance(a: string, b: string, bound: number, budget: SuggestBudget): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) >= bound) return bound;
  const cols = b.length + 1;
  if (scratch.length < 3 * cols) scratch = new Int32Array(6 * cols);
  // Three rows of the table, reused: two rows back (for transpositions), the last, and this one.
  let before = 0;
  let prev = cols;
  let row = 2 * cols;
  const d = scratch;
  for (let j = 0; j < cols; j++) d[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    d[row] = i;
    let least = i;
    const ca = a.charCodeAt(i - 1);
    const cb = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = 1; j < cols; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(d[prev + j]! + 1, d[row + j - 1]! + 1, d[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && cb === b.charCodeAt(j - 1)) v = Math.min(v, d[before + j - 2]! + 1);
      d[row + j] = v;
      if (v < least) least = v;
    }
    budget.cells -= cols;
    if (least >= bound) return bound;
    const t = before;
    before = prev;
    prev = row;
    row = t;
  }
  return d[prev + b.length]!;
}

let scratch = new Int32Array(256);
