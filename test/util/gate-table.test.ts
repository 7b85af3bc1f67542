import { describe, expect, it, vi } from 'vitest';

// The table `npm run build` writes (src/check/gate-table.ts): every gate the modules declare, read once.
describe('gate table', () => {
  it('holds every gate declared after recordGates, as JSON, with the code hash', async () => {
    // The unit project shares one module registry between files (isolate: false): another file may have loaded the rules
    // already, and their top level would not run again. A fresh registry loads prefilter and the rules anew, as the build does.
    vi.resetModules();
    const { gateCodeHash, prefilter, prefilterAny, recordedGates, recordGates, specGrams, tableKey } = await import('../../src/util/prefilter.js');
    const { clauseGrams, gramsText } = await import('../../src/util/grams.js');
    recordGates();
    await import('../../src/rules/index.js');
    const gate = prefilter(/(?<![\p{L}])(?:helse\p{L}*|sykdom)(?![\p{L}])/iu);
    const any = prefilterAny(/(?:henter|innhenter)\s+fra|sjekker\s+mot/iu);
    const edged = prefilter(/(?<![\p{L}])nav(?![\p{L}])/iu);
    const t = recordedGates();
    expect(t.code).toBe(gateCodeHash());
    expect(Object.keys(t.gates).length).toBeGreaterThan(40);
    // Keyed by a hash of the flags and the source (session 29: the sources were a third of the file).
    // A folded gate's trigrams with it (session 45: read from the sources, they were 25–35 ms of every run).
    expect(t.gates[tableKey('iu 0 3 (?<![\\p{L}])(?:helse\\p{L}*|sykdom)(?![\\p{L}])')]).toEqual({
      fold: true,
      flags: '',
      sources: ['helse|sykdom'],
      grams: [gramsText(clauseGrams('helse|sykdom'))],
    });
    expect(t.alternatives[tableKey('iu (?:henter|innhenter)\\s+fra|sjekker\\s+mot')]).toEqual(['(?:henter|innhenter)\\s+fra', 'sjekker\\s+mot']);
    // The letters of a folded text (the edges' class) written as one mark.
    expect(t.gates[tableKey('iu 0 3 (?<![\\p{L}])nav(?![\\p{L}])')]).toMatchObject({ fold: true, flags: '', sources: ['nav(?<![\u0002]nav)(?![\u0002])'] });
    expect(edged('Vi spør NAV.')).toBe(true);
    expect(edged('navnet')).toBe(false);
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
    // Every folded gate's trigrams, as the file gives them back, are those its sources give (the letter mark put back):
    // a gate of the table answers as one read from its pattern. Unreadable clauses are null in both.
    const written = Object.values((JSON.parse(JSON.stringify(t)) as typeof t).gates);
    let clauses = 0;
    for (const spec of written) {
      if (spec === null || !spec.fold) continue;
      expect(spec.grams).toHaveLength(spec.sources.length);
      const { grams, ...sourcesOnly } = spec;
      expect(grams).toBeDefined();
      expect(specGrams(spec)).toEqual(specGrams(sourcesOnly));
      clauses += spec.sources.length;
    }
    expect(clauses).toBeGreaterThan(500);
    expect(written.some((spec) => spec?.grams?.includes(null))).toBe(true);
    // The gates answer as before.
    expect(gate('Helseopplysninger')).toBe(true);
    expect(gate('navn')).toBe(false);
    expect(any('Vi henter fra NAV')).toBe(true);
    // «henter fra» is one gate word of two pieces (session 24): the pattern does not match with a word between, nor the gate.
    expect(any('Vi henter data fra NAV')).toBe(false);
    expect(any('Ingen av delene')).toBe(false);
  });
});
