import { describe, expect, it } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 41, F2 (risks named by session 40's R35): «og de …» after the parents are named picks the parents, not the
 * children, as the ones who agree (silent when measured: kept); a research survey's questions («whether they are Jewish»,
 * «kva kyrkjelyd dei høyrer til») on consent with Art. 9(2)(a) recorded are told only as a category to list (Art. 30(1)(c)),
 * never as a missing condition; a template of a letter or a form («en mal for brevet», «e-postmalen», «the template of the
 * letter») is no biometric template whatever log-in the sentence checks (fired: lexicon-special.ts TEMPLATE).
 */
const registryOf = sentenceRegistry('ropa-s41-f2-special-');
/** A library's reading app, on consent (nn). */
const childFindings = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Vestfjord bibliotek',
    language: 'nn',
    title: 'Lesekampanje i appen',
    purpose: 'Vise namn og lesetal i lesekampanjen.',
    rule: 'child-consent-age',
    subjects: ['Lesarar'],
    legalBasis: '      - gdpr: A6-1-a\n        consentMethod: opt-in\n',
    publicAuthority: false,
  });
describe('«og de» after the parents are named: the parents agree, not the children (F2 session 41; child-consent-age)', () => {
  readsAndSilent(
    childFindings,
    [
      'Barn fra 10 år kan bli med i lesekampanjen, og de godtar selv at navnet vises på nettsiden.',
      'Children from 9 can join the reading challenge, and they agree to the photos themselves.',
    ],
    [
      'Barn fra 10 år kan bli med når foreldrene har meldt dem på, og de godtar at navnet vises på nettsiden.',
      'Barn frå 10 år kan vere med når foreldra har meldt dei på, og dei seier ja til bilete i appen.',
      'Children from 9 can join once their parents have signed them up, and they agree to the photos in the app.',
      'Elever fra 11 år får plass når foresatte har søkt for dem, og de godtar vilkårene i appen.',
      'Pupils from 10 can take part when a guardian has registered them, and the guardians say yes to the photos.',
      'Ungdom fra 12 år kan være med når foreldrene deres har registrert dem, og de samtykker til varsler i appen.',
    ],
  );
});

const SURVEY = [
  'The survey asks whether they are Jewish and how often they go to the synagogue.',
  'Spørreskjemaet spør om de har samisk bakgrunn.',
  'Spørjeskjemaet spør kva kyrkjelyd dei høyrer til.',
  'Deltakerne svarer på hvilken menighet de tilhører.',
  'The questionnaire asks which mosque the participants attend.',
  'Vi spør hvem som er organisert i en fagforening.',
];
const survey = (legalBasis: string) => (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Vestfjord University',
    language: 'en',
    title: 'Research survey',
    purpose: 'study belonging and faith among young adults',
    rule: 'special-category-condition',
    subjects: ['Participants'],
    legalBasis,
  });
describe('a research survey on consent with Art. 9(2)(a) recorded: no «no condition», only the category to list', () => {
  const withCondition = survey('      - gdpr: A6-1-a\n        consentMethod: opt-in\n      - gdpr: A9-2-a\n')(
    Object.fromEntries(SURVEY.map((t, i) => [`c${i}`, t])),
  );
  const without = survey('      - gdpr: A6-1-a\n        consentMethod: opt-in\n')(Object.fromEntries(SURVEY.map((t, i) => [`n${i}`, t])));
  it.each(SURVEY.map((t, i) => [i, t] as const))('with the condition, %s: the category is asked for, no condition is not said (%s)', (i) => {
    const on = withCondition.filter((f) => f.activity === `c${i}`).map((f) => f.messageId);
    expect(on).toEqual(['gaps.special-category-condition.activity-reveals']);
  });
  it.each(SURVEY.map((t, i) => [i, t] as const))('without a condition, %s: no condition is said (%s)', (i) => {
    const on = without.filter((f) => f.activity === `n${i}`).map((f) => f.messageId);
    expect(on).toEqual(['gaps.special-category-condition.activity-reveals-no-condition']);
  });
});

const bank = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Nordvik Bank ASA',
    language: 'nb',
    title: 'Kundeportal',
    purpose: 'gi kundene tilgang til nettbanken',
    rule: 'special-category-condition',
    subjects: ['Kunder'],
    publicAuthority: false,
  });
describe('a template of a letter or form is no biometric template', () => {
  readsAndSilent(
    bank,
    ['Vi lagrer malen og sammenligner hver innlogging mot den.', 'The shop keeps a face template and matches each visit against it.'],
    [
      'Vi bruker en mal for brevet.',
      'Kunden logger inn, og vi sjekker innloggingen mot malen for passordreglene.',
      'We use a template for the letter and check each log-in against our password rules.',
      'E-postmalen kontrolleres ved hver innlogging.',
      'Malen til søknaden sjekkes mot hver innlogging i portalen.',
      'The template of the letter is checked at each log-in by the system.',
    ],
  );
});
