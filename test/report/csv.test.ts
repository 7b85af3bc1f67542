import { describe, expect, it } from 'vitest';
import { csv } from '../../src/render/report/csv.js';
import { BASIC, INJECTION, parseCsv as parse, report } from './helpers.js';

describe('csv', () => {
  // The internal copy: BASIC's «statistics» is in review.
  const out = csv(report(BASIC, { internal: true }));

  it('is UTF-8 with a byte order mark, CRLF between records, a header row and one row per activity', () => {
    expect(out.startsWith('\uFEFFBehandlingsaktivitet,Formålet med behandlingen,')).toBe(true);
    expect(out.endsWith('\r\n')).toBe(true);
    const rows = parse(out.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.length === 24)).toBe(true);
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual(['payroll', 'statistics']);
  });

  it('quotes fields with commas, quotes and line breaks; lines within a cell are LF', () => {
    const rows = parse(out.slice(1));
    expect(rows[1]![1]).toBe('Utbetale lønn\nFølge opp sykefravær');
    expect(out).toContain('"Utbetale lønn\nFølge opp sykefravær"');
    expect(rows[1]![6]).toBe(
      'Kontaktopplysninger og Inntekt: 5 år etter arbeidsforholdets slutt, slettes, jf. arkivloven\nSykefravær: 1 år og 6 måneder, slettes',
    );
  });

  it('writes only the chosen columns', () => {
    const rows = parse(csv(report(BASIC, { columns: ['id', 'recipients'], internal: true })).slice(1));
    expect(rows).toEqual([
      ['ID', 'Kategorier av mottakere'],
      ['payroll', 'NAV'],
      ['statistics', 'Ingen mottakere utenfor virksomheten'],
    ]);
    // The official record (the default) holds the approved activities only.
    expect(parse(csv(report(BASIC, { columns: ['id', 'activity'] })).slice(1))).toEqual([
      ['ID', 'Behandlingsaktivitet'],
      ['payroll', 'Lønn og personal'],
    ]);
    // The internal copy marks the one in review under its name.
    expect(parse(csv(report(BASIC, { columns: ['id', 'activity'], internal: true })).slice(1))[2]).toEqual([
      'statistics',
      'Registerstatistikk\nIkke godkjent (til gjennomgang)',
    ]);
  });

  it('neutralises cells that begin with = + - @, a tab or a carriage return', () => {
    const rows = parse(csv(report(INJECTION)).slice(1));
    const [row] = rows.slice(1);
    expect(row![0]).toBe("'=1+2");
    expect(row![2]).toBe("'+47 innringere");
    expect(row![3]).toBe("'-2+3 kategori\n@SUM(A1:A9)");
    expect(row![4]).toBe("'\rVognretur først");
    expect(row![14]).toBe("'\tTabulator først & <svg onload=alert(1)> (den registrerte)");
    for (const value of rows.flat()) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });
});
