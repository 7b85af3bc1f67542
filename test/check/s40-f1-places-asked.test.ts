import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 40, F1 (risks named by session 39's review of R33): «plass/places» read as an offer sent out by a machine (R33's
 * DECIDED_OR_SENT beside NO_HUMAN) where a public task gives out places by its criteria («søkere får plass i barnehagen»,
 * «places are allocated by the admissions team»); and «ber X om …» read as a source not recorded where X is a recorded source
 * («vi ber fastlegen om en uttalelse» with «Fastlegen» among the activity's sources). All silent when measured: kept as
 * regression tests, each beside a reading cell that must still fire. Cells from a kindergarten, a school, a hospital and
 * a municipality's health and care services.
 */
const placesFor = ruleMatrix('automated-decision-logic', {
  org: 'Nordvik kommune',
  language: 'nb',
  title: 'Opptak i barnehage og skole',
  purpose: 'tildele barnehageplass og skoleplass',
  legalBasis: '      - gdpr: A6-1-e\n',
});
const PLACES = [
  'Søkere får plass i barnehagen etter opptakskriteriene.',
  'Søkjarar får plass i barnehagen etter kriteria i vedtektene.',
  'Plassene tildeles etter opptakskriteriene, og søkerne får plass i hovedopptaket.',
  'Barn med rett til plass får plass innen august.',
  'Applicants get a place at the school after the admission round.',
  'Places are allocated by the admissions team according to the criteria.',
  'Alle elevar får plass på den næraste skulen.',
  'Pasienter får plass på venteliste etter en medisinsk vurdering.',
];
describe('places given out by a public task, no machine deciding (F1 session 40; automated-decision-logic)', () => {
  readsAndSilent(
    placesFor.with({ rule: 'automated-decision-logic' }),
    ['Hvem som får plass på kurset, bestemmes av et poengsystem; ingen leser søknadene.'],
    PLACES,
  );
});
describe('… automated-decision-basis', () => {
  readsAndSilent(
    placesFor.with({ rule: 'automated-decision-basis' }),
    ['Skoleplassene tildeles automatisk etter poeng, og ingen på kontoret går gjennom søknadene.'],
    PLACES,
  );
});

const asked = ruleMatrix('notice-source', {
  org: 'Nordvik kommune',
  language: 'nb',
  title: 'Tildeling av helse- og omsorgstjenester',
  purpose: 'behandle søknader om helse- og omsorgstjenester',
  subjects: ['Innbyggere'],
  sources: ['Fastlegen', 'Spesialisthelsetjenesten', 'Sykehuset'],
});
describe('a recorded source asked for data (F1 session 40; notice-source)', () => {
  readsAndSilent(
    asked,
    ['Kommunen supplerer søknaden med opplysningar frå Skatteetaten.'],
    [
      'Vi ber fastlegen om en uttalelse.',
      'Vi ber fastlegen om en uttalelse om helsetilstanden din.',
      'Kommunen ber fastlegen om opplysninger om diagnosen.',
      'Me ber fastlegen om ei fråsegn om helsa di.',
      'We ask the GP for a statement on your health.',
      'Vi ber spesialisthelsetjenesten om epikrisen.',
      'Tenesta bed sjukehuset om epikrisen.',
    ],
  );
});
