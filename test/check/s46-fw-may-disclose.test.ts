import { describe } from 'vitest';
import { taskSentences } from '../helpers/sentence-registry.js';
import { cellMatrix, readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 46, FW (issue #12; variants-ferje FJ73, FJ69): recipients-stated reads two shapes of a disclosure it missed.
 *
 * 1. A disclosure of the data that «may» be made, in the passive («Complaint files may also be shared with our partners»):
 *    a record or notice that says so tells a disclosure the controller makes in some cases, and Art. 30(1)(d) and 13(1)(e)
 *    ask for the recipients the data «have been or will be» disclosed to. The person's own choice («Du kan dele …»), what
 *    we may ask for («Vi kan be om …»), a disclosure that waits on the person's wish, request or consent, or on a need
 *    («dersom du ber om det», «with your consent», «ved behov»), a question, a plan weighed, and a listed recipient stay
 *    silent.
 * 2. A copy, a report, a notice or a list that «goes to» a party («Kopi av rapportane går òg til klasseselskapet», «A copy
 *    of the report goes to the insurer»): sent there. Money, a pupil, a trip that «goes to» stay silent.
 */
const privateBody = taskSentences('ropa-s46-fw-may-', 'recipients-stated', {
  org: 'Fjordlinja Ferjer AS',
  publicAuthority: false,
  title: 'Kundeservice',
  purpose: 'svare på klager og spørsmål fra kundene',
  legalBasis: '      - gdpr: A6-1-b\n',
});
const listedBody = taskSentences('ropa-s46-fw-listed-', 'recipients-stated', {
  org: 'Fjordlinja Ferjer AS',
  publicAuthority: false,
  title: 'Kundeservice',
  purpose: 'svare på klager og spørsmål fra kundene',
  legalBasis: '      - gdpr: A6-1-b\n',
  listed: { l0: 'Forbrukerrådet', l1: 'Transportklagenemnda', l2: 'Sjøfartsdirektoratet' },
});

describe('a disclosure that may be made, in the passive (recipients-stated)', () => {
  readsAndSilent(
    privateBody,
    [
      'Complaint files may also be shared with our partners.',
      'Klagesakene kan også deles med samarbeidspartnerne våre.',
      'Klagesakene kan òg delast med samarbeidspartnarane våre.',
      'Kundens navn og telefonnummer kan videresendes til hotellet eller leiebilselskapet.',
      'Opplysningene om kunden kan bli utlevert til forsikringsselskapet.',
      'Rapportane kan bli sende vidare til forsikringsselskapet.',
      'Customer details may be passed on to our travel partners.',
      'Your complaint can be forwarded to the hotel you stayed at.',
    ],
    [
      'Du kan dele reisebildene dine med venner i appen.',
      'You may share your booking with your travel companions.',
      'Vi kan be om opplysninger fra banken om betalingen.',
      'Opplysningene kan deles med forsikringsselskapet dersom du ber om det.',
      'Your complaint may be forwarded to the hotel if you ask us to.',
      'Klagen kan sendast til hotellet med samtykke frå deg.',
      'Klagen kan videresendes til hotellet ved behov for avklaring, etter avtale med kunden dersom kunden ønsker det.',
      'Kan klagen sendes til hotellet?',
      'Vi vurderer om klagene kan deles med hotellene.',
      'Klagesakene kan ikke deles med andre.',
      'Complaint files may not be shared with anyone outside the company.',
    ],
  );
  // The recipient named is the one the activity lists (its id l0, l1, l2): nothing to ask.
  cellMatrix(listedBody, [
    {
      id: 'l',
      cells: [
        'Klagen kan sendes til Forbrukerrådet.',
        'Saken kan bli oversendt til Transportklagenemnda.',
        'Complaint files may be shared with Sjøfartsdirektoratet.',
      ],
      name: 'stays silent on the listed recipient of %s: %s',
      gives: 0,
    },
  ]);
});

describe('a copy or a report that goes to a party (recipients-stated)', () => {
  readsAndSilent(
    privateBody,
    [
      'Kopi av rapportane går òg til klasseselskapet og til dei andre reiarlaga i bransjeforeininga.',
      'Kopi av klagen går alltid til hotellet kunden bodde på.',
      'A copy of the report goes to the insurer.',
      'Skademeldingen med passasjerens navn går også til forsikringsselskapet.',
    ],
    [
      'Pengane går til klubben.',
      'Overskuddet går til redningsselskapet.',
      'Mannskapet går til lunsj klokka tolv.',
      'The money goes to charity.',
      'Kopi av klagen går ikke til andre.',
    ],
  );
});
