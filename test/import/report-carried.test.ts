import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { yaml, type Data } from './helpers.js';
import { dataPaths } from './field-paths.js';
import { FIXTURES, ropa, tempDir } from '../helpers/cli.js';
import { NOT_IN_REPORT, NOT_IN_REPORT_ORGANISATION } from '../../src/commands/import.js';

/**
 * `ropa report -f xlsx`, then `ropa import` of that workbook, through the CLI: the facts ropa's own workbook carries
 * beyond Datatilsynet's template (session 43: a DPO's consultation on a basis, a transfer's kind of recipient and
 * organisation, risk factors said to be absent, a rule's archive, permanence and law, joint controllers) come back
 * with the values they had; the summary names exactly what is not carried. A workbook of the version before reads
 * as it did.
 */
const RICH = join(FIXTURES, 'import', 'round-trip');

describe("ropa's own xlsx, imported: the facts it carries come back as they were", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  const imported = (dir: string, lang: string): { reg: string; stdout: string } => {
    const xlsx = join(tmp.dir, `${lang}.xlsx`);
    const reg = join(tmp.dir, `reg-${lang}`);
    expect(ropa(['report', dir, '-f', 'xlsx', '--lang', lang, '--internal', '--include-retired', '--date', '2026-12-01', '-o', xlsx]).code).toBe(0);
    const r = ropa(['import', xlsx, reg]);
    expect(r.code, r.stderr).toBe(0);
    expect(ropa(['validate', reg]).code).toBe(0);
    return { reg, stdout: r.stdout };
  };

  it.each(['nb', 'en'])('in %s', (lang) => {
    const { reg, stdout } = imported(RICH, lang);
    const a = yaml(reg, 'activities/research.yaml');
    const bases = (a.purposes as Data[]).flatMap((p) => (p.legalBasis ?? []) as Data[]);
    const basis = (gdpr: string): Data => bases.find((b) => b.gdpr === gdpr)!;
    expect(basis('A6-1-e').dpoConsulted).toBe('2026-03-01');
    expect(basis('A9-2-j').dpoConsulted).toBe('2026-03-02');
    expect(basis('A10').dpoConsulted).toBe('2026-03-03');
    expect(basis('A10')).toMatchObject({ criminalDataGround: 'section-11', section11Condition: 'pol-9' });
    expect(basis('A6-1-a').childConsentAge).toBe(16);
    expect(basis('A6-1-f').interestAssessment).toBe('Notat 2026/3');

    const transfers = a.transfers as Data[];
    expect(transfers).toHaveLength(4);
    expect(transfers[0]).toMatchObject({ country: 'US', recipientType: 'private', mechanism: 'A46-2-c', reference: 'SCC 2021/914 modul 2' });
    expect(typeof transfers[0]!.recipient).toBe('string');
    expect(transfers[0]).toMatchObject({ dpfCertified: true, safeguards: lang === 'nb' ? 'Kryptert før overføring' : 'Encrypted before transfer' });
    expect(transfers[1]).toEqual({ country: 'CH', organisation: 'Bundesamt für Statistik', recipientType: 'public-authority', mechanism: 'A45-3' });
    expect(transfers[2]).toEqual({ organisation: 'Verdens helseorganisasjon (WHO)', recipientType: 'international-organisation', mechanism: 'A49-1-d' });
    // Who was told of a transfer on compelling legitimate interests (Art. 49(1) second subparagraph).
    expect(transfers[3]).toMatchObject({
      country: 'AU',
      organisation: 'University of Sydney',
      mechanism: 'A49-1-subpara2',
      informed: { dataSubjects: true, supervisoryAuthority: 'Varslet 2026-04-10, sak 26/00123' },
    });

    // Session 44: the facts ropa's workbook now carries beyond these. Consent: how it is given and withdrawn, and a
    // child's (Art. 7(3), personopplysningsloven § 5); a purpose's Art. 89 kind and safeguards; the activity's own answer
    // on public authority (Art. 6(1) second subparagraph); the need for national identity numbers (§ 12); where the data
    // is stored; who keeps the entry; the Art. 22(2) exception and its law.
    expect(basis('A6-1-a')).toMatchObject({
      consentMethod: 'written',
      consentWithdrawal: lang === 'nb' ? 'Skriv til forskningsavdelingen' : 'Write to the research department',
      childConsent: lang === 'nb' ? 'Foreldrene samtykker for barn under 16 år' : 'Parents consent for children under 16',
    });
    const purposes = a.purposes as Data[];
    expect(purposes.map((p) => p.researchOrStatistics)).toEqual(['research', 'statistics', undefined]);
    const measures = yaml(reg, 'catalogues/security-measures.yaml').securityMeasures as Record<string, Data>;
    expect((purposes[0]!.safeguards as string[]).map((id) => measures[id]!.name)).toEqual(
      lang === 'nb' ? ['Pseudonymisering', 'Kryptering'] : ['Pseudonymisation', 'Encryption'],
    );
    expect(a.publicAuthority).toBe(false);
    expect(a.owner).toEqual({ name: 'Ola Forsker', email: 'ola.forsker@example.no', phone: '22 00 00 09' });
    expect(a.responsibleUnit).toBe(lang === 'nb' ? 'Forskningsavdelingen' : 'Research department');
    expect(a.dataLocation).toEqual(['NO', 'EEA']);
    expect(a.sources).toHaveLength(1);
    expect(a.collection).toEqual({
      requirement: 'voluntary',
      consequences: lang === 'nb' ? 'Du blir ikke med i undersøkelsen' : 'You are not part of the survey',
    });
    expect(a.nationalIdNeed).toBe(lang === 'nb' ? 'Sikker kobling av registre' : 'Registers are linked securely');
    expect(a.automatedDecisions).toMatchObject({ exception: 'law', law: [{ law: 'folketrygdloven', section: '§ 21-4' }] });

    expect(a.riskFactors).toEqual({ largeScale: false, vulnerableSubjects: true, employeeMonitoring: false });

    const retention = a.retention as Data[];
    expect(retention).toHaveLength(3);
    expect(retention[0]).toMatchObject({ period: 'P2Y', endAction: 'anonymise', law: [{ law: 'personopplysningsloven', section: '§ 9' }] });
    expect(retention[0]!.trigger).toBe(lang === 'nb' ? 'prosjektslutt' : 'the end of the project');
    expect(retention[1]).toMatchObject({ permanent: true, endAction: 'archive', archive: 'Norsk samfunnsvitenskapelig datatjeneste' });
    expect((retention[1]!.law as Data[])[0]!.law).toBe('arkivloven');
    expect(retention[2]).toMatchObject({ period: 'P6M', endAction: 'delete' });
    for (const r of retention) expect((r.categories as string[]).length).toBe(1);

    expect(a.automatedDecisions).toMatchObject({ used: true, humanReview: 'every-decision' });
    expect(a.dpia).toMatchObject({ status: 'in-progress', reference: 'PVK 2026/1', date: '2026-04-01', highRisk: true, residualRisk: 'medium' });
    expect(a.review).toEqual({ lastReviewed: '2026-05-01', reviewedBy: 'Personvernombudet', nextReview: '2027-05-01' });

    // Joint controllers: the activity's arrangement and responsibilities, the party in the organisation by its name.
    const s = yaml(reg, 'activities/statistics.yaml');
    expect((s.purposes as Data[])[0]!.researchOrStatistics).toBe(true);
    const need = (s.nationalIdNeed as Data[])[0]!;
    expect(yaml(reg, 'catalogues/data-categories.yaml').dataCategories[need.category as string].name).toBe(
      lang === 'nb' ? 'Fødselsnummer' : 'National identity number',
    );
    expect(need.need).toBe(lang === 'nb' ? 'Registrene kobles på fødselsnummer' : 'Registers are linked by the national identity number');
    expect(s.role).toBe('joint-controller');
    const joint = (s.jointControllers as Data[])[0]!;
    expect(joint.arrangement).toBe('Avtale 2024/112');
    expect(joint.contactPoint).toEqual({ name: 'Personvernombudet i NAV', email: 'personvernombud@nav.no' });
    expect(joint.responsibilities).toBe(lang === 'nb' ? 'Eksempeletaten svarer på innsynsbegjæringer.' : 'The Example Agency answers access requests.');
    expect(yaml(reg, 'organisation.yaml').jointControllers[joint.controller as string].name).toBe('Arbeids- og velferdsetaten');

    // Profiling said to be absent comes back as said.
    expect(yaml(reg, 'activities/payroll.yaml').automatedDecisions).toEqual({ used: false });

    // The summary names no field of an activity as not carried (since session 46 the sheet of other fields carries
    // the rest), and the organisation's that are not, once.
    expect(NOT_IN_REPORT).toEqual([]);
    expect(stdout).not.toMatch(/fields of an activity/);
    expect(stdout.split(NOT_IN_REPORT_ORGANISATION.join(', '))).toHaveLength(2);
  });

  it('a workbook of the version before (no carried facts) imports as it did: nothing it gave is lost', () => {
    const reg = join(tmp.dir, 'before');
    const r = ropa(['import', join(FIXTURES, 'import', 'round-trip-main.xlsx'), reg]);
    expect(r.code, r.stderr).toBe(0);
    expect(ropa(['validate', reg]).code).toBe(0);
    const before = join(FIXTURES, 'import', 'round-trip-main-import');
    const files = readdirSync(before).sort();
    expect(readdirSync(join(reg, 'activities')).sort()).toEqual(files);
    for (const f of files) {
      const then = yaml(before, f);
      const now = yaml(join(reg, 'activities'), f);
      // A rule the version before kept as text («Slettes ikke, avleveres til arkiv (…)») is read now: its text goes.
      // So is the column of joint controllers the version before kept in `custom`.
      const read = (p: string): boolean => p === 'retention[].description' || (p === 'custom' && now.jointControllers !== undefined);
      expect(
        [...dataPaths(then)].filter((p) => !dataPaths(now).has(p) && !read(p)),
        f,
      ).toEqual([]);
      // What the version before read is read the same way now.
      for (const k of ['title', 'status', 'approval', 'purposes', 'dpia', 'review', 'transfers', 'automatedDecisions'])
        expect(now[k], `${f}: ${k}`).toEqual(then[k]);
    }
    expect((yaml(before, 'research.yaml').retention as Data[])[1]!.description).toBe(
      'Slettes ikke, avleveres til arkiv (Norsk samfunnsvitenskapelig datatjeneste)',
    );
    // The facts it does not have are not made up.
    const research = yaml(join(reg, 'activities'), 'research.yaml');
    expect((research.transfers as Data[]).some((t) => 'recipientType' in t)).toBe(false);
    expect(research.riskFactors).toEqual({ vulnerableSubjects: true });
    expect((research.retention as Data[])[1]).toMatchObject({ permanent: true, endAction: 'archive', archive: 'Norsk samfunnsvitenskapelig datatjeneste' });
  });
});

describe("a transfer's recipient that the activity does not list", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  /**
   * The recipient abroad was read back only when its name was already known from a recipients or processors column;
   * one the activity does not list otherwise came back as the transfer's safeguards text. It is the recipient now,
   * made in the recipients catalogue, and the summary says so.
   */
  it.each(['nb', 'en'])('in %s: the recipient, not safeguards text', (lang) => {
    const src = join(tmp.dir, `src-${lang}`);
    cpSync(RICH, src, { recursive: true });
    const catalogue = join(src, 'catalogues', 'catalogue.yaml');
    writeFileSync(
      catalogue,
      readFileSync(catalogue, 'utf8').replace(
        'recipients:\n',
        'recipients:\n  partner:\n    name: {nb: Partneruniversitetet, en: The partner university}\n    type: researchers\n',
      ),
    );
    const stats = join(src, 'activities', 'statistics.yaml');
    writeFileSync(
      stats,
      readFileSync(stats, 'utf8').replace('    recipient: cloudco\n    mechanism: A46-2-c', '    recipient: partner\n    mechanism: A46-2-c'),
    );
    expect(ropa(['validate', src]).code).toBe(0);
    const xlsx = join(tmp.dir, `${lang}.xlsx`);
    expect(ropa(['report', src, '-f', 'xlsx', '--lang', lang, '--internal', '--date', '2026-12-01', '-o', xlsx]).code).toBe(0);
    const reg = join(tmp.dir, `reg-${lang}`);
    const r = ropa(['import', xlsx, reg]);
    expect(r.code, r.stderr).toBe(0);
    expect(ropa(['validate', reg]).code).toBe(0);
    const transfer = (yaml(reg, 'activities/statistics.yaml').transfers as Data[])[0]!;
    expect(transfer).toMatchObject({ country: 'US', mechanism: 'A46-2-c', reference: 'SCC 2021/914 modul 3' });
    expect(transfer.safeguards).toBeUndefined();
    const name = lang === 'nb' ? 'Partneruniversitetet' : 'The partner university';
    expect(yaml(reg, 'catalogues/recipients.yaml').recipients[transfer.recipient as string].name).toBe(name);
    expect(r.stdout).toContain(`"${name}": the transfer's recipient, not among the activity's recipients or processors`);
  });
});
