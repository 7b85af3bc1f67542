import type { ResolvedActivity } from '../model/resolve.js';
import { join } from '../util/pointer.js';

/**
 * Every free text of an activity, each with its JSON pointer (a language key appended for a text given per language), the
 * field it stands in and the purpose it belongs to (FZ, session 46, issue #12). A concept is the law's, not a field's: a
 * party handling the data in a third country or consent inferred from silence is the same fact in the description, a
 * basis's note, the collection's consequences or the information note, and a reader handed this list reads it wherever
 * the record says it. Built once per activity (a WeakMap: gaps runs 10,000 activities, and several readers ask), in the
 * order a finding should point at: the description, each purpose (its description, then its bases' notes, withdrawal texts
 * and legitimate interests), the collection, the information note, the national identity number's need, the retention
 * entries.
 *
 * A census of the corpus before readers were moved onto it (2026-12-05: 367 bodies, the lawful-wordings registries and
 * every variant base, 9,789 activities): 19,025 free texts stand outside the description and the purposes' descriptions
 * (collection.consequences 6,237, information.note 3,769, retention descriptions 2,374, legitimate interests 2,081,
 * withdrawal texts 1,806, national-id needs 1,516, bases' notes 1,173, retention exceptions 69), and the rights-refused,
 * handled-abroad and inferred-consent readers find nothing in any of them.
 */
export type FreeTextField =
  | 'description'
  | 'purpose'
  | 'basis-note'
  | 'legitimate-interest'
  | 'withdrawal'
  | 'consequences'
  | 'information-note'
  | 'national-id-need'
  | 'retention-description'
  | 'retention-exceptions';

export interface FreeText {
  readonly pointer: string;
  readonly text: string;
  readonly field: FreeTextField;
  /** The purpose's id, for a text of a purpose or its bases. */
  readonly purpose?: string;
}

const read = new WeakMap<ResolvedActivity, readonly FreeText[]>();

/** The activity's free texts (see above), once per activity. */
export function freeTexts(r: ResolvedActivity): readonly FreeText[] {
  let hit = read.get(r);
  if (hit === undefined) read.set(r, (hit = readFreeTexts(r)));
  return hit;
}

/**
 * A text of the record with its pointer: one string, or one per language (the language key appended to the pointer).
 * Anything else gives nothing.
 */
export function textsAt(v: unknown, pointer: string): { pointer: string; text: string }[] {
  if (typeof v === 'string') return [{ pointer, text: v }];
  if (v === null || typeof v !== 'object') return [];
  return Object.entries(v as Record<string, unknown>).flatMap(([lang, t]) => (typeof t === 'string' ? [{ pointer: join(pointer, lang), text: t }] : []));
}

function readFreeTexts(r: ResolvedActivity): readonly FreeText[] {
  const out: FreeText[] = [];
  const add = (v: unknown, pointer: string, field: FreeTextField, purpose?: string): void => {
    for (const t of textsAt(v, pointer)) out.push(purpose === undefined ? { ...t, field } : { ...t, field, purpose });
  };
  add(r.activity.description, '/description', 'description');
  r.purposes.forEach((p, i) => {
    add(p.description, join('/purposes', i, 'description'), 'purpose', p.id);
    p.legalBasis.forEach((b, j) => {
      const at = join('/purposes', i, 'legalBasis', j);
      add(b.note, join(at, 'note'), 'basis-note', p.id);
      add(b.consentWithdrawal, join(at, 'consentWithdrawal'), 'withdrawal', p.id);
      add(b.legitimateInterest, join(at, 'legitimateInterest'), 'legitimate-interest', p.id);
    });
  });
  add(r.activity.collection?.consequences, '/collection/consequences', 'consequences');
  add(r.activity.information?.note, '/information/note', 'information-note');
  add(r.activity.nationalIdNeed, '/nationalIdNeed', 'national-id-need');
  r.retention.forEach((e, i) => {
    add(e.description, join('/retention', i, 'description'), 'retention-description');
    add(e.exceptions, join('/retention', i, 'exceptions'), 'retention-exceptions');
  });
  return out;
}
