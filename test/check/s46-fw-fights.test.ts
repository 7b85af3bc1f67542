import { describe } from 'vitest';
import { taskSentences } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 46, FW (issue #12; variants-ferje FJ68, written blind by W5): criminal-data-basis reads people recorded as having
 * been in a fight, or what the police did with them («Namn på reisande som har vore i slagsmål …, og kva politiet gjorde
 * med dei, blir førte i hendingsloggen»). A fight in public is the act straffeloven § 181 punishes; the police's measure
 * is taken on the person: data relating to offences (Art. 10; personopplysningsloven § 11). Silent: a fight the person
 * suffered or saw, pupils' fights, a count or a course, a routine with no one recorded, and a record with no verb of
 * recording.
 */
const ferry = taskSentences('ropa-s46-fw-fights-', 'criminal-data-basis', {
  org: 'Fjordlinja Ferjer AS',
  language: 'nn',
  publicAuthority: false,
  title: 'Hendingar om bord',
  purpose: 'halde orden og tryggleik om bord',
  legalBasis: '      - gdpr: A6-1-f\n        legitimateInterest: tryggleik for reisande og mannskap\n',
});

describe('people recorded as in a fight, or what the police did with them (criminal-data-basis)', () => {
  readsAndSilent(
    ferry,
    [
      'Namn på reisande som har vore i slagsmål om bord, blir førte i hendingsloggen.',
      'Namn på reisande som har vore rusa om bord, og kva politiet gjorde med dei, blir førte i hendingsloggen.',
      'Vi registrerer passasjerer som har vært involvert i slåsskamp om bord.',
      'Kaptein noterer gjester som har slåss i salongen.',
      'We log passengers who got into a fight on board, with their names and cabin numbers.',
      'The names of guests who fought in the bar, and what the police did with them, are recorded in the incident log.',
    ],
    [
      'Reisande som har vore utsette for vald om bord, får tilbod om hjelp.',
      'Mannskapet har kurs i korleis dei skal handtere slagsmål om bord.',
      'Vi fører statistikk over talet på slagsmål om bord, utan namn.',
      'Elevar som har vore i slåsskamp i friminuttet, blir førte i skulen sin logg.',
      'Passengers who saw the fight may give a statement to the crew.',
      'Vi ringjer politiet ved slagsmål om bord.',
      'Passasjerer som har vært i en ulykke om bord, blir registrert i skaderapporten.',
      'The crew stops fights on board and calls the police when needed.',
    ],
  );
});
