import type { ResolvedActivity } from '../model/resolve.js';
import type { Processor, Subprocessor } from '../model/types.js';

/**
 * Whether a sub-processor receives this activity's data: one whose entry names the activities it serves
 * (`subprocessors[].activities`, where the processing agreement limits it to part of the processor's work) serves those
 * only; one that names none serves every activity that uses its processor (the strict reading, as before 2026-12-04).
 */
export function servesActivity(s: Subprocessor, activity: string): boolean {
  return s.activities === undefined || s.activities.includes(activity);
}

/** The sub-processors of a processor that receive this activity's data (`servesActivity`). */
export function subprocessorsFor(p: Processor, activity: string): readonly Subprocessor[] {
  return (p.subprocessors ?? []).filter((s) => servesActivity(s, activity));
}

/** How data of an activity reaches a country: named in a transfer, or where a recipient, processor or system is. */
export type PlaceVia = 'transfer' | 'recipient' | 'processor' | 'subprocessor' | 'system' | 'data-location';

export interface Place {
  via: PlaceVia;
  /** ISO 3166-1 alpha-2; absent for a transfer to an international organisation or one that names no destination. */
  country?: string;
  /** For a transfer to an international organisation. */
  organisation?: string;
  /** The catalogue entry the place comes from (recipient, processor, system). */
  id?: string;
  /** A sub-processor's name. */
  name?: string;
}

/** Every country an activity's data is stored in or sent to, as the record states it. */
export function placesOf(r: ResolvedActivity): Place[] {
  const out: Place[] = [];
  if (Array.isArray(r.transfers)) {
    for (const t of r.transfers) {
      out.push({
        via: 'transfer',
        ...(t.country ? { country: t.country } : {}),
        ...(t.organisation ? { organisation: t.organisation } : {}),
        ...(t.recipient ? { id: t.recipient } : {}),
      });
    }
  }
  if (Array.isArray(r.recipients)) {
    for (const x of r.recipients) if (x.value.country) out.push({ via: 'recipient', country: x.value.country, id: x.id });
  }
  for (const p of r.processors) {
    if (p.value.country) out.push({ via: 'processor', country: p.value.country, id: p.id });
    for (const s of subprocessorsFor(p.value, r.activity.id)) if (s.country) out.push({ via: 'subprocessor', country: s.country, id: p.id, name: s.name });
  }
  for (const s of r.systems) for (const c of s.value.location ?? []) out.push({ via: 'system', country: c, id: s.id });
  for (const c of r.activity.dataLocation ?? []) out.push({ via: 'data-location', country: c });
  return out;
}

/**
 * A place outside the EEA: a country that is not in it, an international organisation, or a transfer that
 * names no destination (a transfer is by definition one that leaves the EEA). `eea` is the list in
 * data/eea.json (`referenceData().eea.countries`), the one the gap rules use.
 */
export function outsideEea(p: Place, eea: ReadonlySet<string>): boolean {
  if (p.country !== undefined) return !eea.has(p.country.toUpperCase());
  return p.via === 'transfer';
}
