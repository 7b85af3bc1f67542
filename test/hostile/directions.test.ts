import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE } from '../helpers/cli.js';
import { hostileRun, scratch, STACK_FRAME } from './run.js';
import { closeDirections } from '../../src/util/directions.js';
import { leftOpen, openDirectionsIn } from './open-directions.js';

/**
 * Session 42 (A4): a registry text that opens a direction and leaves it open (an RLO, U+202E, or an RLI, U+2067)
 * reordered what followed it in the same paragraph of a document: in the notice, a purpose's RLO turned its «(Art.
 * 6(1)(a))» backwards, and a missing item's sentence of ropa's own words («… rests on consent, but it does not say
 * how to withdraw it») was shown reversed after the activity's title ("Trojan Source" in a published notice). Every
 * text now ends with its directions closed, in the notice and the report in HTML and Markdown, and gaps in Markdown.
 */
const { temp, copy } = scratch();

/** Keys whose values are free text for people. */
const TEXT_KEYS = new Set(['nb', 'nn', 'en', 'name', 'title', 'description', 'city', 'shortName', 'role', 'owner', 'comment', 'reason']);
/** The example registry with every free text ending in «evil» after a direction it opens and leaves open. */
const openCopy = (): string => openDirectionsIn(copy(EXAMPLE), (key) => TEXT_KEYS.has(key));

describe('closeDirections', () => {
  it('closes what a text opens, innermost first, leaves out closers that close nothing, and keeps the rest', () => {
    expect(closeDirections('plain «tekst» æøå ŋ 😀')).toBe('plain «tekst» æøå ŋ 😀');
    expect(closeDirections('a\u202eb')).toBe('a\u202eb\u202c');
    expect(closeDirections('a\u2067b\u202ac')).toBe('a\u2067b\u202ac\u202c\u2069');
    expect(closeDirections('\u202cx\u2069')).toBe('x');
    expect(closeDirections('a\u202eb\u202c c')).toBe('a\u202eb\u202c c');
    // A PDI closes the embeddings opened inside its isolate; a PDF inside an isolate closes nothing outside it.
    expect(closeDirections('\u2068a\u202bb\u2069c')).toBe('\u2068a\u202bb\u2069c');
    expect(closeDirections('\u202ea\u2066b\u202cc')).toBe('\u202ea\u2066bc\u2069\u202c');
  });
});

describe('a registry text that leaves a direction open', () => {
  const dir = openCopy();

  it('is still a valid registry', () => {
    const r = hostileRun(['validate', dir]);
    expect(r.code, r.stdout).toBe(0);
  });

  it.each([
    ['notice', 'nb', ['md', 'html']],
    ['notice', 'en', ['md', 'html']],
    ['report', 'nb', ['md', 'html']],
    ['gaps', 'en', ['markdown']],
  ] as const)('%s (%s): each is closed where the text ends, before any word of ropa', (command, lang, formats) => {
    const out = temp();
    const args = [command, dir, '--lang', lang, ...(command === 'notice' ? ['--draft'] : []), ...(command === 'gaps' ? ['--today', '2026-12-05'] : [])];
    const r = hostileRun([...args, ...formats.flatMap((f) => ['-f', f, '-o', join(out, `out.${f}`)])]);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect([0, 1], r.stderr).toContain(r.code);
    for (const f of formats) {
      const text = readFileSync(join(out, `out.${f}`), 'utf8');
      // Not empty: the registry's texts are in it.
      expect(text, f).toMatch(/evil/);
      expect(leftOpen(text), `${command} ${f}`).toEqual([]);
    }
  });
});
