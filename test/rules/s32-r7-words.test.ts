import { table } from '../helpers/reader-table.js';
import { keptForeverIn } from '../../src/check/kept-forever.js';
import { readText } from '../../src/check/prose-activity.js';
import { recordsOffences } from '../../src/rules/criminal-data-basis.js';
import { youngConsentText } from '../../src/rules/child-consent-age.js';
import { turnedOnStaffText } from '../../src/rules/employee-control.js';

/**
 * Issue #12 (session 32, R7): free-text readings beside recipients and sources, widened for the KIND of sentence
 * variants-bibliotek (blind) missed, in nb, nn and en, with the lawful near-wordings each must stay silent on. The
 * sentences are written for these tables, not taken from the set.
 */

table(
  'employee-control: a log turned on the staff (object first), their coming, going and hours seen; each one counted into the appraisal',
  turnedOnStaffText,
  [
    ['nb', 'Nøkkelkortloggen bruker avdelingslederen også til å se når de ansatte kommer og går.'],
    ['nn', 'Loggen frå dørene nyttar leiaren òg til å sjå når dei tilsette låser seg inn om morgonen.'],
    ['en', 'The manager uses the door log to see when the staff arrive and who leaves early.'],
    ['nb', 'Rektor bruker adgangsloggen til å kontrollere arbeidstiden til de ansatte.'],
    ['nb', 'Adgangsloggen bruker vaktsjefen til å se hvem av de ansatte som går tidligere enn vaktplanen.'],
    ['en', 'How many calls each adviser handles per day is raised in the annual appraisal.'],
    ['nn', 'Kor mange saker kvar sakshandsamar avsluttar, blir brukt i lønssamtalen.'],
    ['nb', 'Fagsystemet viser hvor mange vedtak hver saksbehandler fatter, og tallene tas opp i medarbeidersamtalen.'],
    ['en', 'The till system shows how many sales each cashier makes, and the figures are discussed at the performance review.'],
  ],
  [
    ['nb', 'Adgangsloggen brukes bare til å etterforske innbrudd, ikke til å se når de ansatte kommer og går.'],
    ['nb', 'Adgangsloggen bruker vi til å se hvem som har vært i bygget ved et innbrudd.'],
    ['nb', 'Loggen brukes til å se når de ansatte låser seg inn, men bare ved mistanke om innbrudd.'],
    ['nb', 'De ansatte bruker adgangsloggen til å se når de selv kom inn.'],
    ['nb', 'Hver ansatt kan se hvor mange utlån de selv har registrert, og ta det opp i medarbeidersamtalen.'],
    ['nb', 'Vi teller hvor mange utlån hver måned har, og tallene tas opp i medarbeidersamtalen med biblioteksjefen.'],
    ['nb', 'Tallene for hvor mange utlån hver bibliotekar registrerer, brukes ikke i medarbeidersamtalen.'],
    ['en', 'We count how many visitors each branch has, and the totals are discussed at the annual budget meeting.'],
    ['nn', 'Medarbeidarsamtalen blir halden kvart år med kvar tilsett.'],
  ],
);

table(
  'criminal-data-basis: people listed or recorded as serving a sentence or convicted, whatever the offence is called',
  recordsOffences,
  [
    ['nb', 'Vi registrerer innsatte som soner for vold.'],
    ['nn', 'Kriminalomsorga sender oss ei liste over innsette som sonar for narkotikabrotsverk.'],
    ['en', 'We keep a list of inmates serving time for assault.'],
    ['nn', 'Vi fører ei liste over deltakarar som er dømde for vald.'],
    ['en', 'The register shows which members were convicted of fraud.'],
    ['nb', 'Fengselet gir oss en oversikt over fanger som sitter inne for ran, og den legger vi i saksmappa, så de ikke blir plassert sammen.'],
  ],
  [
    ['nb', 'Vi låner ut bøker til innsatte.'],
    ['nb', 'Innsatte som soner for vold, kan ikke låne bøker om våpen.'],
    ['nb', 'Vi registrerer ikke innsatte som soner for vold.'],
    ['nb', 'Vi fører statistikk over antall innsatte som soner for vold.'],
    ['nb', 'Vi har en liste over innsatte som soner i fengselet, med navn og celle.'],
    ['en', 'We keep a list of inmates who borrow books.'],
    ['nb', 'Vi fører en liste over innsatte som ønsker besøk.'],
  ],
);

table(
  'automated-decision-logic: a machine that itself shuts people out, blocks or suspends them',
  readText.decision,
  [
    ['nb', 'Timebestillingssystemet stenger selv ute pasienter som har uteblitt tre ganger.'],
    ['nn', 'Appen sperrar sjølv kontoen til brukarar som ikkje har betalt.'],
    ['en', 'The booking system itself blocks members who miss two sessions.'],
    ['nb', 'Påmeldingsløsningen utestenger selv deltakere som har uteblitt fra to kurskvelder.'],
  ],
  [
    ['nb', 'Systemet stenger selv rommet når det er fullt.'],
    ['nb', 'Bookingsystemet stenger ikke selv ute brukere; det gjør bibliotekaren.'],
    ['nb', 'Systemet sperrer selv tilgangen til filene når du slutter.'],
    ['nb', 'Adgangssystemet stenger selv døra klokka 22.'],
    ['nb', 'Bookingsystemet stenger selv ute brukere, men en saksbehandler går gjennom hver sak før det skjer.'],
  ],
);

table(
  'child-consent-age: the young ticking that they consent, or agreeing themselves, in an online service',
  youngConsentText,
  [
    ['nb', 'Barn fra 9 år kan registrere seg i leseappen ved å krysse av for at de samtykker.'],
    ['nn', 'Born frå 11 år kryssar av for at dei samtykkjer når dei lagar brukar i appen.'],
    ['en', 'Pupils from the age of 10 tick the box to consent when they register on the website.'],
    ['nn', 'Elevar frå 8 år godtek vilkåra sjølve i appen.'],
    ['en', 'Children from 10 years sign up in the app and accept the terms and the use of their scores themselves.'],
  ],
  [
    ['nb', 'Foreldre til barn fra 10 år krysser av for at de samtykker i appen.'],
    ['nb', 'Barn fra 10 år kan lage konto i appen når foreldrene har krysset av for at de samtykker.'],
    ['nb', 'Ungdom fra 13 år krysser av for at de samtykker i appen.'],
    ['nb', 'Barn fra 10 år kan ikke krysse av for samtykke selv i appen.'],
    ['en', 'Children from 9 years can use the app; their parents agree to the terms themselves.'],
    ['nb', 'Barn fra 10 år godtar selv vilkårene i appen sammen med en forelder.'],
    ['nb', 'Tidligere kunne barn fra 10 år krysse av for samtykke i appen.'],
    ['en', 'Members accept the terms themselves on the website.'],
  ],
);

table(
  'permanent-retention-basis: a list never cleared out, data left lying for ever',
  (t) => keptForeverIn(t) !== undefined,
  [
    ['nb', 'Medlemslista rydder vi aldri, så den har med alle som har vært medlem siden 2010.'],
    ['nn', 'Lista over frivillige vert aldri rydda.'],
    ['nn', 'Opplysningane ligg der for alltid.'],
    ['en', 'The old case files are never cleared out.'],
    ['en', 'The list is never weeded.'],
    ['nb', 'Bildene blir liggende på ubestemt tid i fellesmappa.'],
    ['en', 'Records remain on file indefinitely.'],
  ],
  [
    ['nb', 'Slettes etter 3 år.'],
    ['nn', 'Lista blir rydda kvart år.'],
    ['nb', 'Vi rydder aldri i lista før året er omme.'],
    ['nb', 'Lista rydder vi hver høst, og vi sletter aldri noe før sesongen er over.'],
    ['nb', 'Vi har aldri ryddet i lista ved en feil.'],
    ['nb', 'Loggen rydder vi aldri manuelt; den slettes automatisk etter 30 dager.'],
    ['nb', 'Dokumentene ligger i arkivet for alltid.'],
    ['nb', 'Tilbudet står for alltid åpent for deg.'],
  ],
);
