import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * The legal forms a registered name ends with («Fjordinkasso AS», «Acme Ltd», «Nordisk Match AB»): one list for every
 * reader that knows a party by its form (session 41, M2; before, clause.ts, facts.ts, parties.ts, data-got.ts,
 * recipients-stated, special-category-condition and controller-contact each wrote their own).
 * - Norwegian, Enhetsregisteret's organisasjonsformer: AS, ASA (aksjeloven, allmennaksjeloven), SA (samvirkeforetak), BA
 *   (selskap med begrenset ansvar), DA, ANS (selskapsloven), NUF (norskregistrert utenlandsk foretak); public bodies' own:
 *   IKS (interkommunalt selskap), KF, FKF (kommunalt, fylkeskommunalt foretak), HF, RHF (helseforetak), SF (statsforetak).
 * - Other countries': Ltd, Limited, plc (UK), LLC, Inc (US), GmbH, AG (Germany, Austria, Switzerland), AB (Sweden), Oy,
 *   Oyj (Finland), ApS, A/S (Denmark), BV, NV (the Netherlands, Belgium), SE (Societas Europaea).
 * - SUS: read by recipients-stated since session 32 (3afc6639) with no test or text that names it; kept so that nothing
 *   it reads changes.
 */
export const COMPANY_FORMS = [
  'AS',
  'ASA',
  'SA',
  'BA',
  'DA',
  'ANS',
  'IKS',
  'KF',
  'FKF',
  'HF',
  'RHF',
  'SF',
  'NUF',
  'Ltd',
  'Limited',
  'LLC',
  'Inc',
  'GmbH',
  'AB',
  'Oy',
  'ApS',
  'plc',
  'AG',
  'Oyj',
  'A/S',
  'BV',
  'NV',
  'SE',
  'SUS',
] as const;
export type CompanyForm = (typeof COMPANY_FORMS)[number];

/** The forms given as a pattern's alternation, in their order: `(?:AS|ASA|…)` («/» escaped, as in a literal). */
export function formsPattern(forms: readonly CompanyForm[]): string {
  return `(?:${forms.map((f) => f.replace('/', '\\/')).join('|')})`;
}

/**
 * What each reader reads as a form. The subsets differ where the readers were written (a reader took the forms its cells
 * named); where a difference has a reason it is said. A reader that wants another form adds it here, beside its reason,
 * and the corpus tests (test/corpus) say whether it costs a false alarm.
 */
export const FORMS = {
  /** The forms of a capitalised name's tail that a receiver's name is compared without (recipients-stated's known names). */
  nameTail: ['AS', 'ASA', 'SA', 'Ltd', 'AB', 'GmbH'],
  /** A party (or its staff) known as a company by its form in recipients-stated's clause readers. */
  receiver: ['AS', 'ASA', 'SA', 'Ltd', 'AB', 'GmbH', 'Inc', 'LLC', 'BA', 'SUS'],
  /** The form left off a party's phrase before the receiver's own occasion (clause.ts). */
  occasion: ['AS', 'ASA', 'SA', 'Ltd', 'AB', 'GmbH', 'Inc', 'LLC'],
  /** A Norwegian company's form after an inverted subject of capitalised words (clause.ts, session 39 R31). */
  invertedName: ['AS', 'ASA', 'SA'],
  /** A company by its registered name as the receiver of data «gitt til» it (facts.ts, session 20 W5). */
  givenTo: ['AS', 'ASA', 'SA', 'BA', 'DA', 'ANS', 'Ltd', 'Limited', 'AB', 'ApS', 'GmbH', 'Inc'],
  /** A word of a name that makes it no unit of ours (parties.ts, session 40 F1): companies' forms and a municipality's own. */
  notOwnUnit: ['AS', 'ASA', 'SA', 'BA', 'DA', 'ANS', 'IKS', 'KF', 'Ltd', 'Limited', 'AB', 'ApS', 'GmbH', 'Inc', 'LLC'],
  /** The form a source's name is compared without (recipients-stated): sources are often public bodies (HF, IKS, KF, FKF). */
  source: ['AS', 'ASA', 'SA', 'HF', 'IKS', 'KF', 'FKF'],
  /** A company named with its form far after the verb of sending (recipients-stated's disclosure pattern): the Nordic and European forms, and IKS. */
  sentTo: ['AS', 'ASA', 'AB', 'ApS', 'A/S', 'Oy', 'Oyj', 'GmbH', 'AG', 'BV', 'NV', 'Ltd', 'Inc', 'LLC', 'plc', 'SE', 'IKS'],
  /**
   * A company for profit (special-category-condition, Art. 9(2)(d) is for a not-for-profit body): not SA or BA, whose
   * cooperatives and associations may be one.
   */
  forProfit: ['AS', 'ASA', 'Ltd', 'Limited', 'Inc', 'GmbH', 'AB'],
  /** A company form written as one (data-got: a body that gets data from us, in capitals), public bodies' forms with it. */
  getter: ['AS', 'ASA', 'IKS', 'HF', 'KF', 'SA', 'Ltd'],
  /**
   * The forms that make an address line an organisation's (controller-contact), read in any case: not SE (a verb, «se»,
   * in lower case), nor the other forms that reader was written without (AG, Oyj, A/S, BV, NV, SUS).
   */
  organisation: COMPANY_FORMS.filter((f) => !['AG', 'Oyj', 'A/S', 'BV', 'NV', 'SE', 'SUS'].includes(f)),
} satisfies Record<string, readonly CompanyForm[]>;

/**
 * A name's tail of one of the forms, to leave it off (`\s+(?:AS|…)$`): `nameTail` and `receiver` (recipients-stated's
 * names), `source` (a source's name), `occasion` (clause.ts: white space may follow); `getter` (data-got) is a test, in
 * any case, after one space.
 */
export const FORM_END = {
  nameTail: lazyPattern(String.raw`\s+${formsPattern(FORMS.nameTail)}$`, 'u'),
  receiver: lazyPattern(String.raw`\s+${formsPattern(FORMS.receiver)}$`, 'u'),
  source: lazyPattern(String.raw`\s+${formsPattern(FORMS.source)}$`, 'u'),
  occasion: lazyPattern(String.raw`\s+${formsPattern(FORMS.occasion)}\s*$`, 'u'),
  getter: lazyPattern(String.raw`\s${formsPattern(FORMS.getter)}$`, 'iu'),
};
