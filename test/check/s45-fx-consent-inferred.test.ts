import { describe } from 'vitest';
import { taskSentences, textRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 45, FX (issue #12): consent inferred instead of given, read by the legal concept's four families
 * (check/consent-inferred.ts) rather than by one set's sentences: deemed (counted, taken, treated as a yes), on by default
 * (ready-ticked, on from delivery), an opt-out (unless they say no; put on a list), or taken from another act (going on
 * browsing, downloading the app). Written from variants-bilverksted BV60, BV62, BV75 and variants-ombod LD59, LD60;
 * variants-sjoredning SR54, SR68, SR79 held out. Each cell is the only description of a company's activity whose one
 * purpose rests on consent recorded as opt-in: the words tell how the consent is really taken (Art. 4(11), rec. 32).
 * READ: new wordings in other trades (a sports shop, a gym, a dental clinic, a webinar, a hotel), nb, nn, en, each
 * family. SILENT: lawful sentences of real records and of the lawful-wordings registries (a yes asked in the banner,
 * necessary cookies only, a law that lets silence count, a habit given up, a price or a trip agreed by silence, an
 * unticked box, the existing-customer exception, how long a given consent lasts).
 */
const consentOf = taskSentences('ropa-s45-fx-inferred-', 'consent-valid', {
  org: 'Fjellvik Sport AS',
  publicAuthority: false,
  purpose: 'sende nyhetsbrev og tilbud',
  legalBasis: '      - gdpr: A6-1-a\n        consentMethod: opt-in\n        consentWithdrawal: Du kan når som helst melde deg av i lenken i hver e-post.\n',
});

describe('consent inferred, told in the words (consent-valid)', () => {
  readsAndSilent(
    consentOf,
    [
      // deemed
      'Når du laster ned rabattkupongen, regner vi det som samtykke til at vi sender deg tilbud på SMS.',
      'Når du hentar ut medlemskortet, reknar vi det som eit ja til nyheitsbrevet frå klubben.',
      'Registering for the webinar counts as consent to our marketing e-mails.',
      'Patients who book online are deemed to have accepted reminders and offers by text message.',
      // on by default
      'Boksen for markedsføring på e-post er forhåndsavkrysset i bestillingen.',
      'Deling av treningsdata med partnarane våre er slått på frå levering av klokka.',
      'Location sharing with partner gyms is switched on from installation.',
      // opt-out
      'Alle som kjøper sesongkort, får tilbud fra samarbeidspartnerne våre på e-post med mindre de reserverer seg.',
      'Deltakarane på kurset blir lagde til på e-postlista vår for tilbod.',
      'Every hotel guest is added to our newsletter list unless they opt out.',
      // another act
      'Analytics cookies are placed when a visitor continues to scroll through the pages.',
      'Fortsetter du å bruke nettbutikken etter at banneret er vist, samtykker du til statistikk og målrettet reklame.',
      'Ved å laste ned appen godtek du at posisjonen din blir delt med klubben.',
    ],
    [
      'Statistikken blir berre sett når den besøkande har sagt ja i samtykkebanneret; knappane for ja og nei er like store.',
      'Statistics cookies are set only if you click «Godta statistikk» in the cookie banner; «Avvis» is just as easy.',
      'Den besøkende kan fortsette å bruke nettstedet uten å samtykke.',
      'If you keep browsing, only cookies needed for the site to work are set.',
      'Parents are taken to agree to the school trip unless they say no.',
      'Vi går ut frå at pasienten samtykkjer til helsehjelp når han sjølv oppsøkjer legevakta, slik pasient- og brukarrettslova § 4-2 seier.',
      'The box is unticked by default, separate from the terms, and every e-mail has an unsubscribe link.',
      'Tidligere regnet vi det som samtykke hvis abonnentene ikke svarte, men det sluttet vi med i 2021.',
      'Members also get e-mails about our own similar services (new car models, new stations, price changes) unless they opt out.',
      'Nyhetsbrevet sendes til abonnenter som har meldt seg på, inntil de melder seg av.',
      'Position history is hidden from staff by default.',
      'Vi regner aldri taushet som samtykke.',
      'Customers are taken to accept changes to the price list unless they end the agreement, as the Financial Contracts Act allows.',
    ],
  );
});

/**
 * A withdrawal text that names no means of withdrawing (check/consent-inferred.ts `withdrawalWayNamed`: consent-withdrawal
 * `missing`, as if the field were left out), or says the consent cannot be withdrawn with words between its parts
 * (`consentNotWithdrawable`: `not-withdrawable`). Written from variants-bilverksted BV72 and variants-ombod LD61;
 * variants-mattilsyn MT59 held out. SILENT: withdrawal texts of real records (1,778 in the corpus name a means).
 */
const withdrawalOf = (() => {
  const run = textRegistry('ropa-s45-fx-withdrawal-');
  return (texts: Record<string, string>) =>
    run(texts, {
      org: 'Fjellvik Sport AS',
      publicAuthority: false,
      rule: 'consent-withdrawal',
      activity: (id, text) => `id: ${id}
title: Nyhetsbrev
description: Vi sender nyhetsbrev til dem som har meldt seg på.
status: active
purposes:
  - id: sende
    description: sende nyhetsbrev
    legalBasis:
      - gdpr: A6-1-a
        consentMethod: opt-in
        consentWithdrawal: ${JSON.stringify(text)}
recipients: none
`,
    });
})();

describe('a withdrawal text with no way to withdraw, or consent said beyond withdrawal (consent-withdrawal)', () => {
  readsAndSilent(
    withdrawalOf,
    [
      'Once given, the permission stays in place while the loan runs.',
      'Løyvet gjeld medan kurset pågår.',
      'Photos stay on the website for the whole season.',
      'Etter at du har betalt, kan samtykket til nyhetsbrevet ikke lenger trekkes.',
      'Når kontrakten er signert, kan samtykket til lagring av måledataene ikkje trekkjast tilbake.',
    ],
    [
      'Kontakt pedagogisk leder eller styrer. Når kontaktopplysningene er delt med fotografen, kan samtykket til delingen ikke lenger trekkes; du kan når som helst be fotografen slette opplysningene.',
      'You may decline to receive such information from us at any given time.',
      'Som for samtykket til formidling.',
      'Du kan når som helst trekkje samtykket tilbake under «Informasjonskapslar» nedst på kvar side.',
      'Use the unsubscribe link at the bottom of every newsletter.',
      'Ring oss på 55 55 55 55.',
    ],
  );
});
