import { describe, expect, it } from 'vitest';
import { referenceData, type LawEntry } from '../../src/check/reference.js';
import { sectionIds } from '../../src/check/facts.js';

/**
 * data/norwegian-law.json says what each law is for. Roles are given generously, but every narrower claim —
 * whom a law binds, that it only sets conditions, which point of Art. 6(1) or letter of Art. 9(2) it serves —
 * makes ropa report a citation, so it must say where it was read and when (issue 12: reference data is dated).
 */
const law = referenceData().law;
const entries: [string, LawEntry][] = Object.entries(law.laws).flatMap(([key, l]) => [
  [key, l] as [string, LawEntry],
  ...Object.entries(l.sections ?? {}).flatMap(([s, e]) => (Array.isArray(e) ? [] : [[`${key} § ${s}`, e as LawEntry] as [string, LawEntry]])),
]);

describe('what each Norwegian law is for (data/norwegian-law.json)', () => {
  it('gives a Lovdata source and the date checked for every narrower claim', () => {
    const claims = entries.filter(
      ([, e]) => e.binds !== undefined || e.limits === true || e.art6 !== undefined || e.art9 !== undefined || e.addressee !== undefined,
    );
    expect(claims.length).toBeGreaterThan(5);
    for (const [name, e] of claims) {
      expect(e.source, name).toMatch(/^https:\/\/lovdata\.no\//);
      expect(e.checked, name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.checked! <= law.asOf, `${name}: checked after the file's asOf`).toBe(true);
    }
  });

  it('uses only the values the rules understand', () => {
    for (const [name, e] of entries) {
      if (e.binds !== undefined) expect(['public-bodies', 'public-bodies-and-decisions', 'debt-collectors'], name).toContain(e.binds);
      for (const l of e.art9 ?? []) expect(['b', 'g', 'h', 'i', 'j'], name).toContain(l);
      for (const p of e.art6 ?? []) expect(['c', 'e'], name).toContain(p);
    }
  });

  it('keys sections so that a citation of them is recognised', () => {
    for (const [key, l] of Object.entries(law.laws)) {
      for (const s of Object.keys(l.sections ?? {})) expect(sectionIds(`§ ${s}`), `${key} § ${s}`).toEqual([s]);
    }
  });

  it('reads section ids, not item numbers, article numbers of other acts or dates, from a reference', () => {
    expect(sectionIds('§ 19 a første ledd nr. 7')).toEqual(['19a']);
    expect(sectionIds('§ 11 første ledd, jf. personvernforordningen artikkel 9 nr. 2 bokstav f')).toEqual(['11']);
    expect(sectionIds('§ 38 andre ledd, jf. lov 20. juni 2025 nr. 71')).toEqual(['38']);
    expect(sectionIds('§§ 9-1 og 9-3 punkt 2')).toEqual(['9-1', '9-3']);
    expect(sectionIds('§§ 6 og 9')).toEqual(['6', '9']);
    expect(sectionIds('§§ 5-5 a og 6-6')).toEqual(['5-5a', '6-6']);
    expect(sectionIds('§ 9-1 i arbeidsmiljøloven')).toEqual(['9-1']);
  });
});
