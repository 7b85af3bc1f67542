import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 40, F1 (risk named by session 39's review of R30's AGREE_BY_USE): the going on said to allow only the storage the
 * service needs to work («Ved å bruke appen godtar du at vi lagrer det som er nødvendig for at den skal virke»). Ekomloven
 * § 3-15 second paragraph (b) needs no consent for storage «strengt nødvendig for å levere en informasjonssamfunnstjeneste
 * etter … brukerens uttrykkelige forespørsel», so no consent is taken from the use, and a consent basis for another purpose
 * of the activity (a newsletter) is not warned `continued-use`. Cells from a shop, a bank, a school, a hospital, a
 * municipality; consent to measuring or marketing taken from the use, said with the same words of need, still warned.
 */
const findingsOf = ruleMatrix('consent-valid', {
  org: 'Nordvik handel AS',
  language: 'nb',
  title: 'Kundeapp',
  purpose: 'sende nyhetsbrev til dem som ber om det',
  publicAuthority: false,
  legalBasis: '      - gdpr: A6-1-a\n        consentMethod: opt-in\n',
});

describe('the going on allows only the storage the service needs (F1 session 40; ekomloven § 3-15 (2)(b))', () => {
  readsAndSilent(
    findingsOf,
    [
      'Ved å bruke appen godtar du at vi setter informasjonskapsler for statistikk.',
      'By continuing to use the site you accept that we set analytics cookies.',
      'Ved å bruke appen godtar du at vi lagrer det som trengs for å måle bruken og vise deg reklame; appen skal virke best mulig.',
      'By using the app you accept that we store what is needed for it to work and for our marketing.',
      'Ved å bruke nettbanken godtar du at vi setter informasjonskapsler som trengs for at annonsene våre skal fungere.',
      'If you keep using the municipal website, you accept the cookies for statistics.',
      'Ved å bruke nettsida vidare godtek du at vi set informasjonskapslar for analyse.',
      'By continuing to browse the hospital pages, you agree that we track how the pages are used.',
    ],
    [
      'Ved å bruke appen godtar du at vi lagrer det som er nødvendig for at den skal virke.',
      'Ved å bruke nettbanken godtar du at vi lagrer det som trengs for at innloggingen skal fungere.',
      'Når du brukar appen, godtek du at vi lagrar det som er naudsynt for at appen skal verke.',
      'Ved å halde fram på nettsida godtek du at skulen lagrar det som trengst for at sida skal fungere.',
      'By using the app you accept that we store what is necessary for it to work.',
      'By continuing to use the portal you agree that the hospital stores what is strictly needed for the booking to function.',
      'Ved å bruke nettbutikken godtar du at vi lagrer handlekurven, som trengs for at bestillingen skal virke.',
      'If you keep using the municipal website, you accept that we set the cookies the site needs to work.',
    ],
  );
});
