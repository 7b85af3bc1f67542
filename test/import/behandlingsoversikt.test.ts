import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { read, snapshot, yaml } from './helpers.js';
import { join, relative } from 'node:path';
import { ropa, tempDir } from '../helpers/cli.js';
import { behandlingsoversiktCsv } from './behandlingsoversikt.js';
import { ORGANIZATION, ORGANIZATION_ID, RECORDS, REPRESENTATIVES } from './fjordvik.js';

describe('ropa import: Behandlingsoversikt «Behandlingsoversikt CSV»', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'Behandlingsoversikt for Fjordvik kommune.csv');
  const reg = join(tmp.dir, 'registry');
  let result: ReturnType<typeof ropa>;
  beforeAll(() => {
    writeFileSync(file, behandlingsoversiktCsv(RECORDS, ORGANIZATION, ORGANIZATION_ID, REPRESENTATIVES, false));
    result = ropa(['import', file, reg]);
  });
  afterAll(() => tmp.cleanup());

  it('reads the file its exporter writes: BOM, CRLF, JSON-quoted values with ; " and a line break', () => {
    const bytes = readFileSync(file, 'utf8');
    expect(bytes.startsWith('\uFEFFBehandlingsansvarlig;Organisasjonsnummer;')).toBe(true);
    expect(bytes.split('\r\n')).toHaveLength(RECORDS.length + 1);
    expect(bytes).toContain('"Behandle søknader om \\"barnehageplass\\"; tildele plass\\nog følge opp foresatte"');
    expect(bytes.endsWith('\r\n')).toBe(false);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Imported 12 activities');
  });

  it("names the facts ropa gaps judges by that no column of the file gives: the DPIA screening's risk factors, a DPIA's reason, residual risk and prior consultation", () => {
    // The file is shown as the summary shows every path: relative to the working directory where that is shorter.
    const line = result.stdout.split('\n').find((l) => l.startsWith('Not in '))!;
    expect([file, relative(process.cwd(), file)].map((f) => `Not in ${f},`)).toContain(line.slice(0, line.indexOf(',') + 1));
    expect(line).toContain(
      ', so not in this registry (no column of it gives them): dpia.reason, dpia.residualRisk, dpia.priorConsultation, riskFactors, rightsRestrictions, automatedDecisions. ropa gaps takes each as not recorded',
    );
    // What a column gave is not named: the bases, the transfers, the DPIA's conclusion.
    for (const given of ['purposes[].legalBasis', 'transfers', 'retention', 'dpia,', 'securityMeasures']) expect(line).not.toContain(given);
    for (const a of readdirSync(join(reg, 'activities'))) expect(yaml(reg, `activities/${a}`).riskFactors).toBeUndefined();
  });

  it('writes one activity file per record, naming its source row, with readable ids', () => {
    const files = readdirSync(join(reg, 'activities')).sort();
    expect(files).toHaveLength(12);
    expect(files).toContain('okonomisk-sosialhjelp.yaml');
    expect(files).toContain('kameraovervaking-av-radhuset.yaml');
    const text = read(reg, 'activities/barnehageopptak.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/activity.schema.json');
    expect(text).toMatch(/^# import: row 2 of Behandlingsoversikt for Fjordvik kommune\.csv \(Behandlingsoversikt CSV\)$/m);
  });

  it('keeps the purpose exactly, quote, semicolon and line break included', () => {
    const a = yaml(reg, 'activities/barnehageopptak.yaml');
    expect(a.purposes[0].description).toBe('Behandle søknader om "barnehageplass"; tildele plass\nog følge opp foresatte');
    expect(a.approval).toBe('approved');
    expect(yaml(reg, 'activities/innbyggerdialog-i-sosiale-medier.yaml').approval).toBe('draft');
  });

  it('turns codes and Lovdata links into legal bases and laws', () => {
    const a = yaml(reg, 'activities/barnehageopptak.yaml');
    expect(a.purposes[0].legalBasis).toEqual([
      { gdpr: 'A6-1-e', law: [{ law: 'barnehageloven', section: '§ 18', url: 'https://lovdata.no/lov/2005-06-17-64/%C2%A718' }] },
      { gdpr: 'A9-2-g', law: [{ law: 'barnehageloven', section: '§ 12a' }] },
    ]);
    const laws = yaml(reg, 'catalogues/laws.yaml').laws;
    expect(laws.barnehageloven).toEqual({ title: 'barnehageloven', lovdataId: 'LOV-2005-06-17-64', url: 'https://lovdata.no/lov/2005-06-17-64' });
    expect(laws.pasientjournalloven.lovdataId).toBe('LOV-2014-06-20-42');
    expect(laws['plan-og-bygningsloven']).toEqual({ title: 'plan- og bygningsloven' });
    const payroll = yaml(reg, 'activities/lonn-og-personal.yaml');
    expect(payroll.purposes[0].legalBasis.map((b: { gdpr: string }) => b.gdpr)).toEqual(['A6-1-b', 'A6-1-c', 'A9-2-b']);
    expect(payroll.purposes[0].legalBasis[1].law).toEqual([{ law: 'arbeidsmiljoloven', section: '§ 14-5' }]);
    expect(payroll.purposes[0].legalBasis[2].law).toEqual([
      { law: 'personopplysningsloven', section: '§ 6', url: 'https://lovdata.no/lov/2018-06-15-38/%C2%A76' },
    ]);
    expect(yaml(reg, 'activities/rekruttering.yaml').purposes[0].legalBasis[1]).toEqual({ gdpr: 'A10', law: [{ law: 'barnehageloven', section: '§ 19' }] });
  });

  it('keeps a reference it cannot link as free text, with a comment', () => {
    const text = read(reg, 'activities/okonomisk-sosialhjelp.yaml');
    expect(yaml(reg, 'activities/okonomisk-sosialhjelp.yaml').purposes[0].legalBasis[0].law).toEqual([
      'Lov om sosiale tjenester i arbeids- og velferdsforvaltningen',
    ]);
    expect(text).toContain(
      '# import: "Lov om sosiale tjenester i arbeids- og velferdsforvaltningen" names no law ropa can link; kept as a free-text reference',
    );
  });

  it('reads retention phrases into period, trigger and end action, and keeps the rest with a comment', () => {
    expect(yaml(reg, 'activities/barnehageopptak.yaml').retention).toEqual([{ period: 'P5Y', trigger: 'avsluttet barnehageplass' }]);
    expect(yaml(reg, 'activities/lonn-og-personal.yaml').retention).toEqual([{ period: 'P10Y', trigger: 'avsluttet arbeidsforhold' }]);
    expect(yaml(reg, 'activities/kameraovervaking-av-radhuset.yaml').retention).toEqual([{ period: 'P7D' }]);
    expect(yaml(reg, 'activities/rekruttering.yaml').retention).toEqual([{ period: 'P6M' }]);
    expect(yaml(reg, 'activities/postjournal-og-arkiv.yaml').retention).toEqual([{ permanent: true, endAction: 'archive', archive: 'IKA Vestland' }]);
    expect(yaml(reg, 'activities/byggesaksbehandling.yaml').retention).toEqual([{ permanent: true, endAction: 'archive' }]);
    const health = read(reg, 'activities/helsestasjon.yaml');
    expect(yaml(reg, 'activities/helsestasjon.yaml').retention).toEqual([{ description: '5-10 år' }]);
    expect(health).toContain('# import: could not read "5-10 år" as a period; kept as text');
    expect(result.stdout).toMatch(/row 8 «Personopplysninger - Planlagte tidsfrister for sletting» \(helsestasjon\): could not read "5-10 år" as a period/);
  });

  it('makes one catalogue entry per repeated name, referred to by id', () => {
    const processors = yaml(reg, 'catalogues/processors.yaml').processors;
    expect(Object.keys(processors).filter((k) => k.startsWith('visma'))).toEqual(['visma-enterprise-as']);
    expect(processors['visma-enterprise-as']).toEqual({ name: 'Visma Enterprise AS', agreement: 'https://fjordvik.kommune.no/dba/visma-2023' });
    for (const id of ['barnehageopptak', 'skolefritidsordning-sfo', 'lonn-og-personal'])
      expect(yaml(reg, `activities/${id}.yaml`).processors).toEqual(['visma-enterprise-as']);
    const subjects = yaml(reg, 'catalogues/data-subjects.yaml').dataSubjects;
    expect(subjects.foresatte).toEqual({ name: 'Foresatte' });
    expect(subjects['sokere']).toEqual({ name: 'Søkere' });
    const a = yaml(reg, 'activities/barnehageopptak.yaml');
    expect(a.dataSubjects).toEqual(['barn-i-barnehage', 'foresatte']);
    expect(a.dataCategories).toEqual(['navn', 'fodselsnummer', 'helseopplysninger', 'adresse', 'inntekt']);
    expect(read(reg, 'activities/barnehageopptak.yaml')).toContain(
      '# import: in the source, by data subject: Barn i barnehage: Navn, Fødselsnummer, Helseopplysninger; Foresatte: Navn, Adresse, Inntekt',
    );
    expect(yaml(reg, 'catalogues/recipients.yaml').recipients.nav).toEqual({ name: 'NAV', type: 'public-authority' });
  });

  it('reads transfers as ISO countries, the SCC as the mechanism, and keeps what it cannot name', () => {
    expect(yaml(reg, 'activities/nyhetsbrev.yaml').transfers).toEqual([
      { country: 'US', mechanism: 'A46-2-c', safeguards: 'EUs standard personvernbestemmelser (SCC)' },
    ]);
    expect(yaml(reg, 'activities/barnehageopptak.yaml').transfers).toBe('none');
    const meta = yaml(reg, 'activities/innbyggerdialog-i-sosiale-medier.yaml');
    expect(meta.transfers).toEqual([{ country: 'US' }]);
    expect(meta.custom['Mottakere - tredjeland eller internasjonale organisasjoner']).toBe('Ja, USA, Irland (Meta)');
  });

  it('turns Ja/Nei into the model: DPIA done, joint control; Nei to a DPIA is kept, not read as «not required»', () => {
    expect(yaml(reg, 'activities/barnehageopptak.yaml').dpia).toEqual({ status: 'done', reference: 'Sak 2023/112' });
    const sfo = yaml(reg, 'activities/skolefritidsordning-sfo.yaml');
    expect(sfo.dpia).toBeUndefined();
    expect(sfo.custom['Er det gjennomført DPIA?']).toBe('Nei');
    const social = yaml(reg, 'activities/okonomisk-sosialhjelp.yaml');
    expect(social.role).toBe('joint-controller');
    expect(social.jointControllers).toEqual([{ controller: 'arbeids-og-velferdsetaten', responsibilities: 'NAV svarer på innsyn i statlige ytelser' }]);
    const org = yaml(reg, 'organisation.yaml');
    expect(org.jointControllers['arbeids-og-velferdsetaten']).toEqual({
      name: 'Arbeids- og velferdsetaten',
      contact: { name: 'NAV Fjordvik', email: 'nav.fjordvik@nav.no', phone: '55 55 33 33' },
    });
  });

  it('writes the controller and DPO from the export, and keeps unmapped columns in custom', () => {
    const org = yaml(reg, 'organisation.yaml');
    expect(org.name).toBe('Fjordvik kommune');
    expect(org.organisationNumber).toBe('964123454');
    expect(org.dpo).toEqual({
      name: 'Kari Nordmann',
      email: 'personvernombud@fjordvik.kommune.no',
      phone: '57 00 00 10',
      address: { lines: ['Postboks 100, 6900 Fjordvik'] },
    });
    expect(yaml(reg, 'activities/barnehageopptak.yaml').custom['Funksjons- eller virksomhetsområde']).toBe('Oppvekst');
    expect(yaml(reg, 'activities/barnehageopptak.yaml').owner).toEqual({ name: 'Oppvekstsjefen', email: 'oppvekst@fjordvik.kommune.no', phone: '57 00 00 20' });
  });

  it('gives a registry that validates, whose gaps show what the old record lacked, and the same bytes when imported again', () => {
    expect(ropa(['validate', reg]).code).toBe(0);
    // Written in ropa's canonical form: `ropa fmt` has nothing to change.
    expect(ropa(['fmt', reg, '--check']).code).toBe(0);
    const gaps = ropa(['gaps', reg, '--today', '2026-11-29', '-f', 'json']);
    expect(gaps.code).toBe(0);
    const rules = new Set((JSON.parse(gaps.stdout) as { findings: { rule: string }[] }).findings.map((f) => f.rule));
    expect(rules).toContain('notice-mandatory');
    expect(yaml(reg, 'activities/nyhetsbrev.yaml').retention).toEqual([{ trigger: 'når abonnenten melder seg av', endAction: 'delete' }]);
    const again = join(tmp.dir, 'again');
    expect(ropa(['import', file, again]).code).toBe(0);
    expect(snapshot(again)).toEqual(snapshot(reg));
  });

  it('adds to an existing registry without replacing anything', () => {
    const before = snapshot(reg);
    const r = ropa(['import', file, reg]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Already in the registry, not replaced (12)');
    expect(snapshot(reg)).toEqual(before);
  });
});

describe('ropa import: comments and summary in Norwegian', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('--lang nb writes the comments and the summary in bokmål', () => {
    const file = join(tmp.dir, 'eksport.csv');
    writeFileSync(file, behandlingsoversiktCsv(RECORDS.slice(6, 7), ORGANIZATION, ORGANIZATION_ID, REPRESENTATIVES, false));
    const r = ropa(['import', file, join(tmp.dir, 'reg'), '--lang', 'nb']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Importerte 1 behandlingsaktivitet fra');
    const text = read(join(tmp.dir, 'reg'), 'activities/helsestasjon.yaml');
    expect(text).toContain('# import: rad 2 i eksport.csv (Behandlingsoversikt CSV)');
    expect(text).toContain('# import: kunne ikke lese «5-10 år» som en periode; beholdt som tekst');
  });
});

describe('ropa import: Behandlingsoversikt «Protokoll CSV»', () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'Protokoll for Fjordvik kommune.csv');
  const reg = join(tmp.dir, 'registry');
  afterAll(() => tmp.cleanup());

  it('imports the approved records with the required columns', () => {
    const csv = behandlingsoversiktCsv(RECORDS, ORGANIZATION, ORGANIZATION_ID, REPRESENTATIVES, true);
    writeFileSync(file, csv);
    expect(csv.split('\r\n')).toHaveLength(12); // eleven approved records and the titles
    expect(csv.split('\r\n')[0]).not.toContain('Behandlingstatus');
    const r = ropa(['import', file, reg]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const files = readdirSync(join(reg, 'activities'));
    expect(files).toHaveLength(11);
    expect(files).not.toContain('innbyggerdialog-i-sosiale-medier.yaml');
    const a = yaml(reg, 'activities/barnehageopptak.yaml');
    expect(a.approval).toBe('approved');
    expect(a.purposes[0].description).toBe('Behandle søknader om "barnehageplass"; tildele plass\nog følge opp foresatte');
    expect(a.retention).toEqual([{ period: 'P5Y', trigger: 'avsluttet barnehageplass' }]);
    expect(a.purposes[0].legalBasis).toBeUndefined();
    expect(ropa(['validate', reg]).code).toBe(0);
  });
});

describe('ropa import: Behandlingsoversikt API JSON', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('reads a page of records as the CSV export would show them', () => {
    const file = join(tmp.dir, 'records.json');
    writeFileSync(
      file,
      JSON.stringify({
        pageNumber: 0,
        pagesTotal: 1,
        size: 12,
        hits: RECORDS.map((r) => ({ ...r, organizationId: ORGANIZATION_ID })),
        organization: ORGANIZATION,
        representatives: REPRESENTATIVES,
      }),
    );
    const reg = join(tmp.dir, 'registry');
    const r = ropa(['import', file, reg]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readdirSync(join(reg, 'activities'))).toHaveLength(12);
    const csvReg = join(tmp.dir, 'from-csv');
    const csv = join(tmp.dir, 'export.csv');
    writeFileSync(csv, behandlingsoversiktCsv(RECORDS, ORGANIZATION, ORGANIZATION_ID, REPRESENTATIVES, false));
    ropa(['import', csv, csvReg]);
    // The same record, whichever way it left Behandlingsoversikt (only the comment naming the source differs).
    const strip = (s: string): string => s.replace(/^# import: row .*$/m, '');
    expect(strip(read(reg, 'activities/lonn-og-personal.yaml'))).toBe(strip(read(csvReg, 'activities/lonn-og-personal.yaml')));
    expect(yaml(reg, 'organisation.yaml').name).toBe('Fjordvik kommune');
  });
});
