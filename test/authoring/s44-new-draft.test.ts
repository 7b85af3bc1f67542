import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { newArgs } from '../helpers/new-args.js';

/**
 * Session 44: the official `ropa report` and the notice list approved activities only, and `ropa new` writes `approval:
 * draft` unless --approval (or the question) says otherwise; W1's route (session 42) wrote drafts and found them missing
 * from the report. `ropa new` now says so when it writes one that is not approved, naming the field and the flag, and
 * `ropa list` shows the approval beside the status.
 */
const SAMPLE = join(FIXTURES, 'authoring/sample');
const args = (dir: string, extra: string[], lang = 'en'): string[] =>
  newArgs(
    'follow-up',
    dir,
    {
      title: 'Oppfølging',
      purpose: 'Følge opp sykmeldte',
      basis: 'A6-1-c',
      law: 'arbeidsmiljoloven § 4-6',
      subjects: 'employees',
      categories: 'contact-details',
    },
    ['--lang', lang, ...extra],
  );

describe('ropa new: a draft is said to be one', () => {
  it('without --approval: says it is a draft, how to approve it, and list and report show it is not approved', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      const r = ropa(args(reg.dir, []));
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expect(lines.at(-1)).toMatch(
        /^Its approval is draft: the official `ropa report` and the notice list approved activities only\. .*set `approval: approved` in .*activities\/follow-up\.yaml \(`ropa new --approval approved` writes it so\); `ropa show follow-up .*` and `ropa list .*` show it\.$/,
      );
      expect(lines).toHaveLength(2);
      const list = ropa(['list', reg.dir, '--lang', 'en']).stdout;
      expect(list).toMatch(/^follow-up +active, draft +A6-1-c +Oppfølging$/m);
      // The other activities have no approval field: approved, as before.
      expect(list).toMatch(/^payroll +active +A6-1-b A9-2-b +Payroll$/m);
      const report = ropa(['report', reg.dir, '--lang', 'en']);
      expect(report.stdout).not.toContain('Oppfølging');
      expect(report.stderr).toContain('1 processing activity that is not approved is left out of the official record');
    } finally {
      reg.cleanup();
    }
  });

  it('in review, in nb and nn: named in the language of the run', () => {
    for (const [lang, words] of [
      ['nb', /Godkjenningen er til gjennomgang: den offisielle `ropa report`/],
      ['nn', /Godkjenninga er til gjennomgang: den offisielle `ropa report`/],
    ] as const) {
      const reg = scratchCopy(SAMPLE);
      try {
        const r = ropa(args(reg.dir, ['--approval', 'in-review'], lang));
        expect(r.code).toBe(0);
        expect(r.stdout).toMatch(words);
        expect(ropa(['list', reg.dir, '--lang', lang]).stdout).toMatch(/^follow-up +aktiv, til gjennomgang /m);
      } finally {
        reg.cleanup();
      }
    }
  });

  it('with --approval approved: no such line, list shows the status alone, and the report prints it', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      const r = ropa(args(reg.dir, ['--approval', 'approved']));
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/approval is/);
      expect(r.stdout.trim().split('\n')).toHaveLength(1);
      expect(ropa(['list', reg.dir, '--lang', 'en']).stdout).toMatch(/^follow-up +active +A6-1-c +Oppfølging$/m);
      expect(ropa(['report', reg.dir, '--lang', 'en']).stdout).toContain('Oppfølging');
    } finally {
      reg.cleanup();
    }
  });
});
