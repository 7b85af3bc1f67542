import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { copyRegistry, scratchRepo } from '../e2e/repo.js';

/**
 * Session 44: legal facts that `ropa diff` showed only as «also changed» are for review, between two commits of a
 * repository, in text, JSON and the pull-request comment: an activity carried out as a public authority or not (Art. 6(1)
 * second subparagraph, 49(3)); its joint controllers and the arrangement with each (Art. 26); what a transfer rests on
 * besides its mechanism (Art. 45-49); and organisation.yaml's public-authority flag, DPO, supervisory authority and
 * joint controllers.
 */
describe('ropa diff: legal facts changed are for review', () => {
  const repo = scratchRepo();
  const payroll = readFileSync(join(FIXTURES, 'diff/base/activities/payroll.yaml'), 'utf8');
  const organisation = readFileSync(join(FIXTURES, 'diff/base/organisation.yaml'), 'utf8');
  const write = (file: string, text: string): void => writeFileSync(join(repo.dir, 'registry', file), text);
  const revisions: Record<string, string> = {};
  beforeAll(() => {
    copyRegistry(join(FIXTURES, 'diff/base'), repo.dir);
    write('organisation.yaml', `${organisation}jointControllers:\n  nav: {name: Arbeids- og velferdsetaten}\n  kommune: {name: Oslo kommune}\n`);
    write('activities/payroll.yaml', `${payroll}role: joint-controller\njointControllers:\n  - controller: nav\n    arrangement: Avtale 2024/112\n`);
    revisions.base = repo.commit('base');
    // Facts changed alone, one commit each, then a wording change that stays for information.
    write(
      'activities/payroll.yaml',
      `${payroll.replace('    dpfCertified: true\n', '    dpfCertified: false\n    reference: SCC 2021/914 modul 2\n    informed: {dataSubjects: true}\n')}` +
        'role: joint-controller\npublicAuthority: false\njointControllers:\n  - controller: nav\n    arrangement: Avtale 2025/7\n' +
        '    contactPoint: {name: NAV Kontaktsenter, email: kontakt@nav.example}\n  - controller: kommune\n',
    );
    revisions.activity = repo.commit('activity facts');
    write(
      'organisation.yaml',
      `${organisation.replace('publicAuthority: true', 'publicAuthority: false').replace('dpo:\n  name: Personvernombudet\n  email: pvo@example.no\n', '')}` +
        'supervisoryAuthority: {name: Datatilsynet}\njointControllers:\n  nav: {name: NAV}\n  kommune: {name: Oslo kommune}\n',
    );
    revisions.organisation = repo.commit('organisation facts');
  });
  afterAll(() => repo.cleanup());

  type Change = { id: string; level: string; args: Record<string, unknown> };
  const json = (from: string, to: string): Change[] => {
    const r = ropa(['diff', revisions[from]!, revisions[to]!, '-f', 'json'], { cwd: repo.dir });
    expect(r.stderr).toBe('');
    return (JSON.parse(r.stdout) as { changes: Change[] }).changes;
  };
  const brief = (list: Change[]): [string, string, Record<string, unknown>][] => list.map((c) => [c.id, c.level, c.args]);

  it('an activity: public authority, joint controllers and a transfer’s details, each for review', () => {
    expect(brief(json('base', 'activity'))).toEqual([
      ['joint-controller-changed', 'review', { controller: 'nav', fields: 'arrangement, contactPoint' }],
      ['joint-controller-added', 'review', { controller: 'kommune' }],
      ['transfer-changed', 'review', { to: 'mail-service, US', fields: 'dpfCertified, reference, informed' }],
      ['public-authority-changed', 'review', { before: 'organisation', after: 'false' }],
    ]);
    // The other way round: the joint controller removed is for review too, and the activity's own flag gone.
    const back = brief(json('activity', 'base'));
    expect(back).toContainEqual(['joint-controller-removed', 'review', { controller: 'kommune' }]);
    expect(back).toContainEqual(['public-authority-changed', 'review', { before: 'false', after: 'organisation' }]);
  });

  it('organisation.yaml: no longer a public authority, DPO no longer named, a supervisory authority and a joint controller', () => {
    expect(brief(json('activity', 'organisation'))).toEqual([
      ['organisation-no-longer-public-authority', 'review', {}],
      ['organisation-field-removed', 'review', { field: 'dpo' }],
      ['organisation-changed', 'review', { field: 'jointControllers' }],
      ['organisation-field-added', 'review', { field: 'supervisoryAuthority' }],
    ]);
    const back = brief(json('organisation', 'activity'));
    expect(back).toContainEqual(['organisation-became-public-authority', 'review', {}]);
    expect(back).toContainEqual(['organisation-field-added', 'review', { field: 'dpo' }]);
  });

  it('says so in words in text (en, nb, nn) and in the pull-request comment, and --fail-on review fails', () => {
    const text = (lang: string): string => ropa(['diff', revisions.base!, revisions.organisation!, '--lang', lang], { cwd: repo.dir }).stdout;
    const en = text('en');
    expect(en).toContain('Carried out as a public authority in the performance of its tasks: changed from as the organisation');
    expect(en).toContain('New joint controller (Art. 26): kommune.');
    expect(en).toContain('The arrangement with the joint controller nav (Art. 26) changed: arrangement, contactPoint.');
    expect(en).toContain('The transfer to mail-service, US changed in what it rests on or whom it was told (Art. 45-49): dpfCertified, reference, informed.');
    expect(en).toContain('The organisation is no longer recorded as a public authority');
    expect(en).toContain('No longer recorded: the data protection officer.');
    expect(text('nb')).toContain('Ny felles behandlingsansvarlig (art. 26): kommune.');
    expect(text('nb')).toContain('Ikke lenger registrert: personvernombudet.');
    expect(text('nn')).toContain('Verksemda er ikkje lenger registrert som offentleg styresmakt');
    const md = ropa(['diff', revisions.base!, revisions.organisation!, '-f', 'markdown'], { cwd: repo.dir });
    expect(md.stdout).toMatch(/New joint controller \(Art\. 26\): `kommune`\./);
    expect(md.stdout).toContain('No longer recorded: the data protection officer.');
    expect(ropa(['diff', revisions.activity!, revisions.organisation!, '--fail-on', 'review'], { cwd: repo.dir }).code).toBe(1);
  });

  it('a joint controller’s wording alone stays beside it, and a contact point’s detail is named by its path', () => {
    write(
      'activities/payroll.yaml',
      readFileSync(join(repo.dir, 'registry/activities/payroll.yaml'), 'utf8').replace('kontakt@nav.example', 'post@nav.example'),
    );
    const r = ropa(['diff', revisions.organisation!, '-f', 'json'], { cwd: repo.dir });
    expect(brief((JSON.parse(r.stdout) as { changes: Change[] }).changes)).toEqual([
      ['joint-controller-changed', 'review', { controller: 'nav', fields: 'contactPoint' }],
    ]);
  });
});

/**
 * Facts the law reads that have no change of their own (a balancing test, the residual risk, a gap accepted) are for
 * review by their path; wording (a title, a basis' note, a DPIA's date) stays for information.
 */
describe('ropa diff: other legal facts by their path', () => {
  const base = scratchCopy(join(FIXTURES, 'diff/base'));
  const head = scratchCopy(join(FIXTURES, 'diff/base'));
  afterAll(() => {
    base.cleanup();
    head.cleanup();
  });
  const payroll = readFileSync(join(FIXTURES, 'diff/base/activities/payroll.yaml'), 'utf8');
  type Change = { id: string; level: string; args: Record<string, unknown> };
  const compare = (before: string, after: string): [string, string, unknown][] => {
    writeFileSync(join(base.dir, 'activities/payroll.yaml'), before);
    writeFileSync(join(head.dir, 'activities/payroll.yaml'), after);
    const r = ropa(['diff', '--base-dir', base.dir, '--head-dir', head.dir, '-f', 'json']);
    expect(r.stderr).toBe('');
    return (JSON.parse(r.stdout) as { changes: Change[] }).changes.map((c) => [c.id, c.level, c.args.fields]);
  };

  it('a residual risk, an accepted gap and how people are informed: for review, named; a DPIA date and a title: for information', () => {
    const dpia = (risk: string, date: string): string =>
      payroll.replace('dpia:\n  status: not-screened\n', `dpia:\n  status: not-screened\n  residualRisk: ${risk}\n  date: ${date}\n`);
    const gap =
      'acceptedGaps:\n  - rule: retention-missing\n    reason: Kept by the payroll vendor\n    acceptedBy: DPO\n    accepted: 2026-01-10\n    expires: 2027-01-10\n';
    expect(compare(dpia('low', '2026-01-01'), `${dpia('high', '2026-02-01').replace('Payroll', 'Salaries')}${gap}information:\n  method: [art13]\n`)).toEqual([
      ['legal-facts-changed', 'review', 'dpia.residualRisk, acceptedGaps[], information.method'],
      ['fields-changed', 'info', 'title, dpia.date'],
    ]);
  });

  it('a legitimate interest and its balancing test, and a purpose become research: for review; a basis’ note alone: for information', () => {
    const basis = (extra: string): string => payroll.replace('      - gdpr: A6-1-b\n', `      - gdpr: A6-1-b\n${extra}`);
    expect(compare(basis(''), basis('        note: {nb: Avtalen, en: The contract}\n'))).toEqual([['fields-changed', 'info', 'purposes[].legalBasis[].note']]);
    const before = payroll.replace(
      '      - gdpr: A6-1-b\n',
      '      - gdpr: A6-1-f\n        legitimateInterest: {nb: Drift, en: Operations}\n        interestAssessment: IA-1\n',
    );
    const after = before.replace('IA-1', 'IA-2').replace('    legalBasis:\n', '    researchOrStatistics: statistics\n    legalBasis:\n');
    expect(compare(before, after)).toEqual([['legal-facts-changed', 'review', 'purposes[].researchOrStatistics, purposes[].legalBasis[].interestAssessment']]);
  });
});
