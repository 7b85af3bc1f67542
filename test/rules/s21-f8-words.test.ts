import { table } from '../helpers/reader-table.js';
import { personDataGot } from '../../src/check/data-got.js';
import { discloses, publishes } from '../../src/check/facts.js';
import { readText, sourceNames } from '../../src/check/prose-activity.js';
import { revealsIn } from '../../src/check/prose-category.js';
import { roleRecorded } from '../../src/rules/notice-source.js';
import { emptyCriterion } from '../../src/rules/retention-defined.js';

/**
 * F8's narrowings of session 21 (#12, no false alarm), each with lawful wordings (nb, nn, en) that must not read and the
 * true wordings near them that must: a rule against asking (applicant-health, special-category-condition); a sick-leave
 * scheme or what people are told about it (special-category-condition); a role of a recorded body (notice-source); the
 * words of use ended by an unsubscription (retention-defined). The same lawful wordings, run through `ropa gaps`, are the
 * regression registries test/fixtures/corpus/bodies/lawful-wordings-s21-f*.
 */

const health = (t: string): boolean => revealsIn(t, true).some((r) => r.kind === 'health');
const special = (t: string): boolean => revealsIn(t, true).some((r) => r.kind !== 'national-id' && r.kind !== 'criminal-offence');

table(
  'a rule against asking is no one’s data (revealsIn with aims: applicant-health, special-category-condition)',
  special,
  [
    ['en', 'We ask every applicant about illness and sick leave.'],
    ['en', 'We ask whether the candidate is a union member.'],
    ['nn', 'Vi spør alle søkjarar om sjukdom og sjukefråvær i intervjuet.'],
    ['nb', 'Vi spør kandidaten om hen er medlem i en fagforening.'],
    ['nb', 'Det er forbudt å spørre om fagforeningsmedlemskap, men vi registrerer hvem som er medlem i fagforening.'],
    ['nb', 'Vi jobber for å forebygge sykdom, men vi registrerer sykefravær.'],
  ],
  [
    ['en', 'Our guidelines forbid asking applicants about trade union membership.'],
    ['nn', 'Retningslinjene våre forbyr spørsmål om sjukdom og sjukefråvær i intervjuet.'],
    ['nb', 'Arbeidsmiljøloven § 9-3 forbyr arbeidsgiver å innhente helseopplysninger om søkere.'],
    ['en', 'We have rules against asking about health.'],
    ['en', 'The law prohibits us from asking applicants about their health.'],
    ['nb', 'Retningslinjene våre forbyr spørsmål om sykdom og sykefravær i intervjuet.'],
    ['nn', 'Arbeidsmiljølova forbyr oss å spørje om fagforeiningsmedlemskap.'],
    ['en', 'Interviewers are prohibited from asking about pregnancy or health.'],
  ],
);

table(
  'a sick-leave scheme, or people told about one, is no one’s health (revealsIn, special-category-condition)',
  health,
  [
    ['en', "The manager is informed about the employee's sick leave."],
    ['nb', 'Lederen blir informert om sykefraværet til den ansatte.'],
    ['en', 'The manager is told how many days of sick leave each employee has.'],
    ['nb', 'Lederen får vite om sykefravær for hver ansatt.'],
    ['nb', 'Vi har rutiner for å registrere sykefravær.'],
    ['en', 'We record sick leave and the reason.'],
    ['en', 'We report sick leave for the whole company and for each employee to the board.'],
    ['en', 'The total sick leave of each employee is reported to the manager.'],
    ['nb', 'Vi registrerer sykefravær for hver ansatt.'],
  ],
  [
    ['en', 'Candidates are told in the interview about our sick leave scheme and occupational pension.'],
    ['nb', 'Søkerne får informasjon om sykepenger og pensjon i intervjuet.'],
    ['nn', 'Søkjarane får høyre om sjukepengeordninga og tenestepensjonen.'],
    ['nb', 'Nyansatte får informasjon om ordningen med egenmelding.'],
    ['en', 'We tell new staff about the sick pay policy.'],
    ['nn', 'I intervjuet fortel vi om sjukelønsordninga og pensjonsordninga.'],
    ['en', 'The staff handbook describes the sickness absence rules.'],
    ['en', 'Sick leave for the whole company is reported to the board once a year as a total.'],
    ['nn', 'Sjukefråværet for heile verksemda blir rapportert til styret i prosent.'],
    ['nb', 'Samlet sykefravær per avdeling rapporteres til AMU.'],
    ['en', 'The average sick leave in the unit is reported to the board.'],
    ['nb', 'Vi informerer kandidatene om sykefraværsrutinene våre.'],
  ],
);

const SCHOOL = ['skulen eleven går på', 'pedagogisk rapport og tilvising frå skulen.', 'skulen'];
const SUBJECTS = ['barn og elevar', 'foreldre'];
table(
  'a role of a recorded body is that body (notice-source roleRecorded; a school recorded)',
  (t) => roleRecorded(t, SCHOOL, SUBJECTS),
  [
    ['nn', 'kontaktlæraren'],
    ['nn', 'rektor'],
    ['nn', 'lærarane og foreldra'],
    ['en', 'the class teacher and the parents'],
    ['en', 'the parents and the class teacher'],
    ['en', 'the head teacher'],
    ['nb', 'kontaktlæreren og rektor'],
    ['nn', 'spesialpedagogen'],
    ['en', 'the teachers'],
  ],
  [
    ['nn', 'kontaktlæraren og politiet'],
    ['en', 'the class teacher and the police'],
    ['nn', 'læraren på den førre skulen'],
    ['en', "the pupil's previous teacher"],
    ['nn', 'fastlegen'],
    ['nn', 'styraren i barnehagen'],
    ['nb', 'saksbehandleren i NAV'],
  ],
);

table(
  'a role of a recorded body is that body (notice-source roleRecorded; a health service recorded)',
  (t) => roleRecorded(t, ['helsestasjon og bup'], SUBJECTS),
  [
    ['nn', 'legen til eleven'],
    ['nn', 'helsesjukepleiaren'],
    ['en', 'the school nurse'],
  ],
  [
    // A GP is the GP surgery's, not the health station's or BUP's (R9, session 32: a role is bound to a body named after it).
    ['nn', 'fastlegen'],
    ['en', 'the GP'],
    ['nn', 'kontaktlæraren'],
    ['nn', 'politiet'],
    ['nb', 'den nye fastlegen'],
  ],
);

table(
  'the words of use ended by an unsubscription (retention-defined emptyCriterion: an empty criterion reads)',
  (t) => emptyCriterion(t) !== undefined,
  [
    ['en', 'as long as we consider the address useful for marketing'],
    ['nb', 'så lenge vi anser adressa som nyttig til markedsføring'],
    ['en', 'as long as the address is useful, until we decide otherwise'],
    ['en', 'as long as the newsletter is useful to the subscriber'],
  ],
  [
    ['en', 'as long as the newsletter is useful to the subscriber, until they unsubscribe'],
    ['nb', 'så lenge nyhetsbrevet er nyttig for mottakeren, til hen melder seg av'],
    ['en', 'as long as the address is useful, until the subscriber unsubscribes'],
    ['nn', 'så lenge nyheitsbrevet er nyttig for mottakaren, inntil mottakaren melder seg av'],
  ],
);

table(
  'a course, pages, rules about a topic, a rule against pasting, a cross-reference to another activity (revealsIn with aims; the hunt of session 21)',
  special,
  [
    ['en', 'We record medical certificates.'],
    ['nb', 'Vi registrerer legeerklæringer fra ansatte.'],
    ['en', 'The page lists users, their mental health and their address.'],
    ['en', 'We hold a course for staff, and we record which staff have mental health problems.'],
    ['nb', 'Studenter med funksjonsnedsettelse kan søke om tilrettelegging.'],
    ['nb', 'Vi registrerer diagnosen i journalen. Vi registrerer adressen i en egen aktivitet.'],
    ['nn', 'Vi registrerer kven som er sjukmelde og kor lenge.'],
  ],
  [
    ['nb', 'Kommunen holder kurs for ansatte i hvordan de skal håndtere henvendelser fra innbyggere med psykiske lidelser.'],
    ['en', 'Students are told about the rules for medical certificates when they are ill on an exam day.'],
    ['nn', 'Studentane får informasjon om ordninga med legeerklæring ved sjukdom på eksamen.'],
    ['en', 'The website has pages about cancer, diabetes and mental health; we do not record who reads them.'],
    ['nn', 'Rettleiarane svarar på spørsmål om reglar for opphald på grunn av sjukdom, utan å registrere kven som spør.'],
    ['nn', 'Retningslinjene våre forbyr å lime inn pasientopplysningar i tilbakemeldingsskjemaet.'],
    ['nb', 'Studenter med funksjonsnedsettelse kan søke om tilrettelegging; søknadene behandles i en egen behandlingsaktivitet.'],
    ['en', 'Students with a disability may apply for adjustments; the applications are handled in a separate processing activity.'],
    ['nn', 'Universitetet har retningslinjer mot å spørje studentar om religion eller politisk syn.'],
    ['en', "The municipality's guidelines prohibit asking residents about their religion when they make an enquiry."],
    ['nn', 'Vi har retningslinjer mot å spørje kundar om helse eller religion.'],
  ],
);

table(
  'a negation carried over «or» to an automated decision (readText.decision, automated-decision-logic)',
  (t) => readText.decision(t),
  [
    ['nb', 'Søknader som ikke oppfyller kravene eller mangler vedlegg avslås automatisk.'],
    ['en', 'Applications that do not meet the criteria or lack documents are automatically rejected.'],
    ['nb', 'Vi ser ikke på søknaden, og den avslås automatisk.'],
    ['en', 'Applications are rejected automatically.'],
  ],
  [
    ['nn', 'Henvendingane blir ikkje brukte til profilering eller automatiserte avgjerder.'],
    ['en', 'We do not profile customers or make automated decisions about them.'],
    ['nb', 'Vi bruker ikke kundedata til profilering eller automatiserte avgjørelser.'],
    ['en', 'The data are never used for marketing or for automated decisions.'],
  ],
);

/** What is got from the first source the words name is someone's data (data-got.ts, notice-source). */
const gotData = (t: string): boolean => personDataGot(t, sourceNames(t)[0]!);
table(
  "a letter with guidance, circulars, waiting times; the subject's own name (personDataGot, notice-source)",
  gotData,
  [
    ['nn', 'Vi får brev frå NAV med vedtaket om uføretrygd.'],
    ['nb', 'Opplysningstjenesten får opplysninger om søkeren fra politiet.'],
    ['en', 'We get a letter from the school with the names of the pupils.'],
    ['nb', 'Vi får brev fra Statsforvalteren med klagen og saksdokumentene.'],
  ],
  [
    ['nn', 'Vi får brev frå Statsforvaltaren med rettleiing om nye reglar for sakshandsaming.'],
    ['nb', 'Opplysningstjenesten får oppdaterte rundskriv fra Justis- og beredskapsdepartementet.'],
    ['nb', 'Vi får oppdaterte ventetider fra Helsedirektoratet og publiserer dem.'],
    ['en', 'We get a letter from the ministry with guidance on the new rules.'],
    ['nb', 'Opplysningsavdelingen mottar nye maler fra Digdir.'],
  ],
);

table(
  'brochures, invitations, counts handed over; a rule against handing over; a hand-over recorded in another activity (facts.ts discloses, publishes: recipients-stated)',
  (t) => discloses(t) || publishes(t),
  [
    ['nb', 'Vi sender navnelisten over familiene til Bufdir.'],
    ['en', 'We send the names of the pupils who passed to the upper secondary schools in the area.'],
    ['en', 'We post pictures of patients on the website.'],
    ['nb', 'Det er forbudt å dele bilder av barna, men vi publiserer bilder av de frivillige på nettsiden.'],
    ['nn', 'Vi sender søknaden til politiet.'],
  ],
  [
    ['en', 'Brochures about the return programme are sent to the reception centres.'],
    ['nb', 'Vi sender invitasjoner til informasjonsmøtet til NAV-kontorene og skolene.'],
    ['en', 'Invitations to the information meeting are sent to NAV offices and schools.'],
    ['nb', 'Statistikk over antall familier og barn som deltok, sendes til Bufdir i rapporten for tilskuddet.'],
    ['en', 'The number of families and children who took part is reported to Bufdir for the grant.'],
    ['en', 'Our guidelines forbid staff to post pictures of patients on the website.'],
    ['nn', 'Retningslinjene forbyr tilsette å dele bilete av pasientar på sosiale medium.'],
    ['nn', 'Krav frå politiet om utlevering blir handsama i ein eigen behandlingsaktivitet.'],
    ['en', 'Requests from the police for disclosure are handled in a separate processing activity.'],
    ['nn', 'Vi sender plakatar om ferietilbodet til skulane.'],
  ],
);

/** Integrator, session 21 (N6's review: fired on main): a publication said to hold no personal data (facts.ts publishes). */
table(
  'a publication without personal data (facts.ts publishes)',
  (t) => publishes(t),
  [
    ['nb', 'Tabeller med navn på de domfelte publiseres.'],
    ['nb', 'Tabeller uten personopplysninger om andre enn de domfelte publiseres.'],
    ['nb', 'Vi publiserer navnene på de løslatte, uten personopplysninger ellers.'],
  ],
  [
    ['nb', 'Tabeller uten personopplysninger publiseres.'],
    ['nb', 'Vi sammenligner tilbakefallstall med justismyndighetene i Sverige og Danmark, bare som publiserte tabeller uten personopplysninger.'],
    ['en', 'Tables without personal data are published on our website.'],
    ['nn', 'Tabellar utan personopplysningar blir publiserte på nettsida.'],
    ['en', 'Statistics with no personal information are published each year.'],
  ],
);
