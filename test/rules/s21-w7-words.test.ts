import { table } from '../helpers/reader-table.js';
import { revealsIn } from '../../src/check/prose-category.js';
import { controlText, mailboxReadText } from '../../src/rules/employee-control.js';

/**
 * W7's readings of session 21 (#12, recall), each with the lawful wordings (nb, nn, en) that must not read: health asked
 * beside an applicant's references (revealsIn with aims: «references» is no cross-reference); the quality of employees'
 * work judged from a recording and employees tracked in their own time (employee-control controlText); an employee's own
 * mailbox read, said in a description (employee-control `described-mailbox-access`). The union question and look-ups in a
 * staff activity are rows of the fixtures and variants (applicant-health, employee-control lookup-control).
 */

table(
  'health asked beside references (revealsIn with aims)',
  (t) => revealsIn(t, true).some((x) => x.kind === 'health'),
  [
    ['en', 'We check references the candidate has named, ask every applicant about illness and sick leave in the last three years.'],
    ['nn', 'Vi hentar inn referansar og spør om sjukefråvær.'],
    ['nb', 'Vi tar referanser og spør om sykefravær.'],
  ],
  [
    ['en', 'We check references; sick leave is not discussed.'],
    ['nb', 'Vi innhenter referanser, og spør ikke om sykefravær.'],
    ['nb', 'med referanse til rutinen om sykefravær'],
    ['en', 'with reference to the guidelines on sick leave'],
    ['nb', 'refererer til rutinen for sykefravær'],
  ],
);

table(
  "the quality of employees' work from a recording; employees tracked in their own time (controlText)",
  (t) => controlText(t),
  [
    ['en', "Branch managers review samples of the interior footage to assess the quality of instructors' teaching."],
    ['en', "Branch managers watch the recordings to assess the quality of the instructors' teaching."],
    ['en', 'Instructors who take a car home are tracked in the evening and at weekends too.'],
    ['en', 'Instructors who drive a school car home are tracked after working hours as well.'],
    ['nn', 'Trafikklærarar som tek bilen med heim, blir spora òg på fritida.'],
    ['en', "The manager follows the instructors' GPS positions outside working hours to see that cars are not driven privately."],
  ],
  [
    ['en', "Learners assess the quality of instructors' teaching in an anonymous survey after the test."],
    ['en', "Footage is never used to assess the quality of instructors' teaching."],
    ['nn', 'Opptaka blir ikkje brukte til å vurdere kvaliteten på undervisninga til trafikklærarane.'],
    ['en', 'Instructors may review their own footage to improve the quality of their teaching.'],
    ['en', "Branch managers assess the quality of instructors' teaching in the annual appraisal."],
    ['nn', 'Vi måler kvaliteten på opplæringa gjennom beståttprosenten ved førarprøven, samla for heile skulen.'],
    ['en', 'GPS tracking is switched off outside working hours.'],
    ['en', 'Instructors who take a car home can put the tracker in private mode in the evening.'],
    ['en', 'Instructors are not tracked outside working hours.'],
    ['nn', 'Trafikklærarane blir ikkje spora utanom arbeidstida.'],
    ['nb', 'Ansatte som tar med bilen hjem, kan selv slå av sporingen etter arbeidstid.'],
    ['en', 'Tracking data are deleted after 30 days, and instructors may use the car privately in their free time.'],
    ['en', 'A course for instructors covers how employers may track staff outside working hours under arbeidsmiljøloven chapter 9.'],
    ['nb', 'Bilene til montørene spores ikke utenfor arbeidstid.'],
  ],
);

table(
  "an employee's own mailbox read, said in a description (mailboxReadText)",
  (t) => mailboxReadText(t),
  [
    ['nn', 'Når ein rådgivar er sjuk, les leiaren gjennom e-postkassa til rådgivaren for å følgje med på arbeidet.'],
    ['en', "The manager reads the absent adviser's mailbox."],
    ['en', 'The manager reads the mailbox of an absent instructor to keep an eye on his work.'],
  ],
  [
    ['nn', 'Når ein rådgivar er sjuk, kan leiaren opne e-postkassa dersom det er naudsynt for den daglege drifta, etter innsynsforskrifta § 2.'],
    ['nn', 'Leiaren les ikkje e-postkassa til dei tilsette.'],
    ['nn', 'Dei tilsette les postmottaket til PP-tenesta kvar morgon.'],
    ['nn', 'Når ein rådgivar er sjuk, les leiaren e-postkassa til rådgivaren for å handtere saker som hastar.'],
    ['nn', 'E-postkassa til ein tilsett som sluttar, blir stengd når arbeidsforholdet tek slutt.'],
    ['nn', 'Ved begrunna mistanke om grovt pliktbrot kan leiaren opne e-postkassa til ein tilsett etter varsel.'],
    ['nn', 'IT-tenesta les ikkje e-postkassa til nokon tilsett; spamfilteret går automatisk.'],
    ['nn', 'Leiaren kan opne e-postkassa til ein tilsett som har slutta, for å finne dokument som trengst i drifta; den tidlegare tilsette får melding først.'],
    ['en', "The manager may open an absent employee's mailbox only to find messages needed for the daily operation, after telling them."],
  ],
);

/**
 * Integrator, session 21 (N6's review: fired on main): what a clause sets apart as not checked («…, not employees' internet
 * use», «men ikkje korleis …») is left out of the reading; «not only» affirms.
 */
table(
  'a contrasting negation sets the words after it apart (controlText)',
  (t) => controlText(t),
  [
    ['en', "The manager monitors each employee's internet use, not only during working hours."],
    ['nb', 'Lederen følger med på hvordan hver enkelt bruker internett, ikke bare i arbeidstiden.'],
    ['en', "We monitor employees' internet use, and not the network alone."],
    ['nn', 'Følgje opp at vektarane held fartsgrensene og ikkje tek lengre pausar enn turnusen tillèt.'],
  ],
  [
    ['en', "The IT supplier monitors the network for malware and intrusion, not employees' internet use."],
    ['en', "The IT supplier monitors the network, not employees' internet use."],
    ['nb', 'Vi overvåker nettverket, men ikke hvordan den enkelte ansatte bruker internett.'],
    ['nn', 'Vi overvakar nettverket, men ikkje korleis den einskilde tilsette brukar internett.'],
    ['en', "The firewall logs traffic to the internet – never employees' internet use one by one."],
    ['nb', 'Leverandøren overvåker datanettet for skadevare, aldri de ansattes nettbruk.'],
  ],
);
