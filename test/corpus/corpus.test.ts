import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import type { Finding } from '../../src/model/finding.js';
import { EXAMPLE, FIXTURES } from '../helpers/cli.js';
import { markers } from '../helpers/markers.js';

/**
 * The legal corpus: a lawyer's planted defects in a copy of the SSB example, and registries of other
 * Norwegian public bodies written from their published notices. What each must produce is written
 * down next to it (planted/manifest.yaml, bodies/<body>/expected.yaml) with the legal reason; this
 * test compares, and prints the catch rate and the false alarms so a run shows the state of the rules.
 */
const CORPUS = join(FIXTURES, 'corpus');
const ORG = '-';

interface Defect {
  id: string;
  rule: string;
  activity: string;
  file: string;
  description: string;
  law: string;
  inExample?: boolean;
  replaces?: string[];
  /** The severity the law calls for, where issue 12 or the provision settles it. */
  severity?: 'error' | 'warning' | 'info';
}
interface PlantedManifest {
  /** The registry the copy was made from, relative to the manifest; the SSB example when absent. */
  base?: string;
  today: string;
  /** For a base written for the corpus: what a lawyer accepts there (true gaps), and what not. */
  baseFindings?: Expected[];
  baseFalseAlarms?: Expected[];
  defects: Defect[];
  controls: { id: string; rule: string; activity: string; description: string; law: string }[];
  knownMisses: { id: string; reason: string }[];
  knownVanished: { activity: string; rule: string; reason: string }[];
}
interface Expected {
  activity: string;
  rule: string;
  reason: string;
  /** When given, every finding of this rule on this activity must have this severity. */
  severity?: 'error' | 'warning' | 'info';
}
interface BodyManifest {
  body: string;
  notice: string;
  today: string;
  /** True gaps: what the notice really leaves unsaid, or says wrongly. */
  findings: Expected[];
  /** True gaps ropa does not report yet. */
  missed: Expected[];
  /** What ropa reports today that a lawyer rejects. Must shrink to nothing. */
  falseAlarms: Expected[];
}

const readYaml = <T>(path: string): T => parse(readFileSync(path, 'utf8')) as T;

function gaps(dir: string, today: string): Finding[] {
  const { registry, findings } = validateRegistry(dir);
  expect(
    findings.filter((f) => f.severity === 'error'),
    `${relative(CORPUS, dir)} must pass ropa validate`,
  ).toEqual([]);
  return runGaps(registry, GAP_RULES, { today }).findings;
}

const where = (f: Finding): string => `${f.activity ?? ORG} ${f.rule}`;
const count = (keys: string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

/** Each planted set: `planted/` (a copy of the SSB example) and `planted-<name>/` (a copy of its own base/). */
const PLANTED = readdirSync(CORPUS)
  .filter((name) => name === 'planted' || name.startsWith('planted-'))
  .sort();
/** The SSB copy was built to issue 12's 45 defects; later sets have at least 30. */
const MINIMUM: Record<string, number> = { planted: 45 };

for (const set of PLANTED)
  describe(`planted defects: ${set}`, () => {
    const dir = join(CORPUS, set);
    const manifest = readYaml<PlantedManifest>(join(dir, 'manifest.yaml'));
    const baseDir = manifest.base === undefined ? EXAMPLE : join(dir, manifest.base);
    const base = gaps(baseDir, manifest.today);
    const minimum = MINIMUM[set] ?? 30;
    const planted = gaps(join(dir, 'registry'), manifest.today);

    // Per message, so that a finding that changes its variant (never reviewed → reviewed too long ago) counts. A catalogue
    // entry's finding (a processor's missing agreement) counts on the organisation and on each activity it names.
    const byMessage = (fs: Finding[]) =>
      count(fs.flatMap((f) => [where(f), ...(f.activities ?? []).map((a) => `${a} ${f.rule}`)].map((w) => `${w} ${f.messageId} ${f.severity}`)));
    const baseMsg = byMessage(base);
    const plantedMsg = byMessage(planted);
    const added = (activity: string, rule: string, severity?: string): number => {
      let n = 0;
      for (const [k, v] of plantedMsg) {
        if (k.startsWith(`${activity} ${rule} `) && (severity === undefined || k.endsWith(` ${severity}`))) n += Math.max(0, v - (baseMsg.get(k) ?? 0));
      }
      return n;
    };
    const caught = (d: Defect): boolean =>
      d.inExample
        ? planted.some(
            (f) =>
              (where(f) === `${d.activity} ${d.rule}` || (f.rule === d.rule && (f.activities ?? []).includes(d.activity))) &&
              (d.severity === undefined || f.severity === d.severity),
          )
        : added(d.activity, d.rule, d.severity) > 0;

    const misses = manifest.defects.filter((d) => !caught(d));
    const known = new Map(manifest.knownMisses.map((m) => [m.id, m.reason]));
    const rate = (manifest.defects.length - misses.length) / manifest.defects.length;

    it(`has at least ${minimum} defects, each marked in the YAML where it is planted, and one defect per rule and activity`, () => {
      expect(manifest.defects.length).toBeGreaterThanOrEqual(minimum);
      const marked = markers(join(dir, 'registry')).map((m) => `${m.file} ${m.item}`);
      const listed = manifest.defects.map((d) => `${d.file} ${d.rule}`);
      expect([...new Set(listed)].sort()).toEqual([...new Set(marked)].sort());
      const ids = manifest.defects.map((d) => d.id);
      expect(new Set(ids).size).toBe(ids.length);
      const places = manifest.defects.map((d) => `${d.activity} ${d.rule}`);
      expect(new Set(places).size, 'two defects of one rule on one activity cannot be told apart').toBe(places.length);
      for (const d of manifest.defects) {
        expect(d.law, d.id).toMatch(/\S/);
        expect(d.description, d.id).toMatch(/\S/);
        if (d.activity !== ORG) expect(existsSync(join(dir, 'registry/activities', `${d.activity}.yaml`)), d.id).toBe(true);
      }
    });

    it('catches every planted defect with the expected rule on the expected activity, but the known misses', () => {
      const report = misses.map((d) => `${d.id} ${d.activity} ${d.rule}${known.has(d.id) ? ' (known)' : ''}: ${d.description}`);
      console.log(
        `${set}: planted defects caught: ${manifest.defects.length - misses.length}/${manifest.defects.length} (${(rate * 100).toFixed(1)} %)\n  ${report.join('\n  ')}`,
      );
      expect(
        misses.filter((d) => !known.has(d.id)).map((d) => `${d.id} ${d.activity} ${d.rule}`),
        'new misses',
      ).toEqual([]);
    });

    it('lists as known misses only defects that are still missed, each with a reason', () => {
      for (const m of manifest.knownMisses) {
        expect(m.reason, m.id).toMatch(/\S/);
        expect(
          manifest.defects.some((d) => d.id === m.id),
          `${m.id} is not a defect`,
        ).toBe(true);
      }
      const stillMissed = new Set(misses.map((d) => d.id));
      expect(
        manifest.knownMisses.map((m) => m.id).filter((id) => !stillMissed.has(id)),
        'caught now: remove from knownMisses',
      ).toEqual([]);
    });

    it('reports nothing on the negative controls: correct entries planted next to the defects', () => {
      const alarms = manifest.controls.filter((c) => planted.some((f) => where(f) === `${c.activity} ${c.rule}`));
      expect(
        alarms.map((c) => `${c.id} ${c.activity} ${c.rule}: ${c.description}`),
        'false alarms on correct entries',
      ).toEqual([]);
      for (const c of manifest.controls)
        expect(
          base.some((f) => where(f) === `${c.activity} ${c.rule}`),
          `${c.id}: the example already has this finding`,
        ).toBe(false);
    });

    it('catches at least 95 % of the planted defects', () => {
      expect(rate).toBeGreaterThanOrEqual(0.95);
    });

    it("keeps the example's findings: planting a defect hides none but those the plant replaces", () => {
      const baseAt = count(base.map(where));
      const plantedAt = count(planted.map(where));
      const replaced = count(manifest.defects.flatMap((d) => (d.replaces ?? []).map((r) => `${d.activity} ${r}`)));
      const knownVanished = count(manifest.knownVanished.map((v) => `${v.activity} ${v.rule}`));
      const unexplained: string[] = [];
      const stale: string[] = [];
      for (const [k, n] of baseAt) {
        const lost = Math.max(0, n - (plantedAt.get(k) ?? 0)) - (replaced.get(k) ?? 0);
        const allowed = knownVanished.get(k) ?? 0;
        if (lost > allowed) unexplained.push(`${k} (${lost - allowed})`);
        if (allowed > 0 && lost < allowed) stale.push(k);
      }
      for (const k of knownVanished.keys()) if (!baseAt.has(k)) stale.push(k);
      expect(unexplained, 'findings of the example that vanished').toEqual([]);
      expect(stale, 'no longer vanish: remove from knownVanished').toEqual([]);
    });

    if (manifest.base !== undefined)
      it('reports on the clean base exactly the true gaps and the false alarms listed there (none, once the rules are right)', () => {
        const key = (e: Expected) => `${e.activity} ${e.rule}`;
        const accepted = manifest.baseFindings ?? [];
        const rejected = manifest.baseFalseAlarms ?? [];
        for (const e of [...accepted, ...rejected]) expect(e.reason, key(e)).toMatch(/\S/);
        if (rejected.length > 0) console.log(`${set} base: ${rejected.length} known false alarm(s): ${rejected.map(key).join('; ')}`);
        expect([...new Set(base.map(where))].sort()).toEqual([...new Set([...accepted, ...rejected].map(key))].sort());
        for (const e of accepted.filter((x) => x.severity !== undefined))
          expect(new Set(base.filter((f) => where(f) === key(e)).map((f) => f.severity)), `${key(e)} severity`).toEqual(new Set([e.severity]));
      });
  });

describe('registries of other Norwegian public bodies, from their published notices', () => {
  const bodies = readdirSync(join(CORPUS, 'bodies')).sort();

  it('are at least three', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(3);
  });

  let total = 0;
  let alarms = 0;
  for (const body of bodies) {
    const dir = join(CORPUS, 'bodies', body);
    const m = readYaml<BodyManifest>(join(dir, 'expected.yaml'));
    describe(m.body, () => {
      const found = gaps(join(dir, 'registry'), m.today);
      const actual = [...new Set(found.map(where))].sort();
      const key = (e: Expected) => `${e.activity} ${e.rule}`;
      const missed = new Set(m.missed.map(key));
      total += actual.length;
      alarms += m.falseAlarms.length;

      it('reports exactly the true gaps, and the false alarms listed (none, once the rules are right)', () => {
        const expected = [...new Set([...m.findings.map(key).filter((k) => !missed.has(k)), ...m.falseAlarms.map(key)])].sort();
        if (m.falseAlarms.length > 0) console.log(`${m.body}: ${m.falseAlarms.length} known false alarm(s): ${m.falseAlarms.map(key).join('; ')}`);
        expect(actual).toEqual(expected);
        for (const e of m.findings.filter((x) => x.severity !== undefined)) {
          expect(new Set(found.filter((f) => where(f) === key(e)).map((f) => f.severity)), `${key(e)} severity`).toEqual(new Set([e.severity]));
        }
      });

      it('gives every expected finding, false alarm and miss a legal reason', () => {
        for (const e of [...m.findings, ...m.falseAlarms, ...m.missed]) expect(e.reason, key(e)).toMatch(/\S/);
        for (const k of missed) expect(m.findings.map(key), `${k} is missed but not an expected finding`).toContain(k);
      });
    });
  }

  it('prints the false-alarm count', () => {
    console.log(`real-body registries: ${alarms} known false alarm(s) in ${total} distinct findings`);
    expect(total).toBeGreaterThan(0);
  });
});
