import { describe, expect, it } from 'vitest';
import { columnIds, registryDate } from '../../src/render/report/model.js';
import { BASIC, cell, load, report } from './helpers.js';

/** Datatilsynet's mandatory columns with their labels (shared/domain/regulation.md §1), in order. */
const MANDATORY_NB = [
  ['activity', 'Behandlingsaktivitet'],
  ['purposes', 'Formålet med behandlingen'],
  ['data-subjects', 'Kategorier av registrerte'],
  ['data-categories', 'Kategorier av personopplysninger'],
  ['recipients', 'Kategorier av mottakere'],
  ['transfers', 'Overføring til tredjestat / internasjonal organisasjon'],
  ['retention', 'Planlagte tidsfrister for sletting'],
  ['security', 'Generell beskrivelse av tekniske og organisatoriske sikkerhetstiltak'],
];

describe('the controller record (Art. 30(1)): the shared table model', () => {
  // BASIC's «statistics» is in review: the internal copy shows it, so the cells of both activities are seen.
  const r = report(BASIC, { internal: true });

  it("starts with Datatilsynet's mandatory columns under their Norwegian labels, then the optional ones", () => {
    expect(r.record.columns.slice(0, 8).map((c) => [c.id, c.label])).toEqual(MANDATORY_NB);
    expect(r.record.columns.slice(0, 8).every((c) => c.mandatory)).toBe(true);
    expect(r.record.columns.slice(8).every((c) => !c.mandatory)).toBe(true);
    expect(r.record.columns.slice(8).map((c) => c.id)).toEqual([
      'legal-basis',
      'national-law',
      'special-categories',
      'criminal-offence',
      'responsible-unit',
      'joint-controllers',
      'sources',
      'systems',
      'processors',
      'high-risk',
      'dpia',
      'rights-restrictions',
      'automated-decisions',
      'status',
      'last-review',
      'id',
    ]);
  });

  it('has English labels from the locale files', () => {
    const en = report(BASIC, { lang: 'en' });
    expect(en.record.columns.find((c) => c.id === 'retention')?.label).toBe('Envisaged time limits for erasure');
    expect(en.header[0]).toEqual({ label: 'Controller', lines: ['The Example Agency'] });
  });

  it('holds one row per controller activity, sorted by title; processor and retired activities are left out', () => {
    expect(r.record.rows.map((x) => [x.id, x.title])).toEqual([
      ['payroll', 'Lønn og personal'],
      ['statistics', 'Registerstatistikk'],
    ]);
    expect(report(BASIC, { includeRetired: true, internal: true }).record.rows.map((x) => x.id)).toEqual(['old-register', 'payroll', 'statistics']);
  });

  it('is the official record by default: approved activities only, and the cover says how many were left out', () => {
    const official = report(BASIC);
    expect(official.record.rows.map((x) => x.id)).toEqual(['payroll']);
    expect(official.extra.find((x) => x.id === 'dpia')!.rows.map((x) => x.id)).toEqual(['payroll']);
    expect(official.variant).toEqual({
      internal: false,
      name: 'Offisiell protokoll',
      lines: [
        'Den offisielle protokollen, slik den gjøres tilgjengelig for tilsynsmyndigheten etter personvernforordningen artikkel 30 nr. 4: bare godkjente behandlingsaktiviteter.',
        '1 behandlingsaktivitet som ikke er godkjent, er utelatt.',
      ],
    });
    // The processor that only the left-out activity uses is still in the catalogue, but used by no activity on the record.
    expect(official.extra.find((x) => x.id === 'processors')!.rows.find((x) => x.id === 'cloudco')?.cells[6]).toEqual(['Brukerstøtte for sykehuset']);
  });

  it('marks, in the internal copy, an activity that is not approved under its name and says so on the cover', () => {
    expect(r.variant.name).toBe('Intern arbeidskopi');
    expect(r.variant.lines[1]).toBe('1 behandlingsaktivitet er ikke godkjent.');
    expect(cell(r, 'statistics', 'activity')).toEqual(['Registerstatistikk', 'Ikke godkjent (til gjennomgang)']);
    expect(r.record.rows.find((x) => x.id === 'statistics')?.notApproved).toBe('Ikke godkjent (til gjennomgang)');
    expect(cell(r, 'payroll', 'activity')).toEqual(['Lønn og personal']);
    expect(r.record.rows.find((x) => x.id === 'payroll')?.notApproved).toBeUndefined();
    expect(
      cell(
        r,
        'statistics',
        'activity',
        r.extra.find((x) => x.id === 'dpia'),
      ),
    ).toEqual(['Registerstatistikk', 'Ikke godkjent (til gjennomgang)']);
    const en = report(BASIC, { internal: true, lang: 'en' });
    expect(en.variant.lines).toEqual([
      'Internal working copy, not the official record: processing activities that are not approved are included and marked «Not approved».',
      '1 processing activity is not approved.',
    ]);
    expect(cell(en, 'statistics', 'activity')).toEqual(['Register statistics', 'Not approved (in review)']);
  });

  it('has the header block of Art. 30(1)(a): controller, joint controllers and DPO, and the registry date', () => {
    expect(r.header).toEqual([
      { label: 'Behandlingsansvarlig', lines: ['Eksempeletaten'] },
      { label: 'Organisasjonsnummer', lines: ['971526920'] },
      { label: 'Offentlig myndighet eller organ', lines: ['Ja'] },
      { label: 'Øverste ansvarlig', lines: ['Eksempeletaten ved direktøren'] },
      { label: 'Postadresse', lines: ['Postboks 1, 0101 Oslo'] },
      { label: 'Besøksadresse', lines: ['Storgata 1, 0155 Oslo'] },
      { label: 'Kontaktopplysninger', lines: ['Sentralbordet, e-post post@example.no, telefon 22 00 00 00'] },
      { label: 'Personvernombud', lines: ['Kari Nordmann (Personvernombud), e-post pvo@example.no, telefon 22 00 00 01'] },
      { label: 'Felles behandlingsansvarlige', lines: ['Arbeids- og velferdsetaten (889640782) – e-post post@nav.no'] },
    ]);
    expect(report(BASIC, { date: '2026-03-01' }).header.at(-1)).toEqual({ label: 'Dato', lines: ['01.03.2026'] });
  });

  it('takes the date from the latest review in the registry', () => {
    expect(registryDate(load(BASIC))).toBe('2026-02-01');
  });

  it('fills the mandatory cells from the catalogues, retention per data category', () => {
    expect(cell(r, 'payroll', 'purposes')).toEqual(['Utbetale lønn', 'Følge opp sykefravær']);
    expect(cell(r, 'payroll', 'data-subjects')).toEqual(['Ansatte']);
    expect(cell(r, 'payroll', 'data-categories')).toEqual(['Kontaktopplysninger', 'Sykefravær', 'Inntekt']);
    expect(cell(r, 'payroll', 'recipients')).toEqual(['NAV']);
    expect(cell(r, 'payroll', 'transfers')).toEqual(['Ingen overføring til tredjestat eller internasjonal organisasjon']);
    expect(cell(r, 'payroll', 'retention')).toEqual([
      'Kontaktopplysninger og Inntekt: 5 år etter arbeidsforholdets slutt, slettes, jf. arkivloven',
      'Sykefravær: 1 år og 6 måneder, slettes',
    ]);
    expect(cell(r, 'payroll', 'security')).toEqual(['Kryptering', 'Tilgangsstyring']);
    expect(cell(r, 'statistics', 'recipients')).toEqual(['Ingen mottakere utenfor virksomheten']);
    expect(cell(r, 'statistics', 'transfers')).toEqual([
      'USA – CloudCo Inc. – EU-kommisjonens standard personvernbestemmelser (art. 46 nr. 2 bokstav c) – dokumentert i SCC 2021/914 modul 3',
    ]);
    expect(cell(r, 'statistics', 'retention')).toEqual(['Slettes ikke – avleveres til Arkivverket, jf. arkivloven']);
  });

  it('names the legal basis of each purpose, with the national law, Art. 9 condition and Art. 10 basis apart', () => {
    expect(cell(r, 'payroll', 'legal-basis')).toEqual([
      'Utbetale lønn: art. 6 nr. 1 bokstav b (avtale)',
      'Følge opp sykefravær: art. 6 nr. 1 bokstav c (rettslig forpliktelse)',
    ]);
    expect(cell(r, 'payroll', 'national-law')).toEqual(['Følge opp sykefravær: folketrygdloven § 8-7']);
    expect(cell(r, 'payroll', 'special-categories')).toEqual([
      'Opplysninger: Sykefravær',
      'art. 9 nr. 2 bokstav b (plikter etter arbeidsrett og trygderett), jf. folketrygdloven § 8-7',
    ]);
    // After the bases, the purpose's Art. 89 kind and safeguards (read back by `ropa import`).
    expect(cell(r, 'statistics', 'legal-basis')).toEqual([
      'art. 6 nr. 1 bokstav e (oppgave i allmennhetens interesse eller utøvelse av offentlig myndighet)',
      'Arkivformål i allmennhetens interesse, forskning eller statistikk (art. 89): ja',
      'Garantier etter art. 89 nr. 1: Pseudonymisering',
    ]);
    expect(cell(r, 'statistics', 'national-law')).toEqual(['personopplysningsloven § 8 og statistikkloven § 10']);
    expect(cell(r, 'statistics', 'criminal-offence')).toEqual([
      'Opplysninger: Straffedommer',
      'art. 10 (straffedommer og lovovertredelser, under offentlig myndighet eller med hjemmel i lov), jf. personopplysningsloven § 11',
      'Garantier: Pseudonymisering før analyse',
    ]);
  });

  it('fills the optional cells: unit, joint controllers, sources, systems, processors, DPIA, rights, automation, status, review', () => {
    expect(cell(r, 'payroll', 'responsible-unit')).toEqual(['HR-avdelingen']);
    expect(cell(r, 'statistics', 'joint-controllers')).toEqual([
      'Arbeids- og velferdsetaten – avtale etter artikkel 26: Avtale 2024/112 – Eksempeletaten svarer på innsynsbegjæringer.',
    ]);
    expect(cell(r, 'payroll', 'sources')).toEqual(['Den registrerte']);
    expect(cell(r, 'statistics', 'sources')).toEqual(['Folkeregisteret (offentlig register)']);
    expect(cell(r, 'payroll', 'systems')).toEqual(['Lønnssystemet', 'Lagres i: Norge']);
    expect(cell(r, 'payroll', 'processors')).toEqual(['Acos AS – databehandleravtale DBA 2021/77']);
    expect(cell(r, 'statistics', 'processors')).toEqual(['CloudCo Inc. – databehandleravtale ikke registrert']);
    expect(cell(r, 'payroll', 'high-risk')).toEqual(['Nei']);
    expect(cell(r, 'statistics', 'high-risk')).toEqual(['Ja']);
    expect(cell(r, 'statistics', 'dpia')).toEqual(['gjennomført – Sak 2023/456 – 02.05.2023']);
    expect(cell(r, 'payroll', 'rights-restrictions')).toEqual(['retten til sletting (art. 17): Art. 17(3)(b), arkivloven']);
    expect(cell(r, 'payroll', 'automated-decisions')).toEqual(['Nei']);
    expect(cell(r, 'statistics', 'automated-decisions')).toEqual(['Ja', 'Profilering', 'Logikk: Risikoskår for svar som mangler']);
    expect(cell(r, 'payroll', 'status')).toEqual(['aktiv – godkjent']);
    expect(cell(r, 'payroll', 'last-review')).toEqual(['15.01.2026 av Personvernombudet']);
    expect(cell(r, 'payroll', 'id')).toEqual(['payroll']);
  });

  it('picks columns by id, in the order given', () => {
    const picked = report(BASIC, { columns: ['activity', 'recipients', 'purposes'], internal: true });
    expect(picked.record.columns.map((c) => c.id)).toEqual(['activity', 'recipients', 'purposes']);
    expect(picked.record.rows[0]!.cells).toEqual([['Lønn og personal'], ['NAV'], ['Utbetale lønn', 'Følge opp sykefravær']]);
    expect(picked.summary).toEqual([0, 1, 2]);
  });

  it('shows the mandatory columns in the summary when no columns are chosen', () => {
    expect(r.summary).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('lists the DPIA overview, the processors and the record as processor after the record', () => {
    expect(r.extra.map((x) => [x.id, x.sheet])).toEqual([
      ['dpia', 'DPIA-oversikt'],
      ['processors', 'Databehandlere'],
      ['processor', 'Protokoll som databehandler'],
    ]);
    const dpia = r.extra[0]!;
    expect(dpia.note).toMatch(/slik de er registrert/);
    // What the screening computes (test/report/screening.test.ts), then what the registry records.
    expect(dpia.rows.find((x) => x.id === 'statistics')?.cells.slice(0, 3)).toEqual([
      ['Registerstatistikk', 'Ikke godkjent (til gjennomgang)'],
      ['Ja'],
      ['Ja'],
    ]);
    expect(dpia.rows.find((x) => x.id === 'statistics')?.cells.slice(6)).toEqual([
      ['gjennomført'],
      ['Sak 2023/456'],
      ['02.05.2023'],
      ['lav'],
      ['23/01234 – 01.06.2023'],
      [],
      ['stort omfang', 'sammenstilling av datasett'],
    ]);
    const processors = r.extra[1]!;
    expect(processors.rows.map((x) => x.cells[0]![0])).toEqual(['Acos AS', 'CloudCo Inc.']);
    // A sub-processor the agreement limits to some activities names them (subprocessors[].activities); one with none
    // serves every activity that uses its processor and says nothing more.
    expect(processors.rows[0]!.cells[5]).toEqual([
      'Microsoft Ireland Operations Ltd – Irland – DBA 2021/77, bilag 2',
      'Tidbank AS – Norge – DBA 2021/77, bilag 3 – bare for behandlingsaktiviteten Lønn og personal',
    ]);
    // Used by controller activities and by activities done as a processor alike.
    expect(processors.rows[1]!.cells[6]).toEqual(['Registerstatistikk', 'Brukerstøtte for sykehuset']);
    expect(r.extra[2]!.rows.map((x) => x.id)).toEqual(['hospital-support']);
  });
});

describe('the processors table: which activities a sub-processor serves', () => {
  it('names them by title in the language of the report, nynorsk and English too', () => {
    const en = report(BASIC, { internal: true, lang: 'en' }).extra[1]!;
    expect(en.rows[0]!.cells[5]![1]).toBe('Tidbank AS – Norway – DBA 2021/77, bilag 3 – only for the activity Payroll and personnel');
    const nn = report(BASIC, { internal: true, lang: 'nn' }).extra[1]!;
    expect(nn.rows[0]!.cells[5]![1]).toMatch(/ – berre for behandlingsaktiviteten \S/);
  });
});

describe('the processor record (Art. 30(2))', () => {
  it('has its own columns, starting with the controllers it acts for', () => {
    expect(columnIds('processor')).toEqual([
      'activity',
      'controllers',
      'categories-of-processing',
      'transfers',
      'security',
      'agreement',
      'subprocessors',
      'status',
      'last-review',
      'id',
    ]);
    const r = report(BASIC, { kind: 'processor' });
    expect(r.header[0]).toEqual({ label: 'Databehandler', lines: ['Eksempeletaten'] });
    expect(r.record.rows.map((x) => x.id)).toEqual(['hospital-support']);
    expect(cell(r, 'hospital-support', 'controllers')).toEqual([
      'Sykehuset HF (983974724) – e-post post@sykehuset.no – Personvernombud: Ola Nordmann, e-post pvo@sykehuset.no',
    ]);
    expect(cell(r, 'hospital-support', 'categories-of-processing')).toEqual(['Brukerstøtte og feilretting i journalsystemet']);
    expect(cell(r, 'hospital-support', 'transfers')).toEqual([
      'USA – CloudCo Inc. – beslutning om tilstrekkelig beskyttelsesnivå (art. 45) – sertifisert under EU–US Data Privacy Framework',
    ]);
    expect(cell(r, 'hospital-support', 'agreement')).toEqual(['DBA 2025-07']);
    expect(r.extra).toEqual([]);
  });
});
