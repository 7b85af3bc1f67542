import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 39, R33 (variants-verneplikt VP57, variants-samskipnad SS64): no person looks at the case, said with a bare
 * negated actor — «ingen leser søknadene», «ikke noen hos oss går gjennom dem», «utan at nokon i kommunen ser på saka»,
 * «nobody reads the applications», «without anyone at the office looking at it» (lexicon-words.ts NO_PERSON_LOOKS in
 * prose-activity.ts NO_HUMAN) — beside an outcome decided in the passive or an offer sent out («bestemmes av et
 * poengsystem», «vert fastsett», «is determined», «tilbudet sendes ut», «the offer is sent»: DECIDED_OR_SENT, read as a
 * consequence only beside NO_HUMAN). Art. 22(1): a decision «based solely on automated processing»; WP251 IV.A. Session
 * 38's R29 read «avgjøres av appen» (a case decided by a machine word) and the named reviewer «ingen saksbehandler leser»;
 * the planted sentences have a compound machine («poengmodell») or none, and a bare «ingen», «nokon i X».
 * Cells from a school, a kindergarten, a hospital, a housing office and a grants office; none from a test set. Near misses:
 * an access rule («ingen andre enn legen leser»), a person who decides, nothing decided about the person, a newsletter.
 */
const findingsOf = ruleMatrix('automated-decision-logic', {
  org: 'Nordvik kommune',
  language: 'nb',
  title: 'Opptak og tildeling',
  purpose: 'behandle søknader',
});

describe('no person looks at the case, beside an outcome (R33 session 39; VP57, SS64)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Hvem som får plass på kurset, bestemmes av et poengsystem; ingen leser søknadene.',
      'Kven som får plass i barnehagen, vert bestemt av eit poengsystem, og ingen i kommunen ser på søknadene.',
      'Tilbudet om skoleplass sendes automatisk ut fra portalen, uten at noen på skolekontoret ser på søknaden.',
      'Innkallinga til time går ut automatisk etter poengsummen, utan at nokon ved sjukehuset vurderer tilvisinga.',
      'Kven som får tilbod om behandling, vert fastsett av modellen, og ingen på avdelinga les tilvisingane.',
      'Søknaden om fritak avgjøres av systemet; ikke noen hos oss går gjennom søknadene.',
      'Who gets a place on the waiting list is determined by a points model; nobody reads the applications.',
      'The offer of a flat is sent automatically from the portal, without anyone at the housing office looking at the application.',
      'Grants are decided by the scoring tool and no one in the department reviews the cases.',
    ],
    [
      'Ingen andre enn legen leser journalen.',
      'Nobody but the school nurse reads the health forms.',
      'Meldingane blir sende automatisk, og ingen i staben les innhaldet.',
      'Hvem som får plass, bestemmes av rektor etter at hun har lest søknadene.',
      'Tilbudet sendes ut etter at en saksbehandler har gått gjennom søknaden.',
      'The newsletter goes out automatically; nobody reads the replies.',
      'Ingen leser e-postene dine.',
      'Tidspunktet for timen bestemmes av deg i appen, og ingen hos oss ser på bestillingen.',
      'Ingen les vedlegga før fristen; portalen avviser filer som er for store.',
      'Nobody goes through the bookings; the system closes the class when it is full.',
    ],
  );
});

/**
 * The same decision on a contract, giving out places or offers by a score or a ranking (automated-decision-basis
 * `described-no-safeguard`; SS64): whoever ranks below is refused, so Art. 22(3)'s right to contest is asked for as for a
 * rejection. Near misses: a caseworker goes through each case, a way to a person's review said, nothing decided.
 */
const safeguardOf = ruleMatrix('automated-decision-basis', {
  org: 'Nordvik bustadstifting',
  language: 'nn',
  title: 'Tildeling av bustader',
  purpose: 'tildele bustader',
  publicAuthority: false,
  legalBasis: '      - gdpr: A6-1-b\n',
});
describe('places or offers given out by a score, no person looking, no safeguard (R33 session 39; SS64)', () => {
  readsAndSilent(
    safeguardOf,
    [
      'Plassane i barnehagen går ut automatisk etter poengsummen, utan at nokon i kommunen ser på søknaden.',
      'Skoleplassene tildeles automatisk etter poeng, og ingen på kontoret går gjennom søknadene.',
      'Timane på legekontoret vert tildelte ut frå rangeringa i appen, utan at nokon ved kontoret vurderer tilvisinga.',
      'The offers go out by score from the portal, without anyone at the housing office looking at the application.',
      'Rooms are allocated automatically by ranking; nobody in the student office reads the applications.',
      'Hyttene blir tildelte etter poeng frå portalen, og ikkje nokon i stiftinga går gjennom søknadene.',
    ],
    [
      'Plassane går ut etter poengsummen, men ein sakshandsamar går alltid gjennom søknaden først.',
      'Tilbodet går ut etter ansiennitet, og ein sakshandsamar ser på kvar søknad.',
      'Ingen andre enn bustadkontoret ser søknaden, og plassane blir fordelte etter poeng av ein sakshandsamar.',
      'Tilbodet går ut automatisk etter poengsummen, og ein sakshandsamar vurderer kvar søknad før kontrakten blir send.',
      'The offers go out by score after a caseworker has reviewed each application.',
      'Vi sender ut nyhendebrev etter poengsummen i quizen, og ingen les svara.',
    ],
  );
});
