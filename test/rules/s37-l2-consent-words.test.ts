import { table } from '../helpers/reader-table.js';
import { consentByUseText, preTickedText, termsSwitchOnText } from '../../src/rules/consent-valid.js';

/**
 * Issue #12 (session 37, L2): consent-valid's wordings missed in variants-paraphrase6 (PF064, PF065, PF067, PF068). Each
 * table holds wordings of the class other than the planted sentence (nb, nn, en) and the lawful near-misses that must stay
 * silent. Law checked 2026-12-04: GDPR Art. 4(11) («freely given, specific, informed and unambiguous indication … by a
 * statement or by a clear affirmative action»), Art. 7(2) and 7(4), recital 32 («Silence, pre-ticked boxes or inactivity
 * should not therefore constitute consent»), CJEU C-673/17 Planet49 (1 October 2019: a pre-ticked checkbox which the user
 * must deselect to refuse is no valid consent); docs/rules/consent-valid.md.
 */

table(
  'continued use: a verb-first condition of going on, the consent given in the main clause (continued-use)',
  consentByUseText,
  [
    ['nb', 'Fortsetter du å bruke appen, samtykker du til at vi lagrer posisjonen din.'],
    ['nb', 'Bruker du tjenesten videre, godtar du at vi bruker informasjonskapsler til statistikk.'],
    ['nb', 'Fortsetter du å bruke nettstedet, har du dermed gitt samtykke til analyse.'],
    ['nn', 'Held du fram med å bruke appen, samtykkjer du til at vi hentar posisjonen din.'],
    ['nn', 'Brukar du tenesta vidare, har du samtykt til at vi lagrar søka dine.'],
    ['nn', 'Held du fram med å nytte appen, godtek du at vi sporar kvar du parkerer.'],
    ['nb', 'Besøker du nettsiden videre, har du godtatt sporingen vår.'],
    ['en', 'Should you continue to use the app, you consent to us collecting your location.'],
    ['en', 'Should users keep browsing the site, they are deemed to consent to the cookies.'],
    ['en', 'Should you continue using the website, you agree to our use of analytics cookies and consent to them.'],
  ],
  [
    ['nb', 'Bruker du appen videre, må du samtykke på nytt i innstillingene.'],
    ['nb', 'Bruker du appen videre, kan du når som helst trekke samtykket.'],
    ['nn', 'Held du fram med å bruke appen, blir du spurd om samtykke til posisjon.'],
    ['nb', 'Bruker du appen videre, har du ikke samtykket til noe før du trykker Ja.'],
    ['nb', 'Har du samtykket, kan du bruke appen videre.'],
    ['nn', 'Held du fram med å bruke appen, gjeld samtykket du gav i dialogen.'],
    ['nb', 'Fortsetter du å bruke appen, godtar du de oppdaterte brukervilkårene.'],
    ['en', 'Should you continue to use the app, you can withdraw your consent at any time.'],
    ['nb', 'Vi ber om samtykke i et eget skjema før posisjonen hentes.'],
  ],
);

table(
  'a box ticked for the person ahead of time, by us or in the passive (pre-ticked)',
  preTickedText,
  [
    ['nb', 'Vi setter på forhånd en hake i boksen for nyhetsbrev på bestillingsskjemaet.'],
    ['nb', 'Vi har krysset av for nyhetsbrev i påmeldingsskjemaet på forhånd.'],
    ['nb', 'Det er satt kryss for nyhetsbrev i bestillingsskjemaet som standard.'],
    ['nn', 'Vi har på førehand sett kryss i boksen for marknadsføring på medlemsskjemaet.'],
    ['nn', 'Det er sett eit kryss i ruta for nyheitsbrev på førehand.'],
    ['nn', 'Me kryssar av for tilbod på e-post på førehand når nye medlemer melder seg inn.'],
    ['nb', 'Boksen for markedsføring blir krysset av for kunden på forhånd.'],
    ['en', 'We tick the newsletter box on the donation form in advance.'],
    ['en', 'The marketing consent box is checked for the customer by default.'],
    ['en', 'We have selected the consent option for offers beforehand.'],
  ],
  [
    ['nb', 'Du krysser av i boksen på forhånd dersom du vil ha nyhetsbrev.'],
    ['nb', 'Vi har ikke satt kryss i boksen på forhånd; du må krysse av selv.'],
    ['nn', 'Me kryssar aldri av for nyheitsbrev på førehand.'],
    ['nb', 'Vi setter kryss i boksen på forhånd bare for dem som har samtykket ved et tidligere besøk.'],
    ['nb', 'Vi har på forhånd krysset av for kjøpsvilkårene.'],
    ['en', 'We check the applicant’s references in advance.'],
    ['nb', 'Giveren krysser selv av for nyhetsbrev på gåveskjemaet, i en egen boks som ikke er avkrysset.'],
    ['nb', 'Du kan når som helst trekke samtykket ved å fjerne krysset i innstillingene.'],
    ['nn', 'Vi ber om samtykke i eit eige skjema, og boksen er tom når du opnar det.'],
    ['nn', 'Vi vurderte å krysse av boksen for nyheitsbrevet på førehand, men gjorde det ikkje.'],
    ['en', 'We considered ticking the newsletter box in advance, but decided against it.'],
  ],
);

table(
  'SDKs or cookies switched on, or consented to, by accepting the terms (accept-terms in the description)',
  termsSwitchOnText,
  [
    ['nb', 'Appen bruker SDK-er fra annonsepartnere. De slås på når kunden godtar brukervilkårene ved første oppstart.'],
    ['nn', 'Appen nyttar SDK-ar for analyse. Dei vert slegne på når brukaren godtek vilkåra ved registreringa.'],
    ['nb', 'Ved å godta vilkårene ved registrering samtykker brukeren til analyse-SDK-ene.'],
    ['nn', 'Når du godtek brukarvilkåra, seier du òg ja til informasjonskapslane for statistikk.'],
    ['nb', 'Informasjonskapsler for markedsføring aktiveres når du godtar brukervilkårene, og den som ikke vil ha dem, kan slå dem av i innstillingene.'],
    ['en', 'The app embeds two advertising SDKs. They are enabled when the user accepts the terms of use, and users who do not want them can turn them off.'],
    ['en', 'By accepting our terms and conditions, the user agrees to the tracking cookies.'],
    ['en', 'Analytics SDKs are switched on once the customer accepts the terms at sign-up.'],
  ],
  [
    ['nb', 'Appen bruker SDK-er fra annonsepartnere. De slås på først når brukeren sier ja i en egen dialog, atskilt fra vilkårene.'],
    ['nb', 'Brukeren godtar vilkårene ved registreringen; SDK-ene slås på bare hvis brukeren samtykker i et eget skjermbilde.'],
    ['nb', 'SDK-ene slås ikke på når brukeren godtar vilkårene.'],
    ['nb', 'De nødvendige SDK-ene slås på når brukeren godtar vilkårene.'],
    ['nb', 'Når brukeren har godtatt vilkårene, blir brukeren spurt om SDK-ene kan slås på.'],
    ['nn', 'Brukaren godtek vilkåra for appen. Dei kan slette kontoen når som helst.'],
    ['en', 'Users accept the terms of use at sign-up. They are asked separately whether the analytics SDKs may be switched on.'],
    ['en', 'The app shows its terms at sign-up; no SDK is used.'],
  ],
);
