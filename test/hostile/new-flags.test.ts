import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE } from '../helpers/cli.js';
import { hostileRun, scratch, STACK_FRAME } from './run.js';

/**
 * Session 42 (A4): `ropa new --restrict none --restrict erasure=Art. 17(3)(d)` wrote the restriction and dropped
 * `none` without a word: the two say opposite things, and which was meant is not for ropa to guess.
 */
const { copy } = scratch();
const BASE = ['--title', 'Kurs', '--purpose', 'Holde kurs', '--basis', 'A6-1-b', '--subjects', 'employees', '--categories', 'name', '--recipients', 'none'];

describe('ropa new --restrict', () => {
  it('none together with a restricted right is refused, in either order, and nothing is written', () => {
    const dir = copy(EXAMPLE);
    for (const restrict of [
      ['--restrict', 'none', '--restrict', 'erasure=Art. 17(3)(d)'],
      ['--restrict', 'erasure=Art. 17(3)(d)', '--restrict', ' none '],
    ]) {
      const r = hostileRun(['new', 'kurs', dir, ...BASE, ...restrict]);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toBe(
        'ropa: --restrict none says that no right is restricted, and --restrict erasure=Art. 17(3)(d) that one is: give one or the other\n',
      );
      expect(existsSync(join(dir, 'activities', 'kurs.yaml'))).toBe(false);
    }
    // Each alone is written as before.
    for (const restrict of [
      ['--restrict', 'none'],
      ['--restrict', 'erasure=Art. 17(3)(d)'],
    ]) {
      const r = hostileRun(['new', `kurs-${restrict[1]!.length}`, dir, ...BASE, ...restrict]);
      expect(r.code, r.stderr).toBe(0);
    }
  });
});
