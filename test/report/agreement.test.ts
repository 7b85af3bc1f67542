import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { md } from '../../src/render/report/md.js';
import { FIXTURES } from '../helpers/cli.js';
import { report } from './helpers.js';

/**
 * Art. 9(2)(b) may rest on a collective agreement (9(2)(h) on a contract with a health professional):
 * the record's special-category column names it after the basis as an agreement («; avtale: X»), not as a law
 * («jf.»), so that `ropa import` reads it back as the agreement (test/import/report-round-trip.test.ts). planted-vakt's
 * clean base deducts union dues under Vekteroverenskomsten.
 */
describe('a special-category condition resting on an agreement', () => {
  it('is cited with the agreement in the special-categories column', () => {
    const out = md(report(join(FIXTURES, 'corpus', 'planted-vakt', 'base'), { date: '2026-11-30' }));
    expect(out).toContain(
      'art. 9 nr. 2 bokstav b (plikter etter arbeidsrett og trygderett); avtale: Vekteroverenskomsten (NHO Service og Handel – Parat/Fellesforbundet)',
    );
  });
});
