import { t, LANGUAGES } from '../i18n/index.js';
import type { Activity, DataCategory, GdprBasisCode, LegalBasis } from '../model/types.js';
import { isTaskBasis } from '../model/resolve.js';
import type { Field } from './labels.js';
import type { SourceRow } from './table.js';
import { SPECIAL_WORDS, cut, fold, isoDate, matchTemplate, shorten, splitNames, termOf, unique } from './vocabulary.js';
import { schemaEnum } from '../authoring/schema-order.js';
import { basisCitations, basisCodes, basisFromPhrase, lawCitations, yesNo } from './words.js';
import type { RowContext } from './context.js';
import { measure } from './references.js';

/**
 * Legal bases: Art. 6 from the legal-basis column, Art. 9 and Art. 10 from Behandlingsoversikt's yes/no columns
 * or ropa's text columns, and the supplementary law each cites.
 */

/** A line of a legal-basis column: its codes (or its phrase), and the laws it cites. */
function basisLine(rc: RowContext, a: Activity, row: SourceRow, field: Field, line: string, allowed: (code: GdprBasisCode) => boolean): void {
  const column = rc.header(row, field);
  const { purposes, text: whole } = rc.target(a, line);
  // 9(2)(b)'s collective agreement, 9(2)(h)'s contract with a health professional: «…; avtale: X» after the basis;
  // on any other basis the words stay in the line (and so in its note).
  const agreed = matchTemplate('report.with-agreement', whole);
  const withAgreement = agreed && basisCodes(agreed.value!).some(takesAgreement) ? agreed : undefined;
  const text = withAgreement?.value ?? whole;
  const withLaw = matchTemplate('report.with-law', text);
  const main = withLaw?.value ?? text;
  let codes = basisCodes(main).filter(allowed);
  if (codes.length === 0) {
    const phrase = basisFromPhrase(main);
    if (phrase && allowed(phrase)) codes = [phrase];
  }
  if (codes.length === 0 || purposes.length === 0) {
    rc.keep(a, row, field, line, purposes.length === 0 ? 'import.remark.basis-without-purpose' : 'import.remark.basis', {});
    return;
  }
  // What the line says besides the codes, the laws, «GDPR», and the basis' own name (ropa prints it in
  // brackets) is kept as the basis' note: nothing is dropped.
  let rest = main;
  for (const code of codes) for (const l of LANGUAGES) rest = rest.split(t(l, `terms.basis.${code}.name`)).join(' ');
  const spans = basisCitations(rest);
  const lawText = withLaw ? withLaw.laws! : rest;
  const cites = lawCitations(lawText);
  const lawRefs = withLaw ? rc.laws(withLaw.laws!, ['purposes'], row, column) : cites.map((c) => rc.law(c));
  const residual = cut(rest, [...spans, ...(withLaw ? [] : cites)]).replace(/\b(gdpr|personvernforordningen|jf|jfr|cf|og|and|se)\b\.?/gi, ' ');
  const said = residual.replace(/[\s,;.:()[\]–|/-]+/g, '') === '' || basisFromPhrase(residual) !== undefined;
  for (const code of codes) {
    const b: LegalBasis = { gdpr: code, ...(lawRefs.length > 0 && (codes.length === 1 || isTaskBasis(code)) ? { law: lawRefs } : {}) };
    if (withAgreement && takesAgreement(code)) b.agreement = withAgreement.agreement!;
    if (!said) b.note = text;
    rc.addBasis(purposes, b);
  }
  if (!said) {
    const i = (a.purposes ?? []).indexOf(purposes[0]!);
    rc.remark(['purposes', i, 'legalBasis'], 'import.remark.basis-note', { value: shorten(text) });
    rc.note(row, column, 'import.remark.basis-note', { value: shorten(text) });
  }
}

const consentBases = (a: Activity): LegalBasis[] => (a.purposes ?? []).flatMap((p) => (p.legalBasis ?? []).filter((b) => b.gdpr === 'A6-1-a'));

/** The age of a report line «Barnets eget samtykke fra 13 år; …», after its purpose («formål: …») where it has one. */
function childConsentAgeLine(line: string): number | undefined {
  for (let rest: string | undefined = line; rest !== undefined; rest = rest.includes(': ') ? rest.slice(rest.indexOf(': ') + 2) : undefined) {
    const age = matchTemplate('report.child-consent-age', rest)?.age;
    if (age !== undefined) return /^(?:[1-9]|1[0-8])$/.test(age) ? Number(age) : undefined;
  }
  return undefined;
}

/** The date of a report line «Personvernombudet rådført 01.03.2026» (report.dpo-consulted), after its purpose where it has one. */
function dpoConsultedLine(line: string): string | undefined {
  const date = afterPurpose(line, 'report.dpo-consulted')?.date;
  return date !== undefined ? isoDate(date) : undefined;
}

/**
 * A report line of a basis' fact (`key`, a template), after its purpose («formål: Interesseavveining: …») where it has
 * one: the fact's words in any language, however many words its label has («Interest assessment: …»).
 */
function afterPurpose(line: string, key: string): Record<string, string> | undefined {
  for (let rest: string | undefined = line; rest !== undefined; rest = rest.includes(': ') ? rest.slice(rest.indexOf(': ') + 2) : undefined) {
    const m = matchTemplate(key, rest);
    if (m) return m;
  }
  return undefined;
}

/** How consent is given (common.schema.json consentMethod), as ropa's report says it (authoring.ask.consent-method-*). */
const CONSENT_METHODS = schemaEnum('common', 'definitions', 'legalBasis', 'properties', 'consentMethod') as NonNullable<LegalBasis['consentMethod']>[];

/**
 * A report line of a consent basis' facts (report/columns.ts consentLines), after its purpose where it has one: how consent
 * is given and withdrawn, and how a child's consent is handled; set on `bases`. Whether the line was one.
 */
function consentFact(line: string, bases: readonly LegalBasis[]): boolean {
  const method = afterPurpose(line, 'report.consent-method')?.value;
  const how = method !== undefined ? CONSENT_METHODS.find((m) => LANGUAGES.some((l) => t(l, `authoring.ask.consent-method-${m}`) === method)) : undefined;
  const withdrawal = afterPurpose(line, 'report.consent-withdrawal')?.value;
  const child = afterPurpose(line, 'report.child-consent')?.value;
  if (how === undefined && withdrawal === undefined && child === undefined) return false;
  for (const b of bases) {
    if (how !== undefined) b.consentMethod = how;
    if (withdrawal !== undefined) b.consentWithdrawal = withdrawal;
    if (child !== undefined) b.childConsent = child;
  }
  return true;
}

const ART89 = ['true', 'research', 'statistics', 'archiving'] as const;

/**
 * A report line after the bases (report/columns.ts purposeFacts): a purpose's Art. 89 kind or safeguards or whether it is
 * direct marketing (after the
 * purpose's description where the activity has several), whether the activity is carried out as a public authority,
 * why it needs national identity numbers. Whether the line was one.
 */
function purposeFact(rc: RowContext, a: Activity, line: string, measures: readonly string[]): boolean {
  const own = (['true', 'false'] as const).find((v) => LANGUAGES.some((l) => t(l, `report.public-authority.${v}`) === line));
  if (own !== undefined) {
    a.publicAuthority = own === 'true';
    return true;
  }
  const need = matchTemplate('report.national-id-need', line);
  const perCategory = need ? undefined : matchTemplate('report.national-id-need.category', line);
  if (need) {
    a.nationalIdNeed = need.value!;
    return true;
  }
  if (perCategory) {
    const id = rc.names.dataCategories.get(fold(perCategory.category!));
    if (id === undefined || !(a.dataCategories ?? []).includes(id)) return false;
    a.nationalIdNeed = [...(Array.isArray(a.nationalIdNeed) ? a.nationalIdNeed : []), { category: id, need: perCategory.value! }];
    return true;
  }
  const { purposes, text } = rc.target(a, line);
  const kind = matchTemplate('report.art89', text)?.value;
  const art89 = kind !== undefined ? ART89.find((k) => LANGUAGES.some((l) => t(l, `report.art89.${k}`) === kind)) : undefined;
  const safeguards = matchTemplate('report.art89-safeguards', text)?.value;
  const marketing = (['true', 'false'] as const).find((v) => LANGUAGES.some((l) => t(l, `report.direct-marketing.${v}`) === text));
  if ((art89 === undefined && safeguards === undefined && marketing === undefined) || purposes.length !== 1) return false;
  const p = purposes[0]!;
  if (marketing !== undefined) p.directMarketing = marketing === 'true';
  if (art89 !== undefined) p.researchOrStatistics = art89 === 'true' ? true : art89;
  if (safeguards !== undefined) {
    p.safeguards = unique(splitNames(safeguards, measures).map((n) => measure(rc, n)));
  }
  return true;
}

/** Every basis of the activity's purposes. */
const allBases = (a: Activity): LegalBasis[] => (a.purposes ?? []).flatMap((p) => p.legalBasis ?? []);

/** A report line of an A10 basis' fact (report.<key>: its term), after its purpose where it has one; the term's value. */
function art10Fact(line: string, key: string, values: readonly string[]): string | undefined {
  for (let rest: string | undefined = line; rest !== undefined; rest = rest.includes(': ') ? rest.slice(rest.indexOf(': ') + 2) : undefined) {
    const value = matchTemplate(`report.${key}`, rest)?.value;
    const term = value !== undefined ? termOf(`terms.${key}`, values, value) : undefined;
    if (term !== undefined) return term;
  }
  return undefined;
}

/** The Art. 9(2) conditions that may rest on an agreement: (b) a collective agreement, (h) a contract with a health professional. */
const takesAgreement = (code: GdprBasisCode): boolean => code === 'A9-2-b' || code === 'A9-2-h';

export function bases(rc: RowContext, a: Activity, row: SourceRow): void {
  const isArt6 = (c: GdprBasisCode): boolean => c.startsWith('A6');
  const lines = rc.items(rc.cell(row, 'legalBasis'));
  // The activity's security measures by name: a purpose's Art. 89 safeguards are among them, names with «og» whole.
  const measures = rc.items(rc.cell(row, 'securityMeasures'));
  let lastF: LegalBasis[] = [];
  let lastConsent: LegalBasis[] = [];
  let lastLine: LegalBasis[] = [];
  for (const line of lines) {
    if (purposeFact(rc, a, line, measures)) continue;
    // «Samtykke gis ved …», «Tilbaketrekking av samtykke: …» after a consent basis line: that line's bases.
    if (lastLine.length > 0 && consentFact(line, lastLine)) continue;
    // «Personvernombudet rådført …», «Garantier: …» after a basis line: that line's bases (report.dpo-consulted, report.safeguards).
    const consulted = dpoConsultedLine(line);
    const safeguards = lastLine.length > 0 ? matchTemplate('report.safeguards', line.replace(/^.*?: (?=\S+: )/, '')) : undefined;
    if ((consulted !== undefined || safeguards) && lastLine.length > 0) {
      for (const b of lastLine) {
        if (consulted !== undefined) b.dpoConsulted = consulted;
        if (safeguards) b.safeguards = safeguards.value!;
      }
      continue;
    }
    // «Barnets eget samtykke fra 13 år; …» after a consent basis line: that basis' childConsentAge (report.child-consent-age).
    const age = childConsentAgeLine(line);
    if (age !== undefined && lastConsent.length > 0) {
      for (const b of lastConsent) b.childConsentAge = age;
      continue;
    }
    const consentsBefore = new Set(consentBases(a));
    const li = afterPurpose(line, 'report.legitimate-interest');
    const ia = afterPurpose(line, 'report.interest-assessment');
    if ((li || ia) && lastF.length > 0) {
      for (const b of lastF) {
        if (li) b.legitimateInterest = li.value!;
        if (ia) b.interestAssessment = ia.value!;
      }
      continue;
    }
    // The lines that follow a basis line («Berettiget interesse: …») are that line's: of its purposes, not of
    // every purpose with a basis of that kind (the last purpose's interest was given to all of them).
    const before = new Set(allBases(a));
    lastF = addedBases(
      a,
      (b) => b.gdpr === 'A6-1-f',
      () => basisLine(rc, a, row, 'legalBasis', line, isArt6),
    );
    lastConsent = consentBases(a).filter((b) => !consentsBefore.has(b));
    lastLine = allBases(a).filter((b) => !before.has(b));
  }
  // Supplementary law: Behandlingsoversikt gives one reference per Art. 6 basis, in the same order.
  const law = rc.table.behandlingsoversikt ? row.cells.get('nationalLaw')?.value : rc.cell(row, 'nationalLaw');
  if (law !== undefined && law.trim() !== '' && law.trim() !== '-') {
    const column = rc.header(row, 'nationalLaw');
    if (rc.table.behandlingsoversikt) {
      const refs = law.split(' | ');
      const codes = lines.map((l) => basisCodes(l)[0]);
      refs.forEach((ref, i) => {
        if (ref.trim() === '') return;
        const code = codes[i];
        const target = (a.purposes ?? []).flatMap((p) => (p.legalBasis ?? []).filter((b) => b.gdpr === code));
        if (target.length === 0) {
          rc.keep(a, row, 'nationalLaw', ref, 'import.remark.law-without-basis');
          return;
        }
        const refsOut = rc.laws(ref.trim(), ['purposes'], row, column);
        for (const b of target) b.law = [...(b.law ?? []), ...refsOut];
      });
    } else {
      for (const line of rc.items(law)) {
        const { purposes, text } = rc.target(a, line);
        const target = purposes.flatMap((p) => {
          const art6 = (p.legalBasis ?? []).filter((b) => isArt6(b.gdpr));
          return art6
            .filter((b) => isTaskBasis(b.gdpr))
            .slice(0, 1)
            .concat(art6.length > 0 && !art6.some((b) => isTaskBasis(b.gdpr)) ? [art6[0]!] : []);
        });
        if (target.length === 0) {
          rc.keep(a, row, 'nationalLaw', line, 'import.remark.law-without-basis');
          continue;
        }
        const refs = rc.laws(text, ['purposes'], row, column);
        for (const b of target) b.law = [...(b.law ?? []), ...refs];
      }
    }
  }
}

/** Art. 9 and Art. 10: Behandlingsoversikt's yes/no columns, or ropa's text columns. */
export function special(rc: RowContext, a: Activity, row: SourceRow): void {
  const purposes = a.purposes ?? [];
  const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
  let any9 = false;
  for (const l of letters) {
    const v = rc.cell(row, `art9-${l}` as Field);
    if (v === undefined) continue;
    const yes = yesNo(v);
    if (yes === undefined) {
      rc.keep(a, row, `art9-${l}` as Field, v, 'import.remark.not-read');
      continue;
    }
    if (!yes) continue;
    any9 = true;
    const ref = rc.cell(row, `art9Reference-${l}` as Field);
    const law = ref !== undefined ? rc.laws(ref, ['purposes'], row, rc.header(row, `art9Reference-${l}` as Field)) : [];
    if (purposes.length === 0) rc.keep(a, row, `art9-${l}` as Field, v, 'import.remark.basis-without-purpose');
    else rc.addBasis(purposes, { gdpr: `A9-2-${l}` as GdprBasisCode, ...(law.length > 0 ? { law } : {}) });
  }
  const art9 = rc.cell(row, 'art9');
  const art9ref = rc.cell(row, 'art9Reference');
  if (art9 !== undefined && yesNo(art9) === true && !any9) rc.keep(a, row, 'art9', art9, 'import.remark.art9-without-condition');
  if (art9ref !== undefined) {
    const nine = purposes.flatMap((p) => (p.legalBasis ?? []).filter((b) => b.gdpr.startsWith('A9')));
    if (nine.length === 0) rc.keep(a, row, 'art9Reference', art9ref, 'import.remark.law-without-basis');
    else {
      const law = rc.laws(art9ref, ['purposes'], row, rc.header(row, 'art9Reference'));
      for (const b of nine) b.law = [...(b.law ?? []), ...law];
    }
  }
  const art10 = rc.cell(row, 'art10');
  if (art10 !== undefined) {
    const yes = yesNo(art10);
    if (yes === undefined) rc.keep(a, row, 'art10', art10, 'import.remark.not-read');
    else if (yes) {
      const ref = rc.cell(row, 'art10Reference');
      const law = ref !== undefined ? rc.laws(ref, ['purposes'], row, rc.header(row, 'art10Reference')) : [];
      if (purposes.length === 0) rc.keep(a, row, 'art10', art10, 'import.remark.basis-without-purpose');
      else rc.addBasis(purposes, { gdpr: 'A10', ...(law.length > 0 ? { law } : {}) });
    }
  }
  // ropa's columns: «Opplysninger: A og B», then one basis per line.
  for (const [field, allowed, mark] of [
    ['specialCategories', (c: GdprBasisCode) => c.startsWith('A9'), 'special'],
    ['criminalOffence', (c: GdprBasisCode) => c === 'A10', 'criminal'],
  ] as const) {
    let last: LegalBasis[] = [];
    for (const line of rc.items(rc.cell(row, field))) {
      const data = matchTemplate('report.special.data', line);
      if (data) {
        for (const name of splitNames(data.value!, categoryNames(rc, a))) markCategory(rc, a, row, field, name, mark);
        continue;
      }
      const consulted = dpoConsultedLine(line);
      if (consulted !== undefined && last.length > 0) {
        for (const b of last) b.dpoConsulted = consulted;
        continue;
      }
      if (last.length > 0 && consentFact(line, last)) continue;
      const safeguards = matchTemplate('report.safeguards', line.replace(/^.*?: (?=\S+: )/, ''));
      if (safeguards && last.length > 0) {
        for (const b of last) b.safeguards = safeguards.value!;
        continue;
      }
      // «Grunnlag etter artikkel 10: personopplysningsloven § 11», «Vilkår etter personopplysningsloven § 11: …» after an A10
      // line: that basis' criminalDataGround and section11Condition (report.criminal-data-ground, report.section-11-condition).
      const ground =
        mark === 'criminal'
          ? art10Fact(line, 'criminal-data-ground', schemaEnum('common', 'definitions', 'legalBasis', 'properties', 'criminalDataGround'))
          : undefined;
      const condition =
        mark === 'criminal'
          ? art10Fact(line, 'section-11-condition', schemaEnum('common', 'definitions', 'legalBasis', 'properties', 'section11Condition'))
          : undefined;
      if ((ground !== undefined || condition !== undefined) && last.length > 0) {
        for (const b of last) {
          if (ground !== undefined) b.criminalDataGround = ground as NonNullable<LegalBasis['criminalDataGround']>;
          if (condition !== undefined) b.section11Condition = condition as NonNullable<LegalBasis['section11Condition']>;
        }
        continue;
      }
      last = addedBases(
        a,
        (b) => allowed(b.gdpr),
        () => basisLine(rc, a, row, field, line, allowed),
      );
    }
  }
}

/**
 * The bases of `kind` that `add` gave the activity; when it gave none (a basis already there, taken again), every
 * basis of that kind, as before.
 */
function addedBases(a: Activity, kind: (b: LegalBasis) => boolean, add: () => void): LegalBasis[] {
  const all = (): LegalBasis[] => (a.purposes ?? []).flatMap((p) => (p.legalBasis ?? []).filter(kind));
  const before = new Set(all());
  add();
  const added = all().filter((b) => !before.has(b));
  return added.length > 0 ? added : all();
}

/** The names of the data categories the activity has so far (from the record's categories column), in every language. */
export function categoryNames(rc: RowContext, a: Activity): string[] {
  return (a.dataCategories ?? []).flatMap((id) => {
    const name = (rc.catalogues.dataCategories.get(id)?.entry as DataCategory | undefined)?.name;
    return name === undefined ? [] : typeof name === 'string' ? [name] : Object.values(name).filter((n): n is string => typeof n === 'string');
  });
}

function markCategory(rc: RowContext, a: Activity, row: SourceRow, field: Field, name: string, mark: 'special' | 'criminal'): void {
  const id = rc.entry('dataCategories', name, () => ({ name }));
  if (!(a.dataCategories ?? []).includes(id)) a.dataCategories = [...(a.dataCategories ?? []), id];
  const made = rc.catalogues.dataCategories.get(id);
  if (!made) return;
  const entry = made.entry as DataCategory;
  if (mark === 'criminal') {
    entry.criminalOffence = true;
    return;
  }
  if (entry.specialCategory !== undefined) return;
  const kind = SPECIAL_WORDS.find(([re]) => re.test(name))?.[1];
  if (kind) entry.specialCategory = kind;
  else if (!made.remarks.some((r) => r.id === 'import.remark.special-kind')) {
    made.remarks.push({ path: ['name'], id: 'import.remark.special-kind', args: {} });
    rc.note(row, rc.header(row, field), 'import.remark.special-kind', { value: name });
  }
}
