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
 * Anything else gives nothing. A language's pointer is one string for the run (`withLang`).
 */
export function textsAt(v: unknown, pointer: string): { pointer: string; text: string }[] {
  if (typeof v === 'string') return [{ pointer, text: v }];
  const out: { pointer: string; text: string }[] = [];
  if (v === null || typeof v !== 'object') return out;
  // Its own keys in `Object.entries`' order, without the list of pairs made first.
  const o = v as Record<string, unknown>;
  for (const lang in o) {
    if (!Object.hasOwn(o, lang)) continue;
    const t = o[lang];
    if (typeof t === 'string') out.push({ pointer: withLang(pointer, lang), text: t });
  }
  return out;
}

/**
 * The index is kept through the rules (each activity's list, about eight texts), so what it holds is what the young
 * generation's collector copies twice: each entry is made whole as one object literal (no spread, no list of a field's
 * texts made first), and its pointer is one string for the run, shared by every activity whose text stands at it
 * («/purposes/0/legalBasis/1/note/nb»), not a new one per activity (#16, session 47: the index was the largest part of what
 * the rules' phase promoted at 10,000 activities).
 */
function readFreeTexts(r: ResolvedActivity): readonly FreeText[] {
  const out: FreeText[] = [];
  add(out, r.activity.description, '/description', 'description', undefined);
  for (let i = 0; i < r.purposes.length; i++) {
    const p = r.purposes[i]!;
    const at = purposeAt(i);
    add(out, p.description, at.description, 'purpose', p.id);
    for (let j = 0; j < p.legalBasis.length; j++) {
      const b = p.legalBasis[j]!;
      const bp = basisAt(at, j);
      add(out, b.note, bp.note, 'basis-note', p.id);
      add(out, b.consentWithdrawal, bp.consentWithdrawal, 'withdrawal', p.id);
      add(out, b.legitimateInterest, bp.legitimateInterest, 'legitimate-interest', p.id);
    }
  }
  add(out, r.activity.collection?.consequences, '/collection/consequences', 'consequences', undefined);
  add(out, r.activity.information?.note, '/information/note', 'information-note', undefined);
  add(out, r.activity.nationalIdNeed, '/nationalIdNeed', 'national-id-need', undefined);
  for (let i = 0; i < r.retention.length; i++) {
    const e = r.retention[i]!;
    const at = retentionAt(i);
    add(out, e.description, at.description, 'retention-description', undefined);
    add(out, e.exceptions, at.exceptions, 'retention-exceptions', undefined);
  }
  return out;
}

/** The texts of one field (`textsAt`'s: one string, or one per language, in its order) onto the index. */
function add(out: FreeText[], v: unknown, pointer: string, field: FreeTextField, purpose: string | undefined): void {
  if (typeof v === 'string') out.push(freeText(pointer, v, field, purpose));
  else if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    for (const lang in o) {
      if (!Object.hasOwn(o, lang)) continue;
      const t = o[lang];
      if (typeof t === 'string') out.push(freeText(withLang(pointer, lang), t, field, purpose));
    }
  }
}

function freeText(pointer: string, text: string, field: FreeTextField, purpose: string | undefined): FreeText {
  return purpose === undefined ? { pointer, text, field } : { pointer, text, field, purpose };
}

/** A field's pointer with a language key appended, one string per pair for the run. */
function withLang(pointer: string, lang: string): string {
  let langs = LANG_POINTERS.get(pointer);
  if (langs === undefined) {
    // Bounded: a run that meets more pointers than a record's fields hold (a hostile file's thousands of purposes) starts again.
    if (LANG_POINTERS.size >= POINTERS_KEPT) LANG_POINTERS.clear();
    LANG_POINTERS.set(pointer, (langs = new Map()));
  }
  let p = langs.get(lang);
  if (p === undefined) langs.set(lang, (p = join(pointer, lang)));
  return p;
}
const LANG_POINTERS = new Map<string, Map<string, string>>();
const POINTERS_KEPT = 10_000;

interface BasisPointers {
  note: string;
  consentWithdrawal: string;
  legitimateInterest: string;
}
interface PurposePointers {
  description: string;
  base: string;
  bases: BasisPointers[];
}
/** The pointers of the i-th purpose's texts, made once for the run. */
function purposeAt(i: number): PurposePointers {
  let at = PURPOSE_POINTERS[i];
  if (at === undefined) {
    const base = join('/purposes', i);
    PURPOSE_POINTERS[i] = at = { description: join(base, 'description'), base, bases: [] };
  }
  return at;
}
const PURPOSE_POINTERS: PurposePointers[] = [];
function basisAt(purpose: PurposePointers, j: number): BasisPointers {
  let at = purpose.bases[j];
  if (at === undefined) {
    const base = join(purpose.base, 'legalBasis', j);
    purpose.bases[j] = at = {
      note: join(base, 'note'),
      consentWithdrawal: join(base, 'consentWithdrawal'),
      legitimateInterest: join(base, 'legitimateInterest'),
    };
  }
  return at;
}
/** The pointers of the i-th retention entry's texts, made once for the run. */
function retentionAt(i: number): { description: string; exceptions: string } {
  let at = RETENTION_POINTERS[i];
  if (at === undefined) RETENTION_POINTERS[i] = at = { description: join('/retention', i, 'description'), exceptions: join('/retention', i, 'exceptions') };
  return at;
}
const RETENTION_POINTERS: { description: string; exceptions: string }[] = [];
