import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readSourceFile, readText } from '../../src/parse/file.js';
import { parseFast } from '../../src/parse/fast.js';
import { SourceFile } from '../../src/parse/source.js';
import { checkFile } from '../../src/validate/file.js';
import { EXAMPLE } from '../helpers/cli.js';

/** A command that has placed its findings lets the texts go (releaseTexts); a message that needs a line reads it again. */
describe('SourceFile.releaseText', () => {
  const path = join(EXAMPLE, 'activities', 'web-analytics.yaml');
  const pointers = ['/title', '/purposes/0', '/retention', '/no/such'];

  it('a file read from its bytes has its text again from them, and places pointers as before', () => {
    const { source } = readSourceFile(path, 'activity');
    const text = source!.text;
    const before = pointers.map((p) => source!.locate(p));
    let reads = 0;
    source!.releaseText(() => {
      reads++;
      return '';
    });
    expect(pointers.map((p) => source!.locate(p))).toEqual(before);
    expect(source!.text).toBe(text);
    expect(reads).toBe(0);
  });

  it('a file with only a text reads it again when it is asked for; without a reader it keeps it', () => {
    const text = readText(path);
    const source = SourceFile.plain(path, 'activity', text, parseFast(text)!.data);
    const before = pointers.map((p) => source.locate(p));
    source.releaseText();
    expect(source.text).toBe(text);
    let reads = 0;
    source.releaseText((p) => {
      reads++;
      return readText(p);
    });
    expect(reads).toBe(0);
    expect(pointers.map((p) => source.locate(p))).toEqual(before);
    expect(source.text).toBe(text);
    expect(reads).toBe(1);
  });

  it('a checked valid file lets its text go; the registry still places every finding', () => {
    const { checked, source } = checkFile({ path, kind: 'activity' });
    expect(checked.valid).toBe(true);
    expect(checked.text).toBeUndefined();
    expect(source!.text).toBe(readText(path));
  });
});
