import { describe } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';
import { sentenceRegistry } from '../helpers/sentence-registry.js';

/**
 * Session 40, B7 (a real notice read while probing bodies/hoyre: «De Grønnes medlemslister er konfidensielle og skal aldri
 * utleveres til andre enn de som har fått tilgang gjennom sitt verv i organisasjonen»): a denied handing-over whose
 * exception («… ikke … til andre enn X», «never … to anyone other than X», «not … except X») names only the controller's
 * own people — staff, officers, case handlers, teachers, those with access through their office or a need in their work —
 * hands nothing to anyone outside (Art. 4(9): a recipient is another than the controller; EDPB Guidelines 05/2021, an
 * employee is part of the controller). With `recipients: none` recipients-stated stays silent. An exception that names an
 * outside party (NAV, the police, the county governor, a debt collector, an insurer) still hands the data to it and fires,
 * as before. Each text is a purpose's description in a body's record of its own, written for this matrix from other domains
 * (a school, a hospital, a shop, a municipality, a bank) than the party's member list.
 */
const registry = sentenceRegistry('ropa-s40-b7-only-own-');
/** Each text is the one purpose's description of an activity of its own (the activity's description says only what it is). */
const findingsOf =
  (language: 'nb' | 'nn' | 'en') =>
  (texts: Record<string, string>): Finding[] =>
    Object.entries(texts).flatMap(([id, t]) =>
      registry(
        { [id]: 'Register' },
        {
          org: 'Nordvik Handel AS',
          language,
          title: 'Register',
          purpose: JSON.stringify(t),
          rule: 'recipients-stated',
          legalBasis: '      - gdpr: A6-1-b\n',
          publicAuthority: false,
          today: '2026-12-05',
        },
      ),
    );

/** The exception names only the controller's own people: no one outside receives the data. */
const silent = {
  nb: [
    'Elevmappene skal ikke utleveres til andre enn lærerne og rektor ved skolen',
    'Kundeopplysningene sendes aldri til andre enn de ansatte i kundeservice',
    'Lånesøknaden blir ikke oversendt til noen andre enn rådgiverne våre',
    'Søknadene utleveres ikke til andre enn saksbehandlerne som har saken',
    'Medlemslistene er konfidensielle og skal aldri utleveres til andre enn de som har fått tilgang gjennom sitt verv i laget',
  ],
  nn: [
    'Opplysningane blir ikkje utleverte til andre enn tilsette med tenestleg behov',
    'Elevlistene skal aldri sendast til andre enn kontaktlærarane',
    'Søknadene blir ikkje utleverte til nokon andre enn saksbehandlarane som har saka',
  ],
  en: [
    'The member lists are never disclosed to anyone other than the officers of the local branch',
    'Patient records are not handed over to anyone except the staff on the ward',
    'Customer details are never sent to anyone other than our own employees in customer service',
  ],
};
/** The exception names a party outside the controller, or there is no denial at all: the data is handed to it. */
const reads = {
  nb: [
    'Opplysningene utleveres ikke til andre enn NAV',
    'Kundeopplysningene utleveres aldri til andre enn inkassoselskapet vårt',
    'Elevmappene utleveres til skolen eleven flytter til',
    'Lista over pasientane sender vi til NAV, men aldri til andre enn de ansatte',
  ],
  nn: [
    'Opplysningane blir ikkje utleverte til andre enn politiet',
    'Søknadene blir ikkje sende til andre enn Statsforvaltaren',
    'Elevlista blir aldri utlevert til andre enn kontaktlærarane, men vi sender ein kopi av lista til NAV',
  ],
  en: [
    'Patient records are never disclosed to anyone other than the Norwegian Labour and Welfare Administration',
    'Customer details are never disclosed to anyone other than the debt collection agency',
  ],
};

describe('a denied handing-over whose exception names only our own people (B7 session 40, recipients-stated)', () => {
  for (const language of ['nb', 'nn', 'en'] as const) describe(language, () => readsAndSilent(findingsOf(language), reads[language], silent[language]));
});
