import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ropa, scratchCopy } from '../helpers/cli.js';

// personopplysningsloven § 3: for journalism (and academic, artistic, literary expression) Arts. 9, 10, 5(1)(e) and
// 13-14 do not apply. The notice's mandatory items read the exemption as the gap rules do (src/check/journalism.ts).
const MEDIA = join(ROOT, 'test/fixtures/corpus/variants-media/base');

/** The media house's clean base with its one true gap filled (how long reader comments' names are kept), in `lang`. */
function completeMedia(lang: 'nb' | 'nn' | 'en'): { dir: string; cleanup: () => void } {
  const copy = scratchCopy(MEDIA);
  const comments = join(copy.dir, 'activities/reader-comments.yaml');
  writeFileSync(comments, readFileSync(comments, 'utf8').replace('      - comments\n    trigger:', '      - comments\n      - identity\n    trigger:'));
  const org = join(copy.dir, 'organisation.yaml');
  writeFileSync(org, readFileSync(org, 'utf8').replace('languages:\n  - nb\n', `languages:\n  - ${lang}\n`));
  return copy;
}

describe('the notice and the journalism exemption (personopplysningsloven § 3)', () => {
  it('refuses the newspaper only for its true gap, not for the journalism § 3 exempts', () => {
    const r = ropa(['notice', MEDIA]);
    expect(r.code).toBe(1);
    const problems = r.stdout + r.stderr;
    expect(problems).toContain('reader-comments.yaml');
    expect(problems).toContain('retention-categories');
    // Art. 9 condition, Art. 10 basis, collection (Art. 13(2)(e)) and retention of journalistic material: lifted.
    for (const lifted of ['special-category-condition', 'criminal-offence-basis', 'reader-tips.yaml', 'news-archive.yaml'])
      expect(problems).not.toContain(lifted);
    expect(problems).toMatch(/1 (påkrevd|mandatory)/);
  });

  it.each([
    ['nb', 'bare deler av personvernreglene (personopplysningsloven § 3)', 'Journalistikk og ytringsfrihet'],
    ['nn', 'berre delar av personvernreglane (personopplysningslova § 3)', 'Journalistikk og ytringsfridom'],
    ['en', 'so only parts of the data protection rules apply to it', 'Journalism and freedom of expression'],
  ] as const)('writes the notice in %s (md and html) and says what § 3 means for the journalism', (lang, said, label) => {
    const { dir, cleanup } = completeMedia(lang);
    try {
      for (const format of ['md', 'html']) {
        const r = ropa(['notice', dir, '--lang', lang, '-f', format, '--complete']);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toContain(label);
        expect(r.stdout).toContain(said);
        // Said in full once, then short.
        expect(r.stdout.split(said).length - 1).toBe(1);
      }
      // A commercial purpose at the newspaper (photo sales) is not exempt: the activity's page still says whether the buyer must give the data.
      const page = ropa(['notice', dir, '--lang', lang, '--activity', 'photo-archive']).stdout;
      expect(page).toContain(label);
      expect(page).toMatch(lang === 'en' ? /must you give|Do you have to/i : /Må du gi|Må du gje/);
    } finally {
      cleanup();
    }
  });

  it('still asks for what § 3 does not lift: a journalistic activity that names no retention for a commercial purpose', () => {
    const { dir, cleanup } = completeMedia('nb');
    try {
      const tips = join(dir, 'activities/reader-tips.yaml');
      // The same activity with a second, commercial purpose (selling the tips on) is no longer exempt as a whole.
      writeFileSync(
        tips,
        readFileSync(tips, 'utf8').replace(
          'dataSubjects:\n',
          '  - id: sell-tips\n    description: selge tips videre til andre aviser\n    legalBasis:\n      - gdpr: A6-1-b\ndataSubjects:\n',
        ),
      );
      const r = ropa(['notice', dir]);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toContain('reader-tips.yaml');
      expect(r.stdout + r.stderr).toContain('collection');
    } finally {
      cleanup();
    }
  });
});
