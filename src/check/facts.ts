/**
 * Facts about a resolved activity that several rules and the DPIA screening ask for. Each is a
 * plain function of the registry; none assembles words.
 */
import { lookup, type Registry } from '../model/registry.js';
import type { Ref, ResolvedActivity, ResolvedLaw, ResolvedPurpose, ResolvedTransfer } from '../model/resolve.js';
import { isArt6 } from '../model/resolve.js';
import type { Processor } from '../model/types.js';
import { join } from '../util/pointer.js';
import type { KnownLaw, LawProvision, LawRole, ReferenceData } from './reference.js';

export const isConsent = (code: string): boolean => code === 'A6-1-a' || code === 'A9-2-a';

/** Art. 89: the purpose is archiving in the public interest, research or statistics (any of them). */
export const isArt89Purpose = (p: { researchOrStatistics?: boolean | string }): boolean =>
  p.researchOrStatistics !== undefined && p.researchOrStatistics !== false;

/** Where a record says data stays: `EEA` and `EEA-or-adequate` need no transfer to be listed; a country outside the EEA may. */
export function locationOutsideEea(location: string, ref: ReferenceData): boolean {
  return location !== 'EEA' && location !== 'EEA-or-adequate' && !ref.eea.countries.has(location);
}

/** Each legal basis of each purpose, with its JSON pointer in the activity file. */
export function basesWithPointers(
  r: ResolvedActivity,
): { purpose: ResolvedPurpose; p: number; b: number; pointer: string; basis: ResolvedPurpose['legalBasis'][number] }[] {
  return r.purposes.flatMap((purpose, p) =>
    purpose.legalBasis.map((basis, b) => ({ purpose, p, b, basis, pointer: join('/purposes', p, 'legalBasis', b, 'gdpr') })),
  );
}

/** Every text of a localised value: the string, or each language's. */
export function textsOf(t: unknown): string[] {
  if (typeof t === 'string') return [t];
  if (t !== null && typeof t === 'object') return Object.values(t).filter((v): v is string => typeof v === 'string');
  return [];
}

/** Words that make a purpose or title marketing (Norwegian and English). */
const MARKETING = /markedsfør|marknadsfør|reklame|direct marketing|marketing|advertis|tilbud om|salgshenvendelse|salshenvending/i;
/** Electronic means that allow individual communication (markedsføringsloven § 15 first paragraph). */
export const ELECTRONIC_MEANS = /e-?post|e-?mail|\bsms\b|tekstmelding|text message|push-?varsel|push notification/i;

/**
 * Direct marketing: the activity's title or a purpose's description speaks of marketing, or a legal basis
 * cites markedsføringsloven (LOV-2009-01-09-2), the act that regulates it.
 */
export function isDirectMarketing(r: ResolvedActivity, ref: ReferenceData): boolean {
  const texts = [...textsOf(r.activity.title), ...r.purposes.flatMap((p) => textsOf(p.description))];
  if (texts.some((t) => MARKETING.test(t))) return true;
  return r.purposes.some((p) => p.legalBasis.some((b) => b.law.some((l) => citesMarketingAct(l, ref))));
}

/** The reference names markedsføringsloven, by its Lovdata id or a catalogue id ropa knows for it. */
export function citesMarketingAct(law: ResolvedLaw, ref: ReferenceData): boolean {
  const known = knownLaw(law, ref);
  if (known) return known.law.lovdataId === 'LOV-2009-01-09-2';
  if (law.law?.value.lovdataId !== undefined) return law.law.value.lovdataId === 'LOV-2009-01-09-2';
  const id = typeof law.ref === 'string' ? law.ref : law.ref.law;
  return /^(markedsf(ø|o)ringsloven|marknadsf(ø|o)ringslova|mfl)$/i.test(id);
}

export function art6Codes(purpose: ResolvedPurpose): string[] {
  return purpose.legalBasis.map((b) => b.gdpr).filter(isArt6);
}

/** A processor the activity uses, directly or through one of its systems, with where that is said. */
export interface UsedProcessor extends Ref<Processor> {
  pointer: string;
  /** The system that brings it in, when not listed directly. */
  system?: string;
}

export function processorsOf(registry: Registry, r: ResolvedActivity): UsedProcessor[] {
  const direct = r.processors.map((p) => ({ ...p, pointer: join('/processors', (r.activity.processors ?? []).indexOf(p.id)) }));
  const seen = new Set(direct.map((p) => p.id));
  const viaSystems = r.systems.flatMap((s) => {
    const pid = s.value.processor;
    const e = pid !== undefined ? lookup(registry, 'processors', pid) : undefined;
    if (!e || seen.has(e.id)) return [];
    seen.add(e.id);
    return [{ id: e.id, value: e.value, pointer: join('/systems', (r.activity.systems ?? []).indexOf(s.id)), system: s.id }];
  });
  return [...direct, ...viaSystems];
}

/** Art. 13: the data comes from the person (told so, or a source of the person's own or their device). */
export function collectedFromPerson(r: ResolvedActivity): boolean {
  return (r.activity.information?.method.includes('art13') ?? false) || r.sources.some((s) => s.value.type === 'data-subject' || s.value.type === 'device');
}

/**
 * The person gives the data (Art. 13(2)(e) «the provision of personal data»): a source of type
 * data-subject, or, where the record names no source, Art. 13 information. Data observed through a device
 * (cookies, meters, cameras) or taken from the organisation's own systems is collected, not provided.
 */
export function providedByPerson(r: ResolvedActivity): boolean {
  if (r.sources.length === 0) return r.activity.information?.method.includes('art13') ?? false;
  return r.sources.some((s) => s.value.type === 'data-subject');
}

/** Art. 14: the activity informs as for data obtained elsewhere, directly or by a public notice (14(5)(b)). */
export function informsAsObtainedElsewhere(r: ResolvedActivity): boolean {
  const m = r.activity.information?.method ?? [];
  return m.includes('art14') || m.includes('public-notice');
}

/** Section numbers a reference names: "§§ 1, 4 og 17 første ledd" → 1, 4, 17; "§ 17(1)" → 17. */
export function sectionNumbers(section: string | undefined): number[] {
  if (section === undefined) return [];
  const at = section.indexOf('§');
  const text = (at >= 0 ? section.slice(at) : section).replace(/\([^)]*\)/g, ' ');
  return [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

/** The known law a reference names (by Lovdata id, else by catalogue id), with its key in data/norwegian-law.json; undefined when ropa does not know it. */
export function knownLaw(law: ResolvedLaw, ref: ReferenceData): { key: string; law: KnownLaw } | undefined {
  const lovdataId = law.law?.value.lovdataId;
  const catalogueId = typeof law.ref === 'string' ? undefined : law.ref.law;
  for (const [key, known] of Object.entries(ref.law.laws)) {
    if (lovdataId !== undefined ? known.lovdataId === lovdataId : catalogueId !== undefined && known.ids.includes(catalogueId)) return { key, law: known };
  }
  return undefined;
}

/**
 * Whether a law reference can play a role: `unknown` when ropa does not know the law (it then says
 * nothing), else `yes` or `no`. A law with roles by section is judged by the sections cited, or by
 * all its sections when none is.
 */
export function lawHasRole(law: ResolvedLaw, role: LawRole, ref: ReferenceData): 'yes' | 'no' | 'unknown' {
  const known = knownLaw(law, ref)?.law;
  if (!known) return 'unknown';
  if (known.roles?.includes(role)) return 'yes';
  const sections = known.sections ?? {};
  const cited = sectionNumbers(law.section).map(String);
  const keys = cited.length > 0 ? cited : Object.keys(sections);
  return keys.some((k) => sections[k]?.includes(role)) ? 'yes' : 'no';
}

/** For a list of law references: `yes` if one can play the role, `unknown` if none can but one is unknown, else `no`. */
export function someLawHasRole(laws: readonly ResolvedLaw[], role: LawRole, ref: ReferenceData): 'yes' | 'no' | 'unknown' {
  const answers = laws.map((l) => lawHasRole(l, role, ref));
  return answers.includes('yes') ? 'yes' : answers.includes('unknown') ? 'unknown' : 'no';
}

/** The name to show for a law reference: its catalogue id, or the free text. */
export function lawName(law: ResolvedLaw): string {
  return typeof law.ref === 'string' ? law.ref : law.ref.law;
}

/** Whether a resolved law reference is the given law (by Lovdata id, or by a known catalogue id). */
export function isLaw(law: ResolvedLaw, name: string, ref: ReferenceData): boolean {
  const known = ref.law.laws[name];
  if (!known) return false;
  if (law.law?.value.lovdataId !== undefined) return law.law.value.lovdataId === known.lovdataId;
  const id = typeof law.ref === 'string' ? undefined : law.ref.law;
  return id !== undefined && known.ids.includes(id);
}

export function citesProvision(law: ResolvedLaw, p: LawProvision, ref: ReferenceData): boolean {
  return isLaw(law, p.law, ref) && sectionNumbers(law.section).includes(p.section);
}

/** Chapter V: a transfer goes to a third country when its country is outside the EEA, or to an international organisation. */
export function isThirdCountryTransfer(t: ResolvedTransfer, ref: ReferenceData): boolean {
  if (t.organisation !== undefined) return true;
  return t.country !== undefined && !ref.eea.countries.has(t.country);
}

export function transfersOf(r: ResolvedActivity): ResolvedTransfer[] {
  return Array.isArray(r.transfers) ? r.transfers : [];
}
