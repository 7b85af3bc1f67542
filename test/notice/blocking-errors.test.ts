import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { discover } from '../../src/load/discover.js';
import { validateDiscovered, validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { noticeBlockingRules } from '../../src/commands/notice.js';
import type { Registry } from '../../src/model/registry.js';
import { FIXTURES } from '../helpers/cli.js';

/**
 * `ropa notice` runs its blocking rules (consent-valid) with `errorsOnly` and without interning the texts (session 44):
 * only errors block a notice, so the rule leaves out what can only warn. Its errors must be exactly those of the whole
 * rule, on every registry that has consent in it: the rule's own fixtures, every consent-valid defect a lawyer planted in
 * a variant set (each variant built as test/corpus/variants.test.ts builds it), and the corpus's real bodies and bases.
 */
const CORPUS = join(FIXTURES, 'corpus');
const TODAY = '2026-06-01';
const rules = await noticeBlockingRules();
const scratch = mkdtempSync(join(tmpdir(), 'ropa-blocking-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Compared {
  errors: number;
  warningsLeftOut: number;
}

/** The errors-only run first (on texts not interned, as `ropa notice` has them), then the whole rule's errors. */
function compare(registry: Registry, name: string, today = TODAY): Compared {
  const lean = runGaps(registry, rules, { today, place: false, errorsOnly: true, intern: false }).findings;
  const whole = runGaps(registry, rules, { today, place: false }).findings;
  const errors = whole.filter((f) => f.severity === 'error');
  expect(lean, name).toEqual(errors);
  return { errors: errors.length, warningsLeftOut: whole.length - errors.length };
}

function valid(dir: string, name: string): Registry {
  const { registry, findings } = validateRegistry(dir);
  expect(
    findings.filter((f) => f.severity === 'error'),
    `${name} must pass ropa validate`,
  ).toEqual([]);
  return registry;
}

const total = (xs: Compared[]): Compared =>
  xs.reduce((a, b) => ({ errors: a.errors + b.errors, warningsLeftOut: a.warningsLeftOut + b.warningsLeftOut }), { errors: 0, warningsLeftOut: 0 });

describe("consent-valid's errors alone, as `ropa notice` asks for them", () => {
  it("gives the rule's errors on its own fixtures, business and public", () => {
    const rulesDir = join(FIXTURES, 'gaps/rules');
    const shared = readFileSync(join(rulesDir, 'organisation.yaml'));
    const seen = ['business', 'public'].map((sub) => {
      const dir = join(rulesDir, 'consent-valid', sub);
      const found = discover(dir);
      const { registry } = found.files.some((f) => f.kind === 'organisation')
        ? validateDiscovered(dir, found)
        : validateDiscovered(dir, {
            ...found,
            files: [{ path: join(dir, 'organisation.yaml'), kind: 'organisation', bytes: shared }, ...found.files],
            problems: found.problems.filter((p) => p.rule !== 'missing-organisation'),
          });
      return compare(registry, sub);
    });
    const sum = total(seen);
    // The fixtures hold both kinds: errors compared, and warnings the lean run did not read.
    expect(sum.errors).toBeGreaterThan(20);
    expect(sum.warningsLeftOut).toBeGreaterThan(5);
  });

  it('gives the same errors on every consent-valid defect planted in a variant set', { timeout: 600_000 }, () => {
    const seen: Compared[] = [];
    for (const set of readdirSync(CORPUS)
      .filter((n) => n.startsWith('variants-'))
      .sort()) {
      const m = parse(readFileSync(join(CORPUS, set, 'manifest.yaml'), 'utf8')) as {
        base?: string;
        today: string;
        defects: { id: string; rule: string; base?: string; edits: { file: string; find: string; replace: string }[] }[];
      };
      for (const d of m.defects.filter((x) => x.rule === 'consent-valid')) {
        const work = join(scratch, `${set}-${d.id}`);
        cpSync(join(CORPUS, set, (d.base ?? m.base)!), work, { recursive: true });
        for (const e of d.edits) {
          const path = join(work, e.file);
          writeFileSync(
            path,
            readFileSync(path, 'utf8').replace(e.find, () => e.replace),
          );
        }
        seen.push(compare(valid(work, `${set} ${d.id}`), `${set} ${d.id}`, m.today));
        rmSync(work, { recursive: true, force: true });
      }
    }
    const sum = total(seen);
    expect(seen.length).toBeGreaterThan(200);
    // Each variant plants one consent defect: nearly all are errors (the fixtures above hold the warnings).
    expect(sum.errors).toBeGreaterThan(200);
  });

  it('gives the same errors on the real bodies and the clean bases', { timeout: 600_000 }, () => {
    const dirs = [
      ...readdirSync(join(CORPUS, 'bodies'))
        .sort()
        .map((b) => join(CORPUS, 'bodies', b, 'registry')),
      ...readdirSync(CORPUS)
        .filter((n) => n !== 'bodies')
        .sort()
        .flatMap((set) => ['base', 'registry'].map((sub) => join(CORPUS, set, sub))),
    ].filter((dir) => existsSync(join(dir, 'organisation.yaml')));
    const seen = dirs.map((dir) => compare(valid(dir, relative(CORPUS, dir)), relative(CORPUS, dir)));
    expect(seen.length).toBeGreaterThan(400);
    expect(total(seen).warningsLeftOut).toBeGreaterThan(0);
  });
});
