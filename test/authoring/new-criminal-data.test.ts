import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { askMissing } from '../../src/authoring/questions.js';
import { ANSWERED, scripted } from '../helpers/scripted-prompter.js';
import { validateRegistry } from '../../src/validate/index.js';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { diffAfter, reportedAndImported } from '../helpers/new-route.js';
import { expectRefusedWritingNothing, newArgs } from '../helpers/new-args.js';

/**
 * `ropa new` records what allows criminal-offence data (Art. 10) as facts on the A10 basis, asked where the question
 * arises (a category marked criminalOffence, or A10 among the bases) or given by --criminal-data-ground and
 * --section-11-condition: official authority with the task law, personopplysningsloven § 11 with the condition it
 * applies, or a special law. criminal-data-basis reads the recorded condition instead of words (session 42, S1).
 */
const SAMPLE = join(FIXTURES, 'authoring/sample');

const full = { ...ANSWERED, automatedDecisions: { used: false }, riskFactors: [] };

type Law = { law: string; section?: string };

describe('the question: what allows the criminal-offence data', () => {
  const { registry } = validateRegistry(SAMPLE);

  it('is asked for a category marked criminalOffence, in the registry language: § 11 with its condition, A10 added', async () => {
    const p = scripted(['2', '5']);
    const got = await askMissing(p, registry, 'nb', { id: 'x', ...full, bases: ['A6-1-b'], categories: ['criminal-record'] });
    expect(p.log).toContain('Noen av opplysningene gjelder straffedommer eller lovovertredelser (art. 10). Hva gir grunnlag for å behandle dem?');
    expect(p.log.some((l) => l.includes('Hvilket vilkår i personopplysningsloven § 11 gjelder'))).toBe(true);
    expect(p.log.some((l) => l.includes('rettskrav, eller domstoler som handler i sin egenskap av domstol (art. 9 nr. 2 bokstav f)'))).toBe(true);
    expect(got.bases).toEqual(['A6-1-b', 'A10']);
    expect(got.criminalDataGround).toBe('section-11');
    expect(got.section11Condition).toBe('A9-2-f');
    expect(got.lawsByBasis?.A10).toEqual([{ law: 'personopplysningsloven', section: '§ 11' }]);
    expect(got.newEntries).toBeUndefined();
  });

  it('official authority takes the task law already given for A6-1-e, in nynorsk', async () => {
    const p = scripted(['official-authority']);
    const law: Law[] = [{ law: 'arbeidsmiljoloven', section: '§ 9-3' }];
    const got = await askMissing(p, registry, 'nn', { id: 'x', ...full, bases: ['A6-1-e'], laws: law, categories: ['criminal-record'] });
    expect(p.log).toContain('Nokre av opplysningane gjeld straffedommar eller lovbrot (art. 10). Kva gjev grunnlag for å behandle dei?');
    expect(got.criminalDataGround).toBe('official-authority');
    expect(got.lawsByBasis?.A10).toEqual(law);
  });

  it('a special law is asked for, in English', async () => {
    const p = scripted(['3', 'arbeidsmiljoloven § 9-3']);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...full, bases: ['A6-1-b'], categories: ['criminal-record'] });
    expect(p.log).toContain('Which law authorises processing the data on criminal convictions or offences?');
    expect(got.criminalDataGround).toBe('special-law');
    expect(got.lawsByBasis?.A10).toEqual([{ law: 'arbeidsmiljoloven', section: '§ 9-3' }]);
  });

  it('skipped with A10 among the bases, A10 is asked its law as before; skipped without, nothing is added', async () => {
    const p = scripted(['', 'arbeidsmiljoloven § 9-3']);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...full, bases: ['A6-1-b', 'A10'], categories: ['criminal-record'] });
    expect(p.log.some((l) => l.startsWith('Which law provides for A10'))).toBe(true);
    expect(got.criminalDataGround).toBeUndefined();
    expect(got.lawsByBasis?.A10).toEqual([{ law: 'arbeidsmiljoloven', section: '§ 9-3' }]);
    const q = scripted(['']);
    const none = await askMissing(q, registry, 'en', { id: 'x', ...full, bases: ['A6-1-b'], categories: ['criminal-record'] });
    expect(none.bases).toEqual(['A6-1-b']);
    expect(none.lawsByBasis).toBeUndefined();
  });

  it('is not asked without criminal-offence data or A10', async () => {
    const p = scripted([]);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...full, bases: ['A6-1-b'], categories: ['contact-details', 'health-data'] });
    expect(p.log.some((l) => l.includes('Art. 10'))).toBe(false);
    expect(got.criminalDataGround).toBeUndefined();
  });

  it('a registry whose laws catalogue lacks personopplysningsloven gets the entry, with its Lovdata id', async () => {
    const copy = scratchCopy(SAMPLE);
    try {
      const file = join(copy.dir, 'catalogues/catalogue.yaml');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('  personopplysningsloven:\n    title: personopplysningsloven\n    url: https://lovdata.no/lov/2018-06-15-38\n', ''),
      );
      const { registry: bare } = validateRegistry(copy.dir);
      const got = await askMissing(scripted(['section-11', '']), bare, 'en', { id: 'x', ...full, bases: ['A6-1-b'], categories: ['criminal-record'] });
      expect(got.section11Condition).toBeUndefined();
      expect(got.newEntries).toEqual([
        {
          catalogue: 'laws',
          id: 'personopplysningsloven',
          entry: { title: 'personopplysningsloven', lovdataId: 'LOV-2018-06-15-38', url: 'https://lovdata.no/lov/2018-06-15-38' },
        },
      ]);
    } finally {
      copy.cleanup();
    }
  });
});

describe('ropa new --criminal-data-ground, --section-11-condition', () => {
  const args = (dir: string, extra: string[]): string[] =>
    newArgs(
      'vetting',
      dir,
      {
        title: ['nb:Vandelskontroll', 'en:Vetting'],
        purpose: ['nb:kontrollere vandel for nytilsatte', 'en:check the records of new staff'],
        basis: 'A6-1-c',
        law: 'arbeidsmiljoloven § 9-3',
        subjects: 'employees',
        categories: 'criminal-record',
      },
      ['--lang', 'en', ...extra],
    );
  const findings = (dir: string): { severity: string; message: string; pointer?: string }[] =>
    (
      JSON.parse(ropa(['gaps', dir, '--activity', 'vetting', '--rule', 'criminal-data-basis', '-f', 'json', '--lang', 'en']).stdout) as {
        findings: { severity: string; message: string }[];
      }
    ).findings;
  const a10 = (dir: string): Record<string, unknown> =>
    (parse(readFileSync(join(dir, 'activities/vetting.yaml'), 'utf8')) as { purposes: { legalBasis: { gdpr: string }[] }[] }).purposes[0]!.legalBasis.find(
      (b) => b.gdpr === 'A10',
    ) as Record<string, unknown>;
  const edit = (dir: string, from: string | RegExp, to: string): void => {
    const path = join(dir, 'activities/vetting.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
  };
  const publicAuthority = (dir: string, value: boolean): void => {
    const path = join(dir, 'organisation.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/publicAuthority: (true|false)/, `publicAuthority: ${String(value)}`));
  };

  it('§ 11 with its condition: A10 is added citing § 11, the condition answers criminal-data-basis; without it, it is asked', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      const r = ropa(args(reg.dir, ['--criminal-data-ground', 'section-11', '--section-11-condition', 'A9-2-f']));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(a10(reg.dir)).toEqual({
        gdpr: 'A10',
        law: [{ law: 'personopplysningsloven', section: '§ 11' }],
        criminalDataGround: 'section-11',
        section11Condition: 'A9-2-f',
      });
      expect(findings(reg.dir)).toEqual([]);
      const shown = ropa(['show', 'vetting', reg.dir, '--lang', 'en']).stdout;
      expect(shown).toContain('Ground under Art. 10: personopplysningsloven § 11');
      expect(shown).toContain('Condition under personopplysningsloven § 11: legal claims, or courts acting in their judicial capacity (Art. 9(2)(f))');
      edit(reg.dir, /\n\s*section11Condition: A9-2-f/, '');
      expect(findings(reg.dir).map((f) => f.message)).toEqual([expect.stringMatching(/rests on personopplysningsloven § 11 alone.*section11Condition/)]);
    } finally {
      reg.cleanup();
    }
  });

  it('§ 11 recorded but not cited is a warning at the ground', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      expect(ropa(args(reg.dir, ['--criminal-data-ground', 'section-11', '--section-11-condition', 'A9-2-a'])).code).toBe(0);
      expect(findings(reg.dir)).toEqual([]);
      edit(reg.dir, 'section: § 11', 'section: § 12');
      const [f, ...rest] = findings(reg.dir).filter((x) => /as its ground/.test(x.message));
      expect(rest).toEqual([]);
      expect(f!.severity).toBe('warning');
      expect(f!.message).toMatch(/records personopplysningsloven § 11 as its ground \(criminalDataGround\), but cites no § 11/);
      expect(f!.pointer).toBe('/purposes/0/legalBasis/1/criminalDataGround');
    } finally {
      reg.cleanup();
    }
  });

  it('official authority takes the task law of --law; recorded by no public authority it is a warning', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      expect(ropa(args(reg.dir, ['--criminal-data-ground', 'official-authority'])).code).toBe(0);
      expect(a10(reg.dir)).toEqual({ gdpr: 'A10', law: [{ law: 'arbeidsmiljoloven', section: '§ 9-3' }], criminalDataGround: 'official-authority' });
      const ground = (): string[] =>
        findings(reg.dir)
          .filter((f) => /official authority as its ground/.test(f.message))
          .map((f) => f.severity);
      expect(ground()).toEqual([]);
      publicAuthority(reg.dir, false);
      expect(ground()).toEqual(['warning']);
      // An activity the law gives official authority says so itself.
      edit(reg.dir, 'approval: draft\n', 'approval: draft\npublicAuthority: true\n');
      expect(ground()).toEqual([]);
    } finally {
      reg.cleanup();
    }
  });

  it('an old record without the ground keeps exactly its findings', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      expect(ropa(args(reg.dir, ['--criminal-data-ground', 'official-authority'])).code).toBe(0);
      publicAuthority(reg.dir, false);
      const withGround = findings(reg.dir).filter((f) => !/as its ground/.test(f.message));
      edit(reg.dir, /\n\s*criminalDataGround: official-authority/, '');
      expect(findings(reg.dir)).toEqual(withGround);
    } finally {
      reg.cleanup();
    }
  });

  it('report -f xlsx prints the ground and condition, import reads them back, diff reports a change', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      expect(ropa(args(reg.dir, ['--criminal-data-ground', 'section-11', '--section-11-condition', 'pol-9'])).code).toBe(0);
      const imported = reportedAndImported(reg.dir, 'vetting') as { purposes: { legalBasis: Record<string, unknown>[] }[] };
      expect(imported.purposes[0]!.legalBasis.find((b) => b.gdpr === 'A10')).toMatchObject({
        criminalDataGround: 'section-11',
        section11Condition: 'pol-9',
      });
      const changes = diffAfter(reg.dir, () => edit(reg.dir, 'section11Condition: pol-9', 'section11Condition: A9-2-a'));
      expect(changes.map((c) => c.id)).toEqual(['criminal-data-ground-changed']);
      expect(changes[0]!.message).toMatch(
        /archiving in the public interest, research or statistics \(personopplysningsloven § 9\) to the person's explicit consent/,
      );
    } finally {
      reg.cleanup();
    }
  });

  it.each([
    [['--section-11-condition', 'A9-2-f'], /--section-11-condition needs --criminal-data-ground section-11/],
    [['--criminal-data-ground', 'official-authority', '--section-11-condition', 'A9-2-f'], /--section-11-condition needs --criminal-data-ground section-11/],
    [['--criminal-data-ground', 'police'], /--criminal-data-ground/],
    [['--criminal-data-ground', 'section-11', '--section-11-condition', 'A9-2-b'], /--section-11-condition/],
  ])('refuses %j, exit 2, writing nothing', (extra, message) =>
    expectRefusedWritingNothing(scratchCopy(SAMPLE), 'vetting', (dir) => args(dir, extra), message),
  );
});
