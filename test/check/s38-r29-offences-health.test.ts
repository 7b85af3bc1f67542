import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 38, R29 (variants-ambulanse AM54, AM48): two word families of prose-category.ts read as the person's data.
 * - OFFENCES: a criminal penalty by its own noun, kept or got by the person: «forelegg», a traffic fine by its compound
 *   («fartsbot», «promillebøter», «speeding ticket», «fixed penalty notice») or the points for one on the licence
 *   («prikkbelastning», forskrift om prikkbelastning § 2). Near misses: a bare «bot», «bøter», «fine» (a library, Datatilsynet's fine
 *   to a body), who pays as a rule, a company's forelegg, statistics, a course.
 * - DIAGNOSES: a disease by its compound or its name (ICPC-2's common chronic diagnoses), asked of or recorded about people
 *   («spør om deltakarane har astma», «whether participants have epilepsy»). Near misses: a defibrillator («hjertestarter»),
 *   an allergy-friendly menu, a course about diabetes, an animal's disease, a denied question, a topic.
 * Sentences written for this matrix, none from a test set (the planted ones are not among the cells).
 */
const offencesOf = ruleMatrix('criminal-data-basis', {
  org: 'Fjordvik transport AS',
  language: 'nb',
  title: 'Kjørebok',
  purpose: 'føre kjørebok for sjåførene',
  publicAuthority: false,
  legalBasis: '      - gdpr: A6-1-f\n',
});
const healthOf = ruleMatrix('special-category-condition', {
  org: 'Fjordvik idrettslag',
  language: 'nb',
  title: 'Kurs',
  purpose: 'gjennomføre kurs',
  publicAuthority: false,
  legalBasis: '      - gdpr: A6-1-b\n',
});

describe('a criminal penalty by its own noun, kept or got by the person (R29 session 38)', () => {
  readsAndSilent(
    offencesOf,
    [
      'Fartsbøter som sjåførene får, blir registrert i personalmappa.',
      'Vi registrerer forelegg som sjåførane har fått i teneste.',
      'Forenkla forelegg som køyrelærarane får, vert førte inn i loggen.',
      'Promillebøter som de ansatte får, noteres i kjøreboka.',
      'Vi noterer prikkbelastning på førerkortet til hver sjåfør.',
      'Vi fører opp prikkar på førarkortet for kvar tilsett.',
      'Speeding tickets the drivers receive are logged in the vehicle file.',
      'We record fixed penalty notices issued to our drivers.',
      'Penalty points the drivers get are noted in their file.',
    ],
    [
      'Fartsbøter er sjåførens eget ansvar.',
      'Datatilsynet kan gi virksomheten bøter for brudd på reglene.',
      'Lånere som får bøter, kan ikke låne nye bøker.',
      'Selskapet har vedtatt et forelegg fra Arbeidstilsynet, og det er registrert i årsrapporten.',
      'Vi fører statistikk over hvor mange fartsbøter firmabilene får.',
      'Kurs om fartsbøter og forelegg holdes for alle nye sjåfører.',
      'We pay parking fines for the company cars.',
    ],
  );
});

describe('a diagnosis named and asked of or recorded about people (R29 session 38)', () => {
  readsAndSilent(
    healthOf,
    [
      'Ved påmelding spør vi om du har astma eller diabetes.',
      'Ved påmelding spør vi om deltakarane har epilepsi, slik at instruktøren veit det.',
      'Vi registrerer om spillerne har hjertelidelser.',
      'Trenarane noterer kven som har lungesjukdom eller astma.',
      'Vi kartlegger om barna har cøliaki eller andre sykdommer.',
      'We ask whether participants have asthma or heart disease.',
      'We record which players have epilepsy or diabetes.',
      'Leiarane sjekkar om deltakarane lider av migrene.',
    ],
    [
      'Klubbhuset har hjertestarter ved inngangen.',
      'Vi serverer allergivennlig meny på alle samlinger.',
      'Vi holder kurs om diabetes og kosthold.',
      'Vi spør ikke om deltakerne har epilepsi.',
      'Vi registrerer om hestene har hjertesykdom.',
      'Foredraget handler om astma hos idrettsutøvere.',
      'We ask whether participants have a bicycle or a car.',
    ],
  );
});
