import { describe, expect, it } from 'vitest';
import { validateRegistry } from '../../src/validate/index.js';
import { resolveActivity, type ResolvedActivity } from '../../src/model/resolve.js';
import { freeTexts, textsAt, type FreeText, type FreeTextField } from '../../src/check/free-text.js';
import { join as joinPointer } from '../../src/util/pointer.js';
import { corpusRegistries } from '../helpers/corpus-registries.js';

/**
 * Session 47 (P48, #16): check/free-text.ts builds each activity's index of free texts without spreading an entry into
 * another or listing a field's pairs first, and gives each pointer as one string for the run. The index is kept through
 * the rules, so its size is what the collector copies. Held here to the reading it replaced (session 46's, copied below)
 * on every activity of the example and the corpus: the same texts, pointers, fields and purposes, in the same order, an
 * entry without a purpose without the key; and `textsAt` on the activity's and the purposes' descriptions.
 */

/** `textsAt` as session 46 wrote it. */
function textsAtBefore(v: unknown, pointer: string): { pointer: string; text: string }[] {
  if (typeof v === 'string') return [{ pointer, text: v }];
  if (v === null || typeof v !== 'object') return [];
  return Object.entries(v as Record<string, unknown>).flatMap(([lang, t]) => (typeof t === 'string' ? [{ pointer: joinPointer(pointer, lang), text: t }] : []));
}

/** The index as session 46 built it. */
function freeTextsBefore(r: ResolvedActivity): FreeText[] {
  const out: FreeText[] = [];
  const add = (v: unknown, pointer: string, field: FreeTextField, purpose?: string): void => {
    for (const t of textsAtBefore(v, pointer)) out.push(purpose === undefined ? { ...t, field } : { ...t, field, purpose });
  };
  add(r.activity.description, '/description', 'description');
  r.purposes.forEach((p, i) => {
    add(p.description, joinPointer('/purposes', i, 'description'), 'purpose', p.id);
    p.legalBasis.forEach((b, j) => {
      const at = joinPointer('/purposes', i, 'legalBasis', j);
      add(b.note, joinPointer(at, 'note'), 'basis-note', p.id);
      add(b.consentWithdrawal, joinPointer(at, 'consentWithdrawal'), 'withdrawal', p.id);
      add(b.legitimateInterest, joinPointer(at, 'legitimateInterest'), 'legitimate-interest', p.id);
    });
  });
  add(r.activity.collection?.consequences, '/collection/consequences', 'consequences');
  add(r.activity.information?.note, '/information/note', 'information-note');
  add(r.activity.nationalIdNeed, '/nationalIdNeed', 'national-id-need');
  r.retention.forEach((e, i) => {
    add(e.description, joinPointer('/retention', i, 'description'), 'retention-description');
    add(e.exceptions, joinPointer('/retention', i, 'exceptions'), 'retention-exceptions');
  });
  return out;
}

describe('check/free-text.ts: the index of an activity’s free texts', () => {
  it('gives session 46’s entries, in its order, for every activity of the example and the corpus', { timeout: 600_000 }, () => {
    let activities = 0;
    let entries = 0;
    let languages = 0;
    const fields = new Set<FreeTextField>();
    for (const dir of corpusRegistries()) {
      const { registry } = validateRegistry(dir);
      for (const a of registry.activities) {
        const r = resolveActivity(registry, a);
        activities++;
        const before = freeTextsBefore(r);
        // toStrictEqual: an entry without a purpose has no `purpose` key, as before.
        expect(freeTexts(r), `${dir} ${a.value.id}`).toStrictEqual(before);
        entries += before.length;
        for (const t of before) {
          fields.add(t.field);
          if (/\/(?:nb|nn|en)$/.test(t.pointer)) languages++;
        }
        expect(textsAt(a.value.description, '/description')).toStrictEqual(textsAtBefore(a.value.description, '/description'));
        r.purposes.forEach((p, i) => {
          const at = joinPointer('/purposes', i, 'description');
          expect(textsAt(p.description, at)).toStrictEqual(textsAtBefore(p.description, at));
        });
      }
    }
    // The corpus holds every field the index reads, and texts given per language as well as single strings.
    expect(activities).toBeGreaterThan(5000);
    expect(entries).toBeGreaterThan(30000);
    expect(languages).toBeGreaterThan(1000);
    expect([...fields].sort()).toEqual(
      [
        'basis-note',
        'consequences',
        'description',
        'information-note',
        'legitimate-interest',
        'national-id-need',
        'purpose',
        'retention-description',
        'retention-exceptions',
        'withdrawal',
      ].sort(),
    );
  });

  it('gives a text per language in the order the file gives them, and nothing for a value that is no text', () => {
    const value = { en: 'Logs of access', nb: 'Logger over tilgang', extra: 3, nn: 'Loggar' };
    expect(textsAt(value, '/purposes/2/description')).toStrictEqual(textsAtBefore(value, '/purposes/2/description'));
    expect(textsAt(value, '/purposes/2/description').map((t) => t.pointer)).toEqual([
      '/purposes/2/description/en',
      '/purposes/2/description/nb',
      '/purposes/2/description/nn',
    ]);
    expect(textsAt('Logs', '/description')).toStrictEqual([{ pointer: '/description', text: 'Logs' }]);
    expect(textsAt(undefined, '/description')).toStrictEqual([]);
    expect(textsAt(42, '/description')).toStrictEqual([]);
    // A key a pointer must escape, as joinPointer escapes it.
    expect(textsAt({ 'a/b': 'x' }, '/description')).toStrictEqual([{ pointer: '/description/a~1b', text: 'x' }]);
  });
});
