import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvField, escapeHtml, escapeMarkdown, escapeMermaid, neutraliseFormula, restoreFormula } from '../../src/render/escape.js';

describe('escaping', () => {
  it('neutralises spreadsheet formulas and leaves other text alone', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) expect(neutraliseFormula(`${lead}x`)).toBe(`'${lead}x`);
    expect(neutraliseFormula('Oslo = hovedstad')).toBe('Oslo = hovedstad');
    expect(neutraliseFormula('')).toBe('');
  });

  it('restoreFormula gives back exactly what neutraliseFormula was given, apostrophes before a formula character too', () => {
    // «'=x» is written «''=x»: `ropa import` takes one apostrophe away and has «'=x» again, not «=x».
    expect(neutraliseFormula("'=x")).toBe("''=x");
    expect(neutraliseFormula("'x")).toBe("'x");
    for (const s of ['=cmd', "'=x", "''+1", "'x", 'Oslo', '', '-', "'"]) expect(restoreFormula(neutraliseFormula(s))).toBe(s);
    fc.assert(fc.property(fc.string(), (s) => restoreFormula(neutraliseFormula(s)) === s));
    fc.assert(fc.property(fc.stringMatching(/^'*[=+\-@\t\r].*/), (s) => restoreFormula(neutraliseFormula(s)) === s && /^'/.test(neutraliseFormula(s))));
  });

  it('quotes CSV fields only when RFC 4180 needs it', () => {
    expect(csvField('Oslo')).toBe('Oslo');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('sa "hei"')).toBe('"sa ""hei"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvField('=1+1')).toBe("'=1+1");
  });

  it('CSV: any text survives a round trip, made inert', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const f = csvField(s);
        const back = f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f;
        // Only apostrophes are added, and no cell Excel could split off starts with a formula prefix.
        expect(back.replace(/'/g, '')).toBe(s.replace(/'/g, ''));
        for (const cell of back.split(/[,;\t]/).map((c, i) => (i === 0 ? c : c.replace(/^"*(?=[=+\-@])/, '')))) {
          expect(cell).not.toMatch(/^[=+\-@\r]/);
        }
      }),
    );
  });

  it('CSV: a cell after a semicolon, comma or tab (Excel with Norwegian settings splits on ;) is neutralised too', () => {
    expect(csvField("Kontaktskjema;=1+1;=cmd|' /C calc'!A0;på ssb.no")).toBe(`"Kontaktskjema;'=1+1;'=cmd|' /C calc'!A0;på ssb.no"`);
    expect(csvField('a,-2+3')).toBe(`"a,'-2+3"`);
    expect(csvField('a\t@SUM(A1)')).toBe(`"a\t'@SUM(A1)"`);
    expect(csvField('a;"=1+1"')).toBe(`"a;""'=1+1"""`);
    // Ordinary text is left alone.
    expect(csvField('fødselsnummer, -dato og navn')).toBe('"fødselsnummer, -dato og navn"');
    expect(csvField('a; b')).toBe('"a; b"');
  });

  it('HTML: no markup character survives', () => {
    fc.assert(fc.property(fc.string(), (s) => !/[<>"']/.test(escapeHtml(s))));
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('Markdown: one line, every pipe and tag escaped, block starts defused', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const m = escapeMarkdown(s);
        // What is left after escaped characters and the line breaks we put in: nothing with a meaning.
        const bare = m.replace(/\\[\s\S]/g, '').replace(/<br>/g, '');
        return !/[\r\n]/.test(m) && !/[|<>`*_[\]]/.test(bare);
      }),
    );
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('# tittel')).toBe('\\# tittel');
    expect(escapeMarkdown('- punkt')).toBe('\\- punkt');
    expect(escapeMarkdown('1. punkt')).toBe('1\\. punkt');
    expect(escapeMarkdown('15.01.2026')).toBe('15.01.2026');
    expect(escapeMarkdown('<b>fet</b> *x* _y_ [l](u)')).toBe('\\<b\\>fet\\</b\\> \\*x\\* \\_y\\_ \\[l\\](u)');
    expect(escapeMarkdown('to\nlinjer')).toBe('to<br>linjer');
  });

  it('Mermaid: no quote, hash, tag or line break survives in a label', () => {
    fc.assert(fc.property(fc.string(), (s) => !/["<>`\\\n]|#(?![0-9]+;)/.test(escapeMermaid(s))));
    expect(escapeMermaid('A "B" <C>\nD')).toBe('A #34;B#34; #60;C#62; D');
  });
});
