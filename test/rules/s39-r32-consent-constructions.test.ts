import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 39, R32: consent said by its constructions (src/check/lexicon-consent.ts), not by the planted phrases. Law checked
 * 2026-12-04: GDPR Art. 4(11) («a statement or by a clear affirmative action»), 7(2), 7(3), 17(1)(b); recital 32 («Silence,
 * pre-ticked boxes or inactivity should not therefore constitute consent»); markedsføringsloven § 15 third paragraph (the
 * existing-customer exception, with a reservation offered at collection); Art. 6(1)(e), 6(3) and recital 43 for a public
 * task. Cells from a library, a web shop, a sports club, a school; each cell one activity's description (or purpose). The
 * planted sentence is first in each list (variants-verneplikt VP64, VP65, VP69; variants-samskipnad SS71-SS73, SS76, SS77).
 */
const onConsent = ruleMatrix('consent-valid', {
  org: 'Vestvik bibliotek',
  language: 'nb',
  title: 'Nyhetsbrev og app',
  purpose: 'Sende nyhetsbrev og vise lånehistorikk i appen.',
  publicAuthority: false,
  legalBasis: '      - gdpr: A6-1-a\n        consentMethod: opt-in\n        consentWithdrawal: "Du kan trekke samtykket i appen."\n',
});
const onContract = ruleMatrix('consent-valid', {
  org: 'Vestvik nettbutikk',
  language: 'nb',
  title: 'Kundeforhold',
  purpose: 'Levere varene kunden har bestilt.',
  publicAuthority: false,
  legalBasis: '      - gdpr: A6-1-b\n',
});

describe('agreement bundled with another act, whatever is agreed to (continued-use)', () => {
  readsAndSilent(
    onConsent.with({ rule: 'consent-valid' }),
    [
      'Varsler er slått på fra start, og ved å bruke appen godtar du at vi sender dem.',
      'Ved å registrere deg i portalen godtar du at profilen din blir vist for alle samarbeidsbedriftene.',
      'Ved å låne bøker i appen godtar du at lånehistorikken lagres i fem år.',
      'Ved å opprette konto i nettbutikken samtykker du til at vi sender deg tilbud på e-post.',
      'Ved å melde deg inn i klubben godtek du at bileta dine blir lagde ut på nettsida.',
      'Ved å logge inn på elevportalen aksepterer du at karakterene dine deles med foreldrene.',
      'By registering in the portal, you agree that your profile is shown to our partners.',
      'By downloading the app you consent to us storing your location.',
      'Når du registrerer deg, godtar du at vi deler e-postadressen med sponsorene.',
      'When you book a table, you agree that we send you offers by text message.',
    ],
    [
      'Ved å krysse av i boksen godtar du at vi sender deg nyhetsbrev.',
      'Ved å registrere deg godtar du brukervilkårene.',
      'Ved å registrere deg kan du selv velge om du godtar at profilen vises.',
      'Ved å registrere deg godtar du ikke at profilen vises; det velger du selv i innstillingene.',
      'Når du registrerer deg, blir du spurt om du godtar at profilen vises for bedriftene.',
      'By registering you agree to our terms of use.',
      'Ved å trykke på «Godta» samtykker du til at vi sender varsler.',
      'By using the library app you can choose in the settings whether you agree that we store your loans.',
    ],
  );
});

describe('opting out instead of in, beside a consent basis (silence-described)', () => {
  readsAndSilent(
    onConsent.with({ rule: 'consent-valid' }),
    [
      'Har du vært innom standen vår, får du nyhetsbrevet med mindre du sier fra at du ikke vil ha det.',
      'Alle som handlar i kafeane med appen, blir lagde til på lista med mindre dei seier frå.',
      'Lånere får påminnelser på SMS med mindre de reserverer seg.',
      'Bileta frå cupen blir lagde ut på nettsida med mindre føresette seier frå.',
      'Elevene vises i skolens bildegalleri med mindre foreldrene protesterer.',
      'Everyone who buys from the shop gets our newsletter unless they opt out.',
      'Members are put on the mailing list unless they object.',
      'Kundene får e-post om kampanjer hvis de ikke sier fra.',
    ],
    [
      'Vi sletter adressen med mindre du sier fra at du vil beholde nyhetsbrevet.',
      'Kunder som har handlet hos oss, får e-post om våre egne lignende varer med mindre de reserverer seg; reservasjonen tilbys ved innsamling og i hver e-post.',
      'Møtet starter klokka 18 med mindre noen sier fra.',
      'Vi sender ikke nyhetsbrev med mindre du selv har meldt deg på.',
      'Du får nyhetsbrevet fordi du har meldt deg på, og kan melde deg av når som helst.',
      'Members also get e-mails about our own similar services unless they opt out; the opt-out is offered at sign-up and in every e-mail.',
      'Treningen flyttes til hallen med mindre treneren sier fra.',
    ],
  );
});

describe('consent assumed (implied-described), whatever the basis', () => {
  readsAndSilent(
    onContract,
    [
      'Når du opnar chatten, reknar vi med at du samtykkjer til at samtalen blir lagra.',
      'Når du logger inn, går vi ut fra at du godtar at vi lagrer posisjonen din.',
      'Vi regner med at kundene samtykker til at kjøpshistorikken brukes i anbefalinger.',
      'Når eleven åpner appen, antar vi at han samtykker til at bildene deles med klassen.',
      'Vi går ut frå at medlemmene samtykkjer til at namna blir publiserte på nettsida.',
      'When you start the chat, we assume you consent to the conversation being recorded.',
      'We assume that borrowers agree to their loan history being stored.',
      'Dersom du bestiller på nett, reknar me med at du samtykkjer til at e-postadressa blir delt med fraktselskapet.',
    ],
    [
      'Vi går ut frå at pasienten samtykkjer til helsehjelp når han sjølv oppsøkjer legevakta, slik pasient- og brukarrettslova § 4-2 seier.',
      'Vi regner med at kunden godtar den nye prisen dersom han ikke sier opp avtalen.',
      'Vi går ut frå at foreldra samtykkjer berre når dei har skrive under på skjemaet.',
      'Vi regner ikke med at du samtykker; du må selv krysse av for at samtalen lagres.',
      'Vi går ut frå at alle samtykkjer til møtetidspunktet.',
      'We assume staff agree to swap shifts unless they reply within two days.',
      'Vi regner med at samtykket er trukket når du sletter kontoen, og sletter da opplysningene.',
    ],
  );
});

describe('kept after unsubscribing, said in the description (described-kept-after-withdrawal)', () => {
  readsAndSilent(
    onConsent.with({ rule: 'consent-withdrawal' }),
    [
      'Adressa tek vi likevel vare på etter at du har meldt deg av, i tilfelle du vil kome tilbake.',
      'E-postadressen tar vi vare på også etter at du har meldt deg av nyhetsbrevet.',
      'Vi beholder profilen din etter at du har trukket samtykket, så du kan komme tilbake.',
      'Lånehistorikken lagrer vi fortsatt etter at du har meldt deg av appen.',
      'Bileta tek klubben vare på sjølv om du har trekt samtykket.',
      'We keep your e-mail address after you unsubscribe, in case you want to come back.',
      'Your profile is kept after you withdraw your consent.',
      'Etter at du har meldt deg av, beholder vi telefonnummeret ditt i kundelisten.',
    ],
    [
      'Når du melder deg av, sletter vi e-postadressen.',
      'Etter at du har meldt deg av, tar vi vare på e-postadressen på en sperreliste, så vi ikke sender deg mer.',
      'Vi tar vare på bildene til du trekker samtykket.',
      'Vi dokumenterer at du har trukket samtykket, og sletter resten.',
      'Adressa tek vi ikkje vare på etter at du har meldt deg av.',
      'Bøker som allerede er trykt med bildet, kan vi ikke hente tilbake etter at du har trukket samtykket.',
    ],
  );
});
