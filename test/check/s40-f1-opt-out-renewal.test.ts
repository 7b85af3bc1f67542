import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 40, F1 (risks named by session 39's review of R32): the opt-out reading (consent-valid `silence-described`) on a
 * list the person asked for, which they stay on until they unsubscribe («du står på listen til du melder deg av», «you stay on
 * the mailing list you signed up for until you unsubscribe»): the unsubscribing is the withdrawal (Art. 7(3)), no consent
 * taken from silence; and `implied-described` on a public task's words that assume what the person will do, not that they
 * consent («vi regner med at du møter», «we assume you will attend»). Both silent when measured: kept as regression tests,
 * with a reading cell each that must still fire (an opt-out on a consent basis, consent assumed).
 */
const club = ruleMatrix('consent-valid', {
  org: 'Nordvik turlag',
  language: 'nb',
  title: 'Medlemskap',
  purpose: 'sende medlemsblad og nyhetsbrev til medlemmer som har bedt om det',
  publicAuthority: false,
  legalBasis: '      - gdpr: A6-1-a\n        consentMethod: opt-in\n',
});
const school = club.at('Nordvik kommune', 'nb', {
  title: 'Foreldremøter',
  purpose: 'kalle inn til foreldremøter og utviklingssamtaler',
  publicAuthority: true,
  legalBasis: '      - gdpr: A6-1-e\n',
});

describe('a list the person asked for, until they unsubscribe: no opt-out (F1 session 40)', () => {
  readsAndSilent(
    club,
    ['Du får nyhetsbrevet med mindre du sier fra.'],
    [
      'Når du har meldt deg inn, står du på medlemslisten til du melder deg av.',
      'Du står på listen til du melder deg av.',
      'Abonnementet ditt fornyes hvert år, og du står på utsendingslista til du melder deg av.',
      'Etter at du har bedt om nyhetsbrevet, får du det hver måned til du melder deg av.',
      'Medlemskapet fornyast kvart år, og du står på lista til du seier det opp.',
      'You stay on the mailing list you signed up for until you unsubscribe.',
      'Your membership renews each year and you stay on the list unless you cancel it.',
      'Når du har tinga bladet, får du det kvar månad til du melder deg av.',
    ],
  );
});
describe('a public task that assumes attendance, not consent: no implied consent (F1 session 40)', () => {
  readsAndSilent(
    school,
    ['Vi regner med at du samtykker til at bildene publiseres.'],
    [
      'Vi regner med at du møter på foreldremøtet.',
      'Vi reknar med at de møter til utviklingssamtalen.',
      'We assume you will attend the parents meeting.',
      'Skolen går ut fra at foresatte har lest innkallingen.',
      'Vi regner med at du godtar tidspunktet, ellers kan du be om et nytt.',
      'We assume that parents accept the proposed time unless they ask for another.',
      'Vi reknar med at de seier ja til ein ny time dersom den første ikkje passar.',
    ],
  );
});
