import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateDiscovered } from '../../src/validate/index.js';
import { discover } from '../../src/load/discover.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES, GAP_RULE_IDS } from '../../src/rules/index.js';
import { noticeBlockingRules } from '../../src/commands/notice.js';
import { FIXTURES, ROOT } from '../helpers/cli.js';
import { hasMessage } from '../../src/i18n/index.js';
import { markers, registriesIn, sortExpected, type Expected } from '../gaps/expectations.js';

/**
 * One table-driven test per rule: test/fixtures/gaps/rules/<id>/ holds a registry (or several) built to
 * break the rule where a line says `# expect: <id>`, and to keep it quiet everywhere else. Only the rule
 * under test runs, so a fixture shows exactly what that rule sees. A fixture without its own organisation.yaml
 * shares test/fixtures/gaps/rules/organisation.yaml; one whose organisation matters to the rule carries its own.
 */
const TODAY = '2026-06-01';
const rulesDir = join(FIXTURES, 'gaps/rules');
const sharedOrganisation = readFileSync(join(rulesDir, 'organisation.yaml'));

/** The fixture registry, with the shared organisation file standing in where it has none of its own. */
function validateFixture(dir: string) {
  const found = discover(dir);
  if (found.files.some((f) => f.kind === 'organisation')) return validateDiscovered(dir, found);
  return validateDiscovered(dir, {
    ...found,
    files: [{ path: join(dir, 'organisation.yaml'), kind: 'organisation', bytes: sharedOrganisation }, ...found.files],
    problems: found.problems.filter((p) => p.rule !== 'missing-organisation'),
  });
}

interface Run {
  today: string;
  expect: Expected[];
}

function run(dir: string, id: string, today: string): Expected[] {
  const { registry, findings } = validateFixture(dir);
  expect(
    findings.filter((f) => f.severity === 'error'),
    `${relative(ROOT, dir)} must be a valid registry`,
  ).toEqual([]);
  const rule = GAP_RULES.find((r) => r.meta.id === id)!;
  const result = runGaps(registry, [rule], { today });
  const all = [...result.findings, ...result.accepted.map((a) => a.finding)];
  for (const f of all) for (const lang of ['en', 'nb', 'nn'] as const) expect(hasMessage(lang, f.messageId), `${lang} ${f.messageId}`).toBe(true);
  return all.map((f) => {
    const inside = !relative(dir, f.file).startsWith('..');
    return {
      file: inside ? relative(dir, f.file) : relative(ROOT, f.file),
      line: f.range?.line ?? 0,
      rule: f.rule,
      variant: f.messageId.slice(`gaps.${f.rule}.`.length),
    };
  });
}

describe.each(GAP_RULE_IDS)('%s', (id) => {
  const dir = join(rulesDir, id);

  it('has a fixture', () => {
    expect(existsSync(dir), `test/fixtures/gaps/rules/${id}`).toBe(true);
  });

  it('fires where the fixture expects it, and nowhere else', () => {
    const runsFile = join(dir, 'runs.json');
    let fired = 0;
    let quiet = 0;
    for (const reg of registriesIn(dir)) {
      const runs: Run[] = existsSync(runsFile) ? (JSON.parse(readFileSync(runsFile, 'utf8')) as Run[]) : [{ today: TODAY, expect: markers(reg) }];
      for (const r of runs) {
        const actual = run(reg, id, r.today);
        // Compare the variant only where the expectation names one.
        const shown = actual.map((a) => {
          const e =
            r.expect.find((x) => x.file === a.file && x.line === a.line && x.rule === a.rule && x.variant === a.variant) ??
            r.expect.find((x) => x.file === a.file && x.line === a.line && x.rule === a.rule);
          return e?.variant === undefined ? { file: a.file, line: a.line, rule: a.rule } : a;
        });
        expect(shown.sort(sortExpected), `${relative(ROOT, reg)} at ${r.today}`).toEqual([...r.expect].sort(sortExpected));
        fired += actual.length;
        if (actual.length === 0) quiet++;
      }
      // An activity named passes-* carries no expectation: the rule must stay quiet on it.
      const activities = join(reg, 'activities');
      if (existsSync(activities)) {
        for (const f of readdirSync(activities).filter((n) => n.startsWith('passes'))) {
          expect(readFileSync(join(activities, f), 'utf8'), f).not.toMatch(/# expect:/);
          quiet++;
        }
      }
    }
    expect(fired, 'the fixture must make the rule fire').toBeGreaterThan(0);
    expect(quiet, 'the fixture must show the rule staying quiet').toBeGreaterThan(0);
  });
});

describe('the rule index', () => {
  it('registers every rule file in src/rules, under the id its file is named by', () => {
    const files = readdirSync(join(ROOT, 'src/rules'))
      .filter((n) => n.endsWith('.ts') && n !== 'index.ts')
      .map((n) => n.slice(0, -3));
    expect([...GAP_RULE_IDS].sort()).toEqual(files.sort());
  });

  it('declares its messages in its metadata, each worded in every language, and no locale words a message no rule declares', () => {
    const declared = new Set(GAP_RULES.flatMap((r) => r.meta.messages.map((m) => `gaps.${r.meta.id}.${m}`)));
    for (const id of declared) for (const lang of ['en', 'nb', 'nn'] as const) expect(hasMessage(lang, id), `${lang} ${id}`).toBe(true);
    for (const lang of ['en', 'nb', 'nn']) {
      const keys = Object.keys(JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'gaps.json'), 'utf8')) as object);
      const ruleKeys = keys.filter((k) => GAP_RULE_IDS.includes(k.split('.')[0]!)).map((k) => `gaps.${k}`);
      expect(
        ruleKeys.filter((k) => !declared.has(k)),
        `${lang}: messages no rule declares`,
      ).toEqual([]);
    }
  });

  it('marks as blocking the notice only rules whose finding would publish something unlawful', async () => {
    expect(GAP_RULES.filter((r) => r.meta.blocksNotice === true).map((r) => r.meta.id)).toEqual(['consent-valid']);
    // `ropa notice` loads the blocking rules from its own list.
    expect(await noticeBlockingRules()).toEqual(GAP_RULES.filter((r) => r.meta.blocksNotice === true));
  });
});
