import { table } from '../helpers/reader-table.js';
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
  ],
  [
    ['en', 'Candidates are told in the interview about our sick leave scheme and occupational pension.'],
    ['nb', 'Søkerne får informasjon om sykepenger og pensjon i intervjuet.'],
    ['nn', 'Søkjarane får høyre om sjukepengeordninga og tenestepensjonen.'],
    ['nb', 'Nyansatte får informasjon om ordningen med egenmelding.'],
    ['en', 'We tell new staff about the sick pay policy.'],
    ['nn', 'I intervjuet fortel vi om sjukelønsordninga og pensjonsordninga.'],
    ['en', 'The staff handbook describes the sickness absence rules.'],
    ['nb', 'Vi informerer kandidatene om sykefraværsrutinene våre.'],
  ],
);

const SCHOOL = ['skulen eleven går på', 'pedagogisk rapport og tilvising frå skulen.', 'skulen'];
const SUBJECTS = ['barn og elevar', 'foreldre', 'parents and guardians'];
table(
  'a role of a recorded body is that body (notice-source roleRecorded; a school recorded)',
  (t) => roleRecorded(t, SCHOOL, SUBJECTS),
  [
    ['nn', 'kontaktlæraren'],
    ['nn', 'rektor'],
    ['nn', 'lærarane og foreldra'],
    ['en', 'the class teacher and the parents'],
    ['en', 'the head teacher'],
    ['nb', 'kontaktlæreren og rektor'],
    ['nn', 'spesialpedagogen'],
    ['en', 'the teachers'],
  ],
  [
    ['nn', 'kontaktlæraren og politiet'],
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
    ['nn', 'fastlegen'],
    ['nn', 'legen til eleven'],
    ['nn', 'helsesjukepleiaren'],
    ['en', 'the school nurse'],
    ['en', 'the GP'],
  ],
  [
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
