import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

describe("ropa's report into a registry that has the retention policies it names", () => {
  const reg = scratchCopy(EXAMPLE);
  const tmp = tempDir();
  afterAll(() => {
    reg.cleanup();
    tmp.cleanup();
  });

  /**
   * A policy the report prints by its name alone («Slettes ikke – avleveres til Nasjonalarkivet»: its name says its rule)
   * came back as a rule read from its name, or as text: into a registry whose catalogue has a policy of that name, it is
   * that policy (in any of the registry's languages). A new registry has no catalogue to find it in: text, said.
   */
  it.each(['nb', 'nn', 'en'])('in %s: the catalogue reference, not a rule or text', (lang) => {
    const xlsx = join(tmp.dir, `${lang}.xlsx`);
    expect(ropa(['report', EXAMPLE, '-f', 'xlsx', '--lang', lang, '--date', '2026-12-01', '-o', xlsx]).code).toBe(0);
    const target = join(tmp.dir, `reg-${lang}`);
    cpSync(reg.dir, target, { recursive: true });
    for (const id of ['official-statistics', 'mandatory-surveys']) rmSync(join(target, 'activities', `${id}.yaml`));
    const r = ropa(['import', xlsx, target]);
    expect(r.code, r.stderr).toBe(0);
    expect(ropa(['validate', target]).code).toBe(0);
    for (const id of ['official-statistics', 'mandatory-surveys']) {
      const retention = (parse(readFileSync(join(target, 'activities', `${id}.yaml`), 'utf8')) as Data).retention as Data[];
      expect(retention.map((x) => x.policy)).toEqual(['statistics-permanent']);
      expect(retention[0]!.description).toBeUndefined();
    }
    expect(r.stdout).not.toMatch(/\((official-statistics|mandatory-surveys)\): .*(Nasjonalarkivet|National Archives)/);

    const fresh = join(tmp.dir, `fresh-${lang}`);
    const f = ropa(['import', xlsx, fresh]);
    expect(f.code).toBe(0);
    const kept = (parse(readFileSync(join(fresh, 'activities', 'official-statistics.yaml'), 'utf8')) as Data).retention as Data[];
    expect(kept[0]!.policy).toBeUndefined();
    expect(f.stdout).toMatch(/\(official-statistics\): /);
  });
});
