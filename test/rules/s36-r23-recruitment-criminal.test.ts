import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { validateRegistry } from '../../src/validate/index.js';

/**
 * Session 36, R23, class C (variants-tingrett VT08): a public body's own recruitment or staff administration that processes
 * criminal-offence data (Art. 10) with a task basis citing only its employment statute (statsansatteloven, or
 * arbeidsmiljøloven) is an employer's processing, not processing under the control of official authority: an employer may
 * ask for a police certificate only where a law or a regulation under a law provides for it (politiregisterloven § 36;
 * Datatilsynet, «Før ansettelse – bakgrunnsundersøkelser», read 2026-12-04). READ: staff or applicants (nb, nn, en;
 * `employees: true`), statsansatteloven or arbeidsmiljøloven. SILENT: parties to court cases under the court's own law,
 * a special law that provides for a certificate (barnehageloven § 30, opplæringslova), subjects who are not all staff or
 * applicants, applicants for a licence, and staff with no criminal-offence data.
 */
type Cell = readonly [subjects: readonly { name: string; employees?: boolean }[], law: string, criminal: boolean];
const reads: Record<string, Cell> = {
  'applicants nb, statsansatteloven': [[{ name: 'Søkere til stillinger' }], 'statsansatteloven', true],
  'staff nb, statsansatteloven': [[{ name: 'Ansatte i tingretten' }], 'statsansatteloven', true],
  'employees: true, statsansatteloven': [[{ name: 'Dommerfullmektiger', employees: true }], 'statsansatteloven', true],
  'applicants en, statsansatteloven': [[{ name: 'Job applicants' }], 'statsansatteloven', true],
  'applicants nn, statsansattelova': [[{ name: 'Søkjarar til stillingar' }], 'statsansatteloven', true],
  'candidates, statsansatteloven': [[{ name: 'Kandidater i rekrutteringen' }], 'statsansatteloven', true],
  'applicants and staff, statsansatteloven': [[{ name: 'Søkere' }, { name: 'Tilsette' }], 'statsansatteloven', true],
  'staff en, arbeidsmiljøloven': [[{ name: 'Employees' }], 'arbeidsmiljoloven', true],
};
const silent: Record<string, Cell> = {
  'parties, the court law': [[{ name: 'Parter i straffesaker' }], 'domstolloven', true],
  'applicants, barnehageloven § 30': [[{ name: 'Søkere til stillinger i barnehagen' }], 'barnehageloven', true],
  'staff, opplæringslova': [[{ name: 'Tilsette i skulen' }], 'opplaeringslova', true],
  'applicants and visitors, statsansatteloven': [[{ name: 'Søkere' }, { name: 'Besøkende' }], 'statsansatteloven', true],
  'licence applicants, statsansatteloven': [[{ name: 'Søkere om skjenkebevilling' }], 'statsansatteloven', true],
  'staff, no criminal data': [[{ name: 'Ansatte' }], 'statsansatteloven', false],
};

const dir = mkdtempSync(join(tmpdir(), 'ropa-s36-r23-recruit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'activities'));
mkdirSync(join(dir, 'catalogues'));
writeFileSync(
  join(dir, 'organisation.yaml'),
  'name: Nordfjord tingrett\npublicAuthority: true\nlanguages: [nb]\naddress:\n  lines: [Postboks 1]\n  postalCode: "6800"\n  city: Førde\ndpo:\n  name: DPO\n  email: dpo@example.no\nsupervisoryAuthority:\n  name: Datatilsynet\n',
);
const cells = Object.entries({ ...reads, ...silent });
const subjects: string[] = [];
cells.forEach(([, [subs]], i) =>
  subs.forEach((s, j) => subjects.push(`  s${i}-${j}:\n    name: ${JSON.stringify(s.name)}\n${s.employees ? '    employees: true\n' : ''}`)),
);
writeFileSync(join(dir, 'catalogues', 'data-subjects.yaml'), `dataSubjects:\n${subjects.join('')}`);
writeFileSync(
  join(dir, 'catalogues', 'data-categories.yaml'),
  'dataCategories:\n  straff:\n    name: Opplysninger om straffbare forhold\n    criminalOffence: true\n  cv:\n    name: Søknad og CV\n',
);
cells.forEach(([, [subs, law, criminal]], i) =>
  writeFileSync(
    join(dir, 'activities', `a${i}.yaml`),
    `id: a${i}\ntitle: Rekruttering og personal\ndescription: Vi vurderer søkere og følger opp ansatte.\nstatus: active\npurposes:\n  - id: p\n    description: ansette og følge opp\n    legalBasis:\n      - gdpr: A6-1-e\n        law:\n          - law: ${law}\ndataSubjects:\n${subs.map((_, j) => `  - s${i}-${j}\n`).join('')}dataCategories:\n  - cv\n${criminal ? '  - straff\n' : ''}recipients: none\n`,
  ),
);
const { registry } = validateRegistry(dir);
const findings = runGaps(
  registry,
  GAP_RULES.filter((x) => x.meta.id === 'criminal-data-basis'),
  { today: '2026-12-04' },
).findings;
const on = (name: string) => findings.filter((f) => f.activity === `a${cells.findIndex(([n]) => n === name)}`).length;

describe('a public body recruiting under its employment statute alone is no official authority over criminal records (R23 session 36, class C)', () => {
  it.each(Object.keys(reads))('reads %s', (name) => expect(on(name)).toBeGreaterThan(0));
  it.each(Object.keys(silent))('stays silent on %s', (name) => expect(on(name)).toBe(0));
});
