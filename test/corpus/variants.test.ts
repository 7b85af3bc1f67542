import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import type { Finding } from '../../src/model/finding.js';
import { FIXTURES } from '../helpers/cli.js';

/**
 * Variant sets (`corpus/variants-<name>/`): a clean base and a lawyer's defects, each planted ALONE as a variant of
 * the base (the manifest's `edits`), so that no defect hides or helps another. Each variant is built in a temporary
 * folder, and a defect counts as caught when its variant has more findings of the expected rule on the expected
 * activity ("-": the organisation; a catalogue entry's finding counts on each activity it names too) than the base. See the set's README for how it was measured.
 *
 * `VARIANTS_SET=fiskeri` (or `variants-fiskeri`; several separated by commas) builds and checks only those sets:
 * `VARIANTS_SET=fiskeri npx vitest run test/corpus/variants.test.ts`. `-t` alone does not help: every set's variants are
 * built while the tests are collected. A name that is no set fails the run (a typo must not pass as "nothing to check").
 */
const CORPUS = join(FIXTURES, 'corpus');
const ORG = '-';

interface Edit {
  file: string;
  find: string;
  replace: string;
}
interface Defect {
  id: string;
  rule: string;
  activity: string;
  description: string;
  law: string;
  edits: Edit[];
  /** Base findings (rule ids on the same activity) the plant removes on purpose. */
  replaces?: string[];
  /**
   * Another set's clean base this defect is planted on, relative to the set (`../variants-handel/base`): a set of
   * paraphrases (variants-paraphrase) plants the same defects as older sets in other words. That base's own findings
   * and controls are checked by its own set.
   */
  base?: string;
}
interface Expected {
  activity: string;
  rule: string;
  reason: string;
}
interface Manifest {
  /** The set's own clean base; a set whose every defect names its `base` has none. */
  base?: string;
  today: string;
  baseFindings: Expected[];
  baseFalseAlarms: Expected[];
  defects: Defect[];
  controls: { id: string; rule: string; activity: string; description: string }[];
  knownMisses: { id: string; reason: string }[];
  /**
   * A set measured blind and committed before its misses could be fixed in its session: why it is below 95 %. Only the
   * 95 % gate is then skipped (and says so); every other check, the exact list of known misses included, still holds.
   */
  pending?: string;
}

const where = (f: Finding): string => `${f.activity ?? ORG} ${f.rule}`;
const count = (fs: Finding[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const f of fs) m.set(where(f), (m.get(where(f)) ?? 0) + 1);
  return m;
};
/**
 * What a defect is caught by: each finding where it is ("-" for the organisation and a catalogue entry), and a catalogue
 * entry's finding also on each activity it names (a processor's missing agreement, naming the activities that use it):
 * a defect keyed to such an activity is caught when the entry's finding newly names it.
 */
const reach = (fs: Finding[]): Map<string, number> => {
  const m = count(fs);
  for (const f of fs) for (const a of f.activities ?? []) m.set(`${a} ${f.rule}`, (m.get(`${a} ${f.rule}`) ?? 0) + 1);
  return m;
};
function gaps(dir: string, today: string, name: string): Finding[] {
  const { registry, findings } = validateRegistry(dir);
  expect(
    findings.filter((f) => f.severity === 'error'),
    `${name} must pass ropa validate`,
  ).toEqual([]);
  return runGaps(registry, GAP_RULES, { today }).findings;
}

const ALL_SETS = readdirSync(CORPUS)
  .filter((n) => n.startsWith('variants-'))
  .sort();
/** The sets VARIANTS_SET names (each with or without its `variants-` prefix); every set when it is unset or empty. */
const ASKED = (process.env.VARIANTS_SET ?? '')
  .split(',')
  .map((n) => n.trim())
  .filter((n) => n !== '')
  .map((n) => (n.startsWith('variants-') ? n : `variants-${n}`));
const SETS = ASKED.length === 0 ? ALL_SETS : ALL_SETS.filter((n) => ASKED.includes(n));
const scratch = mkdtempSync(join(tmpdir(), 'ropa-variants-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it('has at least one variant set', () => {
  expect(SETS.length).toBeGreaterThan(0);
});

it.runIf(ASKED.length > 0)('VARIANTS_SET names only existing sets', () => {
  expect(
    ASKED.filter((n) => !ALL_SETS.includes(n)),
    `unknown in VARIANTS_SET; the sets are ${ALL_SETS.join(', ')}`,
  ).toEqual([]);
});

for (const set of SETS)
  describe(`planted defects, one variant each: ${set}`, () => {
    const dir = join(CORPUS, set);
    const m = parse(readFileSync(join(dir, 'manifest.yaml'), 'utf8')) as Manifest;
    // One copy of each base per set: each variant's edits are written into it, its findings taken, and the base's
    // texts put back (a copy per variant cost about as much as checking it).
    const bases = new Map<string, { findings: Finding[]; at: Map<string, number>; reached: Map<string, number>; work: string }>();
    const baseOf = (rel: string) => {
      let b = bases.get(rel);
      if (b === undefined) {
        const work = join(scratch, set, String(bases.size));
        cpSync(join(dir, rel), work, { recursive: true });
        const findings = gaps(join(dir, rel), m.today, `${set}/${rel}`);
        b = { findings, at: count(findings), reached: reach(findings), work };
        bases.set(rel, b);
      }
      return b;
    };
    const own = m.base === undefined ? undefined : baseOf(m.base);
    const base = own?.findings ?? [];
    const baseAt = own?.at ?? new Map<string, number>();
    const defectBase = (d: Defect) => baseOf((d.base ?? m.base)!);
    /** The variant's findings, or the edits that do not apply (a `find` that is not exactly once in its file). */
    const variant = (d: Defect): { findings: Finding[]; bad: string[] } => {
      const { work } = defectBase(d);
      const originals = new Map<string, string>();
      try {
        const bad: string[] = [];
        for (const e of d.edits) {
          const path = join(work, e.file);
          const text = readFileSync(path, 'utf8');
          if (!originals.has(path)) originals.set(path, text);
          const n = text.split(e.find).length - 1;
          if (n !== 1) bad.push(`${e.file}: find occurs ${n} times`);
          else
            writeFileSync(
              path,
              text.replace(e.find, () => e.replace),
            );
        }
        return { findings: bad.length > 0 ? [] : gaps(work, m.today, `${set} ${d.id} (${relative(CORPUS, work)})`), bad };
      } finally {
        for (const [path, text] of originals) writeFileSync(path, text);
      }
    };
    const results = new Map(m.defects.map((d) => [d.id, variant(d)]));
    const caught = (d: Defect): boolean =>
      (reach(results.get(d.id)!.findings).get(`${d.activity} ${d.rule}`) ?? 0) > (defectBase(d).reached.get(`${d.activity} ${d.rule}`) ?? 0);
    const misses = m.defects.filter((d) => !caught(d));
    const known = new Map(m.knownMisses.map((k) => [k.id, k.reason]));
    const rate = (m.defects.length - misses.length) / m.defects.length;

    it('has at least 30 defects, each with its law, unique ids, and edits that apply to the base and mark the rule', () => {
      expect(m.defects.length).toBeGreaterThanOrEqual(30);
      expect(new Set(m.defects.map((d) => d.id)).size).toBe(m.defects.length);
      for (const d of m.defects) {
        expect(d.law, d.id).toMatch(/\S/);
        expect(d.description, d.id).toMatch(/\S/);
        expect(results.get(d.id)!.bad, d.id).toEqual([]);
        expect(
          d.edits.some((e) => e.replace.includes(`# expect: ${d.rule}`)),
          `${d.id} marks the planted line with # expect: ${d.rule}`,
        ).toBe(true);
      }
    });

    it('catches every defect with the expected rule on the expected activity, but the known misses', () => {
      const report = misses.map((d) => `${d.id} ${d.activity} ${d.rule}${known.has(d.id) ? ' (known)' : ''}: ${d.description}`);
      console.log(
        `${set}: planted defects caught: ${m.defects.length - misses.length}/${m.defects.length} (${(rate * 100).toFixed(1)} %)\n  ${report.join('\n  ')}`,
      );
      expect(
        misses.filter((d) => !known.has(d.id)).map((d) => `${d.id} ${d.activity} ${d.rule}`),
        'new misses',
      ).toEqual([]);
      for (const [id, reason] of known) expect(reason, id).toMatch(/\S/);
      expect(
        [...known.keys()].filter((id) => !misses.some((d) => d.id === id)),
        'caught now: remove from knownMisses',
      ).toEqual([]);
    });

    it.skipIf(m.pending !== undefined)(`catches at least 95 % of the defects${m.pending !== undefined ? ` (pending: ${m.pending})` : ''}`, () => {
      expect(rate).toBeGreaterThanOrEqual(0.95);
    });

    it('keeps the base findings in every variant, but those a plant replaces', () => {
      const lost = m.defects.flatMap((d) => {
        const at = count(results.get(d.id)!.findings);
        return [...defectBase(d).at]
          .filter(([k, n]) => (at.get(k) ?? 0) < n && !(d.replaces ?? []).some((r) => k === `${d.activity} ${r}`))
          .map(([k]) => `${d.id}: ${k}`);
      });
      expect(lost, 'base findings a variant hides').toEqual([]);
    });

    it("reports nothing on the controls (correct entries in the base), nor names them in a catalogue entry's finding", () => {
      const reached = reach(base);
      expect(m.controls.filter((c) => reached.has(`${c.activity} ${c.rule}`)).map((c) => `${c.id} ${c.activity} ${c.rule}`)).toEqual([]);
    });

    it('reports on the clean base exactly the true gaps and the false alarms listed (none, once the rules are right)', () => {
      const key = (e: Expected) => `${e.activity} ${e.rule}`;
      for (const e of [...m.baseFindings, ...m.baseFalseAlarms]) expect(e.reason, key(e)).toMatch(/\S/);
      if (m.baseFalseAlarms.length > 0) console.log(`${set} base: ${m.baseFalseAlarms.length} known false alarm(s): ${m.baseFalseAlarms.map(key).join('; ')}`);
      expect([...baseAt.keys()].sort()).toEqual([...new Set([...m.baseFindings, ...m.baseFalseAlarms].map(key))].sort());
    });
  });
