import { t, type Lang } from '../i18n/index.js';
import { localText } from './registry.js';
import type { ResolvedLaw } from './resolve.js';

/** "personvernforordningen artikkel 6 nr. 1 bokstav e" / "GDPR Art. 6(1)(e)". */
export function citeBasis(code: string, lang: Lang): string {
  return t(lang, `terms.basis.${code}.cite`);
}

/** "art. 6 nr. 1 bokstav e" / "Art. 6(1)(e)". */
export function citeBasisShort(code: string, lang: Lang): string {
  return t(lang, `terms.basis.${code}.short`);
}

/** What the basis is, in words: "oppgave i allmennhetens interesse …". */
export function basisName(code: string, lang: Lang): string {
  return t(lang, `terms.basis.${code}.name`);
}

/** "statistikkloven § 10"; a free-text reference as written. */
export function citeLaw(law: ResolvedLaw, lang: Lang): string {
  if (typeof law.ref === 'string') return law.ref;
  const title = law.law ? (localText(law.law.value.title, lang) ?? law.law.id) : law.ref.law;
  return law.section ? `${title} ${law.section}` : title;
}
