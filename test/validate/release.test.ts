import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readSourceFile, readText } from '../../src/parse/file.js';
import { EXAMPLE } from '../helpers/cli.js';

/** A command that has placed its findings lets the texts go (releaseTexts); a message that needs a line reads it again. */
describe('SourceFile.releaseText', () => {
  it('reads the text again when it is asked for, and places pointers as before', () => {
    const path = join(EXAMPLE, 'activities', 'web-analytics.yaml');
    const { source } = readSourceFile(path, 'activity');
    const text = source!.text;
    const before = ['/title', '/purposes/0', '/retention', '/no/such'].map((p) => source!.locate(p));
    let reads = 0;
    source!.releaseText((p) => {
      reads++;
      return readText(p);
    });
    expect(reads).toBe(0);
    expect(['/title', '/purposes/0', '/retention', '/no/such'].map((p) => source!.locate(p))).toEqual(before);
    expect(source!.text).toBe(text);
    expect(reads).toBe(1);
  });
});
