import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 38, R30 (variants-ambulanse AM62, AM63): consent taken from going on or from silence, said in an activity's
 * description beside a consent basis that names an opt-in. Law checked 2026-12-04: GDPR Art. 4(11) («by a statement or by a
 * clear affirmative action»), recital 32 («Silence, pre-ticked boxes or inactivity should not therefore constitute
 * consent»); ekomloven § 3-15 (cookies: consent to the GDPR standard). Each cell is one activity's description; sentences
 * written for this matrix, none from a test set but the planted ones (first in each list).
 */
const onConsent = ruleMatrix('consent-valid', {
  org: 'Vestvik ambulanseteneste',
  language: 'nb',
  title: 'Nettside og kurs',
  purpose: 'Måle bruken av nettsiden og vise bilder fra kursene.',
  legalBasis: '      - gdpr: A6-1-a\n        consentMethod: opt-in\n',
});
const onTask = ruleMatrix('consent-valid', {
  org: 'Vestvik kommune',
  language: 'nb',
  title: 'Bilder fra arrangementer',
  purpose: 'Informere innbyggerne om kommunens arrangementer.',
  legalBasis: '      - gdpr: A6-1-e\n        law:\n          - law: kommuneloven\n            section: § 4-2\n',
});

describe('going on using the site taken as consent, the verb second after «Ved å …» (continued-use; AM62)', () => {
  readsAndSilent(
    onConsent,
    [
      'Ved å bruke nettsiden videre godtar du at vi setter analysekapsler.',
      'Ved å fortsette å bruke appen godtar du at vi lagrer posisjonen din.',
      'Ved å besøke nettstedet godtar du at vi setter statistikkapsler.',
      'Ved å halde fram med å bruke nettsida godtek du at vi set analysekapslar.',
      'Ved å bruke appen vidare godtek de at me lagrar kvar de er.',
      'By continuing to use this site you accept that we set analytics cookies.',
      'By using this website, you accept our analytics cookies.',
      'Gjennom å bruke tjenesten videre aksepterer brukeren at vi registrerer besøkene.',
      'Ved videre bruk av nettsiden godtar du sporingskapslene våre.',
      'Ved å besøkje nettstaden godtek du informasjonskapslane våre.',
    ],
    [
      'Ved å sende skjemaet samtykker du, etter at du selv har krysset av i boksen for nyhetsbrev.',
      'Ved å bruke nettsiden videre kan du når som helst trekke samtykket til analysekapsler.',
      'Ved å bruke nettsiden godtar du ikke at vi setter analysekapsler; det må du velge selv.',
      'Ved å bruke appen godtar du brukervilkårene.',
      'Analysekapsler settes bare når du aktivt har trykket «Godta» i banneret.',
      'Ved å bruke nettsiden videre får du spørsmål om du godtar at vi setter analysekapsler.',
      'Ved å bruke appen vidare godtek du at vi set nødvendige informasjonskapslar, medan analysekapslar berre blir sette etter samtykke.',
      'By using the app you can accept or refuse analytics cookies in the settings.',
    ],
  );
});

describe('not opting out read as a yes: «hvis du ikke reserverer deg …, regner vi med at vi kan bruke …» (silence-described; AM63)', () => {
  readsAndSilent(
    onConsent,
    [
      'Hvis du ikke reserverer deg ved påmelding, regner vi med at vi kan bruke bilder av deg på Facebook.',
      'Dersom du ikke protesterer innen fristen, regner vi med at vi kan publisere navnet ditt på nettsiden.',
      'Viss du ikkje reserverer deg ved påmeldinga, reknar vi med at vi kan bruke bilete av deg på Facebook.',
      'Om du ikkje seier frå, går vi ut frå at vi får leggje ut bileta frå kurset.',
      'Med mindre du reserverer deg, antar vi at vi kan dele bildene med lokalavisen.',
      'If you do not opt out when you sign up, we assume we may publish your photo.',
      'Unless you object, we take it that we can use pictures of you in our newsletter.',
      'Hvis foreldrene ikke svarer, regner vi med at de samtykker til at bildene brukes.',
      'Dersom deltakarane ikkje melder seg av, reknar me med at me kan bruke videoane av dei.',
      "If participants don't say no at registration, we presume we can share their names with the sponsor.",
    ],
    [
      'Hvis du ikke reserverer deg, regner vi med at du kommer på kurset.',
      'Hvis du ikke svarer innen fristen, regner vi med at vi kan slette søknaden.',
      'Hvis du ikke reserverer deg, regner vi ikke med at vi kan bruke bilder av deg; vi spør alltid først.',
      'Du kan reservere deg mot at bilder av deg brukes på Facebook.',
      'Hvis du ikke vil være med på bildet, sier du fra til instruktøren, og da tar vi ikke bilder av deg.',
      'Vi bruker bare bilder av deltakere som har krysset av for det ved påmelding.',
      'If you do not reply, we assume you no longer want the course and cancel your place.',
      'Hvis du ikke reserverer deg, regner vi med at samtykket ditt fortsatt gjelder.',
    ],
  );
});

describe('an opt-out where the basis is not consent stays silent (a public task with a right to object)', () => {
  readsAndSilent(
    onTask,
    [],
    [
      'Hvis du ikke reserverer deg, regner vi med at vi kan bruke bilder fra arrangementet på nettsiden.',
      'Du kan reservere deg mot at bilder av deg legges ut på kommunens nettside.',
      'Unless you object, we assume we may post photos from the event on our website.',
      'Om du ikkje seier frå, går vi ut frå at vi får leggje ut bileta frå arrangementet.',
      'Hvis du ikke protesterer, regner vi med at vi kan publisere bildene i kommunebladet.',
      'Ved å bruke nettsiden videre godtar du at vi viser nyheter om arrangementer.',
    ],
  );
});
