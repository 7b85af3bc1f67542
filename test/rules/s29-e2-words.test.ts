import { table } from '../helpers/reader-table.js';
import { readText } from '../../src/check/prose-activity.js';
import { otherGetter } from '../../src/check/data-got.js';
import { controlText } from '../../src/rules/employee-control.js';
import { weighedInDecision } from '../../src/rules/consent-for-public-task.js';

/**
 * Issue #12 (session 29, E2): the families beside recipients that blind sets keep missing — employee monitoring, automated
 * decisions, consent for a statutory task, and the source side — each read from the FACT in nb, nn and en, with the
 * lawful near-wordings it must stay silent on.
 */
table(
  'employee-control: where the staff are, seen through a locating means (variants-byggesak BY37)',
  controlText,
  [
    ['nn', 'Tenestebilane har GPS-sporing, slik at leiaren kan sjå kvar inspektørane er i arbeidstida.'],
    ['nb', 'Firmabilene har GPS, slik at lederen kan se hvor de ansatte befinner seg gjennom dagen.'],
    ['en', 'The service vans carry GPS units so that the manager can see where the inspectors are during the day.'],
    ['nn', 'Leiaren følgjer posisjonen til dei tilsette på kartet i appen.'],
    ['en', "The team leader follows the inspectors' positions on a map through the phone app."],
    ['nb', 'Lederen bruker GPS-data fra bilene for å se hvor saksbehandlerne har vært i løpet av arbeidsdagen.'],
  ],
  [
    ['nn', 'Tenestebilane har GPS, slik at vaktsentralen kan sende næraste ledige bil til eit oppdrag.'],
    ['en', "The vans' positions are shown on a map so that the nearest free van can be dispatched; the driver is not named."],
    ['nn', 'Kvar inspektør kan sjølv sjå sin eigen posisjon i appen.'],
    ['nn', 'I kalenderen kan leiaren sjå kvar inspektørane er på tilsyn.'],
    ['nn', 'Leiaren ser ikkje kvar inspektørane er; GPS-en i bilane er berre for køyreboka.'],
    ['nn', 'Ved ein alarm kan vaktsentralen sjå kvar inspektørane er via mobilen.'],
  ],
);

table(
  'employee-control: staff whose counted output falls below the average, followed up (variants-byggesak BY28)',
  controlText,
  [
    ['nn', 'Leiaren brukar talet på avslutta saker per sakshandsamar i fagsystemet til å følgje opp dei som ligg under snittet.'],
    ['nb', 'Lederen ser på hvor mange saker hver saksbehandler har avsluttet, og tar en prat med dem som ligger under gjennomsnittet.'],
    ['en', 'Team leaders get a monthly report of cases closed per case officer and follow up anyone who falls below the average.'],
    ['en', 'Case officers whose number of closed cases falls below the team average are followed up by their manager.'],
    ['nb', 'Antall ferdigbehandlede saker per saksbehandler hentes fra fagsystemet for å følge opp de som ligger under målet.'],
  ],
  [
    ['nn', 'Talet på saker per sakshandsamar i kommunen ligg under snittet for landet.'],
    ['nn', 'Dei tilsette som ligg under snittet i lønn, får eit tillegg i lønnsoppgjeret.'],
    ['nn', 'Leiaren følgjer opp talet på opne saker for avdelinga, utan å knyte tala til den einskilde.'],
    ['en', 'Each case officer can see the number of cases they have closed in their own dashboard.'],
    ['nn', 'Talet på saker per sakshandsamar blir brukt til å fordele nye saker jamt.'],
    ['nn', 'Vi følgjer ikkje opp dei som ligg under snittet i talet på saker.'],
  ],
);

table(
  'decision: an amount set for the person with no human review (variants-byggesak BY31)',
  readText.decision,
  [
    [
      'nn',
      'Takstane vert rekna ut automatisk av ein modell som vurderer kvar bustad ut frå sal av liknande bustader, utan at nokon ser over dei før skattesetelen vert send.',
    ],
    ['nb', 'Eiendomsskatten beregnes automatisk av systemet ut fra boligens areal, og ingen saksbehandler ser på beregningen før skatteseddelen sendes.'],
    ['en', 'Property valuations are computed automatically by the model and sent out as tax bills without anyone reviewing them.'],
    ['en', 'The model sets the tax value of each home on its own; no caseworker checks the result before the bill goes out.'],
    ['nn', 'Skattegrunnlaget for kvar eigedom blir fastsett maskinelt ut frå matrikkelen, utan manuell kontroll.'],
  ],
  [
    ['nn', 'Modellen gjer framlegg til takst, og ein takstmann går gjennom kvar takst før skattesetelen vert send.'],
    ['en', 'The model suggests a valuation; a caseworker checks every valuation before the tax bill is sent.'],
    ['nn', 'Takstane blir rekna ut automatisk, men ein sakshandsamar kontrollerer kvar av dei før skattesetelen vert send.'],
    ['nn', 'Samla skatteinngang for kommunen vert rekna ut automatisk utan at nokon ser over tala.'],
    ['nn', 'Eigaren kan sjølv rekne ut skatten i kalkulatoren på nettsida, utan at nokon ser på det.'],
    ['nn', 'Statistikk over takstane vert laga automatisk utan manuell kontroll.'],
  ],
);

table(
  'consent-for-public-task: the data weighed in the body’s decision (variants-byggesak BY03)',
  weighedInDecision,
  [
    ['nn', 'Vi vurderer merknadene i vedtaket.'],
    ['nb', 'Opplysningene du gir, tas med i vurderingen når kommunen fatter vedtak i byggesaken.'],
    ['en', 'We take your comments into account when we decide the building application.'],
    ['nn', 'Merknadene vert lagde fram for utvalet, som legg vekt på dei i vedtaket.'],
    ['en', 'The comments are weighed by the planning committee before it decides the case.'],
  ],
  [
    ['nn', 'Vi sender deg SMS når vedtaket er klart, om du har samtykt til det.'],
    ['nn', 'Med samtykke frå deg publiserer vi vedtaket med namnet ditt på nettsida.'],
    ['nn', 'Du kan gi oss samtykke til å kontakte deg for ei brukarundersøking etter at vedtaket er fatta.'],
    ['nn', 'Merknaden din blir ikkje vurdert i vedtaket; han blir berre arkivert.'],
    ['nn', 'Vi vurderer å sende vedtaket på e-post dersom du ønskjer det.'],
  ],
);

table(
  'source: another body as the one that gets the data (variants-tolk, session 28)',
  (t) => otherGetter(t) !== undefined,
  [
    ['nb', 'Kommunen får navnene på tolkene fra politiet.'],
    ['en', "The municipality receives the interpreters' names from the police."],
    ['nb', 'Fylkeskommunen henter opplysninger om tolkene fra Skatteetaten.'],
    ['nb', 'Helseforetaket får tolkens timeliste fra NAV.'],
  ],
  [
    ['nb', 'Vi får navnene på tolkene fra politiet.'],
    ['nn', 'Tolkane får namna sine frå oss.'],
    ['en', 'We receive the names from the police.'],
    ['nb', 'Foreldrene får vite hvem som er tolk.'],
  ],
);

table(
  'source: a valuer is a party the data originate with (Art. 14(2)(f))',
  readText.source,
  [
    ['nn', 'Bustaden blir vurdert av ein takstmann, og vi får rapporten.'],
    ['nb', 'Vi får takstrapporten fra takstmannen.'],
    ['en', 'We receive the valuation report from the surveyor.'],
  ],
  [
    ['nb', 'Vi får ikke takstrapporten fra takstmannen.'],
    ['en', 'The owner receives the valuation report from the surveyor.'],
    ['nn', 'Eigaren får takstrapporten frå takstmannen.'],
    ['en', 'We receive guidance from the surveyor on the valuation rules.'],
  ],
);
