import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { askMissing } from '../../src/authoring/questions.js';
import { ANSWERED, scripted } from '../helpers/scripted-prompter.js';
import { validateRegistry } from '../../src/validate/index.js';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { diffAfter } from '../helpers/new-route.js';
import { expectRefusedWritingNothing, newArgs } from '../helpers/new-args.js';

/**
 * `ropa new` gives an activity several purposes, each with its own legal bases, laws and data categories (activity.schema.json's
 * purposes): `--also-purpose ID=TEXT` with `--also-basis ID=…`, `--also-law ID=…`, `--also-categories ID=…`, keyed by the
 * purpose's id so that no option is paired with the wrong purpose, and `--purpose-categories` for the first; asked as
 * «another purpose?» at a terminal. The blind writer of variants-fysio (W1, session 42, route gap RG02) could give the staff
 * activity only one purpose: pay and sick leave on one purpose is two Art. 6 bases on it (single-basis-per-purpose), and
 * sick leave on its own purpose without the categories each uses leaves the pay purpose without an Art. 9(2) condition.
 */
const SAMPLE = join(FIXTURES, 'authoring/sample');

const staff = (dir: string, purposes: Record<string, string | string[]>, extra: string[] = []): string[] =>
  newArgs(
    'staff',
    dir,
    {
      title: ['nb:Ansatte', 'en:Staff'],
      subjects: 'employees',
      categories: 'contact-details,sick-leave',
      sources: 'data-subject',
      recipients: 'none',
      transfers: 'none',
      retention: 'P5Y',
      'security-measures': 'access-control',
      information: 'art13',
      'automated-decisions': 'no',
      group: 'operations',
      collection: 'contractual',
      consequences: 'Lønn kan ikke utbetales.',
      ...purposes,
    },
    ['--lang', 'en', ...extra],
  );
const PAY_AND_SICK_LEAVE = {
  purpose: ['nb:Utbetale lønn', 'en:Pay salaries'],
  basis: 'A6-1-b',
  'also-purpose': ['sick-leave=nb:Følge opp sykefravær', 'sick-leave=en:Follow up sick leave'],
  'also-basis': 'sick-leave=A6-1-c,A9-2-b',
  'also-law': ['sick-leave=arbeidsmiljoloven § 4-6', 'sick-leave=A9-2-b=arbeidsmiljoloven § 4-6'],
};
const file = (dir: string): string => join(dir, 'activities/staff.yaml');
const purposesOf = (dir: string): unknown => (parse(readFileSync(file(dir), 'utf8')) as { purposes: unknown }).purposes;
const purposesOfId = (dir: string, id: string): unknown => (parse(readFileSync(join(dir, `activities/${id}.yaml`), 'utf8')) as { purposes: unknown }).purposes;
const findings = (dir: string): string[] =>
  (
    JSON.parse(ropa(['gaps', dir, '--activity', 'staff', '--today', '2026-12-05', '-f', 'json', '--lang', 'en']).stdout) as {
      findings: { rule: string; pointer: string; severity: string }[];
    }
  ).findings.map((f) => `${f.rule} ${f.severity} ${f.pointer}`);

describe('ropa new --also-purpose', () => {
  it('writes each purpose with its own bases, laws and categories; the notice and `ropa show` give both', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      const r = ropa(
        staff(reg.dir, { ...PAY_AND_SICK_LEAVE, 'purpose-categories': 'contact-details', 'also-categories': 'sick-leave=sick-leave,contact-details' }),
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(purposesOf(reg.dir)).toEqual([
        { id: 'staff', description: { nb: 'Utbetale lønn', en: 'Pay salaries' }, legalBasis: [{ gdpr: 'A6-1-b' }], dataCategories: ['contact-details'] },
        {
          id: 'sick-leave',
          description: { nb: 'Følge opp sykefravær', en: 'Follow up sick leave' },
          legalBasis: [
            { gdpr: 'A6-1-c', law: [{ law: 'arbeidsmiljoloven', section: '§ 4-6' }] },
            { gdpr: 'A9-2-b', law: [{ law: 'arbeidsmiljoloven', section: '§ 4-6' }] },
          ],
          dataCategories: ['sick-leave', 'contact-details'],
        },
      ]);
      // Each purpose scoped to its categories: no purpose is left without its Art. 9(2) condition, none has two Art. 6 bases.
      expect(findings(reg.dir).filter((f) => /special-category|single-basis|legal-basis/.test(f))).toEqual([]);
      const notice = ropa(['notice', reg.dir, '--activity', 'staff', '--draft', '--lang', 'en']).stdout;
      expect(notice).toContain(
        'Pay salaries (Contract – GDPR Art. 6(1)(b)); Follow up sick leave (Legal obligation – GDPR Art. 6(1)(c), cf. arbeidsmiljøloven',
      );
      const show = ropa(['show', 'staff', reg.dir, '--lang', 'en']).stdout;
      expect(show).toContain('Pay salaries');
      expect(show).toMatch(/Follow up sick leave\n(?:.*\n){2}\s+Personal data: sick-leave, contact-details/);
    } finally {
      reg.cleanup();
    }
  });

  it('closes what one purpose could not: two Art. 6 bases on one purpose, or a purpose with no Art. 9(2) condition of its own', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      // The route before: pay and sick leave on the one purpose --purpose gives.
      const one = {
        purpose: 'Utbetale lønn og følge opp sykefravær',
        basis: 'A6-1-b,A6-1-c,A9-2-b',
        law: ['arbeidsmiljoloven § 4-6', 'A9-2-b=arbeidsmiljoloven § 4-6'],
      };
      expect(ropa(staff(reg.dir, one)).code).toBe(0);
      expect(findings(reg.dir).filter((f) => f.startsWith('single-basis-per-purpose'))).toEqual(['single-basis-per-purpose warning /purposes/0/legalBasis']);
      const changes = diffAfter(reg.dir, () => writeAgain(reg.dir, staff(reg.dir, PAY_AND_SICK_LEAVE)));
      expect(changes.map((c) => c.message).join('\n')).toMatch(/sick-leave/);
      // Two purposes, sick leave only on its own: the pay purpose may use the health data without a condition (a warning).
      expect(findings(reg.dir).filter((f) => /single-basis|special-category/.test(f))).toEqual(['special-category-condition warning /purposes/0/legalBasis']);
      // Each purpose's categories said: nothing left.
      writeAgain(reg.dir, staff(reg.dir, { ...PAY_AND_SICK_LEAVE, 'purpose-categories': 'contact-details', 'also-categories': 'sick-leave=sick-leave' }));
      expect(findings(reg.dir).filter((f) => /single-basis|special-category/.test(f))).toEqual([]);
    } finally {
      reg.cleanup();
    }
  });

  it('keeps the one-purpose flags exactly as before', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      expect(ropa(staff(reg.dir, { purpose: 'Utbetale lønn', basis: 'A6-1-b' })).code).toBe(0);
      expect(purposesOf(reg.dir)).toEqual([{ id: 'staff', description: 'Utbetale lønn', legalBasis: [{ gdpr: 'A6-1-b' }] }]);
    } finally {
      reg.cleanup();
    }
  });

  it('--purpose-safeguards: an archiving purpose\u2019s own Art. 89(1) safeguards, which research-safeguards reads', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      const add = [
        'add',
        'measure',
        'pseudonymisation',
        reg.dir,
        '--name',
        'nb:Pseudonymisering',
        '--name',
        'en:Pseudonymisation',
        '--type',
        'technical',
        '--art89',
      ];
      expect(ropa(add).code).toBe(0);
      const archive = (id: string, extra: string[]): string[] =>
        newArgs(
          id,
          reg.dir,
          {
            title: 'Arkiv',
            purpose: 'Bevare sykefraværsoppfølgingen for ettertiden',
            basis: 'A6-1-e,A9-2-j',
            law: ['personopplysningsloven § 1', 'A9-2-j=personopplysningsloven § 9'],
            'art89-purpose': 'archiving',
            subjects: 'employees',
            categories: 'sick-leave',
          },
          ['--lang', 'en', ...extra],
        );
      const research = (id: string): string[] =>
        (
          JSON.parse(ropa(['gaps', reg.dir, '--activity', id, '--rule', 'research-safeguards', '-f', 'json']).stdout) as { findings: { pointer: string }[] }
        ).findings.map((f) => f.pointer);
      expect(ropa(archive('archive-before', [])).code).toBe(0);
      expect(research('archive-before')).toEqual(['/purposes/0']);
      expect(ropa(archive('archive-after', ['--purpose-safeguards', 'pseudonymisation'])).code).toBe(0);
      expect((purposesOfId(reg.dir, 'archive-after') as { safeguards: unknown }[])[0]!.safeguards).toEqual(['pseudonymisation']);
      expect(research('archive-after')).toEqual([]);
    } finally {
      reg.cleanup();
    }
  });

  it('--also-research and --also-safeguards: a further purpose of Art. 89(1) and its own safeguards, which research-safeguards reads', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      const add = [
        'add',
        'measure',
        'pseudonymisation',
        reg.dir,
        '--name',
        'nb:Pseudonymisering',
        '--name',
        'en:Pseudonymisation',
        '--type',
        'technical',
        '--art89',
      ];
      expect(ropa(add).code).toBe(0);
      const panel = (id: string, extra: Record<string, string>): string[] =>
        staff(reg.dir, {
          ...PAY_AND_SICK_LEAVE,
          'also-purpose': ['panel=nb:Forske på sykefravær', 'panel=en:Research sick leave'],
          'also-basis': 'panel=A6-1-e,A9-2-j',
          'also-law': ['panel=personopplysningsloven § 1', 'panel=A9-2-j=personopplysningsloven § 9'],
          ...extra,
        }).map((a) => (a === 'staff' ? id : a));
      const research = (id: string): string[] =>
        (
          JSON.parse(ropa(['gaps', reg.dir, '--activity', id, '--rule', 'research-safeguards', '-f', 'json']).stdout) as { findings: { pointer: string }[] }
        ).findings.map((f) => f.pointer);
      expect(ropa(panel('panel-before', {})).code).toBe(0);
      expect(research('panel-before')).toEqual(['/purposes/1']);
      const r = ropa(panel('panel-after', { 'also-research': 'panel=research', 'also-safeguards': 'panel=pseudonymisation' }));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect((purposesOfId(reg.dir, 'panel-after') as Record<string, unknown>[])[1]).toMatchObject({
        id: 'panel',
        researchOrStatistics: 'research',
        safeguards: ['pseudonymisation'],
      });
      expect(research('panel-after')).toEqual([]);
    } finally {
      reg.cleanup();
    }
  });

  const refusals: [string, Record<string, string | string[]>, RegExp][] = [
    [
      'an Art. 89 kind for a further purpose not given',
      { purpose: 'x', basis: 'A6-1-b', 'also-purpose': 'pay=Pay', 'also-research': 'payy=research' },
      /names the purpose "payy"/,
    ],
    ['an Art. 89 kind that is none', { purpose: 'x', basis: 'A6-1-b', 'also-purpose': 'pay=Pay', 'also-research': 'pay=science' }, /--also-research/],
    [
      'an Art. 89 kind without a further purpose',
      { purpose: 'x', basis: 'A6-1-b', 'also-research': 'pay=research' },
      /--also-research describes a purpose after the first/,
    ],
    [
      'two Art. 89 kinds for one purpose',
      { purpose: 'x', basis: 'A6-1-b', 'also-purpose': 'pay=Pay', 'also-research': ['pay=research', 'pay=statistics'] },
      /gives the purpose pay both research and statistics/,
    ],
    [
      'safeguards for a further purpose that is no research',
      { purpose: 'x', basis: 'A6-1-b', 'also-purpose': 'pay=Pay', 'also-basis': 'pay=A6-1-b', 'also-safeguards': 'pay=access-control' },
      /--also-safeguards pay=… are the Art\. 89\(1\) safeguards/,
    ],
    ['a further purpose without the first', { 'also-purpose': 'pay=Pay' }, /--also-purpose describes a purpose after the first/],
    ['a basis for a purpose not given', { purpose: 'x', basis: 'A6-1-b', 'also-purpose': 'pay=Pay', 'also-basis': 'payy=A6-1-b' }, /names the purpose "payy"/],
    ['a value without its key', { purpose: 'x', basis: 'A6-1-b', 'also-purpose': 'Pay salaries' }, /--also-purpose takes KEY=VALUE/],
    ['an id that is no id', { purpose: 'x', basis: 'A6-1-b', 'also-purpose': 'Lønn=Pay' }, /"Lønn" cannot be a purpose's id/],
    ['the first purpose\u2019s id again', { purpose: 'x', basis: 'A6-1-b', 'also-purpose': 'staff=Pay' }, /"staff" is the first purpose's id/],
    [
      'an Art. 6(3) law without its basis',
      { purpose: 'x', basis: 'A6-1-b', 'also-purpose': 'pay=Pay', 'also-basis': 'pay=A6-1-b', 'also-law': 'pay=arbeidsmiljoloven § 1' },
      /--also-law pay=… is the supplementary law/,
    ],
    [
      'an Art. 9 law without its basis',
      { purpose: 'x', basis: 'A6-1-b', 'also-purpose': 'pay=Pay', 'also-basis': 'pay=A6-1-c', 'also-law': 'pay=A9-2-b=arbeidsmiljoloven § 1' },
      /--also-law pay=A9-2-b=… is the law of a A9-2-b basis/,
    ],
    ['a wrong basis code', { purpose: 'x', basis: 'A6-1-b', 'also-purpose': 'pay=Pay', 'also-basis': 'pay=A6-1-z' }, /--also-basis/],
    ['categories for the first purpose without it', { 'purpose-categories': 'contact-details' }, /--purpose-categories describes a purpose/],
    [
      'safeguards for a purpose that is no research',
      { purpose: 'x', basis: 'A6-1-b', 'purpose-safeguards': 'access-control' },
      /--purpose-safeguards are the Art\. 89\(1\) safeguards/,
    ],
  ];
  for (const [what, options, message] of refusals)
    it(`refuses ${what}, writing nothing`, () => {
      expectRefusedWritingNothing(scratchCopy(SAMPLE), 'staff', (dir) => newArgs('staff', dir, { title: 'Staff', ...options }, ['--lang', 'en']), message);
    });

  it('refuses a purpose category the activity does not list, as the schema says (validated before writing)', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      const r = ropa(staff(reg.dir, { ...PAY_AND_SICK_LEAVE, 'also-categories': 'sick-leave=usage-data' }));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/activities\/staff\.yaml was not written/);
      expect(ropa(['show', 'staff', reg.dir]).code).not.toBe(0);
    } finally {
      reg.cleanup();
    }
  });
});

/** Writes the activity again from other arguments: the old file removed first (`ropa new` never replaces one). */
function writeAgain(dir: string, args: string[]): void {
  rmSync(file(dir));
  const r = ropa(args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
}

describe('the question: another purpose?', () => {
  const { registry } = validateRegistry(SAMPLE);
  const rest = { ...ANSWERED, purpose: undefined, automatedDecisions: { used: false }, riskFactors: [] };

  it('asks each further purpose with its id, bases and laws until the answer is no, then the categories each uses', async () => {
    const p = scripted([
      'Betale lønn',
      'Pay salaries',
      'A6-1-b',
      'ja',
      'Følge opp sykefravær',
      'Follow up sick leave',
      'Sykefravær', // not an id
      'staff', // the first purpose's
      'sick-leave',
      'A6-1-c, A9-2-b',
      'arbeidsmiljoloven § 4-6',
      'arbeidsmiljoloven § 4-6',
      'nei',
      'contact-details', // the first purpose's categories
      '', // the second: all of them
    ]);
    const got = await askMissing(p, registry, 'nb', { id: 'staff', ...rest, categories: ['contact-details', 'sick-leave'] });
    expect(p.log.some((l) => l.startsWith('? Behandles opplysningene også for et annet formål, med eget behandlingsgrunnlag?'))).toBe(true);
    expect(p.log).toContain('«Sykefravær» kan ikke være et formåls id: bruk små bokstaver, sifre og bindestrek, og begynn med en bokstav (f.eks. lonn)');
    expect(p.log).toContain('«staff» er allerede id-en til et formål i denne behandlingen; gi en annen.');
    expect(p.log).toContain('Hvilke av datakategoriene bruker formålet «Betale lønn»? Tomt: alle.');
    expect(got.bases).toEqual(['A6-1-b']);
    expect(got.purposeCategories).toEqual(['contact-details']);
    expect(got.morePurposes).toEqual([
      {
        id: 'sick-leave',
        description: { nb: 'Følge opp sykefravær', en: 'Follow up sick leave' },
        bases: ['A6-1-c', 'A9-2-b'],
        laws: [{ law: 'arbeidsmiljoloven', section: '§ 4-6' }],
        lawsByBasis: { 'A9-2-b': [{ law: 'arbeidsmiljoloven', section: '§ 4-6' }] },
        categories: undefined,
      },
    ]);
  });

  it('asks an archiving, research or statistics purpose\u2019s safeguards (A9-2-j), and not another\u2019s', async () => {
    const art9j = { ...rest, purpose: 'x', bases: ['A6-1-e' as const, 'A9-2-j' as const], laws: [], lawsByBasis: { 'A9-2-j': [] } };
    const p = scripted(['access-control']);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...art9j });
    expect(p.log).toContain(
      'The purpose is archiving, research or statistics: which safeguards does it have (Art. 89(1): minimisation, pseudonymisation, …)? A new measure can be added by its id.',
    );
    expect(got.purposeSafeguards).toEqual(['access-control']);
    const q = scripted([]);
    await askMissing(q, registry, 'nb', { id: 'x', ...rest, purpose: 'x', bases: ['A6-1-b'] });
    expect(q.log.some((l) => l.includes('arkiv, forskning eller statistikk'))).toBe(false);
  });

  it('asks a further A9-2-j purpose which of Art. 89(1) it is, and its safeguards', async () => {
    const p = scripted([
      'Betale lønn',
      'Pay salaries',
      'A6-1-b',
      'ja',
      'Forske på sykefravær',
      'Research sick leave',
      'panel',
      'A6-1-e, A9-2-j',
      'personopplysningsloven § 1',
      'personopplysningsloven § 9',
      'research',
      'access-control',
      'nei',
      '',
      '',
    ]);
    const got = await askMissing(p, registry, 'nb', { id: 'staff', ...rest, categories: ['contact-details', 'sick-leave'] });
    expect(got.morePurposes?.[0]).toMatchObject({ id: 'panel', researchOrStatistics: 'research', safeguards: ['access-control'] });
    expect(p.log.some((l) => l.startsWith('Art. 89 gjelder bare'))).toBe(true);
  });

  it('is not asked where the flags gave the purpose, and asks no categories for one purpose (nynorsk, English)', async () => {
    for (const [lang, question] of [
      ['nn', 'Blir opplysningane òg behandla for eit anna føremål'],
      ['en', 'Is the data also processed for another purpose'],
    ] as const) {
      const flagged = scripted(['A6-1-b']);
      await askMissing(flagged, registry, lang, { id: 'x', ...rest, purpose: 'x', categories: ['contact-details', 'sick-leave'] });
      expect(flagged.log.some((l) => l.includes(question))).toBe(false);
      const asked = scripted(['x', 'x', 'A6-1-b', '']);
      const got = await askMissing(asked, registry, lang, { id: 'x', ...rest, categories: ['contact-details', 'sick-leave'] });
      expect(asked.log.some((l) => l.includes(question))).toBe(true);
      expect(got.morePurposes).toBeUndefined();
      expect(got.purposeCategories).toBeUndefined();
    }
  });
});
