import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateDiscovered } from '../../src/validate/index.js';
import { discover } from '../../src/load/discover.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { t } from '../../src/i18n/index.js';
import { FIXTURES } from '../helpers/cli.js';
import { table } from '../helpers/reader-table.js';
import { namedAsParty } from '../../src/rules/renamed-body.js';

const rulesDir = join(FIXTURES, 'gaps/rules');
const dir = join(rulesDir, 'renamed-body/names');

/** The renamed-body findings of the names fixture (it shares the rules' organisation file). */
function findings() {
  const found = discover(dir);
  const { registry } = validateDiscovered(dir, {
    ...found,
    files: [{ path: join(dir, 'organisation.yaml'), kind: 'organisation', bytes: readFileSync(join(rulesDir, 'organisation.yaml')) }, ...found.files],
    problems: found.problems.filter((p) => p.rule !== 'missing-organisation'),
  });
  return runGaps(
    registry,
    GAP_RULES.filter((r) => r.meta.id === 'renamed-body'),
    { today: '2026-06-01' },
  ).findings;
}

describe('renamed-body: the names it prints', () => {
  it('prints a body name only, no words of a language built in code (nb and nn messages stay nb and nn)', () => {
    const all = findings();
    const kmd = all.find((f) => f.args.former === 'Kommunal- og moderniseringsdepartementet (KMD)');
    expect(kmd?.args.current).toBe('Kommunal- og distriktsdepartementet (KDD)');
    for (const f of all) expect(String(f.args.current), f.messageId).not.toMatch(/(?<![\p{L}])(?:or|what|moved|there|which)(?![\p{L}])/u);
    expect(t('nb', kmd!.messageId, kmd!.args)).toContain('har hett Kommunal- og distriktsdepartementet (KDD) siden');
  });
});

table(
  "a renamed body the activity's own words name as a party (namedAsParty; B17, session 19)",
  (text) => namedAsParty(text, '2026-12-01') !== undefined,
  [
    ['nn', 'Klaga blir adressert til Fylkesmannen i Vestfold og Telemark, avdeling for gravplassforvaltning.'], // set: gravferd GF31
    ['nn', 'Eldre papirarkiv blir avlevert direkte til Arkivverket.'], // set: gravferd GF32
    ['nn', 'Vi sender klaga til Fylkesmannen.'],
    ['nn', 'Vi får vedtaket frå Fylkesmannen i Vestland.'],
    ['en', 'We send the appeal to Fylkesmannen i Vestland.'],
    ['nb', 'Meldingen sendes til Petroleumstilsynet.'],
    // N3b's review, 2026-12-02: still read after the narrowing (a negation after the name, a genitive).
    ['nn', 'Vi sender klaga til Fylkesmannen dersom vi ikkje gjer om vedtaket.'],
    ['nn', 'Kopi av vedtaket blir sendt til Fylkesmannens juridiske avdeling.'],
    ['en', 'We send the appeal to the Petroleum Safety Authority.'],
    // B18, session 20: claiming from, applying to, posting with a body is dealing with it as a party.
    ['en', 'follow up sick leave and claim sickness benefit from Trygdeetaten'], // set: trafikkskole TS35
    ['en', 'Vacancies are also posted with Aetat.'], // set: trafikkskole TS36
    ['nb', 'Vi krever refusjon av sykepenger fra Trygdeetaten.'],
    ['nn', 'Søkjarar kan søkje om stønad frå Aetat.'],
    // B20, session 21: work done «på oppdrag fra» a body names it as the principal; Sosial- og helsedirektoratet (2008).
    ['nb', 'Prøvene gjennomføres digitalt, på oppdrag fra Sosial- og helsedirektoratet.'], // set: bevilling BV26
    ['nn', 'Vi gjennomfører kontrollane på oppdrag frå Fylkesmannen i Vestland.'],
    ['nb', 'Opplysningene sendes til Sosial- og helsedirektoratet hvert kvartal.'],
    ['en', 'We send the figures to the Directorate for Health and Social Affairs.'],
  ],
  [
    ['nn', 'Før 2021 var det Fylkesmannen i Vestfold og Telemark som var klageinstans.'],
    ['nn', 'Klaga blir send til Statsforvaltaren i Vestfold og Telemark (tidlegare Fylkesmannen).'],
    ['nn', 'Vi hentar fram eldre saker frå arkivet etter Fylkesmannen i Sogn og Fjordane.'],
    ['nn', 'Gamle vedtak frå Fylkesmannen blir lagde ved klaga når dei er relevante.'],
    ['nb', 'Klagen sendes til Statsforvalteren, som het Fylkesmannen fram til 2021.'],
    ['nn', 'Kurs om arbeidet til Arkivverket gjennom hundre år blir halde for dei tilsette.'],
    ['nn', 'Eldre papirarkiv blir avlevert til Nasjonalarkivet (tidlegare Arkivverket).'],
    ['nb', 'Arkivet ble i 2019 avlevert til Arkivverket.'],
    ['nn', 'Vi følgjer rettleiinga til Arkivverket om bevaring.'],
    ['nn', 'Sakshandsamaren har kurs i korleis ein sender klager til Fylkesmannen.'],
    ['en', 'The archive follows the standards set by Arkivverket.'],
    ['nn', 'Vi sender klagene til Statsforvaltaren; Fylkesmannen i Vestland var eit eige organ.'],
    // N3b's review, 2026-12-02: a past employer or a reference, a negation, old cases, another word starting with the name.
    ['nn', 'Søkjarane sender CV og attestar, til dømes frå Fylkesmannen eller kommunen.'],
    ['nn', 'Vi får spørsmål frå søkjarar som har arbeidd hos Fylkesmannen.'],
    ['en', 'Applicants send a CV and references, for example from the Petroleum Safety Authority.'],
    ['nn', 'Søkjarane sender attest frå Sysselmannen på Svalbard dersom dei har arbeidd der.'],
    ['nb', 'Vi mottar søknader fra folk som har jobbet hos Legemiddelverket.'],
    ['en', 'We receive applications from people with experience from the Norwegian Medicines Agency.'],
    ['nn', 'Klager blir ikkje lenger sende til Fylkesmannen.'],
    ['nn', 'Kopi av klaga blir ikkje lenger send til Fylkesmannen, berre til klagaren.'],
    ['nn', 'Vi sender ingen opplysningar til Fylkesmannen eller andre statlege organ utanom klageinstansen.'],
    ['en', 'We send no data to the Petroleum Safety Authority.'],
    ['nn', 'Klagarar får rettleiing om klageretten; vi får ingen opplysningar frå Fylkesmannen om dei.'],
    // B18, session 20: lawful wordings beside the widened verbs (claim, apply, post).
    ['en', 'Employees who worked for Aetat before 2006 may claim pension rights from those years.'],
    ['en', 'We never post vacancies with Aetat; vacancies are posted on Finn.no and with NAV.'],
    ['en', 'Old sick-leave claims from Trygdeetaten are archived.'],
    ['nn', 'Søkjarar kan søkje om stønad frå NAV, tidlegare Aetat.'],
    ['en', 'The course on sick leave explains how to claim benefits from the former Trygdeetaten.'],
    ['nn', 'Eldre saker som er sende frå Fylkesmannen, blir skanna inn.'],
    ['en', 'Older cases received from the Norwegian Medicines Agency are scanned.'],
    ['nn', 'Vi sender julehelsing til Fylkesmannsgarden, der pensjonistlaget held til.'],
    // B20, session 21: lawful wordings beside «på oppdrag fra» and Sosial- og helsedirektoratet.
    ['nb', 'Prøvene gjennomføres på oppdrag fra Helsedirektoratet (tidligere Sosial- og helsedirektoratet).'],
    ['nb', 'Registeret ble opprettet da direktoratet het Sosial- og helsedirektoratet.'],
    ['nb', 'Kommunen har tidligere utført kontroller på oppdrag fra Fylkesmannen.'],
    ['nb', 'Før 2008 ble prøven holdt på oppdrag fra Sosial- og helsedirektoratet.'],
    ['nn', 'Vi følgjer rettleiinga frå Sosial- og helsedirektoratet om kunnskapsprøva.'],
    ['nb', 'Vi utfører ikke kontroller på oppdrag fra Fylkesmannen.'],
    ['nb', 'Konsulenten har hatt oppdrag fra Sosial- og helsedirektoratet.'],
    ['nb', 'Kurs om hvordan kommunen arbeider på oppdrag fra Fylkesmannen.'],
    ['nb', 'Søkere som har arbeidet på oppdrag fra Fylkesmannen, kan legge ved attest.'],
    ['en', 'Sosial- og helsedirektoratet (SHdir) was the directorate from 2002 to 2008.'],
    ['nb', 'Vi sender rapporten til Arbeids- og velferdsdirektoratet, som overtok sosialtjenestene fra Sosial- og helsedirektoratet.'],
    ['nb', 'Kontrollene utføres på oppdrag fra Statsforvalteren i Vestland.'],
  ],
);
