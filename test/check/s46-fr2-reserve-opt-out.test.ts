import { describe } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 46, FR2 (issue #12; FR's risk of session 45: «reservere deg» was not read): consent-valid `silence-described`
 * reads an opt-out beside a consent basis («får du nyhetsbrevet med mindre du sier fra»: R32, session 39). Reserving
 * oneself («reservere seg/deg mot»), unsubscribing and objecting are the same «no» as «si fra» after «hvis … ikke», and the
 * condition may come first («Hvis du ikke reserverer deg, får du nyhetsbrevet»): the main clause is then the one after
 * its comma. Silence or inactivity is no consent (Art. 4(11), rec. 32; C-673/17 Planet49). Each cell is the description of
 * a shop's newsletter activity on consent (opt-in recorded). READ: the opt-out, nb, nn, en. SILENT: the main clause sends
 * nothing or deletes, the person's own yes told.
 */
const registryOf = sentenceRegistry('ropa-s46-fr2-reserve-');
const findingsOf = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Nordvik Handel AS',
    language: 'nb',
    title: 'Nyhetsbrev',
    purpose: 'sende nyhetsbrev',
    rule: 'consent-valid',
    publicAuthority: false,
    legalBasis: '      - gdpr: A6-1-a\n        consentMethod: opt-in\n        consentWithdrawal: Lenke i hver e-post.\n',
  });

describe('reserving oneself, unsubscribing or objecting after «hvis … ikke», the condition first or last (consent-valid)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Hvis du ikke reserverer deg, får du nyhetsbrevet.',
      'Vi sender deg nyhetsbrevet dersom du ikke reserverer deg mot det.',
      'Hvis du ikke protesterer, sender vi deg nyhetsbrevet.',
      'Viss du ikkje melder deg av, får du nyheitsbrevet på e-post.',
      'Hvis du ikke sier fra, får du nyhetsbrevet.',
    ],
    [
      'Hvis du ikke reserverer deg, blir ingenting sendt.',
      'Hvis du ikke melder deg av, sletter vi adressen etter to år.',
      'Hvis du ikke reserverer deg, får du nyhetsbrevet, men du har selv sagt ja til det.',
      // bodies/lawful-wordings-s25-n-ika n49: «med mindre» first, an assumption about the address, no sending.
      'Med mindre abonnenten reserverer seg, regner vi med at adressen fortsatt stemmer.',
    ],
  );
});
