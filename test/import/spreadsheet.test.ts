import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { yaml } from './helpers.js';
import { EXAMPLE, ropa, tempDir } from '../helpers/cli.js';
import { BASIC as BASIC_REPORT, parseCsv as readCsv } from '../report/helpers.js';

/**
 * Datatilsynet's template as a municipality fills it in: a title, the controller block, a legend, then the
 * table with the template's orange and green columns in bokmål, and the municipality's own columns after them.
 */
async function municipalityWorkbook(path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Protokoll');
  ws.getCell('A1').value = 'Protokoll over behandlingsaktiviteter';
  ws.getCell('A3').value = 'Behandlingsansvarlig';
  ws.getCell('B3').value = 'Sjøvik kommune';
  ws.getCell('A4').value = 'Organisasjonsnummer';
  ws.getCell('B4').value = '964123454';
  ws.getCell('A5').value = 'Personvernombud';
  ws.getCell('B5').value = 'Ola Nordmann, personvernombud@sjovik.kommune.no';
  ws.getCell('A6').value = 'Vedtatt av';
  ws.getCell('B6').value = 'Kommunedirektørens ledergruppe';
  const header = [
    'Behandlingsaktivitet',
    'Formålet med behandlingen',
    'Kategorier av registrerte',
    'Kategorier av personopplysninger',
    'Kategorier av mottakere',
    'Overføring til tredjestat / internasjonal organisasjon',
    'Planlagte tidsfrister for sletting',
    'Generell beskrivelse av tekniske og organisatoriske sikkerhetstiltak',
    'Behandlingsgrunnlag',
    'Daglig behandlingsansvarlig',
    'Databehandler',
    'Systemer',
    'Kilde',
    'Sektor',
    'Merknad',
    'Sist revidert',
  ];
  ws.getRow(7).values = header;
  const rows: unknown[][] = [
    [
      'Barnehageopptak',
      'Tildele barnehageplass',
      'Barn\nForesatte',
      'Navn\nFødselsnummer',
      'NAV',
      'Nei',
      '5 år',
      'Tilgangsstyring\nRutiner for taushetsplikt',
      'art. 6 nr. 1 bokstav e, jf. barnehageloven § 12a',
      'Oppvekst',
      'Visma Enterprise AS',
      'Visma Flyt Barnehage',
      'Foresatte',
      'Oppvekst',
      'Revideres høsten 2026',
      '2025-06-01',
    ],
    [
      'Kameraovervåking',
      'Forebygge hærverk ved skolene',
      'Elever\nBesøkende',
      'Kamerabilder',
      'Politiet',
      'Nei',
      '7 dager',
      'Logging',
      'GDPR 6(1)(e)',
      'Eiendom',
      '',
      'Milestone',
      '',
      'Eiendom',
      { formula: 'HYPERLINK("http://evil.example","klikk")', result: 'klikk' },
      '2024-11-15',
    ],
    [
      'Lønn',
      'Utbetale lønn\nFølge opp sykefravær',
      'Ansatte',
      'Kontonummer\nSykefravær',
      'Skatteetaten\nNAV',
      'Ja, USA',
      'Anonymiseres senest to år etter innsamling',
      'Kryptering',
      'Rettslig forpliktelse',
      'HR',
      'Visma Enterprise AS',
      'Visma Lønn',
      'Den registrerte\nPårørende',
      'Sentraladministrasjonen',
      '=1+1',
      '2026-01-10',
    ],
    [
      'Innbyggerundersøkelse',
      'Måle tilfredshet med tjenestene',
      'Innbyggere',
      'Svar',
      'Ingen',
      'Tyskland og USA',
      '5-10 år',
      'Tilgangsstyring',
      'Samtykke',
      'Kommunikasjon',
      'Questback AS',
      'Questback',
      'Den registrerte',
      'Stab',
      { text: 'Avtalen', hyperlink: 'https://sjovik.kommune.no/avtaler/questback' },
      '',
    ],
  ];
  rows.forEach((r, i) => {
    ws.getRow(8 + i).values = r as ExcelJS.CellValue[];
  });
  const other = wb.addWorksheet('Databehandlere');
  other.addRow(['Leverandør', 'Avtale']);
  other.addRow(['Visma Enterprise AS', 'DBA 2023']);
  await wb.xlsx.writeFile(path);
}

describe("ropa import: Datatilsynet-style spreadsheet with a municipality's own columns", () => {
  const tmp = tempDir();
  const file = join(tmp.dir, 'protokoll.xlsx');
  const reg = join(tmp.dir, 'registry');
  let result: ReturnType<typeof ropa>;
  beforeAll(async () => {
    await municipalityWorkbook(file);
    result = ropa(['import', file, reg]);
  });
  afterAll(() => tmp.cleanup());

  it('finds the table below the controller block and imports every row', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(join(reg, 'activities')).sort()).toEqual(['barnehageopptak.yaml', 'innbyggerundersokelse.yaml', 'kameraovervaking.yaml', 'lonn.yaml']);
    const org = yaml(reg, 'organisation.yaml');
    expect(org.name).toBe('Sjøvik kommune');
    expect(org.organisationNumber).toBe('964123454');
    expect(org.dpo).toEqual({ name: 'Ola Nordmann', email: 'personvernombud@sjovik.kommune.no' });
    expect(org.custom).toEqual({ 'Vedtatt av': 'Kommunedirektørens ledergruppe' });
    expect(readFileSync(join(reg, 'organisation.yaml'), 'utf8')).toContain(
      '# import: kept as written: "Kommunedirektørens ledergruppe" could not be read with certainty',
    );
    expect(result.stdout).toContain('sheet «Databehandlere» was not read');
    expect(ropa(['validate', reg]).code).toBe(0);
  });

  it('maps the template columns into the model', () => {
    const a = yaml(reg, 'activities/barnehageopptak.yaml');
    expect(a.purposes).toEqual([
      {
        id: 'tildele-barnehageplass',
        description: 'Tildele barnehageplass',
        legalBasis: [{ gdpr: 'A6-1-e', law: [{ law: 'barnehageloven', section: '§ 12a' }] }],
      },
    ]);
    expect(a.dataSubjects).toEqual(['barn', 'foresatte']);
    expect(a.retention).toEqual([{ period: 'P5Y' }]);
    expect(a.transfers).toBe('none');
    expect(a.responsibleUnit).toBe('Oppvekst');
    expect(a.review).toEqual({ lastReviewed: '2025-06-01' });
    expect(yaml(reg, 'activities/kameraovervaking.yaml').purposes[0].legalBasis).toEqual([{ gdpr: 'A6-1-e' }]);
    const pay = yaml(reg, 'activities/lonn.yaml');
    expect(pay.purposes.map((p: { legalBasis: { gdpr: string }[] }) => p.legalBasis)).toEqual([[{ gdpr: 'A6-1-c' }], [{ gdpr: 'A6-1-c' }]]);
    expect(pay.transfers).toEqual([{ country: 'US' }]);
    expect(pay.retention).toEqual([{ period: 'P2Y', trigger: 'innsamling', endAction: 'anonymise' }]);
    expect(yaml(reg, 'activities/innbyggerundersokelse.yaml').recipients).toBe('none');
    expect(yaml(reg, 'activities/innbyggerundersokelse.yaml').transfers).toEqual([{ country: 'DE' }, { country: 'US' }]);
    const measures = yaml(reg, 'catalogues/security-measures.yaml').securityMeasures;
    expect(measures.kryptering).toEqual({ name: 'Kryptering', type: 'technical' });
    expect(measures['rutiner-for-taushetsplikt']).toEqual({ name: 'Rutiner for taushetsplikt', type: 'organisational' });
    expect(yaml(reg, 'catalogues/sources.yaml').sources['den-registrerte']).toEqual({ name: 'Den registrerte', type: 'data-subject' });
    // Next of kin an employee names are another person, not a controller (Art. 14(2)(f)).
    expect(Object.values(yaml(reg, 'catalogues/sources.yaml').sources)).toContainEqual({ name: 'Pårørende', type: 'other-person' });
  });

  it("keeps the municipality's own columns in custom, and lists them", () => {
    expect(yaml(reg, 'activities/barnehageopptak.yaml').custom).toEqual({ Sektor: 'Oppvekst', Merknad: 'Revideres høsten 2026' });
    expect(result.stdout).toMatch(/Columns kept in each activity's custom \(2\):\n  «Sektor» \(column N\)\n  «Merknad» \(column O\)/);
  });

  it('reads formulas as text and never evaluates them', () => {
    const camera = readFileSync(join(reg, 'activities/kameraovervaking.yaml'), 'utf8');
    expect(yaml(reg, 'activities/kameraovervaking.yaml').custom.Merknad).toBe('=HYPERLINK("http://evil.example","klikk")');
    expect(camera).toContain('# import: the cell held a formula; it is kept as its text and was never evaluated');
    expect(yaml(reg, 'activities/lonn.yaml').custom.Merknad).toBe('=1+1');
    // A link keeps its address.
    expect(yaml(reg, 'activities/innbyggerundersokelse.yaml').custom.Merknad).toBe('Avtalen (https://sjovik.kommune.no/avtaler/questback)');
  });

  it('keeps what it cannot read with a comment, and says so in the summary', () => {
    const text = readFileSync(join(reg, 'activities/innbyggerundersokelse.yaml'), 'utf8');
    expect(text).toMatch(/# import: could not read "5-10 år" as a period; kept as text\n\s+description: 5-10 år/);
    expect(result.stdout).toContain('«Planlagte tidsfrister for sletting» (innbyggerundersokelse): could not read "5-10 år" as a period');
    // A measure whose type no word gives away is marked for the reader.
    expect(readFileSync(join(reg, 'catalogues/security-measures.yaml'), 'utf8')).toMatch(/logging:\n\s+name: Logging\n\s+type: technical/);
  });

  it('maps an unknown column with --map, and refuses a misspelt known one with "did you mean"', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ark1');
    ws.addRow(['Behandlingsaktivitet', 'Formålet med behandlignen', 'Kategorier av registrerte', 'Ansvarlig tjeneste']);
    ws.addRow(['Skoleskyss', 'Organisere skyss', 'Elever', 'Skolekontoret']);
    const f = join(tmp.dir, 'typo.xlsx');
    await wb.xlsx.writeFile(f);
    const typo = ropa(['import', f, join(tmp.dir, 'typo')]);
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain('typo.xlsx:1: column B: header «Formålet med behandlignen» is unknown. Did you mean «Formålet med behandlingen»?');
    const map = join(tmp.dir, 'map.yaml');
    writeFileSync(map, 'columns:\n  Formålet med behandlignen: purposes\n  Ansvarlig tjeneste: responsibleUnit\n');
    const mapped = ropa(['import', f, join(tmp.dir, 'mapped'), '--map', map]);
    expect(mapped.stderr).toBe('');
    const a = yaml(join(tmp.dir, 'mapped'), 'activities/skoleskyss.yaml');
    expect(a.purposes).toEqual([{ id: 'organisere-skyss', description: 'Organisere skyss' }]);
    expect(a.responsibleUnit).toBe('Skolekontoret');
    writeFileSync(map, 'columns:\n  Formålet med behandlignen: purpose\n');
    const bad = ropa(['import', f, join(tmp.dir, 'bad'), '--map', map]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('«Formålet med behandlignen»: "purpose" is not a field ropa imports. Did you mean "purposes"?');
  });
});

describe("ropa import: round trip through ropa's own report", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  /** The record's sheets — the record and its additional information — as rows of cell values, by sheet name. */
  async function recordSheets(path: string): Promise<Map<string, unknown[][]>> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const out = new Map<string, unknown[][]>();
    for (const ws of wb.worksheets.filter((w) => w.name === 'Behandlingsprotokoll' || w.name.startsWith('Tilleggsopplysninger'))) {
      const rows: unknown[][] = [];
      ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
      out.set(ws.name, rows);
    }
    return out;
  }

  it('report -f xlsx → import → report -f xlsx gives the same record for the example registry', async () => {
    const first = join(tmp.dir, 'first.xlsx');
    const second = join(tmp.dir, 'second.xlsx');
    const reg = join(tmp.dir, 'from-xlsx');
    expect(ropa(['report', EXAMPLE, '-f', 'xlsx', '--date', '2026-11-29', '-o', first]).code).toBe(0);
    const r = ropa(['import', first, reg]);
    // The official record: only that it leaves out accepted gaps and custom fields is said on stderr (session 47).
    expect(r.stderr).toMatch(/^ropa: \S+ is ropa's official record: it leaves out accepted gaps [^\n]+ --internal\.\n$/);
    expect(ropa(['validate', reg]).code).toBe(0);
    expect(ropa(['report', reg, '-f', 'xlsx', '--date', '2026-11-29', '-o', second]).code).toBe(0);
    const a = await recordSheets(first);
    const b = await recordSheets(second);
    // The record and the sheets of additional information that continue it (its optional columns).
    expect([...a.keys()]).toEqual(['Behandlingsprotokoll', 'Tilleggsopplysninger 1', 'Tilleggsopplysninger 2']);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [name, rows] of a) {
      // Every cell of each sheet — header block and table — except the column ropa computes from facts the
      // record does not print (which data subjects are vulnerable, which purposes are research): «(beregnet)».
      const header = rows.findIndex((row) => row[0] === 'Behandlingsaktivitet');
      const computed = (rows[header] as string[]).indexOf('Kan behandlingen medføre høy risiko?');
      const strip = (all: unknown[][]): unknown[][] => all.map((row, i) => (i > header && computed >= 0 ? row.filter((_, j) => j !== computed) : row));
      expect(strip(b.get(name)!), name).toEqual(strip(rows));
      expect(b.get(name)!.length).toBe(rows.length);
    }
  });

  it("reads the internal working copy back with each activity's approval", async () => {
    const copy = join(tmp.dir, 'internal.xlsx');
    const reg = join(tmp.dir, 'from-internal');
    expect(ropa(['report', BASIC_REPORT, '-f', 'xlsx', '--internal', '-o', copy]).code).toBe(0);
    const r = ropa(['import', copy, reg]);
    expect(r.code, r.stderr).toBe(0);
    const statistics = readFileSync(join(reg, 'activities', 'statistics.yaml'), 'utf8');
    expect(statistics).toMatch(/^title: Registerstatistikk$/m);
    expect(statistics).toMatch(/^approval: in-review$/m);
    expect(readFileSync(join(reg, 'activities', 'payroll.yaml'), 'utf8')).not.toMatch(/^approval: (draft|in-review)$/m);
  });

  // Session 37: a retention policy whose name does not say its time limit was printed by its name alone, and the limit
  // was lost on the way back («could not read "Seks måneder" as a period»).
  it('prints a retention policy with its time limit when the name does not say it, and reads it back as the same policy', async () => {
    const reg = join(tmp.dir, 'policy');
    const xlsx = join(tmp.dir, 'policy.xlsx');
    const back = join(tmp.dir, 'policy-back');
    expect(ropa(['init', reg, '--lang', 'nb']).code).toBe(0);
    expect(ropa(['add', 'retention', 'applications', reg, '--name', 'Søknadsregelen', '--period', 'P6M']).code).toBe(0);
    expect(ropa(['add', 'retention', 'half-year', reg, '--name', 'Seks måneder (6 måneder)', '--period', 'P6M']).code).toBe(0);
    const payroll = join(reg, 'activities', 'payroll.yaml');
    const text = readFileSync(payroll, 'utf8').replace(
      /^retention:\n(?:[ -].*\n)+/m,
      'retention:\n  - policy: applications\n    categories: [contact-details]\n  - policy: half-year\n',
    );
    writeFileSync(payroll, text);
    expect(ropa(['validate', reg]).code).toBe(0);
    const md = ropa(['report', reg, '-f', 'md', '--internal', '--columns', 'activity,retention']).stdout;
    expect(md).toContain('Kontaktopplysninger: Regel «Søknadsregelen»: 6 måneder');
    // A name that says the limit is not repeated.
    expect(md).toMatch(/<br>Seks måneder \(6 måneder\)/);
    expect(ropa(['report', reg, '-f', 'xlsx', '--internal', '-o', xlsx]).code).toBe(0);
    const r = ropa(['import', xlsx, back]);
    // The policy printed with its rule is read back; one printed by its name alone stays text, as before.
    expect(r.stdout).not.toMatch(/Søknadsregelen.*as a period/);
    expect(r.stdout).toMatch(/could not read "Seks måneder \(6 måneder\)" as a period/);
    expect(readFileSync(join(back, 'catalogues', 'retention-policies.yaml'), 'utf8')).toMatch(/name: Søknadsregelen\n\s+period: P6M/);
    expect(readFileSync(join(back, 'activities', 'payroll.yaml'), 'utf8')).toMatch(/- categories:\n\s+- kontaktopplysninger\n\s+policy: soknadsregelen/);
  });

  it('report -f csv → import → report -f csv gives the same record, but for the computed column', () => {
    const first = join(tmp.dir, 'first.csv');
    const second = join(tmp.dir, 'second.csv');
    const reg = join(tmp.dir, 'from-csv');
    ropa(['report', EXAMPLE, '-f', 'csv', '-o', first]);
    expect(ropa(['import', first, reg]).code).toBe(0);
    ropa(['report', reg, '-f', 'csv', '-o', second]);
    const a = readCsv(readFileSync(first, 'utf8'));
    const b = readCsv(readFileSync(second, 'utf8'));
    const computed = a[0]!.indexOf('Kan behandlingen medføre høy risiko?');
    const strip = (rows: string[][]): string[][] => rows.map((row) => row.filter((_, j) => j !== computed));
    expect(strip(b)).toEqual(strip(a));
  });
});
