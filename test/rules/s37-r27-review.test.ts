import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 37, R27, class A (variants-vassverk VV49, VV50): a record gone through, listened to or looked over, in any word
 * order (the object fronted, the verb's particle split from it, the joined «gjennomgå», «gjennomlytte»), to judge the staff's
 * breaks, pace or each one's efficiency: a control measure (arbeidsmiljøloven § 9-1), read even where every purpose rests on a
 * law that makes the tracker lawful (arbeidsmiljølova § 4-1). Each cell is one activity's description in an activity about
 * the body's employees whose only purpose rests on Art. 6(1)(c) and arbeidsmiljølova § 4-1. Sentences written for this
 * matrix, none from a test set: READ (nb, nn, en; fronted object, split and joined particle verbs, modal, passive, «raskt
 * nok», «fast enough», each one's efficiency) and SILENT (the accounts, the staff's own log, the equipment's condition, an
 * accident looked into, a denial, a past review, the customers' waiting time, a hypothetical).
 */
const findingsOf = ruleMatrix('employee-control', {
  org: 'Fjordvik vassverk',
  language: 'nn',
  title: 'GPS i tenestebilar',
  purpose: 'sende næraste montør til brot',
  subjects: ['Tilsette'],
  employees: true,
  legalBasis: '      - gdpr: A6-1-c\n        law:\n          - law: arbeidsmiljolova\n            section: § 4-1\n',
});

export const reads: readonly string[] = [
  'Køyreloggen går avdelingsleiaren igjennom kvar fredag for å sjå om sjåførane tek for lange pausar.',
  'GPS-loggen går lederen gjennom hver uke for å se om montørene tar for mange pauser.',
  'Driftsleiaren gjennomgår posisjonsloggen kvar månad for å sjå om dei tilsette jobbar raskt nok.',
  'Lederen skal gå GPS-dataene gjennom hver måned for å finne ut om de ansatte arbeider effektivt nok.',
  'Samtaleopptakene lytter teamlederen gjennom hver uke for å vurdere hvor effektivt hver saksbehandler jobber.',
  'Teamleiaren gjennomlyttar opptaka for å vurdere kor effektivt kvar sakshandsamar arbeider.',
  'Leiaren ser loggen over kvar veke for å sjå om montørane tek for lange pausar.',
  'The supervisor goes through the vehicle log every week to see whether the employees take too long breaks.',
  'The team leader listens to the call recordings to judge how efficiently each case officer works.',
  'Managers look over the GPS log each Monday to check whether staff work fast enough.',
  'Posisjonsloggen blir gjennomgått kvar veke for å sjå om dei tilsette tek for lange pausar.',
  'The manager keeps an eye on the GPS log to see whether the fitters take long breaks.',
  'Driftsleiaren tek ut rapportar frå køyreloggen kvar månad for å sjå om elektrikarane tek for lange pausar.',
];
export const silent: readonly string[] = [
  'Driftsleiaren går gjennom rekneskapen kvar veke for å sjå om budsjettet held.',
  'Dei tilsette går sjølv gjennom køyreloggen sin for å sjå om pausane er rett førte.',
  'Driftsleiaren går gjennom loggen frå bilane for å sjå om bremsane er slitne.',
  'Etter ei ulukke går driftsleiaren gjennom posisjonsloggen saman med montøren, som får vite det.',
  'Posisjonsloggen blir ikkje gjennomgått for å sjå om montørane tek for lange pausar.',
  'Leiaren går gjennom loggen for å sjå kor lenge kundane ventar i telefonkøen.',
  'Dersom vi skulle gå gjennom loggen for å sjå om dei tilsette tek for lange pausar, ville vi drøfte det med dei tillitsvalde først.',
  'The supervisor goes through the vehicle log to see whether the brakes are worn.',
  'Managers go through the complaints log to see whether customers get answers fast enough.',
  'Tidlegare gjekk leiaren gjennom loggen for å sjå om montørane tok for lange pausar.',
  'Montørane går sjølv gjennom loggen for å sjå om pausane er registrerte.',
];

describe('a record reviewed in any word order to judge the staff (R27 session 37, class A)', () => {
  readsAndSilent(findingsOf, reads, silent);
});
