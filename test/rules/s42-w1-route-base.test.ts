import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { table } from '../helpers/reader-table.js';
import { refusingCostsNothing } from '../../src/rules/consent-for-public-task.js';

interface Finding {
  rule: string;
  activity: string;
  message: string;
}

/**
 * Issue #12, session 42 (W1): the classes behind the false alarms on variants-fysio's clean base, a registry written
 * through `ropa init`, `ropa add` and `ropa new` only. Each held to other writers' wordings and near-misses.
 */
table(
  'consent-for-public-task: refusing costs nothing when the person gets the same care, the person named in between',
  refusingCostsNothing,
  [
    ['nn', 'Det er frivillig. Seier de nei, får barnet den same oppfølginga utan video.'],
    ['nb', 'Sier du nei, får barnet den samme oppfølgingen.'],
    ['nb', 'Du får samme behandling om du ikke samtykker.'],
    ['nn', 'Pasienten får den same behandlinga anten han svarar eller ikkje.'],
    ['nb', 'Eleven får det samme tilbudet uansett.'],
    ['nn', 'Seier du nei, får du den same helsehjelpa.'],
    ['en', 'If you say no, your child receives the same treatment.'],
    ['en', 'You get the same follow-up whether or not you agree.'],
    ['en', 'The patient gets the same care if they decline.'],
    ['nb', 'Brukeren får den samme tjenesten selv om hun reserverer seg.'],
  ],
  [
    ['nn', 'Seier de nei, får barnet ikkje den same oppfølginga.'],
    ['nb', 'Uten samtykke får pasienten ikke samme behandling.'],
    ['en', 'If you say no, your child will not receive the same treatment.'],
    ['nb', 'Du får samme behandling, men uten video kan vi ikke følge opp øvelsene hjemme.'],
    ['en', 'Without the form we cannot give you the same follow-up.'],
    ['nn', 'Utan opplysningane kan vi ikkje gi barnet forsvarleg helsehjelp.'],
    ['en', 'You get the same treatment, but we cannot send reminders.'],
    ['en', "If you refuse, you won't get the same follow-up."],
  ],
);

/**
 * child-consent-age: a child's own consent recorded from 13 (`ropa new --child-consent-age 13`) to video of its exercises
 * is health care when the activity's people are named by the health profession that treats them (variants-fysio FY10),
 * and so the age is 16 (pasient- og brukerrettighetsloven § 4-3); a group named by no care keeps 13 unquestioned for
 * consent that is no online service. Through `ropa gaps` on a copy of the set's clean base, its data subject renamed.
 */
describe('child-consent-age: the health professions name health care (variants-fysio FY10)', () => {
  const BASE = join(FIXTURES, 'corpus/variants-fysio/base');
  const ageAt13 = (subject: string): Finding[] => {
    const copy = scratchCopy(BASE);
    try {
      const act = join(copy.dir, 'activities/barnevideo.yaml');
      writeFileSync(act, readFileSync(act, 'utf8').replaceAll('childConsentAge: 16', 'childConsentAge: 13'));
      const cat = join(copy.dir, 'catalogues/data-subjects.yaml');
      writeFileSync(cat, readFileSync(cat, 'utf8').replace('name: Barn og unge som får fysioterapi', `name: ${subject}`));
      const r = ropa(['gaps', copy.dir, '--rule', 'child-consent-age', '--today', '2026-12-05', '-f', 'json', '--lang', 'en']);
      return (JSON.parse(r.stdout) as { findings: Finding[] }).findings.filter((f) => f.activity === 'barnevideo');
    } finally {
      copy.cleanup();
    }
  };
  it.each([
    'Barn og unge som får fysioterapi',
    'Born som får ergoterapi',
    'Children in physiotherapy',
    'Barn i habiliteringstjenesten',
    'Barn som følges opp av helsesykepleier',
    'Children in rehabilitation with the speech therapist',
    'Born i rehabilitering',
    'Barn hos kiropraktor',
  ])('reads «%s»: 13 is below the health-care age of 16', (subject) => {
    expect(ageAt13(subject).map((f) => f.message)).toEqual([expect.stringMatching(/from 13 .*pasient- og brukerrettighetsloven § 4-3/)]);
  });
  it.each([
    'Barn og unge på filmkurs',
    'Children in the sports club',
    'Born i kulturskulen',
    'Elever på leirskole',
    'Barn som deltar i fotokonkurransen',
    'Children who habitually visit the library',
    // A speech therapist is on no list of helsepersonelloven § 48 (FR2, session 46): speech therapy by its name alone is
    // no health care (most is special needs help at kindergarten or school).
    'Children seen by the speech therapist',
    'Barn som får hjelp av logoped i barnehagen',
  ])('stays silent on «%s»: no care named', (subject) => {
    expect(ageAt13(subject)).toEqual([]);
  });
});
