import { describe, expect, it } from 'vitest';
import { keptForeverIn, undecidedIn } from '../../src/check/kept-forever.js';
import { spokenDurations } from '../../src/check/spoken-duration.js';
import { emptyCriterion } from '../../src/rules/retention-defined.js';
import { certificateKeptAfterLeavingIn, recordingsKeptLongerIn } from '../../src/rules/retention-limit.js';
import { FAMILIES, type Family } from './retention-matrix.cells.js';

/**
 * Issue #12, session 33 (R12): the matrix of how retention is said in words (test/check/retention-matrix.cells.ts), each
 * family held to its reader: every reading cell reads, every silence cell stays silent.
 */
const READERS: Record<Family['reader'], (t: string) => boolean> = {
  forever: (t) => keptForeverIn(t) !== undefined,
  undecided: (t) => undecidedIn(t) !== undefined,
  criterion: (t) => emptyCriterion(t) !== undefined,
  duration: (t) => spokenDurations(t).length > 0,
  recordings: (t) => recordingsKeptLongerIn(t, 30) !== undefined,
  certificate: (t) => certificateKeptAfterLeavingIn(t) !== undefined,
};

for (const f of FAMILIES)
  describe(f.name, () => {
    const read = READERS[f.reader];
    it.each(f.read)('reads %s «%s»', (_l, t) => expect(read(t)).toBe(true));
    it.each(f.silent)('is silent on %s «%s»', (_l, t) => expect(read(t)).toBe(false));
  });
