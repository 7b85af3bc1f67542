import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareFindings, sortFindings, type Finding } from '../../src/model/finding.js';

/** The engine sorts with each file's path compared once; the order must be `compareFindings`' exactly, ties kept in their order. */
describe('sortFindings', () => {
  const finding = fc.record({
    rule: fc.constantFrom('a', 'b', 'purpose-stated'),
    severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
    file: fc.constantFrom('/r/a.yaml', '/r/b.yaml', '/r/activities/x.yaml', '/r/activities/x-1.yaml', '/r/Å.yaml', '/r/a.yaml~'),
    pointer: fc.constantFrom('', '/a', '/b/0'),
    range: fc.option(fc.record({ line: fc.nat(5), column: fc.nat(3), endLine: fc.nat(5), endColumn: fc.nat(3) }), { nil: undefined }),
    messageId: fc.constantFrom('gaps.a.x', 'gaps.a.y'),
    args: fc.dictionary(fc.constantFrom('k', 'v'), fc.oneof(fc.string({ maxLength: 2 }), fc.nat(3))),
    id: fc.nat(),
  });

  it('gives the order of compareFindings', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 60 }), (list) => {
        const items = list.map(({ range, ...f }) => (range ? { ...f, range } : f)) as (Finding & { id: number })[];
        const expected = [...items].sort(compareFindings).map((f) => f.id);
        expect(sortFindings([...items]).map((f) => f.id)).toEqual(expected);
        const wrapped = items.map((f) => ({ f }));
        expect(sortFindings(wrapped, (w) => w.f).map((w) => w.f.id)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
