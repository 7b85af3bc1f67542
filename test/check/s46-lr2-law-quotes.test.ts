import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPages, hasWords, looksNorwegian, pageQuotes, piecesOf } from '../../scripts/law-quotes.mjs';

/**
 * Session 46, LR2: scripts/law-quotes.mjs read no quote under four words and 20 characters (piecesOf gave it no piece,
 * and checkPages passed it unread). Now a page's quote of any length is held, piece by piece and as whole words, to the
 * act cited beside it; the data files' check keeps its long pieces. Two short misquotes it found on the rule pages
 * (hvitvaskingsloven § 30 «skal slettes», Art. 12(5) «åpenbart ugrunnet») were corrected.
 */
const MIRROR = '/work/.mirror/sstraume97+norwegian-laws/repo';

describe('short quotes are read (LR2 session 46)', () => {
  it('piecesOf keeps every piece when asked, and only long ones by default', () => {
    expect(piecesOf('skal slettes') as string[]).toEqual([]);
    expect(piecesOf('skal slettes', true) as string[]).toEqual(['skal slettes']);
    expect(piecesOf('Kommunen kan berre … dersom eleven samtykkjer', true) as string[]).toEqual(['kommunen kan berre', 'dersom eleven samtykkjer']);
  });
  it('hasWords finds whole words only', () => {
    expect(hasWords('kredittopplysninger skal utleveres skriftlig.', 'skal utleveres skriftlig')).toBe(true);
    expect(hasWords('forskal utleveres', 'skal utleveres')).toBe(false);
    expect(hasWords('skal slettesinger', 'skal slettes')).toBe(false);
  });
  it('looksNorwegian: Norwegian words or letters, no English function word', () => {
    expect(looksNorwegian('dersom eleven samtykkjer')).toBe(true);
    expect(looksNorwegian('åpenbart ugrunnet')).toBe(true);
    expect(looksNorwegian('data concerning health')).toBe(false);
    expect(looksNorwegian('the right to object')).toBe(false);
  });
});

describe.skipIf(!existsSync(MIRROR))('short quotes against Lovdata’s text (LR2 session 46)', () => {
  it('checkPages refuses a short misquote it used to pass, and a quote that gives no piece', () => {
    const rows = [
      { file: 'x', quote: 'skal slettes', foundIn: 'lover/lov-2018-06-01-23.md' },
      { file: 'x', quote: 'skal personopplysningene slettes', foundIn: 'lover/lov-2018-06-01-23.md' },
      { file: 'x', quote: '…', foundIn: 'lover/lov-2018-06-01-23.md' },
    ];
    expect((checkPages(MIRROR, rows) as { quote: string }[]).map((r) => r.quote)).toEqual(['skal slettes', '…']);
  });
  it('pageQuotes reads a page’s short quotes against the act cited beside them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ropa-lr2-'));
    const page = join(dir, 'page.md');
    writeFileSync(
      page,
      [
        'After five years (hvitvaskingsloven § 30) the data «skal slettes».',
        'Under hvitvaskingsloven § 30 second paragraph «skal personopplysningene slettes».',
        'Under kredittopplysningsloven § 14 third paragraph they «skal utleveres skriftlig».',
        'A record word beside personopplysningsloven § 5: «data concerning health».',
      ].join('\n\n'),
    );
    const rows = pageQuotes(MIRROR, [page]) as { quote: string; found: string | false }[];
    expect(rows.map((r) => [r.quote, r.found])).toEqual([
      ['skal slettes', false],
      ['skal personopplysningene slettes', 'lover/lov-2018-06-01-23.md'],
      ['skal utleveres skriftlig', 'lover/lov-2019-12-20-109.md'],
    ]);
  });
});
