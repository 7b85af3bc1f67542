/**
 * Facts about a resolved activity that several rules and the DPIA screening ask for. Each is a
 * plain function of the registry; none assembles words.
 */
import { lookup, type Registry } from '../model/registry.js';
import type { Ref, ResolvedActivity, ResolvedLaw, ResolvedPurpose, ResolvedTransfer } from '../model/resolve.js';
import { isArt6 } from '../model/resolve.js';
import type { Processor } from '../model/types.js';
import { join } from '../util/pointer.js';
import type { LawProvision, ReferenceData } from './reference.js';

export const isConsent = (code: string): boolean => code === 'A6-1-a' || code === 'A9-2-a';

/** Each legal basis of each purpose, with its JSON pointer in the activity file. */
export function basesWithPointers(r: ResolvedActivity): { purpose: ResolvedPurpose; p: number; b: number; pointer: string; basis: ResolvedPurpose['legalBasis'][number] }[] {
  return r.purposes.flatMap((purpose, p) =>
    purpose.legalBasis.map((basis, b) => ({ purpose, p, b, basis, pointer: join('/purposes', p, 'legalBasis', b, 'gdpr') })),
  );
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
