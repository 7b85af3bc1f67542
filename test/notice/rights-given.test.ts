import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { fixture, plain } from './helpers.js';

/**
 * The rights a notice states are the rights the law gives for the processing it describes (Art. 13(2)(b), 14(2)(c)):
 * objection on grounds of the person's situation only where a purpose rests on Art. 6(1)(e) or (f) (Art. 21(1)), data
 * portability only where one rests on consent or a contract (Art. 20(1)(a)). A purpose with no basis recorded keeps
 * both: what it rests on is not known. And where the people include children, the rights are told to them plainly
 * (Art. 12(1), recital 58). Real YAML through the CLI: the `complete` fixture's activities one by one (nb, nn, en), and
 * real bodies of the corpus.
 */
const LANGS = ['nb', 'nn', 'en'] as const;
type Lang = (typeof LANGS)[number];
const FORMATS = ['md', 'html'] as const;

const OBJECTION: Record<Lang, string> = {
  nb: 'Protest på grunn av din særlige situasjon',
  nn: 'Protest på grunn av den særlege situasjonen din',
  en: 'object on grounds relating to your particular situation',
};
const PORTABILITY: Record<Lang, string> = {
  nb: 'maskinlesbart (dataportabilitet)',
  nn: 'maskinlesbart (dataportabilitet)',
  en: 'machine-readable format (data portability)',
};
/** The short list in the first layer. */
const SHORT: Record<Lang, { objection: string; portability: string }> = {
  nb: { objection: 'protest', portability: 'dataportabilitet' },
  nn: { objection: 'protest', portability: 'dataportabilitet' },
  en: { objection: 'objection', portability: 'data portability' },
};
const CHILDREN: Record<Lang, string> = {
  nb: 'Er du under 18 år, har du de samme rettighetene som voksne. Du kan kontakte oss selv, eller få hjelp av foreldrene dine eller en annen voksen du stoler på.',
  nn: 'Er du under 18 år, har du dei same rettane som vaksne. Du kan kontakte oss sjølv, eller få hjelp av foreldra dine eller ein annan vaksen du stolar på.',
  en: 'If you are under 18, you have the same rights as adults. You can contact us yourself, or get help from your parents or another adult you trust.',
};

const body = (name: string): string => join(FIXTURES, 'corpus', 'bodies', name, 'registry');

/** The notice's text as a reader sees it: Markdown's escapes removed, or the HTML's text. */
function notice(dir: string, lang: Lang, format: 'md' | 'html', ...extra: string[]): string {
  const r = ropa(['notice', dir, '--lang', lang, '--format', format, ...extra]);
  if (r.code !== 0) throw new Error(r.stderr);
  return format === 'md'
    ? plain(r.stdout)
    : r.stdout
        .replace(/<[^>]+>/g, '')
        .replace(/&#x27;|&#39;/g, "'")
        .replace(/&quot;/g, '"');
}

describe('the rights stated are those the law gives for the processing described', () => {
  const complete = fixture('complete');
  const cases = LANGS.flatMap((lang) => FORMATS.map((format) => [lang, format] as const));

  it.each(cases)('public task and research (Art. 6(1)(e)): objection, no portability — %s %s', (lang, format) => {
    const text = notice(complete, lang, format, '--activity', 'health-study');
    expect(text).toContain(OBJECTION[lang]);
    expect(text).not.toContain(PORTABILITY[lang]);
  });

  it.each(cases)('a contract (Art. 6(1)(b)): portability, no objection — %s %s', (lang, format) => {
    const text = notice(complete, lang, format, '--activity', 'membership');
    expect(text).toContain(PORTABILITY[lang]);
    expect(text).not.toContain(OBJECTION[lang]);
  });

  it.each(cases)('consent (Art. 6(1)(a)): portability, no objection — %s %s', (lang, format) => {
    const text = notice(complete, lang, format, '--activity', 'newsletter');
    expect(text).toContain(PORTABILITY[lang]);
    expect(text).not.toContain(OBJECTION[lang]);
  });

  it.each(cases)('legitimate interests (Art. 6(1)(f)): objection, no portability — %s %s', (lang, format) => {
    const text = notice(complete, lang, format, '--activity', 'fraud-check');
    expect(text).toContain(OBJECTION[lang]);
    expect(text).not.toContain(PORTABILITY[lang]);
  });

  it.each(cases)('the whole notice, with every basis: both, in the list and in the first layer — %s %s', (lang, format) => {
    const text = notice(complete, lang, format);
    expect(text).toContain(OBJECTION[lang]);
    expect(text).toContain(PORTABILITY[lang]);
    expect(text.toLowerCase()).toContain(`${SHORT[lang].objection} ${lang === 'en' ? 'and' : 'og'} ${SHORT[lang].portability}`);
  });

  it.each(FORMATS)('a nynorsk municipality’s schools on a public task only (Alver): no portability, in the list or the summary — %s', (format) => {
    for (const extra of [['--complete'], []]) {
      const text = notice(body('alver-skular'), 'nn', format, '--draft', ...extra);
      expect(text).toContain(OBJECTION.nn);
      expect(text).not.toContain('dataportabilitet');
      expect(text).toContain('Innsyn, retting, sletting, avgrensing og protest, med nokre unntak.');
    }
  });

  it.each(FORMATS)('a university on a public task only (UiO): no portability — %s', (format) => {
    const text = notice(body('uio-studenter'), 'nb', format, '--draft', '--complete');
    expect(text).toContain(OBJECTION.nb);
    expect(text).not.toContain('dataportabilitet');
  });

  it.each(FORMATS)('a company on a contract only, in English (Vipps): no objection — %s', (format) => {
    const text = notice(body('vipps'), 'en', format, '--draft', '--complete');
    expect(text).toContain(PORTABILITY.en);
    expect(text).not.toContain(OBJECTION.en);
    expect(text).toContain('Access, rectification, erasure, restriction of processing and data portability, with some exceptions.');
  });

  it.each(FORMATS)('purposes with no basis recorded keep both (Telenor: a contract, a legal duty, consent, and gaps) — %s', (format) => {
    const text = notice(body('telenor'), 'nb', format, '--draft', '--complete');
    expect(text).toContain(OBJECTION.nb);
    expect(text).toContain(PORTABILITY.nb);
  });
});

describe('children are told their rights plainly where the people include them', () => {
  /** The `complete` fixture with its members marked as including children. */
  function withChildren(): { dir: string; cleanup: () => void } {
    const copy = scratchCopy(fixture('complete'));
    const file = join(copy.dir, 'catalogues', 'catalogue.yaml');
    const yaml = readFileSync(file, 'utf8');
    const marked = yaml.replace(
      '    name: {nb: Medlemmer, nn: Medlemer, en: Members}\n',
      '    name: {nb: Medlemmer, nn: Medlemer, en: Members}\n    children: true\n',
    );
    expect(marked).not.toBe(yaml);
    writeFileSync(file, marked);
    return copy;
  }

  it('said in nb, nn and en, Markdown and HTML, in the whole notice and on the page of the activity concerned', () => {
    const copy = withChildren();
    try {
      for (const lang of LANGS)
        for (const format of FORMATS) {
          expect(notice(copy.dir, lang, format)).toContain(CHILDREN[lang]);
          expect(notice(copy.dir, lang, format, '--activity', 'membership')).toContain(CHILDREN[lang]);
          // The newsletter's subscribers are not marked as children.
          expect(notice(copy.dir, lang, format, '--activity', 'newsletter')).not.toContain(CHILDREN[lang]);
        }
    } finally {
      copy.cleanup();
    }
  });

  it('not said where no group of people includes children', () => {
    for (const lang of LANGS) for (const format of FORMATS) expect(notice(fixture('complete'), lang, format)).not.toContain(CHILDREN[lang]);
  });

  it.each(FORMATS)('real bodies: a nynorsk school (Alver) and a municipality fixture say it; a company (Telenor) does not — %s', (format) => {
    expect(notice(body('alver-skular'), 'nn', format, '--draft', '--complete')).toContain(CHILDREN.nn);
    expect(notice(fixture('municipality'), 'nb', format)).toContain(CHILDREN.nb);
    expect(notice(body('telenor'), 'nb', format, '--draft', '--complete')).not.toContain(CHILDREN.nb);
  });
});
