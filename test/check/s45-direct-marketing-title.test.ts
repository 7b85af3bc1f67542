import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateRegistry } from '../../src/validate/index.js';
import { resolveActivity, type ResolvedActivity } from '../../src/model/resolve.js';
import { referenceData, type ReferenceData } from '../../src/check/reference.js';
import { citesMarketingAct, isDirectMarketing, MARKETING_WORDS, marketingSaid, sectionNumbers, textsOf } from '../../src/check/facts.js';
import { FIXTURES } from '../helpers/cli.js';
import { corpusRegistries } from '../helpers/corpus-registries.js';

/**
 * Session 45 (P44): facts' isDirectMarketing reads a purpose's description and legitimate interest with the activity's
 * title before them («title. text»), and now asks the marketing words' gate of the text (remembered per text) and of the
 * title first, instead of reading each «title. text» whole: a new string per text, as each activity's title is its own.
 * That is the same answer only if the marketing words match «title. text» only where they match the title or the text.
 * Both are held here on the example and every corpus registry: the answer against the reading it replaced, activity by
 * activity, and every match of the words in «title. text» lying inside the title or inside the text; and on every activity
 * a lawyer's planted edit changed in a variant set (its words read as recorded, its laws left out: they are read alike).
 */
const CORPUS = join(FIXTURES, 'corpus');

/** isDirectMarketing as it read before session 45: every «title. text» read whole by marketingSaid. */
function readWhole(r: ResolvedActivity, ref: ReferenceData): boolean {
  const title = textsOf(r.activity.title).join('. ');
  const marketingWords = (t: string): boolean => marketingSaid(title === '' ? t : `${title}. ${t}`);
  if (r.purposes.some((p) => p.directMarketing === true)) return true;
  const unsaid = r.purposes.filter((p) => p.directMarketing === undefined);
  if (r.purposes.length > 0 && unsaid.length === 0) return false;
  if (textsOf(r.activity.title).some((t) => marketingSaid(t))) return true;
  for (const p of unsaid) {
    if (textsOf(p.description).some(marketingWords)) return true;
    for (const b of p.legalBasis) if (textsOf(b.legitimateInterest).some(marketingWords)) return true;
  }
  const section = (s: string | undefined): boolean => s === undefined || sectionNumbers(s).some((n) => n >= 12 && n <= 16);
  return unsaid.some((p) => p.legalBasis.some((b) => b.law.some((l) => citesMarketingAct(l, ref) && section(l.section))));
}

const WORDS = new RegExp(MARKETING_WORDS, 'giu');

/** The marketing words' matches in «title. text» that reach over from one part into the other (none may). */
function across(title: string, t: string): string[] {
  const text = `${title}. ${t}`;
  return [...text.matchAll(WORDS)].filter((m) => m.index + m[0].length > title.length && m.index < title.length + 2).map((m) => m[0]);
}

/** The texts isDirectMarketing reads with the title before them: each purpose's descriptions and legitimate interests. */
const purposeTexts = (r: ResolvedActivity): string[] =>
  r.purposes.flatMap((p) => [...textsOf(p.description), ...p.legalBasis.flatMap((b) => textsOf(b.legitimateInterest))]);

describe('isDirectMarketing: the title read with each text, gated by its parts', () => {
  it('gives the whole reading’s answer for every activity of the example and the corpus, and the words match only inside a part', { timeout: 600_000 }, () => {
    const ref = referenceData();
    let activities = 0;
    let marketing = 0;
    let joined = 0;
    let matched = 0;
    for (const dir of corpusRegistries()) {
      const { registry } = validateRegistry(dir);
      for (const a of registry.activities) {
        const r = resolveActivity(registry, a);
        activities++;
        const whole = readWhole(r, ref);
        expect(isDirectMarketing(r, ref), `${dir} ${a.value.id}`).toBe(whole);
        if (whole) marketing++;
        const title = textsOf(r.activity.title).join('. ');
        if (title === '') continue;
        for (const t of purposeTexts(r)) {
          joined++;
          matched += [...`${title}. ${t}`.matchAll(WORDS)].length;
          expect(across(title, t), `${dir} ${a.value.id}: «${title}. ${t}»`).toEqual([]);
        }
      }
    }
    // The corpus holds marketing activities and marketing words in plenty: the two readings are compared where it matters.
    expect(activities).toBeGreaterThan(5000);
    expect(marketing).toBeGreaterThan(200);
    expect(joined).toBeGreaterThan(15000);
    expect(matched).toBeGreaterThan(200);
  });

  it('gives the whole reading’s answer on every activity a variant set’s planted edit changed', { timeout: 600_000 }, () => {
    const ref = referenceData();
    let edited = 0;
    let marketing = 0;
    for (const set of readdirSync(CORPUS)
      .filter((n) => n.startsWith('variants-'))
      .sort()) {
      const m = parse(readFileSync(join(CORPUS, set, 'manifest.yaml'), 'utf8')) as {
        base?: string;
        defects: { id: string; base?: string; edits?: { file: string; find: string; replace: string }[] }[];
      };
      for (const d of m.defects) {
        const files = new Map<string, string>();
        for (const e of d.edits ?? []) {
          if (!e.file.startsWith('activities/')) continue;
          const before = files.get(e.file) ?? readFileSync(join(CORPUS, set, (d.base ?? m.base)!, e.file), 'utf8');
          files.set(
            e.file,
            before.replace(e.find, () => e.replace),
          );
        }
        for (const [file, text] of files) {
          const a = parse(text) as { title?: unknown; purposes?: { legalBasis?: object[] }[] };
          if (a === null || typeof a !== 'object' || !Array.isArray(a.purposes)) continue;
          // The activity as recorded, its laws left out (the law's part of the reading is not what changed).
          const r = {
            activity: a,
            purposes: a.purposes.map((p) => ({ ...p, legalBasis: (p.legalBasis ?? []).map((b) => ({ ...b, law: [] })) })),
          } as unknown as ResolvedActivity;
          edited++;
          const whole = readWhole(r, ref);
          expect(isDirectMarketing(r, ref), `${set} ${d.id} ${file}`).toBe(whole);
          if (whole) marketing++;
          const title = textsOf(r.activity.title).join('. ');
          if (title !== '') for (const t of purposeTexts(r)) expect(across(title, t), `${set} ${d.id} ${file}`).toEqual([]);
        }
      }
    }
    expect(edited).toBeGreaterThan(4000);
    expect(marketing).toBeGreaterThan(100);
  });
});
