import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ropa, tempDir } from '../helpers/cli.js';

/**
 * The route of variants-fysio (W1, session 42) rebuilt on a small registry, through the commands alone: `ropa init`,
 * `ropa add`, `ropa new`. What that route could not say left findings a DPO could not close without opening YAML:
 * dpia-screening on every activity with patients' health data (RG04), review-overdue on every activity (RG12),
 * notice-published where the notice's address belongs in organisation.yaml (RG01), and init's examples in
 * organisation.yaml (RG01). Each is closed now by a command: `ropa org`, `ropa new --dpia … --reviewed …`.
 */
const TODAY = ['--today', '2026-12-05'];

function findings(reg: string): string[] {
  const g = ropa(['gaps', reg, ...TODAY, '-f', 'json']);
  return (JSON.parse(g.stdout) as { findings: { rule: string; activity?: string }[] }).findings.map((f) => `${f.activity ?? '-'} ${f.rule}`).sort();
}

/** The journal and the KPR reporting of the fysio route, as `ropa new` took them in session 42. */
const JOURNAL = [
  '--title',
  'Pasientjournal i fysio- og ergoterapitjenesten',
  '--purpose',
  'Dokumentere helsehjelpen som gis, slik at den er forsvarlig og kan følges opp.',
  '--basis',
  'A6-1-c,A9-2-h',
  '--law',
  'pasientjournalloven § 6',
  '--law',
  'A9-2-h=helsepersonelloven § 39',
  '--subjects',
  'pasienter',
  '--categories',
  'identitet,helse',
  '--sources',
  'data-subject',
  '--collection',
  'voluntary',
  '--consequences',
  'Uten opplysningene kan vi ikke gi forsvarlig helsehjelp.',
  '--recipients',
  'none',
  '--processors',
  'journalsys',
  '--transfers',
  'none',
  '--retention',
  'P10Y',
  '--security-measures',
  'access-control',
  '--information',
  'art13',
  '--automated-decisions',
  'no',
  '--restrict',
  'none',
  '--group',
  'services',
];
const KPR = [
  '--title',
  'Rapportering til Kommunalt pasient- og brukerregister (KPR)',
  '--purpose',
  'Rapportere tjenester til KPR for styring, kvalitetsforbedring og statistikk.',
  '--basis',
  'A6-1-c,A9-2-h',
  '--law',
  'helseregisterloven § 11',
  '--law',
  'A9-2-h=helseregisterloven § 11',
  '--subjects',
  'pasienter',
  '--categories',
  'identitet,helse',
  '--sources',
  'internal',
  '--recipients',
  'none',
  '--processors',
  'journalsys',
  '--transfers',
  'none',
  '--retention',
  'P10Y',
  '--security-measures',
  'access-control',
  '--information',
  'public-notice',
  '--automated-decisions',
  'no',
  '--restrict',
  'none',
  '--group',
  'services',
];

describe('the fysio route, rebuilt through the commands', () => {
  it('closes dpia-screening, review-overdue and notice-published, and sets the organisation, without editing YAML', () => {
    const { dir, cleanup } = tempDir();
    try {
      const reg = join(dir, 'fysio');
      const ok = (args: string[]): void => {
        const r = ropa(args);
        expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
      };
      ok(['init', reg, '--no-input']);
      rmSync(join(reg, 'activities/payroll.yaml'));
      ok(['add', 'law', 'helsepersonelloven', '--title', 'helsepersonelloven', '--lovdata-id', 'LOV-1999-07-02-64', reg]);
      ok(['add', 'law', 'pasientjournalloven', '--title', 'pasientjournalloven', '--lovdata-id', 'LOV-2014-06-20-42', reg]);
      ok(['add', 'law', 'helseregisterloven', '--title', 'helseregisterloven', '--lovdata-id', 'LOV-2014-06-20-43', reg]);
      ok(['add', 'subject', 'pasienter', '--name', 'Pasienter og brukere av fysio- og ergoterapi', '--vulnerable', '--children', reg]);
      ok(['add', 'category', 'identitet', '--name', 'Navn, fødselsdato og kjønn', reg]);
      ok(['add', 'category', 'helse', '--name', 'Helseopplysninger', '--special-category', 'health', reg]);
      ok([
        'add',
        'processor',
        'journalsys',
        '--name',
        'Fysiojournal AS',
        '--country',
        'NO',
        '--organisation-number',
        '923456783',
        '--data-location',
        'NO',
        '--service',
        'Journalsystem',
        '--agreement',
        'DBA 2024-02 Fysiojournal',
        reg,
      ]);
      ok(['add', 'system', 'fysiojournal', '--name', 'Fysiojournal', '--processor', 'journalsys', reg]);

      // Session 42's route: what it could say.
      ok(['new', 'journal', reg, '--no-input', ...JOURNAL]);
      ok(['new', 'kpr', reg, '--no-input', ...KPR]);
      expect(findings(reg)).toEqual(['journal dpia-screening', 'journal review-overdue', 'kpr dpia-screening', 'kpr notice-published', 'kpr review-overdue']);
      expect(readFileSync(join(reg, 'organisation.yaml'), 'utf8')).toContain('Virksomhetens navn');

      // Now: the organisation's facts by `ropa org`, and each activity again with its DPIA, review, owner and system.
      ok([
        'org',
        reg,
        '--name',
        'Solvik kommune',
        '--organisation-number',
        '974760673',
        '--public-authority',
        'yes',
        '--address',
        'Postboks 1',
        '--postal-code',
        '5900',
        '--city',
        'Solvik',
        '--email',
        'postmottak@solvik.kommune.no',
        '--dpo-name',
        'Personvernombudet i Solvik kommune',
        '--dpo-email',
        'personvernombud@solvik.kommune.no',
        '--rights-fee',
        'none',
        '--notice-url',
        'https://www.solvik.kommune.no/personvern',
      ]);
      rmSync(join(reg, 'activities/journal.yaml'));
      rmSync(join(reg, 'activities/kpr.yaml'));
      const kept = [
        '--reviewed',
        '2026-11-20',
        '--reviewed-by',
        'Personvernombudet',
        '--approval',
        'approved',
        '--owner',
        'Leder for fysio- og ergoterapitjenesten',
        '--systems',
        'fysiojournal',
      ];
      ok([
        'new',
        'journal',
        reg,
        '--no-input',
        ...JOURNAL,
        ...kept,
        '--dpia',
        'done',
        '--dpia-reference',
        'Sak 2024/112',
        '--dpia-date',
        '2024-03-01',
        '--residual-risk',
        'low',
      ]);
      ok([
        'new',
        'kpr',
        reg,
        '--no-input',
        ...KPR,
        ...kept,
        '--dpia',
        'not-required',
        '--dpia-reason',
        'Rapporteringen er pålagt i forskrift om kommunalt pasient- og brukerregister, og personvernkonsekvensene ble vurdert da forskriften ble gitt (personvernforordningen artikkel 35 nr. 10).',
      ]);
      expect(findings(reg)).toEqual([]);
      expect(ropa(['validate', reg]).code).toBe(0);
      const org = readFileSync(join(reg, 'organisation.yaml'), 'utf8');
      expect(org).not.toMatch(/Virksomhetens navn|virksomhet\.example|Poststed/);
      expect(parse(org)).toMatchObject({ name: 'Solvik kommune', publicAuthority: true, notice: { url: 'https://www.solvik.kommune.no/personvern' } });
    } finally {
      cleanup();
    }
  });
});
