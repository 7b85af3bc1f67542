import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { newActivity } from '../../src/commands/new.js';
import { join } from 'node:path';
import { parse } from 'yaml';
import { askMissing } from '../../src/authoring/questions.js';
import { offeredProvision, provisionsFor, restrictOption } from '../../src/authoring/restrictions.js';
import { ANSWERED, scripted } from '../helpers/scripted-prompter.js';
import { validateRegistry } from '../../src/validate/index.js';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { expectRefusedWritingNothing, newArgs } from '../helpers/new-args.js';

/**
 * `ropa new` records restricted rights as facts (rightsRestrictions: the right, its GDPR provision, the law), from
 * --restrict or the questions, and refuses one rights-restriction-reference would flag with the rule's own reason, so
 * that a DPO writes «access restricted under Art. 89(2), personopplysningsloven § 17» instead of «innsyn gis ikke».
 */
const SAMPLE = join(FIXTURES, 'authoring/sample');

/** What `ropa new` has already been told, but for the rights question this file asks (ANSWERED records none). */
const { rightsRestrictions: _asked, ...answeredButRights } = ANSWERED;
const full = {
  ...answeredButRights,
  bases: ['A6-1-e' as const],
  laws: [{ law: 'personopplysningsloven', section: '§ 8' }],
  automatedDecisions: { used: false },
};

describe('the provisions offered per right', () => {
  it('offers Art. 89(2) for access, rectification, restriction and objection; 89(3) adds notification and portability', () => {
    for (const right of ['access', 'rectification', 'restriction', 'objection'] as const) expect(provisionsFor(right)).toContain('Art. 89(2)');
    for (const right of ['notification', 'portability'] as const) {
      expect(provisionsFor(right)).not.toContain('Art. 89(2)');
      expect(provisionsFor(right)).toContain('Art. 89(3)');
    }
    expect(provisionsFor('erasure')).toEqual(['Art. 17(3)(b)', 'Art. 17(3)(d)', 'Art. 23']);
    expect(provisionsFor('information')).toEqual(['Art. 14(5)(b)', 'Art. 14(5)(c)', 'Art. 14(5)(d)', 'Art. 23']);
    expect(provisionsFor('automated-decision')).toEqual(['Art. 23']);
  });

  it.each([
    ['89(2)', 'Art. 89(2)'],
    ['art. 89 (2)', 'Art. 89(2)'],
    ['A17-3-d', 'Art. 17(3)(d)'],
    ['Artikkel 23', 'Art. 23'],
  ])('reads %j as %s', (text, gdpr) => expect(offeredProvision(text)).toBe(gdpr));

  it('reads --restrict into a restriction, with its laws', () => {
    expect(restrictOption('access=Art. 89(2):personopplysningsloven § 17')).toEqual({
      right: 'access',
      gdpr: 'Art. 89(2)',
      law: [{ law: 'personopplysningsloven', section: '§ 17' }],
    });
    expect(restrictOption('erasure=17(3)(d)')).toEqual({ right: 'erasure', gdpr: 'Art. 17(3)(d)' });
  });
});

describe('the questions: restricted rights', () => {
  const { registry } = validateRegistry(SAMPLE);

  it('refuses a restriction the rule would flag, saying why, and records the next one', async () => {
    // erasure (4) under Art. 23 (3) with no law: refused; then access (2) under Art. 89(2) (1), research (1), § 17.
    // The last three: no more rights, no Art. 89(1) safeguard for the research purpose, no DPIA criterion.
    const p = scripted(['yes', '4', '3', '', '2', '1', '1', 'personopplysningsloven § 17', '', '', '']);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...full });
    expect(p.log).toContain('Which right is restricted?');
    expect(p.log.some((l) => /^\s+2\s+access\s+right of access \(Art\. 15\)$/.test(l))).toBe(true);
    expect(p.log).toContain('Under which GDPR provision is the right to erasure (Art. 17) restricted?');
    expect(p.log.some((l) => /^Not recorded: The restriction of "erasure" cites Art\. 23, which only allows a law to restrict rights/.test(l))).toBe(true);
    expect(got.rightsRestrictions).toEqual([{ right: 'access', gdpr: 'Art. 89(2)', law: [{ law: 'personopplysningsloven', section: '§ 17' }] }]);
    expect(got.researchOrStatistics).toBe('research');
  });

  it('refuses personopplysningsloven § 17 for erasure, in the registry language', async () => {
    const p = scripted(['ja', '4', '3', 'personopplysningsloven § 17', '', '']);
    const got = await askMissing(p, registry, 'nb', { id: 'x', ...full });
    expect(p.log.some((l) => l.startsWith('Ikke registrert: ') && l.includes('personopplysningsloven § 17'))).toBe(true);
    expect(got.rightsRestrictions).toBeUndefined();
  });

  it('asks nothing more when no right is restricted', async () => {
    const p = scripted(['no', '']);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...full });
    expect(p.log).not.toContain('Which right is restricted?');
    expect(got.rightsRestrictions).toBeUndefined();
  });
});

describe('ropa new --restrict, then validate and gaps', () => {
  const args = (dir: string, extra: string[]): string[] =>
    newArgs(
      'staff-survey',
      dir,
      {
        title: ['nb:Medarbeiderundersøkelse', 'en:Staff survey'],
        purpose: ['nb:Statistikk om arbeidsmiljøet', 'en:Statistics on the working environment'],
        basis: 'A6-1-e',
        law: 'personopplysningsloven § 8',
        subjects: 'employees',
        categories: 'contact-details',
      },
      extra,
    );
  type Gaps = { findings: { rule: string; message: string; pointer: string }[] };
  const restrictionFindings = (dir: string): Gaps['findings'] =>
    (JSON.parse(ropa(['gaps', dir, '--activity', 'staff-survey', '-f', 'json']).stdout) as Gaps).findings.filter(
      (f) => f.rule === 'rights-restriction-reference',
    );

  it('writes a valid restriction that validate accepts and gaps is quiet on; one entered by hand wrongly is flagged', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const r = ropa(
        args(dir, ['--art89-purpose', 'statistics', '--restrict', 'access=Art. 89(2):personopplysningsloven § 17', '--restrict', 'erasure=Art. 17(3)(d)']),
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const file = join(dir, 'activities/staff-survey.yaml');
      const a = parse(readFileSync(file, 'utf8'));
      expect(a.rightsRestrictions).toEqual([
        { right: 'access', law: [{ law: 'personopplysningsloven', section: '§ 17' }], gdpr: 'Art. 89(2)' },
        { right: 'erasure', gdpr: 'Art. 17(3)(d)' },
      ]);
      expect(a.purposes[0].researchOrStatistics).toBe('statistics');
      expect(ropa(['validate', dir]).code).toBe(0);
      expect(restrictionFindings(dir)).toEqual([]);
      // The DPO edits the file by hand: erasure under Art. 89(2), which does not restrict it.
      writeFileSync(file, readFileSync(file, 'utf8').replace('gdpr: Art. 17(3)(d)', 'gdpr: Art. 89(2)'));
      expect(ropa(['validate', dir]).code).toBe(0);
      const flagged = restrictionFindings(dir);
      expect(flagged.map((f) => f.pointer)).toEqual(['/rightsRestrictions/1/gdpr']);
      expect(flagged[0]!.message).toMatch(/restriction of "erasure" cites Art\. 89\(2\), which does not restrict that right/);
    } finally {
      cleanup();
    }
  });

  it('a restriction given twice is written once, with the laws of both; the same right under another provision stays its own', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const twice = ['--restrict', 'access=Art. 89(2):personopplysningsloven § 17', '--restrict', 'access=89(2):personopplysningsloven § 17'];
      const more = [
        '--restrict',
        'access=Art. 89(2):personopplysningsloven § 16',
        '--restrict',
        'erasure=Art. 17(3)(d)',
        '--restrict',
        'erasure=Art. 17(3)(b):arbeidsmiljoloven § 14-6',
      ];
      const r = ropa(args(dir, ['--art89-purpose', 'archiving', ...twice, ...more]));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const a = parse(readFileSync(join(dir, 'activities/staff-survey.yaml'), 'utf8'));
      expect(a.rightsRestrictions).toEqual([
        {
          right: 'access',
          law: [
            { law: 'personopplysningsloven', section: '§ 17' },
            { law: 'personopplysningsloven', section: '§ 16' },
          ],
          gdpr: 'Art. 89(2)',
        },
        { right: 'erasure', gdpr: 'Art. 17(3)(d)' },
        { right: 'erasure', law: [{ law: 'arbeidsmiljoloven', section: '§ 14-6' }], gdpr: 'Art. 17(3)(b)' },
      ]);
      expect(ropa(['validate', dir]).code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it.each([
    [['--restrict', 'erasure=Art. 89(2):personopplysningsloven § 17'], /--restrict erasure=Art\. 89\(2\) was not written: .*does not restrict that right/],
    [['--restrict', 'access=Art. 89(2)'], /--restrict access=Art\. 89\(2\) was not written: .*name the national provision/],
    [['--restrict', 'access=Art. 89(2):personopplysningsloven § 17'], /was not written: .*applies only to processing for archiving/],
    [['--restrict', 'access=Art. 99(1)'], /--restrict access= must be one of Art\. 89\(2\), .*Art\. 23, not "Art\. 99\(1\)"/],
    [['--restrict', 'insight=Art. 23:personopplysningsloven § 16'], /--restrict must be one of information, access, .*automated-decision, not "insight"/],
    [['--restrict', 'access'], /--restrict "access": write the right, "=", the GDPR provision/],
  ])('refuses %j, exit 2, writing nothing', (extra, message) =>
    expectRefusedWritingNothing(scratchCopy(SAMPLE), 'staff-survey', (dir) => args(dir, extra), message),
  );

  it('--help names --restrict with its form', () => {
    const help = ropa(['new', '--help']).stdout.replace(/\s+/g, ' ');
    expect(help).toMatch(/--restrict <right=gdpr:law> a restricted right, its GDPR provision and the law: RIGHT=PROVISION\[:LAW § N\[;LAW § N\]\]/);
    expect(help).toMatch(/--art89-purpose <kind> the purpose is research, statistics or archiving/);
  });
});

describe('ropa new at a terminal, then validate and gaps', () => {
  it('records the restriction answered, refusing a wrong one first, and gaps is quiet on it', async () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const stdin = Object.assign(new PassThrough(), { isTTY: true });
      const stdout = new PassThrough();
      let said = '';
      stdout.on('data', (d: Buffer) => (said += d.toString()));
      // Sources, processors, systems, retention, security measures: skipped. Restricted: access (2) under Art. 23 (3) by
      // personopplysningsloven § 17 (refused: § 17 restricts access only for Art. 89 purposes); then access under Art.
      // 89(2) (1) for statistics (2) by § 17. No Art. 89(1) safeguard for the purpose, no DPIA criterion, no group,
      // default status; draft, no owner, never reviewed.
      const answers = [
        '',
        '',
        '',
        '',
        '',
        'ja',
        '2',
        '3',
        'personopplysningsloven § 17',
        '2',
        '1',
        '2',
        'personopplysningsloven § 17',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ];
      stdin.end(answers.map((a) => `${a}\n`).join(''));
      const opts = {
        title: ['nb:Medarbeiderundersøkelse', 'en:Staff survey'],
        purpose: ['nb:Statistikk om arbeidsmiljøet', 'en:Statistics on the working environment'],
        basis: ['A6-1-e'],
        law: ['personopplysningsloven § 8'],
        subjects: 'employees',
        categories: 'contact-details',
        recipients: 'none',
        transfers: 'none',
        information: 'art13',
        automatedDecisions: 'no',
      };
      const code = await newActivity('staff-survey', dir, opts, { cwd: dir, env: {}, stdout, stderr: new PassThrough(), verbose: false }, stdin);
      expect(code).toBe(0);
      expect(said).toContain('Er noen av den registrertes rettigheter begrenset for denne behandlingen');
      expect(said).toMatch(/Ikke registrert: .*personopplysningsloven § 17/);
      const a = parse(readFileSync(join(dir, 'activities/staff-survey.yaml'), 'utf8'));
      expect(a.rightsRestrictions).toEqual([{ right: 'access', law: [{ law: 'personopplysningsloven', section: '§ 17' }], gdpr: 'Art. 89(2)' }]);
      expect(a.purposes[0].researchOrStatistics).toBe('statistics');
      expect(ropa(['validate', dir]).code).toBe(0);
      const gaps = JSON.parse(ropa(['gaps', dir, '--activity', 'staff-survey', '-f', 'json']).stdout) as { findings: { rule: string }[] };
      expect(gaps.findings.map((f) => f.rule)).not.toContain('rights-restriction-reference');
    } finally {
      cleanup();
    }
  });
});
