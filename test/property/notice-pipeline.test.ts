import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tidy } from '../../src/render/notice/index.js';
import {
  escapeHtml,
  escapeMarkdown,
  escapeUrl,
  escapeView,
  MARKDOWN_WORK,
  markdownWork,
  ONE_LINE_WORK,
  oneLineWork,
  oneLineSteps,
} from '../../src/render/notice/escape.js';
import { escapeHtml as escapeHtmlText, escapeMarkdown as escapeMarkdownText, markdownSteps } from '../../src/render/escape.js';

/**
 * The notice's render pipeline works in one pass and in pieces (docs/performance.md). These are the
 * plain definitions it must agree with to the last character.
 */
function plainTidy(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\n*$/, '\n');
}

const URL_FIELD = /(^url$|Url$|^href$|^page$|Page$)/;
function plainEscapeView(value: unknown, format: 'md' | 'html'): unknown {
  const text = format === 'html' ? escapeHtml : escapeMarkdown;
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return URL_FIELD.test(key) ? escapeUrl(v, format) : text(v);
    if (Array.isArray(v)) return v.map((x) => walk(x, ''));
    if (v !== null && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, k);
      return out;
    }
    return v;
  };
  return walk(value, '');
}

/** Registry text as people and adversaries write it: markup, block markers, spaces and controls of every kind. */
const registryText = fc
  .array(
    fc.constantFrom(
      'a',
      'Ø',
      '1',
      '12.',
      '3)',
      '-',
      '+',
      '#',
      '=',
      '==',
      ' ',
      '  ',
      '\t',
      '\n',
      '\r',
      '\r\n',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '\u0001',
      '\u007f',
      '\u000b',
      '*',
      '_',
      '`',
      '[',
      ']',
      '<',
      '>',
      '|',
      '~',
      '&',
      '$',
      '\\',
      '"',
      "'",
      '.',
      ')',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** Text a template makes: lines, blank lines, trailing spaces and tabs, CR, CRLF, and words. */
const templateText = fc
  .array(fc.constantFrom('\n', '\r\n', '\r', ' ', '\t', '  \n', 'a', '# Tittel', '«ø»', '\u00a0', '\n\n\n', ' \t\n'), { maxLength: 60 })
  .map((parts) => parts.join(''));

describe('the notice pipeline', () => {
  it('escapes in place an object the view holds twice once', () => {
    const dpo = { name: 'A & B', emailUrl: 'mailto:a@b.no' };
    const view = { summary: { dpo }, contact: { dpo }, list: [dpo, dpo] };
    const plain = plainEscapeView(structuredClone(view), 'html');
    expect(escapeView(view, 'html', true)).toStrictEqual(plain);
    expect(dpo.name).toBe('A &amp; B');
  });

  it('tidies as the plain definition does, in pieces', () => {
    fc.assert(
      fc.property(templateText, (text) => {
        expect([...tidy(text)].join('')).toBe(plainTidy(text));
      }),
      { numRuns: 5000 },
    );
    for (const text of ['', '\n', ' ', '\r', '\r\n', 'a', 'a\r', '\n\na\n\n\nb \n\n', 'x\r \n'])
      expect([...tidy(text)].join(''), JSON.stringify(text)).toBe(plainTidy(text));
  });

  it('escapes text as the plain steps do, with or without work to do', () => {
    fc.assert(
      fc.property(registryText, (text) => {
        expect(escapeMarkdownText(text)).toBe(markdownSteps(text));
        expect(escapeMarkdown(text)).toBe(markdownSteps(oneLineSteps(text)));
        // The one expression's answer, read in three (session 29).
        expect(markdownWork(text)).toBe(MARKDOWN_WORK.test(text));
        expect(oneLineWork(text)).toBe(ONE_LINE_WORK.test(text));
        expect(escapeHtml(text)).toBe(escapeHtmlText(oneLineSteps(text)));
      }),
      { numRuns: 20000 },
    );
  });

  it('gives a long notice in pieces of bounded size that join to the whole', () => {
    const text = Array.from({ length: 30000 }, (_, i) => `Linje ${i} med «tekst» \t`).join('\n\n\n');
    const pieces = [...tidy(text)];
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(70_000);
    expect(pieces.join('')).toBe(plainTidy(text));
  });

  it('escapes a view model as the plain walk does, repeated strings included', () => {
    const str = fc.constantFrom('<b>', '*x*', ' a  b ', '1. x', '# h', 'javascript:x', 'https://x.no/(a)', 'mailto:a@b.no', 'index.md', 'a\nb', '\u0001x', '');
    const key = fc.constantFrom('text', 'url', 'emailUrl', 'href', 'page', 'indexPage', 'title', 'label');
    const tree = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        str,
        fc.integer(),
        fc.constant(null),
        fc.boolean(),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(tree, fc.constantFrom('md' as const, 'html' as const), (view, format) => {
        const plain = plainEscapeView(view, format);
        expect(escapeView(view, format)).toStrictEqual(plain);
        // In place: the same, on the view itself.
        const own = structuredClone(view);
        const result = escapeView(own, format, true);
        expect(result).toStrictEqual(plain);
        if (own !== null && typeof own === 'object') expect(result).toBe(own);
      }),
      { numRuns: 2000 },
    );
  });
});
