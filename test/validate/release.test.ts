import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSourceFile, readText } from '../../src/parse/file.js';
import { parseFast } from '../../src/parse/fast.js';
import { SourceFile } from '../../src/parse/source.js';
import { MAX_FILE_BYTES, readBuffer, readFileBytes } from '../../src/load/read.js';
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

/**
 * `readFileBytes` (src/load/read.ts), the one reader behind `readBytes` (validation's first reading) and `readText`
 * (placing's reading again): the same bytes either way, sized by `fstat` or read into a buffer kept for many reads, and the
 * same refusals of what is too large; what is no regular file is said to be none when asked first, and unreadable or too
 * large when read into the buffer.
 */
describe('readFileBytes', () => {
  it('gives the same bytes with and without a reused buffer, and refuses what is too large either way', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropa-readbytes-'));
    try {
      const into = readBuffer();
      const files: [string, Buffer][] = [
        ['small.yaml', Buffer.from('title: Å\n')],
        ['large.yaml', Buffer.from(`description: ${'ære – 𝒳 '.repeat(20_000)}\n`)],
        ['empty.yaml', Buffer.alloc(0)],
        ['max.yaml', Buffer.alloc(MAX_FILE_BYTES, 0x61)],
      ];
      for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
      for (const [name, bytes] of [...files, ...files.slice().reverse()]) {
        const own = readFileBytes(join(dir, name));
        const reused = readFileBytes(join(dir, name), into);
        expect('bytes' in own && own.bytes.equals(bytes)).toBe(true);
        expect('bytes' in reused && reused.bytes.equals(bytes)).toBe(true);
      }
      // The buffer grew to the largest file and no further than one byte past the limit.
      expect(into.bytes.length).toBeLessThanOrEqual(MAX_FILE_BYTES + 1);
      writeFileSync(join(dir, 'over.yaml'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
      expect(readFileBytes(join(dir, 'over.yaml'))).toEqual({ refused: 'too-large', size: MAX_FILE_BYTES + 1 });
      expect(readFileBytes(join(dir, 'over.yaml'), into)).toMatchObject({ refused: 'too-large' });
      mkdirSync(join(dir, 'folder.yaml'));
      expect(readFileBytes(join(dir, 'folder.yaml'))).toEqual({ refused: 'not-regular' });
      expect(readFileBytes(join(dir, 'folder.yaml'), into)).toEqual({ refused: 'unreadable', code: 'EISDIR' });
      expect(readFileBytes(join(dir, 'gone.yaml'))).toEqual({ refused: 'unreadable', code: 'ENOENT' });
      expect(readFileBytes(join(dir, 'gone.yaml'), into)).toEqual({ refused: 'unreadable', code: 'ENOENT' });
      // A device with no end is read only up to the limit, then refused.
      if (existsSync('/dev/zero')) {
        expect(readFileBytes('/dev/zero')).toEqual({ refused: 'not-regular' });
        expect(readFileBytes('/dev/zero', into)).toMatchObject({ refused: 'too-large' });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
