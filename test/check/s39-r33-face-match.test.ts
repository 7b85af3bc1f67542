import { describe, expect, it } from 'vitest';
import { revealsIn } from '../../src/check/prose-category.js';

/**
 * Session 39, R33 (variants-samskipnad SS75 «Ved inngangen samanliknar kameraet andletet med medlemsbiletet»): a face
 * compared by a machine named after the verb (V2 after a fronted adverbial; lexicon-words.ts FACE_MATCH_V2) and the nynorsk
 * «andlet» (face), read as biometric data for identifying a person (Art. 4(14), 9(1); recital 51: a photograph only where
 * processed by specific technical means). SS75 itself expects dpia-required, which this does not reach: its activity
 * records a DPIA as done (see the report); the words are now read by special-category-condition. Cells from a school, a
 * hospital, a shop and a municipality; near misses: a person comparing a photo, a denial, a face in a photo only.
 */
const read = [
  'Ved døra sammenligner kameraet ansiktet med passbildet.',
  'I kassa samanliknar systemet andletet med biletet på kortet.',
  'At the gate the scanner matches the face against the staff photo.',
  'Kameraet samanliknar andletet til eleven med skulebiletet.',
  'Ved resepsjonen samanliknar kiosken andleta med bileta i journalen.',
  'Systemet kjenner att andletet ved hjelp av andletsattkjenning.',
];
const silent = [
  'Resepsjonisten samanliknar andletet med biletet i passet.',
  'Vi bruker ikke ansiktsgjenkjenning.',
  'Bileta viser andletet til eleven i årsboka.',
  'Læraren samanliknar resultata med førre år.',
  'Ved døra sammenligner vakten ansiktet med bildet på kortet.',
  'Kameraet tek bilete av inngangen.',
];
const biometric = (t: string) => revealsIn(t).some((r) => r.kind === 'biometric');
describe('a face compared by a machine, V2 and nynorsk «andlet» (R33 session 39; SS75)', () => {
  it.each(read)('reads «%s»', (t) => expect(biometric(t)).toBe(true));
  it.each(silent)('stays silent on «%s»', (t) => expect(biometric(t)).toBe(false));
});
