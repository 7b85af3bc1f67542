import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, escapeUrl, escapeView } from '../../src/render/notice/escape.js';

describe('escaping for Markdown', () => {
  it('turns markup characters into literal text', () => {
    expect(escapeMarkdown('**fett** _kursiv_ `kode` [lenke](x) ~~s~~ a|b')).toBe('\\*\\*fett\\*\\* \\_kursiv\\_ \\`kode\\` \\[lenke\\](x) \\~\\~s\\~\\~ a\\|b');
  });

  it('neutralises raw HTML and entities', () => {
    expect(escapeMarkdown('<script>alert(1)</script> &amp;')).toBe('\\<script\\>alert(1)\\</script\\> \\&amp;');
  });

  it('keeps a block marker at the start from becoming a heading, list, quote or break', () => {
    expect(escapeMarkdown('# overskrift')).toBe('\\# overskrift');
    expect(escapeMarkdown('- punkt')).toBe('\\- punkt');
    expect(escapeMarkdown('+ punkt')).toBe('\\+ punkt');
    expect(escapeMarkdown('> sitat')).toBe('\\> sitat');
    expect(escapeMarkdown('12. punkt')).toBe('12\\. punkt');
    expect(escapeMarkdown('3) punkt')).toBe('3\\) punkt');
    expect(escapeMarkdown('===')).toBe('\\===');
    expect(escapeMarkdown('A - b # c')).toBe('A - b # c');
  });

  it('puts everything on one line and drops control characters', () => {
    expect(escapeMarkdown('  a\n\n# b\r\n    c\u0007 ')).toBe('a # b c');
  });

  it('leaves ordinary legal text as it is', () => {
    const s = 'personvernforordningen artikkel 6 nr. 1 bokstav e, jf. statistikkloven §§ 1, 4 og 17 (første ledd) – «SSB»';
    expect(escapeMarkdown(s)).toBe(s);
  });
});

describe('escaping for HTML', () => {
  it('escapes text and attribute characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
  });
});

describe('escaping link targets', () => {
  it('keeps only web, mail, phone and in-page links', () => {
    expect(escapeUrl('javascript:alert(1)', 'html')).toBe('#');
    expect(escapeUrl('data:text/html,x', 'md')).toBe('#');
    expect(escapeUrl(' https://x.no/a ', 'md')).toBe('https://x.no/a');
    expect(escapeUrl('mailto:a@b.no', 'html')).toBe('mailto:a@b.no');
    expect(escapeUrl('#missing-1', 'html')).toBe('#missing-1');
  });

  it('keeps a page of the same notice written beside it (-o DIR/), and nothing else relative', () => {
    expect(escapeUrl('activity-voluntary-surveys.html', 'html')).toBe('activity-voluntary-surveys.html');
    expect(escapeUrl('index.md', 'md')).toBe('index.md');
    for (const bad of ['javascript:alert(1).html', '../secret.md', '/etc/passwd.md', 'a.md?x', 'Activity.HTML', 'evil.js'])
      expect(escapeUrl(bad, 'html'), bad).toBe('#');
  });

  it('encodes what would end a Markdown link destination', () => {
    expect(escapeUrl('https://x.no/a_(b)?c=1&d=*', 'md')).toBe('https://x.no/a\\_%28b%29?c=1\\&d=\\*');
    expect(escapeUrl('https://x.no/a"b<c>', 'html')).toBe('https://x.no/a%22b%3Cc%3E');
  });
});

describe('escaping the view model', () => {
  it('escapes every string, and link fields as links', () => {
    const view = { title: '<b>', nested: [{ text: '*x*', url: 'javascript:x', emailUrl: 'mailto:a@b.no' }], n: 3, flag: true, none: null };
    expect(escapeView(view, 'html')).toEqual({
      title: '&lt;b&gt;',
      nested: [{ text: '*x*', url: '#', emailUrl: 'mailto:a@b.no' }],
      n: 3,
      flag: true,
      none: null,
    });
    expect(escapeView(view, 'md')).toEqual({
      title: '\\<b\\>',
      nested: [{ text: '\\*x\\*', url: '#', emailUrl: 'mailto:a@b.no' }],
      n: 3,
      flag: true,
      none: null,
    });
  });
});
