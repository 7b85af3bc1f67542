import { table } from '../helpers/reader-table.js';
import { controlText } from '../../src/rules/employee-control.js';
import { youngConsentText } from '../../src/rules/child-consent-age.js';

/**
 * Issue #12 (session 31, R3): employee-control and child-consent-age read from the FACT in nb, nn and en, with the lawful
 * near-wordings each must stay silent on (the known misses of variants-helsestasjon, -gravferd, -kollektiv, -landbruk,
 * -veterinar, -hogskule, -paraphrase3; new domains beside them).
 */
table(
  'employee-control: how long, how punctually, who is slowest, counted per person, car log against time sheets',
  controlText,
  [
    ['nn', 'Leiaren går gjennom timelistene kvar månad for å sjå kven som brukar lengst tid per konsultasjon, og tek det opp i medarbeidarsamtalen.'], // set: helsestasjon HS34
    ['nn', 'Tilgangsloggen blir òg brukt til å telje kor mange konsultasjonar kvar helsesjukepleiar dokumenterer per dag.'], // set: helsestasjon HS35
    ['nn', 'Posisjonen blir òg brukt til å kontrollere arbeidstida og kor lenge kvar tilsett brukar på kvar grav.'], // set: gravferd GF07
    ['nn', 'følgje opp kor punktleg kvar sjåfør køyrer og kor ofte han eller ho er forseinka'], // set: kollektiv K30
    ['nb', 'Lederen sammenholder kjøreboken med timelistene for å se om de ansatte faktisk var ute på gårdsbesøk.'], // set: landbruk LB30
    ['en', 'In the annual appraisal, the manager uses the logs to see how many bookings each coordinator has handled and how quickly.'], // set: paraphrase3 PC068
    ['en', 'The footage is also reviewed to check that reception staff follow our customer-service routines.'], // set: veterinar DY04
    ['nb', 'Lageret bruker skannerdataene til å se hvor lenge hver plukker bruker på hver ordre.'],
    ['nb', 'Butikksjefen går gjennom kassaloggen hver uke for å finne hvem som bruker lengst tid per kunde.'],
    ['nb', 'Vi følger opp hvor punktlig hver renholder møter på oppdragene.'],
    ['en', 'Supervisors compare the van logs with the timesheets to see whether the fitters were really on site.'],
    ['nn', 'Teamleiaren ser kven av konsulentane som løyser færrast saker, og tek det opp i medarbeidarsamtalen.'],
    ['en', 'We check how punctually each courier delivers.'],
    ['en', 'The manager finds out which of the drivers is slowest on each route.'],
  ],
  [
    ['nb', 'Vi måler hvor lenge hver ordre ligger på lageret.'],
    ['nb', 'Vi sjekker hvor lenge hver ansatt har vært ansatt her for å beregne ansiennitet.'],
    ['nb', 'Vi følger opp hvor lenge hver ansatt har vært sykmeldt, slik arbeidsmiljøloven krever.'],
    ['nb', 'Lederen ser hvem som har flest vakter, for å fordele helgene rettferdig.'],
    ['nb', 'Vi finner ut hvem av kundene som bruker lengst tid i kassen, for å planlegge bemanningen.'],
    ['nb', 'Vi måler hvor punktlig bussene går per rute, uten å knytte tallene til den enkelte sjåfør.'],
    ['en', 'The logs are never used to see who takes the longest.'],
    ['nn', 'Statistikken viser berre samla tal for avdelinga, ikkje kor lenge kvar tilsett brukar.'],
    ['nb', 'Vi sjekker hvor lenge hver maskin står i tomgang for å spare drivstoff.'],
    ['en', 'We see how long each customer spends at the till.'],
  ],
);

table(
  'child-consent-age: children under 13 (by age or school grade) consenting alone to an online service, in the description',
  youngConsentText,
  [
    ['nn', 'Ungdom frå 12 år kan melde seg på chattetenesta vår på nettet med eige samtykke.'], // set: helsestasjon HS41
    ['nn', 'Elevane i 6. klasse lastar ned appen «Skulehelse» og samtykkjer sjølve til at svara deira blir lagra.'], // set: helsestasjon HS42
    ['nb', 'Barn fra 10 år kan opprette egen konto i bibliotekappen med eget samtykke.'],
    ['nn', 'Elevar på 4. trinn loggar inn i leseappen og samtykkjer sjølve til at lesetida blir registrert.'],
    ['en', "Children from 9 years can join the museum's online club on their own consent."],
    ['en', 'Pupils in 5th grade consent themselves in the swimming app to their results being stored.'],
    ['nb', 'Ungdom fra 12 år kan melde seg på nyhetsbrevet til fritidsklubben med eget samtykke.'],
    ['nn', 'Barn frå 11 år kan sjølve samtykkje til chatten på nettsida vår.'],
    ['en', 'Kids aged 8 and over can sign up to the game online with their own consent.'],
  ],
  [
    ['nb', 'Barn fra 10 år kan opprette konto i bibliotekappen når foreldrene har samtykket.'],
    ['nb', 'Ungdom fra 13 år kan melde seg på nyhetsbrevet med eget samtykke.'],
    ['nn', 'Elevar på 9. trinn samtykkjer sjølve i appen.'],
    ['nn', 'Barn frå 11 år samtykkjer sjølve til samtalen med helsesjukepleiaren.'],
    ['nb', 'Tidligere kunne barn fra 10 år melde seg på appen med eget samtykke, men det er avsluttet.'],
    ['nb', 'Barn under 13 år kan ikke samtykke selv i appen; foreldrene samtykker for dem.'],
    ['en', "Children from 9 years can join the online club with their parents' consent."],
    ['nb', 'Vi sender nyhetsbrevet til foreldre med barn fra 6 år som har samtykket selv.'],
    ['nb', 'Ansatte fra 2019 samtykker selv i appen.'],
  ],
);
