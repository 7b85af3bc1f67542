import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRequire } from 'node:module';
import { ucs2length } from '../../src/validate/standalone.js';

const ajvCount = (createRequire(import.meta.url)('ajv/dist/runtime/ucs2length') as { default: (s: string) => number }).default;

/** The compiled schemas count code points with ropa's ucs2length (maxLength, minLength): it must answer as ajv's. */
describe('ucs2length in the compiled schemas', () => {
  it('agrees with ajv on any string, lone and paired surrogates included', () => {
    const unit = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.integer({ min: 0xd7f0, max: 0xe010 }).map((c) => String.fromCharCode(c)) }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 4 }), (parts) => {
        const s = parts.join('');
        expect(ucs2length(s)).toBe(ajvCount(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts a pair as one and a lone surrogate as one', () => {
    for (const s of ['', 'æøå', '😀', 'a😀b', '\ud800', '\udc00x', '\ud800\ud800\udc00', 'x\ud83d']) expect(ucs2length(s)).toBe(ajvCount(s));
  });
});
