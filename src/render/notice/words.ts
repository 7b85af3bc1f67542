import { t, type Lang } from '../../i18n/index.js';
import { citeBasis, citeLaw } from '../../model/legal.js';
import type { ResolvedLaw } from '../../model/resolve.js';
import { joinList } from '../words/index.js';

/** Legal citations in the notice's words; everything else comes from the shared wording module. */

/** «personvernforordningen artikkel 6 nr. 1 bokstav e, jf. personopplysningsloven § 8 og statistikkloven § 10». */
export function basisCitation(code: string, laws: readonly ResolvedLaw[], lang: Lang): string {
  const gdpr = citeBasis(code, lang);
  if (laws.length === 0) return gdpr;
  return t(lang, 'notice.basis.with-law', { gdpr, laws: lawList(laws, lang) });
}

/**
 * Laws joined: «personopplysningsloven § 8 og statistikkloven §§ 1, 4 og 17 første ledd og § 10». A
 * law cited again for another section is named once, its sections following it.
 */
export function lawList(laws: readonly ResolvedLaw[], lang: Lang): string {
  const named = new Set<string>();
  return joinList(
    laws.map((l) => {
      const full = citeLaw(l, lang);
      const { section: _section, ...whole } = l;
      const title = citeLaw(whole, lang);
      const again = typeof l.ref !== 'string' && l.section !== undefined && named.has(title) && full.startsWith(`${title} `);
      named.add(title);
      return sectionWords(again ? full.slice(title.length + 1) : full, lang);
    }),
    lang,
  );
}

/**
 * A GDPR article as a registry writes it («Art. 89(2)», «art. 17 nr. 3 bokstav d») in the notice's
 * words: «personvernforordningen artikkel 89 nr. 2», «GDPR Article 89(2)». Text it cannot read stays.
 */
export function gdprArticle(text: string, lang: Lang): string {
  const m = /^\s*(?:GDPR\s+)?art(?:ikkel|icle)?\.?\s*(\d+)\s*(?:\((\d+)\)|nr\.?\s*(\d+))?\s*(?:\(([a-z])\)|bokstav\s+([a-z]))?\s*$/i.exec(text);
  if (!m) return text;
  const [, article, p1, p2, l1, l2] = m;
  const paragraph = p1 ?? p2;
  const letter = l1 ?? l2;
  const key = paragraph === undefined ? 'article' : letter === undefined ? 'article-paragraph' : 'article-paragraph-letter';
  return t(lang, `notice.gdpr.${key}`, { article: article!, paragraph: paragraph ?? '', letter: letter ?? '' });
}

/** Norwegian section words in an English citation: «§§ 16 og 17» reads «sections 16 and 17». */
export function sectionWords(citation: string, lang: Lang): string {
  if (lang !== 'en') return citation;
  return citation
    .replace(
      /§§\s*([^§]*)/g,
      (_m, rest: string) =>
        `sections ${rest
          .replace(/\bog\b/g, 'and')
          .replace(/\bførste ledd\b/g, 'subsection 1')
          .replace(/\bandre ledd\b/g, 'subsection 2')}`,
    )
    .replace(/§\s*(\S+)/g, 'section $1')
    .replace(/\bførste ledd\b/g, 'subsection 1')
    .replace(/\bandre ledd\b/g, 'subsection 2')
    .replace(/\bog\b/g, 'and');
}
