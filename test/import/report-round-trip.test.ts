import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { yaml, type Data } from './helpers.js';
import { dataPaths, schemaPaths, within } from './field-paths.js';
import { EXAMPLE, FIXTURES, ropa, tempDir } from '../helpers/cli.js';
import { NOT_IN_REPORT, NOT_IN_REPORT_ORGANISATION } from '../../src/commands/import.js';
import { FIELDS_CARRIED, INTERNAL_FIELDS } from '../../src/render/report/fields.js';
import { LANGUAGES, t } from '../../src/i18n/index.js';

/**
 * Session 38: `ropa report -f xlsx`, then `ropa import` of that workbook, on the example registry and on two variant
 * bases. What the report prints comes back (the record re-rendered from the import is the record printed); what
 * it never prints is named in the import's summary (NOT_IN_REPORT), so that nothing is lost silently. Where the
 * round trip still loses something the report prints, it is listed below by name and must still be lost (the
 * lists only shrink): a fix that brings one back fails here until it is taken off.
 */
/**
 * A special category whose name does not say its kind («Accessibility needs», «Sick leave»: health) is read back as
 * a category without `specialCategory`, and the summary asks for it (import.remark.special-kind); it is then not
 * printed in the Art. 9 column until the kind is given.
 */
const SPECIAL = 'Tilleggsopplysninger 1/Særlige kategorier av personopplysninger og unntak (artikkel 9)';

const BASES: { name: string; dir: string; knownLost: string[]; knownChanged: string[] }[] = [
  { name: 'example', dir: EXAMPLE, knownLost: [], knownChanged: [] },
  {
    name: 'variants-advokat',
    dir: join(FIXTURES, 'corpus', 'variants-advokat', 'base'),
    knownLost: [],
    knownChanged: [SPECIAL],
  },
  { name: 'variants-hotell', dir: join(FIXTURES, 'corpus', 'variants-hotell', 'base'), knownLost: [], knownChanged: [SPECIAL] },
];

/**
 * Every path of an activity's schema that ropa's report prints and `ropa import` of its xlsx reads back (each is held
 * to it below, on test/fixtures/import/round-trip, which has them all), besides those the summary names as not in the
 * report (NOT_IN_REPORT). A field the schema gains is in neither until someone decides: the first test names it.
 */
const CARRIED = [
  'id',
  'title',
  'status',
  'approval',
  'role',
  'responsibleUnit',
  'jointControllers[].controller',
  'jointControllers[].arrangement',
  'jointControllers[].responsibilities',
  'jointControllers[].contactPoint',
  'purposes[].id',
  'purposes[].description',
  'purposes[].legalBasis[].gdpr',
  'purposes[].legalBasis[].law',
  'purposes[].legalBasis[].legitimateInterest',
  'purposes[].legalBasis[].interestAssessment',
  'purposes[].legalBasis[].childConsentAge',
  'purposes[].legalBasis[].criminalDataGround',
  'purposes[].legalBasis[].section11Condition',
  'purposes[].legalBasis[].dpoConsulted',
  'purposes[].legalBasis[].safeguards',
  'purposes[].legalBasis[].agreement',
  'purposes[].legalBasis[].consentMethod',
  'purposes[].legalBasis[].consentWithdrawal',
  'purposes[].legalBasis[].childConsent',
  'purposes[].researchOrStatistics',
  'purposes[].directMarketing',
  'purposes[].safeguards',
  'publicAuthority',
  'owner',
  'nationalIdNeed',
  'nationalIdNeed[].category',
  'nationalIdNeed[].need',
  'dataLocation',
  'collection',
  'transfers[].informed',
  'automatedDecisions.exception',
  'automatedDecisions.law',
  'dataSubjects',
  'dataCategories',
  'sources',
  'recipients',
  'disclosures[].recipient',
  'disclosures[].basis',
  'disclosures[].law',
  'processors',
  'systems',
  'transfers[].country',
  'transfers[].organisation',
  'transfers[].recipient',
  'transfers[].recipientType',
  'transfers[].mechanism',
  'transfers[].dpfCertified',
  'transfers[].reference',
  'transfers[].safeguards',
  'retention[].categories',
  'retention[].policy',
  'retention[].period',
  'retention[].trigger',
  'retention[].permanent',
  'retention[].endAction',
  'retention[].archive',
  'retention[].law',
  'securityMeasures',
  'riskFactors',
  'dpia.status',
  'dpia.reason',
  'dpia.reference',
  'dpia.date',
  'dpia.highRisk',
  'dpia.residualRisk',
  'dpia.priorConsultation.date',
  'dpia.priorConsultation.reference',
  'rightsRestrictions[].right',
  'rightsRestrictions[].law',
  'rightsRestrictions[].gdpr',
  'automatedDecisions.used',
  'automatedDecisions.profiling',
  'automatedDecisions.humanReview',
  'automatedDecisions.logic',
  'automatedDecisions.significance',
  'review.lastReviewed',
  'review.reviewedBy',
  'review.nextReview',
  // Since session 46 on the workbook's sheet of other fields (src/render/report/fields.ts, test/import/fields.test.ts).
  ...FIELDS_CARRIED,
];

/**
 * Not in the controller's record at all: the record as processor (Art. 30(2)) is not imported, and the summary says
 * so; `publicAuthority` of an activity is the organisation's unless it says otherwise, and the report prints neither.
 */
const NOT_CONTROLLER = ['processorFor', '$schema'];

/**
 * What a line the summary lists as kept as text («Kept as text — check these», by its column) may have held: the
 * text is in the registry and the summary points at it, so the fields it would have given are not lost silently.
 */
const KEPT_COLUMNS: Record<string, readonly string[]> = {
  'legal-basis': ['purposes'],
  'national-law': ['purposes'],
  'special-categories': ['purposes', 'dataCategories'],
  'criminal-offence': ['purposes', 'dataCategories'],
  retention: ['retention'],
  transfers: ['transfers'],
  recipients: ['recipients', 'disclosures'],
  'joint-controllers': ['jointControllers', 'role'],
  'rights-restrictions': ['rightsRestrictions'],
  'automated-decisions': ['automatedDecisions'],
  dpia: ['dpia'],
  'high-risk': ['dpia'],
  'last-review': ['review'],
  status: ['status', 'approval'],
};

/** The fields each activity's lines kept as text may have held, by activity id, from the import's summary. */
function keptAsText(stdout: string): Map<string, Set<string>> {
  const byLabel = new Map<string, string>();
  for (const l of LANGUAGES) for (const id of Object.keys(KEPT_COLUMNS)) byLabel.set(t(l, `report.column.${id}`), id);
  const out = new Map<string, Set<string>>();
  for (const m of stdout.matchAll(/^ {2}row \d+ «(.+?)» \((.+?)\): /gm)) {
    const fields = KEPT_COLUMNS[byLabel.get(m[1]!) ?? ''] ?? [];
    out.set(m[2]!, new Set([...(out.get(m[2]!) ?? []), ...fields]));
  }
  // A row of the sheet of other fields naming an entry the import did not make (an Art. 9 basis read into another
  // purpose): the summary says which path of which activity was not imported.
  for (const m of stdout.matchAll(/^ {2}: sheet «.+?», row \d+: (\S+) of «(.+?)» names an entry the imported activity does not have/gm))
    out.set(m[2]!, new Set([...(out.get(m[2]!) ?? []), m[1]!.replace(/\[\d+\]/g, '[]')]));
  return out;
}

/**
 * The paths of a registry's activities that did not come back from `ropa report -f xlsx` and `ropa import`, and are
 * neither named in the summary (NOT_IN_REPORT) nor in a line it lists as kept as text: what is lost silently. By path,
 * with the activities it was lost from.
 */
function lostSilently(dir: string, reg: string, stdout: string, paths = new Set<string>()): Map<string, string[]> {
  const kept = keptAsText(stdout);
  // The fields of an activity the summary names as not in the report (the official record's accepted gaps and custom).
  const named = /these fields of an activity: ([^;]+);/.exec(stdout)?.[1]?.split(', ') ?? [];
  const lost = new Map<string, string[]>();
  for (const file of readdirSync(join(dir, 'activities')).filter((f) => f.endsWith('.yaml'))) {
    const a = yaml(join(dir, 'activities'), file);
    if (a.processorFor) continue;
    const back = yaml(reg, join('activities', `${String(a.id)}.yaml`));
    const came = dataPaths(back);
    for (const p of dataPaths(a)) {
      paths.add(p);
      if (came.has(p) || within(p, NOT_IN_REPORT) || within(p, named) || within(p, NOT_CONTROLLER)) continue;
      if ([...(kept.get(String(a.id)) ?? [])].some((f) => within(p, [f]))) continue;
      // A controller's role is the default: the import writes none. An empty list prints as nothing, as no list does.
      if (p === 'role' && a.role === 'controller') continue;
      if (Array.isArray(a[p]) && (a[p] as unknown[]).length === 0) continue;
      // A retention policy printed by its name alone («Slettes ikke – avleveres til Arkivverket») comes back as the rule
      // its name says, or as text: the rule, not the catalogue's id (the summary says ids are made again from names).
      if (p === 'retention[].policy' && ((back.retention ?? []) as Data[]).length === ((a.retention ?? []) as Data[]).length) continue;
      lost.set(p, [...(lost.get(p) ?? []), String(a.id)]);
    }
  }
  return lost;
}

/** The language a registry is written in first: its report in that language is the one to read back. */
const firstLanguage = (dir: string): string => String((yaml(dir, 'organisation.yaml').languages as string[] | undefined)?.[0] ?? 'nb');

/** The record's table sheets as cells by sheet/column header and row (the activity's name), the header block apart. */
async function cells(path: string): Promise<{ block: unknown[][]; table: Map<string, string> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const block: unknown[][] = [];
  const table = new Map<string, string>();
  for (const ws of wb.worksheets.filter((w) => w.name === 'Behandlingsprotokoll' || w.name.startsWith('Tilleggsopplysninger'))) {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const h = rows.findIndex((row) => row[0] === 'Behandlingsaktivitet');
    if (ws.name === 'Behandlingsprotokoll') block.push(...rows.slice(0, h).filter((r) => r[0] !== 'Dato'));
    const header = rows[h] as string[];
    for (const row of rows.slice(h + 1))
      header.forEach((label, j) => {
        // The one column ropa computes from facts the record does not print: «(beregnet)».
        if (label !== 'Kan behandlingen medføre høy risiko?') table.set(`${ws.name}/${label}\u0000${String(row[0])}`, JSON.stringify(row[j] ?? null));
      });
  }
  return { block, table };
}

describe('ropa report -f xlsx → ropa import: what the report prints comes back, what it does not is named', () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it.each(BASES)('$name', async ({ name, dir, knownLost, knownChanged }) => {
    const first = join(tmp.dir, `${name}.xlsx`);
    const reg = join(tmp.dir, name);
    const second = join(tmp.dir, `${name}-again.xlsx`);
    expect(ropa(['report', dir, '-f', 'xlsx', '--date', '2026-12-01', '-o', first]).code).toBe(0);
    const r = ropa(['import', first, reg]);
    expect(r.code, r.stderr).toBe(0);
    expect(ropa(['validate', reg]).code).toBe(0);
    // Said once, with every field the report never prints.
    expect(r.stdout).toContain("Not in ropa's report, so not in this registry: the report is the record as Datatilsynet reads it, in one language (");
    // Every field of an activity is carried (the workbook's sheet of other fields, since session 46): none is named.
    expect(NOT_IN_REPORT).toEqual([]);
    // But the official record leaves out the organisation's internal notes (session 47): named, with the copy that has them.
    expect(r.stdout).toContain(
      `what a catalogue entry says beyond its name; and these fields of an activity: ${INTERNAL_FIELDS.join(', ')}; and these of the organisation: ${NOT_IN_REPORT_ORGANISATION.join(', ')}. To move a registry whole, copy its folder.`,
    );
    expect(r.stderr).toContain(`is ropa's official record: it leaves out accepted gaps and the organisation's own fields (${INTERNAL_FIELDS.join(', ')})`);

    // Every field of an activity that did not come back, into its lists' entries, is one the summary names (as not
    // in the report, or as kept as text), or one listed above.
    for (const file of readdirSync(join(dir, 'activities')).filter((f) => f.endsWith('.yaml'))) {
      const a = yaml(join(dir, 'activities'), file);
      // The record as processor (Art. 30(2)) is not imported, and the summary says so.
      if (!a.processorFor) continue;
      expect(existsSync(join(reg, 'activities', `${String(a.id)}.yaml`))).toBe(false);
      expect(r.stdout).toMatch(/sheet «Protokoll som databehandler» was not read/);
    }
    expect([...lostSilently(dir, reg, r.stdout).keys()].sort()).toEqual([...knownLost].sort());

    // The record printed again from the import is the record printed from the registry, cell by cell.
    const a = await cells(first);
    expect(ropa(['report', reg, '-f', 'xlsx', '--date', '2026-12-01', '-o', second]).code).toBe(0);
    const again = await cells(second);
    expect(again.block).toEqual(a.block);
    const changed = new Set<string>();
    for (const [key, value] of a.table) if (again.table.get(key) !== value) changed.add(key.split('\u0000')[0]!);
    expect([...changed].sort()).toEqual([...knownChanged].sort());
    if (knownChanged.includes(SPECIAL))
      expect(r.stdout).toContain('the source lists this as a special category (Art. 9) without saying which; set specialCategory');
    expect(again.table.size).toBe(a.table.size);
  });
});

describe("every field of an activity's schema: carried through ropa's xlsx, or named in the import's summary", () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());
  const RICH = join(FIXTURES, 'import', 'round-trip');

  it('each path the schema gives an activity is carried or named (NOT_IN_REPORT)', () => {
    const undecided = [...schemaPaths()]
      .filter(([p, kind]) => kind === 'value' && !within(p, CARRIED) && !within(p, NOT_IN_REPORT) && !within(p, NOT_CONTROLLER))
      .map(
        ([p]) =>
          `${p}: carry it through ropa's xlsx (src/render/report/columns.ts, src/import/) and list it in CARRIED, or add it to NOT_IN_REPORT (src/commands/import.ts)`,
      );
    expect(undecided).toEqual([]);
    // Each name is a path of the schema, and not both.
    const all = new Set(schemaPaths().keys());
    expect([...CARRIED, ...NOT_IN_REPORT].filter((p) => !all.has(p))).toEqual([]);
    expect(CARRIED.filter((p) => within(p, NOT_IN_REPORT))).toEqual([]);
    expect(NOT_IN_REPORT.filter((p) => within(p, CARRIED))).toEqual([]);
  });

  /**
   * Registries rich in fields: the fixture that has every carried path, the example, and corpus bases. Each reported
   * in its first language, every activity (--internal --include-retired), then imported. `knownLost`: paths still lost
   * silently, by name (the list only shrinks).
   */
  const SETS: { name: string; dir: string; knownLost: string[] }[] = [
    { name: 'round-trip', dir: RICH, knownLost: [] },
    { name: 'example', dir: EXAMPLE, knownLost: [] },
    ...['advokat', 'ambulanse', 'innvandring', 'forsking', 'studiestotte', 'kyrkje', 'skule'].map((s) => ({
      name: `variants-${s}`,
      dir: join(FIXTURES, 'corpus', `variants-${s}`, 'base'),
      knownLost: [] as string[],
    })),
  ];
  const seen = new Set<string>();

  it.each(SETS)('$name: nothing lost silently', ({ name, dir, knownLost }) => {
    const xlsx = join(tmp.dir, `${name}.xlsx`);
    const reg = join(tmp.dir, name);
    const args = ['report', dir, '-f', 'xlsx', '--lang', firstLanguage(dir), '--internal', '--include-retired', '--date', '2026-12-01', '-o', xlsx];
    expect(ropa(args).code).toBe(0);
    const r = ropa(['import', xlsx, reg]);
    expect(r.code, r.stderr).toBe(0);
    const lost = lostSilently(dir, reg, r.stdout, name === 'round-trip' ? seen : undefined);
    expect([...lost].map(([p, ids]) => `${p} (${ids.join(', ')})`).filter((l) => !knownLost.includes(l.split(' ')[0]!))).toEqual([]);
    expect([...lost.keys()].filter((p) => knownLost.includes(p)).sort()).toEqual([...knownLost].sort());
    if (name === 'round-trip') {
      // The activity that has every new fact is read back whole (no line of it kept as text, but its health category's
      // kind, which the report does not print), and every carried path is in the fixture, so held to come back.
      expect(r.stdout.split('\n').filter((l) => l.includes('(research)') && !l.includes('set specialCategory'))).toEqual([]);
      expect(CARRIED.filter((p) => !seen.has(p))).toEqual([]);
    }
  });

  it.each(LANGUAGES)('whether a purpose is direct marketing comes back, yes and no, from a workbook in %s', (lang) => {
    const dir = join(tmp.dir, `marketing-${lang}`);
    cpSync(RICH, dir, { recursive: true });
    const file = join(dir, 'activities', 'statistics.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    researchOrStatistics: true\n', '    researchOrStatistics: true\n    directMarketing: true\n'));
    const xlsx = join(tmp.dir, `marketing-${lang}.xlsx`);
    expect(ropa(['report', dir, '-f', 'xlsx', '--lang', lang, '--internal', '--include-retired', '--date', '2026-12-01', '-o', xlsx]).code).toBe(0);
    const reg = join(tmp.dir, `marketing-${lang}-imported`);
    const r = ropa(['import', xlsx, reg]);
    expect(r.code, r.stderr).toBe(0);
    const purposes = (id: string): Data[] => yaml(join(reg, 'activities'), `${id}.yaml`).purposes as Data[];
    expect(purposes('statistics').map((p) => p.directMarketing)).toEqual([true]);
    // Several purposes: the line names its purpose, and the others say nothing.
    expect(purposes('research').map((p) => p.directMarketing)).toEqual([undefined, false, undefined]);
    expect(r.stdout).not.toContain('purposes[].directMarketing');
  });

  it.each(LANGUAGES)('a period of several units comes back as its duration, from a workbook in %s', (lang) => {
    const dir = join(tmp.dir, `periods-${lang}`);
    cpSync(RICH, dir, { recursive: true });
    const file = join(dir, 'activities', 'payroll.yaml');
    const before = readFileSync(file, 'utf8');
    expect(before).toContain('    period: P5Y\n');
    writeFileSync(file, before.replace('    period: P5Y\n', '    period: P1Y2M3D\n'));
    const xlsx = join(tmp.dir, `periods-${lang}.xlsx`);
    expect(ropa(['report', dir, '-f', 'xlsx', '--lang', lang, '--internal', '--include-retired', '--date', '2026-12-01', '-o', xlsx]).code).toBe(0);
    const reg = join(tmp.dir, `periods-${lang}-imported`);
    const r = ropa(['import', xlsx, reg]);
    expect(r.code, r.stderr).toBe(0);
    const retention = yaml(join(reg, 'activities'), 'payroll.yaml').retention as Data[];
    // «1 år, 2 måneder og 3 dager etter arbeidsforholdets slutt», «1 år og 6 måneder» (session 44 kept both as text).
    expect(retention.map((x) => x.period)).toEqual(['P1Y2M3D', 'P1Y6M']);
  });
});
