import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { inFreeText } from '../../src/render/gaps/from-words.js';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';

/**
 * `ropa gaps` says under its summary that findings read from free text are hints, so that a clean list is not taken to
 * certify the prose; the JSON summary counts the findings placed on free text (`onFreeText`, a lower bound of those that
 * rest on words: render/gaps/from-words.ts).
 */
const SAMPLE = join(FIXTURES, 'authoring/sample');

describe('which pointers lie in free text', () => {
  it.each([
    ['activity', '/description', true],
    ['activity', '/description/nb', true],
    ['activity', '/purposes/0/description/en', true],
    ['activity', '/rightsRestrictions/2/note', true],
    ['activity', '/purposes/1/legalBasis/0/legitimateInterest', true],
    ['catalogue', '/dataCategories/sick-leave/name', true],
    ['activity', '', false],
    ['activity', '/recipients', false],
    ['activity', '/recipients/0', false],
    ['activity', '/purposes/0/legalBasis/0/gdpr', false],
    ['activity', '/rightsRestrictions/0/gdpr', false],
    ['activity', '/rightsRestrictions/0/law/0/section', false],
    ['activity', '/retention/0/period', false],
    ['catalogue', '/dataCategories/sick-leave/specialCategory', false],
    ['organisation', '/languages/0', false],
  ] as const)('%s %s → %s', (kind, pointer, expected) => expect(inFreeText(kind, pointer)).toBe(expected));
});

describe('ropa gaps: what the words are worth', () => {
  const create = (dir: string, extra: string[]): void => {
    const r = ropa([
      'new',
      'staff-review',
      dir,
      '--title',
      'nb:Medarbeidersamtaler',
      '--title',
      'en:Staff reviews',
      '--description',
      'nb:Lederen skriver en vurdering av hver ansatt. Du får ikke innsyn i vurderingene.',
      '--description',
      'en:The manager writes an assessment of each employee.',
      '--purpose',
      'nb:Oppfølging av ansatte',
      '--purpose',
      'en:Following up employees',
      '--basis',
      'A6-1-b',
      '--subjects',
      'employees',
      '--categories',
      'contact-details',
      '--no-input',
      ...extra,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  };
  type Gaps = { findings: { rule: string; pointer: string }[]; summary: { onFreeText: number; errors: number } };
  const json = (dir: string): Gaps => JSON.parse(ropa(['gaps', dir, '--activity', 'staff-review', '--today', '2026-12-05', '-f', 'json']).stdout) as Gaps;

  it('a refusal in words is a finding on the text, counted as such, and the note follows the summary in each language', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      create(dir, []);
      const g = json(dir);
      expect(g.findings.filter((f) => f.rule === 'rights-restriction-reference').map((f) => f.pointer)).toEqual(['/description/nb']);
      expect(g.summary.onFreeText).toBe(1);
      const lines = (lang: string): string[] =>
        ropa(['gaps', dir, '--activity', 'staff-review', '--today', '2026-12-05', '--lang', lang]).stdout.trimEnd().split('\n');
      const en = lines('en');
      expect(en.at(-2)).toMatch(/^✖ \d+ errors, .*average completeness \d+ %$/);
      expect(en.at(-1)).toBe(
        'Findings on descriptions and other free text are hints from reading the words: a list without them does not certify what the text says.',
      );
      expect(lines('nb').at(-1)).toBe(
        'Funn i beskrivelser og annen fritekst er hint fra lesing av ordene: en liste uten slike funn bekrefter ikke det teksten sier.',
      );
      expect(lines('nn').at(-1)).toBe(
        'Funn i skildringar og anna fritekst er hint frå lesing av orda: ei liste utan slike funn stadfestar ikkje det teksten seier.',
      );
      const md = ropa(['gaps', dir, '--activity', 'staff-review', '--today', '2026-12-05', '--lang', 'en', '-f', 'markdown']).stdout;
      expect(md).toContain('\n\nFindings on descriptions and other free text are hints from reading the words');
    } finally {
      cleanup();
    }
  });

  it('the same restriction recorded as a fact is judged from the fields: nothing is read from the words', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      create(dir, ['--restrict', 'access=Art. 23:personopplysningsloven § 16']);
      const g = json(dir);
      expect(g.findings.filter((f) => f.rule === 'rights-restriction-reference')).toEqual([]);
      expect(g.summary.onFreeText).toBe(0);
      expect(g.summary.errors).toBeGreaterThan(0);
    } finally {
      cleanup();
    }
  });

  it('a clean list says it too', () => {
    const out = ropa(['gaps', join(FIXTURES, 'gaps/clean'), '--today', '2026-12-05', '--lang', 'en']);
    expect(out.stdout.trimEnd().split('\n').slice(-3)).toEqual([
      '✔ No open gaps.',
      expect.stringMatching(/^0 errors, 0 warnings, 0 info; 0 accepted; \d+ activities; average completeness 100 %$/),
      'Findings on descriptions and other free text are hints from reading the words: a list without them does not certify what the text says.',
    ]);
  });
});
