import { describe } from 'vitest';
import { asksAndNot } from '../helpers/sentence-matrix.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Integrator, session 30 (#12): the blind set variants-helsestasjon's recipients stopped at the party's KIND («Vi sender
 * opplysningar om barnet til apoteket» silent: «apoteket» is no word of any list). Record-first: where WE hand a person's
 * data «til X» / «to the X» and X is no party the record or the lexicon knows (not the person, a relative, our staff or
 * unit, a thing or place, a recorded party), X is outside by default. Sentences written for the check, none from a test
 * set, and lawful near-wordings (an address, a system, our unit, the person, our staff, a negation, a thing). Each is the
 * only sentence of an activity whose `recipients` is none.
 */
const findingsOf = ruleMatrix('recipients-stated', {
  org: 'Fjordvik kommune',
  language: 'nn',
  title: 'Helsestasjonsprogrammet',
  purpose: 'gje helsetenester til barn',
});

const disclosures = [
  'Vi sender opplysningar om barnet til apoteket.',
  'Vi gir lista over deltakarane til frivilligsentralen.',
  'Vi sender søkerlisten til maskinringen.',
  'Vi oversender navnene på søkerne til sauelaget.',
  'We forward the applicants’ addresses to the cooperative.',
  'Vi gir kontaktopplysningene til bondelaget.',
];
const lawful = [
  'Vi sender opplysningar om barnet til heimeadressa.',
  'Vi sender opplysningane til fagsystemet.',
  'Vi sender opplysningane om barnet til journalen.',
  'Vi sender namna på barna til kontoret.',
  'Vi sender opplysningar om barnet til foreldra.',
  'Vi sender timelista til leiaren.',
  'Vi sender ingen opplysningar til sauelaget.',
  'Vi sender søknaden til arkivet.',
  'We send the form to the applicant’s address.',
  'We send the applicants’ names to the database.',
  'Vi sender opplysningar om barnet til jordmora.',
  'We send the child’s record to the midwife.',
];

describe('an unknown party we hand data to is outside by default (recipients-stated, integrator session 30)', () => {
  asksAndNot(findingsOf, disclosures, lawful);
});
