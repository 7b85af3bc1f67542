import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { table } from '../helpers/reader-table.js';
import { FIXTURES } from '../helpers/cli.js';
import { readText } from '../../src/check/prose-activity.js';
import { clauseFacts } from '../../src/check/clause.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { validateRegistry } from '../../src/validate/index.js';

/**
 * Issue #12 (session 32, R9): the ways bokmål, nynorsk and English say data COME FROM someone (Art. 14(2)(f)), as a matrix
 * of verb × voice (active, passive with its agent, relative, fronted) with the silent cells beside them: the person as the
 * source, a negation, the past, a choice, data going out (a recipient), figures, the person fetching, a question to the
 * user, our own staff. Written for the kinds of sentence variants-bibliotek (BB30, BB32), -paraphrase6 and -helsestasjon
 * missed; none of their sentences is here. Main (7e3b1fa8) read 12 of the 36 reading cells below; R9 reads all 36, and none of the 24 silent ones.
 */
table(
  'notice-source: data coming from a party, by verb and voice (nb, nn, en)',
  readText.source,
  [
    // Getting: active, passive, participle, fronted.
    ['nb', 'Vi innhenter opplysninger om inntekt fra arbeidsgiveren.'],
    ['nn', 'Vi får opplysningar om eleven frå den førre skulen.'],
    ['nb', 'Opplysninger om skyldnerens inntekt innhentes fra arbeidsgiveren.'],
    ['nn', 'Namna er henta frå registeret til idrettslaget.'],
    ['nb', 'Fra naboene får vi ofte opplysninger om hvem som bor i huset.'],
    ['nn', 'Frå skulen får vi lista over elevane som skal til kontroll.'],
    ['en', 'Contact details are obtained from the employer.'],
    // A party giving, telling, reporting or referring to us (active).
    ['nb', 'Arbeidsgiveren sender oss en liste over de ansatte som skal på kurs.'],
    ['nn', 'Barnehagen sender oss namn og fødselsdato på barna som byrjar på skulen.'],
    ['nb', 'Naboer melder fra til oss om ulovlig bruk av hytta, med navn på den de mener bruker den.'],
    ['nn', 'Politiet varslar oss om kven som er involvert i ulukka.'],
    ['nb', 'Dyrlegen varsler oss om hvilke gårder som har smitte.'],
    ['en', "The landlord tells us the tenant's name and how long they have lived there."],
    ['en', 'GPs refer patients to us with a summary of their medical history.'],
    ['en', 'The housing office notifies us of tenants who fall behind with the rent.'],
    // The party as the passive's agent, «to us» or «we» the subject, or the agent telling us in a relative clause.
    ['en', 'We are notified by the hospital when a resident is admitted, with their name and ward.'],
    ['nb', 'Bekymringer om barn blir meldt til oss av skolen, med barnets navn.'],
    ['nn', 'Saka blir meldt til oss av fastlegen, med namnet til pasienten.'],
    ['en', "Suspected cases are reported to us by GPs, with the patient's name and date of birth."],
    ['nn', 'Vi blir kontakta av politiet, som gir oss namnet på den som er skadd.'],
    ['en', 'We are contacted by the police, who give us the name of the injured person.'],
    ['nb', 'Brukere blir henvist av fastlegen, som også forteller oss om diagnosen.'],
    ['nn', 'Barna blir tilvist av helsestasjonen, som òg fortel oss om kva dei treng.'],
    ['en', 'Clients are referred to us by the job centre, which tells us about their situation.'],
    ['en', 'We are also told about each pupil’s needs by their previous school.'],
    ['nn', 'Nokre elevar blir viste vidare til oss frå PPT, som sender med ei vurdering.'],
    // Coming from a party.
    ['nn', 'Opplysningane om søkjaren kjem frå arbeidsgivaren.'],
    ['nb', 'Opplysningene om eleven kommer fra den forrige skolen.'],
    ['en', "The members' addresses come from the national Population Register."],
    // Found in, taken from a place.
    ['en', "Volunteers' names are found in the local sports club's Facebook group."],
    ['nb', 'Navnene finner vi i Facebook-gruppa til velforeningen.'],
    ['nn', 'Namna blir tekne frå nettsida til kommunen.'],
    ['nb', 'Hvert år blir det trukket et utvalg av innbyggere fra Folkeregisteret.'],
    // Looking up.
    ['en', "We look up the owner's address in the Population Register."],
    ['nb', 'Vi slår opp eierens adresse i Folkeregisteret.'],
    ['nn', 'Vi slår opp adressa til eigaren i Facebook-gruppa for bygda.'],
  ],
  [
    ['nb', 'Du gir oss navn og adresse når du melder deg på.'],
    ['nn', 'Du sender oss opplysningane sjølv i søknaden.'],
    ['en', 'You give us your name and address when you sign up.'],
    ['nb', 'Vi henter ikke opplysninger fra arbeidsgiveren.'],
    ['nn', 'Opplysningane kjem ikkje frå arbeidsgivaren, men frå søkjaren sjølv.'],
    ['en', 'We are not notified by the hospital about admissions.'],
    ['nb', 'Tidligere fikk vi lister fra skolen, men det er slutt.'],
    ['en', 'Until 2020 neighbours told us who lived at the address, but that practice has ended.'],
    ['nb', 'Hvis det blir aktuelt, kan vi hente opplysninger fra arbeidsgiveren.'],
    ['en', 'We may ask the employer for details if this is ever needed.'],
    ['nb', 'Vi sender navn og adresse til arbeidsgiveren.'],
    ['en', "We tell the landlord the tenant's name."],
    ['nn', 'Vi melder saka til politiet med namnet til den skadde.'],
    ['en', 'The council sends us anonymised statistics on the number of users.'],
    ['nb', 'Du kan hente vedtaket ditt fra NAV.'],
    ['en', 'You can download your certificate from the website.'],
    ['nb', 'Spør fastlegen din om du er usikker.'],
    ['nn', 'Søkjaren kjem frå Syria og har budd i kommunen i to år.'],
    ['nb', 'Pasientene kommer fra hele fylket.'],
    ['en', 'Most of our members come from the neighbouring towns.'],
    ['nb', 'Vi finner løsninger i samarbeid med skolen.'],
    ['en', 'The forms are sent to us by the applicant.'],
    ['nb', 'Søknaden blir sendt til oss av søkeren selv.'],
    ['en', 'Reminders are sent by the system when a deadline passes.'],
  ],
);

describe('clause.ts: a getting from the party the words name (session 32)', () => {
  it.each([
    ['Saka blir meldt til oss av fastlegen.', 'fastlegen'],
    ['Opplysningane kjem frå arbeidsgivaren.', 'arbeidsgivaren'],
    ['Navnene finner vi i Facebook-gruppa til velforeningen.', 'Facebook-gruppa til velforeningen'],
    ['Fra naboene får vi ofte opplysninger om hvem som bor i huset.', 'naboene'],
    ['Politiet varslar oss om kven som er involvert.', 'Politiet'],
  ])('reads «%s» as a getting from «%s»', (t, party) => {
    expect(clauseFacts(t).some((f) => f.kind === 'get' && f.party === party && !f.negated)).toBe(true);
  });
  it('reads a denied coming as negated', () => {
    expect(
      clauseFacts('Opplysningane kjem ikkje frå arbeidsgivaren.')
        .filter((f) => f.kind === 'get')
        .every((f) => f.negated),
    ).toBe(true);
  });
});

/**
 * The rule on a whole record (variants-helsestasjon's clean base, Fjordvik kommune's health station: its sources are the
 * person, the parents, the maternity ward of Helse Fjord HF, Folkeregisteret, the previous health station): a source the
 * record names, under another name, is silent; our own staff and units are silent; another's staff is not.
 */
const dir = mkdtempSync(join(tmpdir(), 'ropa-s32-r9-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(FIXTURES, 'corpus/variants-helsestasjon/base'), dir, { recursive: true });
const file = join(dir, 'activities/helsestasjon-program.yaml');
const original = readFileSync(file, 'utf8');
const described = (text: string): string[] => {
  writeFileSync(file, original.replace(/description:\n {2}nn: >-\n(?: {4}.*\n)+/u, `description:\n  nn: ${JSON.stringify(text)}\n`));
  const { registry } = validateRegistry(dir);
  return runGaps(
    registry,
    GAP_RULES.filter((r) => r.meta.id === 'notice-source'),
    { today: '2026-12-03' },
  )
    .findings.filter((f) => f.activity === 'helsestasjon-program' && f.messageId.endsWith('.described-source'))
    .map((f) => String(f.args?.source ?? ''));
};
describe('notice-source on a health station’s record (session 32)', () => {
  it.each([
    ['nn', 'Saka blir meldt til oss av fastlegen, med namnet til pasienten.'],
    ['nn', 'Vi får opplysningar om barnet frå fastlegen.'],
    ['en', "The nurse at the asylum reception centre forwards the family's earlier test results to us."],
    ['nb', 'Treneren i fotballklubben melder fra til oss om elever han er bekymret for.'],
    ['nn', 'Opplysningane om søkjaren kjem frå arbeidsgivaren.'],
    ['nb', 'Bekymringer om barn blir meldt til oss av skolen, med barnets navn.'],
    ['nb', 'Saksbehandleren i NAV gir oss opplysningene om inntekt.'],
  ])('reports an unrecorded source in %s «%s»', (_l, t) => expect(described(t)).not.toEqual([]));
  it.each([
    ['nn', 'Adressa blir henta frå folkeregisteret.'],
    ['en', "The members' addresses come from the national Population Register."],
    ['nb', 'Vi slår opp eierens adresse i Folkeregisteret.'],
    ['nb', 'Saksbehandleren gir oss opplysningene fra søknaden.'],
    ['nn', 'Vi får opplysningar frå helsesjukepleiaren på helsestasjonen.'],
    ['nn', 'Fødeavdelinga sender oss fødselsmeldinga.'],
    ['nb', 'Vi får anonymisert statistikk fra SSB.'],
    ['nn', 'Foreldra fortel oss om barnet ved heimebesøket.'],
  ])('stays silent in %s «%s»', (_l, t) => expect(described(t)).toEqual([]));
});
