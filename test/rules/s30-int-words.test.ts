import { describe, expect, it } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';

/**
 * Integrator, session 30 (#12): the blind set variants-helsestasjon's recipients stopped at the party's KIND («Vi sender
 * opplysningar om barnet til apoteket» silent: «apoteket» is no word of any list). Record-first: where WE hand a person's
 * data «til X» / «to the X» and X is no party the record or the lexicon knows (not the person, a relative, our staff or
 * unit, a thing or place, a recorded party), X is outside by default. Sentences written for the check, none from a test
 * set, and lawful near-wordings (an address, a system, our unit, the person, our staff, a negation, a thing). Each is the
 * only sentence of an activity whose `recipients` is none.
 */
const registryOf = sentenceRegistry('ropa-s30-int-');
const findingsOf = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Fjordvik kommune',
    language: 'nn',
    title: 'Helsestasjonsprogrammet',
    purpose: 'gje helsetenester til barn',
    rule: 'recipients-stated',
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
  const texts = Object.fromEntries([...disclosures.map((t, i) => [`d${i}`, t]), ...lawful.map((t, i) => [`l${i}`, t])]);
  const findings = findingsOf(texts);
  const on = (id: string) => findings.filter((f) => f.activity === id).length;
  it.each(disclosures.map((t, i) => [`d${i}`, t]))('asks for the receiver of %s: %s', (id) => expect(on(id)).toBe(1));
  it.each(lawful.map((t, i) => [`l${i}`, t]))('does not ask for %s: %s', (id) => expect(on(id)).toBe(0));
});
