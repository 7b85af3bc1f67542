import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { snapshot, type Data } from './helpers.js';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EXAMPLE, ropa, scratchCopy, tempDir } from '../helpers/cli.js';

describe('ropa import into an existing registry', () => {
  const reg = scratchCopy(EXAMPLE);
  const tmp = tempDir();
  afterAll(() => {
    reg.cleanup();
    tmp.cleanup();
  });

  it('adds what is new, reuses catalogue entries by name, and changes no existing file', () => {
    const before = snapshot(reg.dir);
    const file = join(tmp.dir, 'nye.csv');
    writeFileSync(
      file,
      [
        'Behandlingsaktivitet;Formålet med behandlingen;Kategorier av registrerte;Systemer;Behandlingsgrunnlag;Felles behandlingsansvarlig',
        'Velferdspermisjoner;Behandle søknader om permisjon;Ansatte i SSB;Websak;6.1.c, jf. statsansatteloven § 3;',
        'Kameraovervåkning;Sikre lokalene;Håndverkere;;6.1.f;',
      ].join('\r\n') + '\r\n',
    );
    const r = ropa(['import', file, reg.dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Imported 2 activities');
    const after = snapshot(reg.dir);
    for (const [p, text] of Object.entries(before)) expect(after[p], p).toBe(text);
    const added = Object.keys(after)
      .filter((p) => !(p in before))
      .sort();
    expect(added).toEqual(['activities/kameraovervakning.yaml', 'activities/velferdspermisjoner.yaml', 'catalogues/import-nye.yaml']);
    const a = parse(after['activities/velferdspermisjoner.yaml']!) as Data;
    expect(a.dataSubjects).toEqual(['employees']);
    expect(a.systems).toEqual(['websak']);
    expect(a.purposes[0].legalBasis).toEqual([{ gdpr: 'A6-1-c', law: [{ law: 'statsansatteloven', section: '§ 3' }] }]);
    const catalogue = parse(after['catalogues/import-nye.yaml']!) as Data;
    expect(Object.keys(catalogue)).toEqual(['dataSubjects']);
    expect(catalogue.dataSubjects).toEqual({ handverkere: { name: 'Håndverkere' } });
    expect(ropa(['validate', reg.dir]).code).toBe(0);
  });

  it("never replaces an activity the registry has: ropa's own report of it comes back as nothing new", () => {
    const csv = join(tmp.dir, 'report.csv');
    ropa(['report', reg.dir, '-f', 'csv', '-o', csv]);
    const before = snapshot(reg.dir);
    const r = ropa(['import', csv, reg.dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Already in the registry, not replaced \(22\):\n  row 2: activity-logging/);
    expect(snapshot(reg.dir)).toEqual(before);
  });
});
