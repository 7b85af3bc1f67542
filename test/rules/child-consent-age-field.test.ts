import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURES, ropa, scratchCopy, tempDir } from '../helpers/cli.js';

/**
 * Session 41 (C1): the age from which a child's own consent is accepted is a fact the DPO records per consent basis
 * (`childConsentAge`), not words the rule reads. `ropa gaps` checks it against the law that applies (13 online, 16 in
 * health care and health research, none for other consent), the notice says it to the person, the report prints it,
 * `ropa import` of the report reads it back and `ropa diff` shows its change. A registry without the field keeps the
 * findings it had; the health pointer is pasient- og brukerrettighetsloven, not vergemålsloven (B7, session 40).
 */
const RULE_DIR = join(FIXTURES, 'gaps/rules/child-consent-age');

interface Finding {
  rule: string;
  activity: string;
  severity: string;
  pointer: string;
  message: string;
}

/** The rule's fixture as a registry of its own (the shared organisation file beside it), with only the activities named. */
function registry(activities: string[]): { dir: string; cleanup: () => void } {
  const copy = scratchCopy(RULE_DIR);
  copyFileSync(join(FIXTURES, 'gaps/rules/organisation.yaml'), join(copy.dir, 'organisation.yaml'));
  for (const f of readdirSync(join(copy.dir, 'activities'))) if (!activities.includes(f.replace(/\.yaml$/, ''))) rmSync(join(copy.dir, 'activities', f));
  return copy;
}

function gaps(dir: string, lang = 'en'): Finding[] {
  const r = ropa(['gaps', dir, '--rule', 'child-consent-age', '--today', '2026-12-05', '-f', 'json', '--lang', lang]);
  return (JSON.parse(r.stdout) as { findings: Finding[] }).findings;
}

describe('childConsentAge checked against the law that applies, through ropa gaps', () => {
  const reg = registry([
    'fails-age-online',
    'passes-age-online-13',
    'fails-age-health',
    'passes-age-health-16',
    'fails-age-research',
    'passes-age-other',
    'fails-online-service',
    'fails-health-age',
    'fails-health-register',
  ]);
  afterAll(() => reg.cleanup());
  const found = gaps(reg.dir);
  const at = (activity: string): Finding[] => found.filter((f) => f.activity === activity);

  it('an online service: an age below 13 is an error (Art. 8(1), personopplysningsloven § 5); 13 answers the question', () => {
    expect(at('fails-age-online').map((f) => [f.severity, f.pointer])).toEqual([['error', '/purposes/0/legalBasis/0/childConsentAge']]);
    expect(at('fails-age-online')[0]!.message).toMatch(/from 10 \(childConsentAge\).*only from 13 \(Art\. 8\(1\); personopplysningsloven § 5\)/);
    expect(at('passes-age-online-13')).toEqual([]);
  });

  it('health care: below 12 an error, 12 to 15 a warning (§ 4-3 first paragraph (c)), 16 or 18 nothing; the lower age of two bases is read', () => {
    expect(at('fails-age-health').map((f) => [f.severity, f.pointer])).toEqual([
      ['warning', '/purposes/0/legalBasis/0/childConsentAge'],
      ['error', '/purposes/1/legalBasis/0/childConsentAge'],
    ]);
    expect(at('fails-age-health')[0]!.message).toMatch(/from 14 .*the age is 16 \(pasient- og brukerrettighetsloven § 4-3 first paragraph \(b\)/);
    expect(at('passes-age-health-16')).toEqual([]);
  });

  // helseforskningsloven §§ 17 and 17 a as worded by lov 20. juni 2025 nr. 71, in force from 1 November 2026 (LR3, session 47).
  it('health research: below 16 a warning citing helseforskningsloven §§ 17 and 17 a; other consent: any age answers (no age in law)', () => {
    expect(at('fails-age-research').map((f) => f.severity)).toEqual(['warning']);
    expect(at('fails-age-research')[0]!.message).toMatch(
      /from 13 .*helseforskningsloven §§ 17 and 17 a\); a child from 12 consents alone only where a regulation under § 17 a allows it/,
    );
    expect(at('passes-age-other')).toEqual([]);
  });

  it('a registry without the field keeps its findings: the app is still asked about 13, the dental record about 16', () => {
    expect(at('fails-online-service').map((f) => f.message.slice(0, 60))).toHaveLength(3);
    expect(at('fails-online-service').every((f) => /age limit of 13/.test(f.message))).toBe(true);
    expect(at('fails-health-age').map((f) => f.severity)).toEqual(['warning']);
  });

  it('consent to a vaccination register names the health law, not vergemålsloven § 9 or barnelova § 33 (B7, session 40)', () => {
    for (const lang of ['en', 'nb', 'nn']) {
      const [f] = gaps(reg.dir, lang).filter((x) => x.activity === 'fails-health-register');
      expect(f!.message).toMatch(/4-4; helseregister(?:loven|lova) § 15/);
      expect(f!.message).not.toMatch(/vergemål|barnelova/);
    }
  });
});

describe('the real body: FHI SYSVAK, consent to register other vaccines, the vaccinated including children', () => {
  it('is asked about the age of 16 under pasient- og brukerrettighetsloven, as its expected.yaml reads the law', () => {
    const dir = join(FIXTURES, 'corpus/bodies/fhi-sysvak/registry');
    const [f, ...rest] = gaps(dir, 'nb');
    expect(rest).toEqual([]);
    expect(f!.severity).toBe('warning');
    expect(f!.message).toMatch(/aldersgrensen 16 år.*pasient- og brukerrettighetsloven §§ 4-3 første ledd, 4-4; helseregisterloven § 15/);
    expect(f!.message).not.toMatch(/vergemålsloven|barnelova/);
  });
});

describe('childConsentAge reaches the person, the report, the import and the diff', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const reg = registry(['passes-age-online-13', 'passes-age-health-16']);
  afterAll(() => reg.cleanup());

  it('the notice says it as the person needs it, in nb, nn and en, Markdown and HTML, once per purpose', () => {
    const words = {
      nb: 'Er du under 16 år, må den som har foreldreansvaret for deg (vanligvis foreldrene dine), samtykke for deg eller gi deg lov til å samtykke selv.',
      nn: 'Er du under 16 år, må den som har foreldreansvaret for deg (vanlegvis foreldra dine), samtykkje for deg eller gi deg lov til å samtykkje sjølv.',
      en: 'If you are under 16, the person with parental responsibility for you (usually your parents) must consent for you or allow you to consent yourself.',
    };
    for (const [lang, sentence] of Object.entries(words))
      for (const format of ['md', 'html']) {
        const r = ropa(['notice', join(FIXTURES, 'notice/fields'), '--complete', '--lang', lang, '--format', format]);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout.split(sentence).length - 1, `${lang} ${format}`).toBe(1);
      }
    // Per purpose: the app's 13; the dental record's two consent bases (16 each) once; the reminders' 18.
    const nb = ropa(['notice', reg.dir, '--draft']).stdout;
    for (const age of [13, 16, 18])
      expect(
        nb.split(
          `Er du under ${age} år, må den som har foreldreansvaret for deg (vanligvis foreldrene dine), samtykke for deg eller gi deg lov til å samtykke selv.`,
        ).length - 1,
        String(age),
      ).toBe(1);
  });

  it('the report prints it beside the consent basis; ropa import of the xlsx reads it back onto the basis', () => {
    const xlsx = join(tmp.dir, 'r.xlsx');
    const md = ropa(['report', reg.dir, '-f', 'md', '--internal', '--date', '2026-12-01']);
    expect(md.stdout).toContain('Barnets eget samtykke fra 13 år; under det samtykker en av foreldrene');
    expect(ropa(['report', reg.dir, '-f', 'md', '--internal', '--lang', 'en', '--date', '2026-12-01']).stdout).toContain(
      "A child's own consent from age 13; below it a parent consents",
    );
    expect(ropa(['report', reg.dir, '-f', 'xlsx', '--internal', '--date', '2026-12-01', '-o', xlsx]).code).toBe(0);
    const back = join(tmp.dir, 'imported');
    const r = ropa(['import', xlsx, back]);
    expect(r.code, r.stderr).toBe(0);
    const ages = ['passes-age-online-13', 'passes-age-health-16'].flatMap((id) => {
      const file = readdirSync(join(back, 'activities')).find((f) =>
        readFileSync(join(back, 'activities', f), 'utf8').includes(id === 'passes-age-online-13' ? 'leksehjelp' : 'tannlege'),
      )!;
      const a = parse(readFileSync(join(back, 'activities', file), 'utf8')) as { purposes: { legalBasis: { gdpr: string; childConsentAge?: number }[] }[] };
      return a.purposes.map((p) => p.legalBasis.filter((b) => b.gdpr === 'A6-1-a').map((b) => b.childConsentAge));
    });
    expect(ages).toEqual([[13], [16], [18]]);
    expect(ropa(['validate', back]).code).toBe(0);
  });

  it('ropa diff shows a changed age, for review, with both ages', () => {
    const head = scratchCopy(reg.dir);
    try {
      const file = join(head.dir, 'activities/passes-age-online-13.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('childConsentAge: 13', 'childConsentAge: 10'));
      const r = ropa(['diff', reg.dir, head.dir, '--lang', 'en']);
      expect(r.stdout).toMatch(
        /review\s+The age from which a child consents alone, under Art\. 6\(1\)\(a\) for the purpose homework-app, changed from 13 to 10\./,
      );
      const removed = readFileSync(file, 'utf8').replace(/\n\s+childConsentAge: 10/, '');
      writeFileSync(file, removed);
      expect(ropa(['diff', reg.dir, head.dir, '--lang', 'nb']).stdout).toContain('er endret fra 13 til ikke registrert.');
    } finally {
      head.cleanup();
    }
  });
});
