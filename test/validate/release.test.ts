import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSourceFile, readText } from '../../src/parse/file.js';
import { parseFast } from '../../src/parse/fast.js';
import { SourceFile } from '../../src/parse/source.js';
import { MAX_FILE_BYTES } from '../../src/load/read.js';
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

/**
 * `readText`, what placing reads every file with findings again by (one buffer for the run, no `fstat`: docs/performance.md,
 * session 43): the same text as the file's first reading, and '' for what is no longer a readable UTF-8 file of a registry's size.
 */
describe('readText', () => {
  it('gives each file its own whole text, small and large, in any order, the buffer reused and grown', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropa-readtext-'));
    try {
      const example = readFileSync(join(EXAMPLE, 'activities', 'web-analytics.yaml'), 'utf8');
      const files: [string, string][] = [
        ['small.yaml', 'title: Å\n'],
        ['bom.yaml', '\ufeffid: med-bom\n'],
        // Larger than the buffer it starts with (64 KiB), and than twice that: grown twice, with multi-byte characters across the edges.
        ['large.yaml', `description: ${'ære og øl – «sitat» 𝒳 '.repeat(9_000)}\n`],
        ['empty.yaml', ''],
        ['example.yaml', example],
      ];
      for (const [name, text] of files) writeFileSync(join(dir, name), text);
      for (const [name, text] of [...files, ...files.slice().reverse()]) expect(readText(join(dir, name))).toBe(text.replace(/^\ufeff/, ''));
      // Exactly the largest a registry file may be is read; one byte more is not.
      writeFileSync(join(dir, 'max.yaml'), Buffer.alloc(MAX_FILE_BYTES, 0x61));
      expect(readText(join(dir, 'max.yaml'))).toHaveLength(MAX_FILE_BYTES);
      writeFileSync(join(dir, 'over.yaml'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
      expect(readText(join(dir, 'over.yaml'))).toBe('');
      expect(readText(join(dir, 'small.yaml'))).toBe('title: Å\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives '' for a file gone, a directory, a named pipe, bytes that are not UTF-8 and a NUL", () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropa-readtext-'));
    try {
      mkdirSync(join(dir, 'folder.yaml'));
      writeFileSync(join(dir, 'latin1.yaml'), Buffer.from([0x74, 0x3a, 0x20, 0xe6, 0x0a]));
      writeFileSync(join(dir, 'nul.yaml'), Buffer.from([0x74, 0x3a, 0x00, 0x0a]));
      let fifo = false;
      try {
        execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
        fifo = true;
      } catch {
        // No mkfifo here: the pipe is not tried.
      }
      for (const name of ['gone.yaml', 'folder.yaml', 'latin1.yaml', 'nul.yaml', ...(fifo ? ['pipe.yaml'] : [])]) expect(readText(join(dir, name))).toBe('');
      writeFileSync(join(dir, 'after.yaml'), 'id: after\n');
      expect(readText(join(dir, 'after.yaml'))).toBe('id: after\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
