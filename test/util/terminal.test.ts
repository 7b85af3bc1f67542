import { describe, expect, it } from 'vitest';
import { terminalSafe } from '../../src/util/terminal.js';

describe('terminalSafe', () => {
  it('shows control characters as escapes: an escape sequence, a carriage return, DEL and a C1 control', () => {
    expect(terminalSafe('a\u001b[31mred\rb\u007fc\u009bd')).toBe('a\\u001b[31mred\\u000db\\u007fc\\u009bd');
  });

  it('keeps tabs, newlines and every printable letter, æ ø å included', () => {
    expect(terminalSafe('Lønn\tog\npersonal – å')).toBe('Lønn\tog\npersonal – å');
  });
});

describe('terminalLine', () => {
  it('keeps a message on one line, so registry text cannot forge another finding', async () => {
    const { terminalLine } = await import('../../src/util/terminal.js');
    expect(terminalLine('"a\n  1:1  error  forged" is not in the catalogue')).toBe('"a\\n  1:1  error  forged" is not in the catalogue');
    expect(terminalLine('bell\u0007')).toBe('bell\\u0007');
  });
});
