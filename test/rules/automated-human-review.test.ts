import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURES, ropa, scratchCopy, tempDir } from '../helpers/cli.js';

/**
 * automatedDecisions.humanReview end to end, through the CLI on a real registry (test/fixtures/notice/complete, whose
 * fraud-check makes automated decisions in nb, nn and en): the gap list, the notice in Markdown and HTML in each
 * language, the report's xlsx read back by `ropa import`, and `ropa diff`.
 */
const COMPLETE = join(FIXTURES, 'notice/complete');
const FILE = 'activities/fraud-check.yaml';

/** A copy of the registry whose fraud-check records these lines after `profiling: true` (exception, humanReview). */
function withDecision(lines: string[]): { dir: string; cleanup: () => void } {
  const copy = scratchCopy(COMPLETE);
  const path = join(copy.dir, FILE);
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace('  profiling: true\n', `  profiling: true\n${lines.map((l) => `  ${l}\n`).join('')}`));
  return copy;
}

type Finding = { rule: string; severity: string; pointer: string; activity: string; message: string };
function findings(dir: string): Finding[] {
  const r = ropa(['gaps', dir, '--activity', 'fraud-check', '-f', 'json', '--lang', 'en', '--today', '2026-12-05']);
  return (JSON.parse(r.stdout) as { findings: Finding[] }).findings.filter((f) => f.rule === 'automated-decision-basis');
}

const RIGHT = {
  en: 'You have the right to have the decision reviewed by a person at our organisation, to express your point of view and to contest the decision (Art. 22(3)).',
  nb: 'Du har rett til å få avgjørelsen vurdert av et menneske hos oss, til å si din mening og til å bestride avgjørelsen (art. 22 nr. 3).',
  nn: 'Du har rett til å få avgjerda vurdert av eit menneske hos oss, til å seie meininga di og til å bestride avgjerda (art. 22 nr. 3).',
} as const;
const OFFERED = {
  en: 'You can ask for a person at our organisation to review the decision, express your point of view and contest the decision.',
  nb: 'Du kan be om at et menneske hos oss vurderer avgjørelsen, si din mening og bestride avgjørelsen.',
  nn: 'Du kan be om at eit menneske hos oss vurderer avgjerda, seie meininga di og bestride avgjerda.',
} as const;
const EVERY = {
  en: 'A person at our organisation assesses every decision before it takes effect.',
  nb: 'En person hos oss vurderer hver avgjørelse før den får virkning.',
  nn: 'Ein person hos oss vurderer kvar avgjerd før ho får verknad.',
} as const;
const LANGS = ['en', 'nb', 'nn'] as const;

function notice(dir: string, lang: string, format: 'md' | 'html'): string {
  const r = ropa(['notice', dir, '--lang', lang, '-f', format, '--activity', 'fraud-check', '--date', '2026-12-05']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
}

describe('ropa gaps reads humanReview as a fact', () => {
  it.each([
    [['exception: contract', 'humanReview: none'], [['error', '/automatedDecisions/humanReview', /rest on a contract \(Art\. 22\(2\)\(a\)\)/]]],
    [['exception: explicit-consent', 'humanReview: none'], [['error', '/automatedDecisions/humanReview', /rest on explicit consent \(Art\. 22\(2\)\(c\)\)/]]],
    [['exception: contract', 'humanReview: every-decision'], [['warning', '/automatedDecisions/humanReview', /not solely automated \(Art\. 22\(1\)\)/]]],
    [['exception: law', 'law: [{law: straffeprosessloven}]', 'humanReview: none'], [['warning', '/automatedDecisions/humanReview', /recital 71/]]],
    // The same block with the words only: the review the record does not state is asked for, as before the field.
    [['exception: contract'], [['warning', '/automatedDecisions/exception', /does not say how a person can obtain human intervention/]]],
    [['exception: contract', 'humanReview: on-request'], []],
    [['exception: explicit-consent', 'humanReview: on-request'], []],
    [['exception: law', 'law: [{law: straffeprosessloven}]', 'humanReview: on-request'], []],
  ])('%j', (lines, expected) => {
    const { dir, cleanup } = withDecision(lines);
    try {
      const got = findings(dir);
      expect(got.map((f) => [f.severity, f.pointer])).toEqual(expected.map(([s, p]) => [s, p]));
      got.forEach((f, i) => expect(f.message).toMatch(expected[i]![2] as RegExp));
    } finally {
      cleanup();
    }
  });

  it('used: false with no person reviewing, where the processing decides access to a service, is a contradiction', () => {
    const { dir, cleanup } = scratchCopy(COMPLETE);
    try {
      const path = join(dir, FILE);
      const text = readFileSync(path, 'utf8')
        .replace('  used: true\n', '  used: false\n  humanReview: none\n')
        .replace('rightsRestrictions:', 'riskFactors:\n  preventsRightOrService: true\nrightsRestrictions:');
      writeFileSync(path, text);
      expect(findings(dir).map((f) => [f.severity, f.pointer, f.message.slice(0, 60)])).toEqual([
        ['warning', '/automatedDecisions/humanReview', 'The record says no person looks at the decisions before they'],
      ]);
      // A person who assesses every decision: not solely automated, nothing to report.
      writeFileSync(path, text.replace('humanReview: none', 'humanReview: every-decision'));
      expect(findings(dir)).toEqual([]);
    } finally {
      cleanup();
    }
  });
});

describe('ropa notice says the review the record gives', () => {
  // Session 42: Art. 22(3) gives the review for a contract or explicit consent (22(2)(a), (c)); under a law (22(2)(b)) the
  // safeguards are the law's, so the review the record offers is said without citing 22(3).
  it.each(LANGS)('on request: the review offered, cited to Art. 22(3) only for a contract or consent (%s, md and html)', (lang) => {
    const { dir, cleanup } = withDecision(['exception: law', 'law: [{law: straffeprosessloven}]', 'humanReview: on-request']);
    const consent = withDecision(['exception: explicit-consent', 'humanReview: on-request']);
    try {
      for (const format of ['md', 'html'] as const) {
        const text = notice(dir, lang, format);
        expect(text).toContain(OFFERED[lang]);
        expect(text).not.toContain(RIGHT[lang]);
        expect(text).not.toContain(EVERY[lang]);
        const consented = notice(consent.dir, lang, format);
        expect(consented).toContain(RIGHT[lang]);
        expect(consented).not.toContain(OFFERED[lang]);
      }
    } finally {
      cleanup();
      consent.cleanup();
    }
  });

  it.each(LANGS)('every decision: said, with the Art. 22(3) right for a contract (%s)', (lang) => {
    const { dir, cleanup } = withDecision(['exception: contract', 'humanReview: every-decision']);
    try {
      for (const format of ['md', 'html'] as const) {
        const text = notice(dir, lang, format);
        expect(text).toContain(EVERY[lang]);
        expect(text).toContain(RIGHT[lang]);
      }
    } finally {
      cleanup();
    }
  });

  it.each(LANGS)('none: no right is promised that the record denies; law with nothing recorded promises none (%s)', (lang) => {
    for (const lines of [
      ['exception: contract', 'humanReview: none'],
      ['exception: law', 'law: [{law: straffeprosessloven}]'],
    ]) {
      const { dir, cleanup } = withDecision(lines);
      try {
        const text = notice(dir, lang, 'md');
        expect(text).not.toContain(RIGHT[lang]);
        expect(text).not.toContain(EVERY[lang]);
      } finally {
        cleanup();
      }
    }
  });

  it('a contract with nothing recorded promises the right, as before the field', () => {
    const { dir, cleanup } = withDecision(['exception: contract']);
    try {
      expect(notice(dir, 'en', 'md')).toContain(RIGHT.en);
    } finally {
      cleanup();
    }
  });
});

describe('the report carries humanReview, ropa import reads it back, ropa diff shows a change', () => {
  it.each(['every-decision', 'on-request', 'none'])('%s: xlsx → import → the same fact', (review) => {
    const { dir, cleanup } = withDecision(['exception: contract', `humanReview: ${review}`]);
    const tmp = tempDir();
    try {
      const xlsx = join(tmp.dir, 'report.xlsx');
      expect(ropa(['report', dir, '-f', 'xlsx', '--internal', '--lang', 'nn', '--date', '2026-12-05', '-o', xlsx]).code).toBe(0);
      const reg = join(tmp.dir, 'back');
      const r = ropa(['import', xlsx, reg]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/Automatiserte avgjerder/);
      const back = parse(readFileSync(join(reg, 'activities', 'fraud-check.yaml'), 'utf8')) as { automatedDecisions: Record<string, unknown> };
      expect(back.automatedDecisions.humanReview).toBe(review);
      expect(back.automatedDecisions.used).toBe(true);
      expect(back.automatedDecisions.profiling).toBe(true);
    } finally {
      tmp.cleanup();
      cleanup();
    }
  });

  it('less review is for review, more for information, with both values named', () => {
    const base = withDecision(['exception: contract', 'humanReview: on-request']);
    const head = withDecision(['exception: contract', 'humanReview: none']);
    try {
      type Change = { id: string; level: string; activity: string; args: Record<string, string>; message: string };
      const diff = (a: string, b: string): Change[] =>
        (JSON.parse(ropa(['diff', '--base-dir', a, '--head-dir', b, '-f', 'json', '--lang', 'en']).stdout) as { changes: Change[] }).changes;
      expect(diff(base.dir, head.dir).map((c) => [c.id, c.level, c.activity, c.args])).toEqual([
        ['automated-human-review-changed', 'review', 'fraud-check', { before: 'on-request', after: 'none' }],
      ]);
      const back = diff(head.dir, base.dir);
      expect(back.map((c) => [c.id, c.level])).toEqual([['automated-human-review-changed', 'info']]);
      expect(back[0]!.message).toBe('Human review of the automated decisions changed from none to when the person asks (Art. 22(3)).');
    } finally {
      base.cleanup();
      head.cleanup();
    }
  });
});
