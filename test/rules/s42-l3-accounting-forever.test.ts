import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, ropa } from '../helpers/cli.js';

/**
 * Session 42, L3: bokføringsloven § 13 (LOV-2004-11-19-73, Lovdata's text in the sstraume97/norwegian-laws mirror of
 * 2 July 2026) obliges keeping accounting material «i fem år etter regnskapsårets slutt» (first paragraph nr. 1-4) and
 * «i tre år og seks måneder» (nr. 5-8); the ministry may set a longer period by regulation (last paragraph:
 * bokføringsforskriften § 8-13-4, ten years for banks' customer specifications). A duty with an end is no ground for
 * keeping data for ever: a permanent retention whose only reasons are such laws is told the period after which the
 * duty ends (`time-limited`), through the CLI on the rule's own fixtures and on a bank's record.
 */
const fixtures = join(FIXTURES, 'gaps/rules/permanent-retention-basis/private');
const tmp = mkdtempSync(join(tmpdir(), 'ropa-s42-l3-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Row {
  rule: string;
  activity: string;
  severity: string;
  message: string;
}
function permanent(dir: string): Row[] {
  const r = ropa(['gaps', dir, '--today', '2026-12-05', '--format', 'json']);
  return (JSON.parse(r.stdout) as { findings: Row[] }).findings.filter((f) => f.rule === 'permanent-retention-basis');
}

describe('permanent retention under bokføringsloven (L3, session 42)', () => {
  const found = permanent(fixtures);
  const on = (id: string) => found.filter((f) => f.activity === id);

  it('names the five years of § 13 for invoices kept for ever «etter bokføringsloven § 13»', () => {
    expect(on('fails-accounting-for-ever').map((f) => [f.severity, f.message])).toEqual([
      [
        'error',
        expect.stringContaining(
          'bokforingsloven § 13 obliges keeping it for 5 years (from regnskapsårets slutt), a duty that ends then, and is no ground for keeping it for ever',
        ),
      ],
    ]);
  });

  it('reads the act cited with no section as its keeping section', () => {
    expect(on('fails-accounting-no-section').map((f) => f.message)).toEqual([expect.stringContaining('obliges keeping it for 5 years')]);
  });

  it('names the law with a period beside one that sets none', () => {
    expect(on('fails-accounting-and-insurance').map((f) => f.message)).toEqual([
      expect.stringMatching(
        /^Data is kept permanently under forsikringsavtaleloven § 18-6 and bokforingsloven § 13, .*bokforingsloven § 13 obliges keeping it for 5 years/,
      ),
    ]);
  });

  it('keeps the plain message for a law that sets no period (forsikringsavtaleloven alone)', () => {
    expect(on('fails-insurance-contract-act').map((f) => f.message)).toEqual([expect.not.stringContaining('obliges keeping')]);
  });

  it('is silent beside an archive law, for a period, and with Art. 89 safeguards', () => {
    for (const id of ['passes-accounting-archive', 'passes-accounting-period', 'passes-accounting-research']) expect(on(id), id).toEqual([]);
  });

  it("names a bank's ten years for customer specifications (bokføringsforskriften § 8-13-4)", () => {
    const bank = join(tmp, 'bank');
    cpSync(fixtures, bank, { recursive: true });
    const org = join(bank, 'organisation.yaml');
    writeFileSync(org, readFileSync(org, 'utf8').replace('name: Eksempel Energi AS', 'name: Eksempel Bank ASA'));
    writeFileSync(
      join(bank, 'activities/fails-bank-specifications.yaml'),
      'id: fails-bank-specifications\ntitle: Kundespesifikasjoner\nstatus: active\npurposes:\n  - id: ledger\n    description: Føre kundespesifikasjon for utlån\nretention:\n  - permanent: true\n    law: [{law: bokforingsloven, section: "§ 13"}]\n',
    );
    const rows = permanent(bank).filter((f) => f.activity === 'fails-bank-specifications');
    expect(rows.map((f) => f.message)).toEqual([expect.stringContaining('bokforingsloven § 13 obliges keeping it for 10 years')]);
  });
});

/**
 * bevaringsforskrifta (FOR-2025-12-19-2729, in force 1 January 2026, Lovdata's text in the same mirror): § 1 «fastset
 * kva dokumentasjon som skal takast vare på for ettertida» for bodies under arkivlova, which is handed over to long-term
 * preservation (arkivlova § 14) and disposed of only as § 13 allows; § 52 keeps the child welfare service's files on each
 * child. Unknown to ropa until session 42, so a record that cites it for keeping and says in words that the files are
 * never deleted was told it keeps them for ever with no archive law (`in-words`); now it is an archive duty as arkivlova
 * §§ 12-13 are. The words are still read beside a law of no archive duty.
 */
describe('bevaringsforskrifta is an archive duty (L3, session 42)', () => {
  const dir = join(tmp, 'bevaring');
  const org = readFileSync(join(FIXTURES, 'gaps/rules/organisation.yaml'), 'utf8');
  const activity = (id: string, law: string, section: string) =>
    `id: ${id}\ntitle: Bekymringsmeldingar\nstatus: active\npurposes:\n  - id: vurdering\n    description: Vurdere bekymringsmeldingar om barn\nrecipients: none\nretention:\n  - trigger: saka er avslutta\n    law: [{law: ${law}, section: "${section}"}]\n    description: Meldingane blir aldri sletta.\n`;
  const laws =
    'laws:\n  bevaringsforskrifta:\n    title: bevaringsforskrifta\n    lovdataId: FOR-2025-12-19-2729\n  forvaltningsloven:\n    title: forvaltningsloven\n    lovdataId: LOV-1967-02-10\n';
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('organisation.yaml', org);
  write('catalogues/laws.yaml', laws);
  write('activities/bevaring.yaml', activity('bevaring', 'bevaringsforskrifta', '§ 52'));
  write('activities/forvaltning.yaml', activity('forvaltning', 'forvaltningsloven', '§ 13'));
  write(
    'activities/permanent.yaml',
    'id: permanent\ntitle: Barnevernsmapper\nstatus: active\npurposes:\n  - id: saker\n    description: Handsame barnevernssaker\nrecipients: none\nretention:\n  - permanent: true\n    law: [{law: bevaringsforskrifta, section: "§ 52"}]\n',
  );
  const found = permanent(dir);
  const on = (id: string) => found.filter((f) => f.activity === id).map((f) => f.message);

  it('words of never deleting beside bevaringsforskrifta § 52 restate its archive duty: silent', () => expect(on('bevaring')).toEqual([]));
  it('the same words beside forvaltningsloven § 13 (a duty of secrecy) are read', () =>
    expect(on('forvaltning')).toEqual([expect.stringContaining('aldri sletta')]));
  it('permanent keeping under bevaringsforskrifta § 52 alone: silent', () => expect(on('permanent')).toEqual([]));
});
