import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { resolveActivity, type ResolvedActivity } from '../../src/model/resolve.js';
import { referenceData, type ReferenceData } from '../../src/check/reference.js';
import { citesMarketingAct, isDirectMarketing, MARKETING_WORDS, marketingSaid, sectionNumbers, textsOf } from '../../src/check/facts.js';
import { FIXTURES, ROOT } from '../helpers/cli.js';

/**
 * Session 45 (P44): facts' isDirectMarketing reads a purpose's description and legitimate interest with the activity's
 * title before them («title. text»), and now asks the marketing words' gate of the text (remembered per text) and of the
 * title first, instead of reading each «title. text» whole: a new string per text, as each activity's title is its own.
 * That is the same answer only if the marketing words match «title. text» only where they match the title or the text.
 * Both are held here on the example and every corpus registry: the answer against the reading it replaced, activity by
 * activity, and every match of the words in «title. text» lying inside the title or inside the text.
 */
const CORPUS = join(FIXTURES, 'corpus');

function registries(): string[] {
  const out = [join(ROOT, 'registry')];
  for (const body of readdirSync(join(CORPUS, 'bodies')).sort()) {
    const dir = join(CORPUS, 'bodies', body, 'registry');
    if (existsSync(dir)) out.push(dir);
  }
  for (const set of readdirSync(CORPUS).sort()) {
    for (const sub of ['base', 'registry']) {
      const dir = join(CORPUS, set, sub);
      if (set !== 'bodies' && existsSync(join(dir, 'organisation.yaml'))) out.push(dir);
    }
  }
  return out;
}

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

describe('isDirectMarketing: the title read with each text, gated by its parts', () => {
  it('gives the whole reading’s answer for every activity of the example and the corpus, and the words match only inside a part', { timeout: 600_000 }, () => {
    const ref = referenceData();
    const words = new RegExp(MARKETING_WORDS, 'giu');
    let activities = 0;
    let marketing = 0;
    let joined = 0;
    let matched = 0;
    for (const dir of registries()) {
      const { registry } = validateRegistry(dir);
      for (const a of registry.activities) {
        const r = resolveActivity(registry, a);
        activities++;
        const whole = readWhole(r, ref);
        expect(isDirectMarketing(r, ref), `${dir} ${a.value.id}`).toBe(whole);
        if (whole) marketing++;
        const title = textsOf(r.activity.title).join('. ');
        if (title === '') continue;
        for (const p of r.purposes) {
          for (const t of [...textsOf(p.description), ...p.legalBasis.flatMap((b) => textsOf(b.legitimateInterest))]) {
            const text = `${title}. ${t}`;
            joined++;
            for (const m of text.matchAll(words)) {
              matched++;
              const end = m.index + m[0].length;
              expect(end <= title.length || m.index >= title.length + 2, `${dir} ${a.value.id}: «${m[0]}» across «${text}»`).toBe(true);
            }
          }
        }
      }
    }
    // The corpus holds marketing activities and marketing words in plenty: the two readings are compared where it matters.
    expect(activities).toBeGreaterThan(5000);
    expect(marketing).toBeGreaterThan(200);
    expect(joined).toBeGreaterThan(15000);
    expect(matched).toBeGreaterThan(200);
  });
});
