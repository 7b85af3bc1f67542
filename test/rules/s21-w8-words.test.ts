import { table } from '../helpers/reader-table.js';
import { ownMarketing } from '../../src/rules/contract-necessity.js';
import { accessGiven, pronounsResolved } from '../../src/rules/recipients-stated.js';
import { jointSaid } from '../../src/rules/joint-controller-arrangement.js';
import { discloses } from '../../src/check/facts.js';
import { readText } from '../../src/check/prose-activity.js';

/**
 * W8's readings of session 21 (#12, recall on free text), each with the lawful wordings that share its words (nb, nn, en)
 * and must not read.
 */

table(
  'offers of courses and other services sent to the person on the contract basis (contract-necessity ownMarketing)',
  (t) => ownMarketing(t),
  [
    ['en', 'invoice and receive payment for the training, and send customers offers on further licence classes and courses'],
    ['nb', 'Fakturere foreldrebetaling og sende foreldrene tilbud om kulturskole, svømmekurs og SFO sammen med fakturaen'],
    ['nn', 'sende elevane tilbod om fleire kurs og førarkortklassar på e-post'],
    ['en', 'send parents offers of holiday camps and swimming courses by e-mail'],
    ['nb', 'sende kundene tilbud på nye kurs per SMS'],
    ['nn', 'sende foreldra tilbod om symjekurs og kulturskule saman med rekninga'],
    ['en', 'send learners offers on motorcycle courses by SMS'],
  ],
  [
    ['nb', 'sende foreldrene tilbud om plass i SFO etter søknad'],
    ['nb', 'sende foreldrene tilbud om barnehageplass'],
    ['en', "send customers offers in the contract's price list"],
    ['en', 'send the learner an offer of a course date they asked for'],
    ['nn', 'sende deltakarane tilbod om eit oppfølgingskurs som inngår i kursavgifta'],
    ['en', 'send customers confirmation of the classes they have booked'],
    ['nb', 'sende foreldrene faktura for SFO og kulturskole som barnet er påmeldt'],
    ['nb', 'Vi sender ikke foreldrene tilbud om kulturskole eller SFO'],
    ['en', 'give the pupils swimming lessons and a course in road safety as part of the programme'],
    ['nn', 'sende elevane tilbod om nytt kurs når kurset dei er påmelde blir avlyst'],
    ['en', 'send customers an offer to transfer the course to a later date'],
    ['en', 'send learners the course offer they requested by e-mail'],
    ['nb', 'gi barna tilbud om svømmeopplæring i barnehagetiden'],
    // N6's review (session 21): offers sent elsewhere, to those who consented, or part of the package.
    ['en', 'invoice and receive payment for the training; offers on other classes are sent only under the newsletter activity'],
    ['en', 'send learners the offer of the mandatory course on slippery roads that is part of their package'],
    ['nb', 'fakturere opplæringen; tilbud om andre kurs sendes bare til dem som har samtykket i nyhetsbrevet'],
  ],
);

table(
  "a service blocked automatically for the person's debts (prose-activity.ts decisionIn, effectsIn)",
  (t) => readText.decision(t),
  [
    [
      'en',
      'TABS automatically blocks online booking of lessons and the driving test for any customer with an invoice more than 30 days overdue; no one reviews the block.',
    ],
    ['nb', 'Systemet sperrer automatisk nettbooking for kunder med ubetalt faktura.'],
    ['nn', 'Systemet sperrar automatisk timebestilling for elevar som har forfalne rekningar.'],
    ['nb', 'Kunder som har uteblitt fra tre timer, blir automatisk sperret for nettbooking.'],
    ['nb', 'TABS sperrer automatisk nettbooking for kunder med faktura som er mer enn 30 dager på forfall; ingen går gjennom sperringen.'],
  ],
  [
    ['en', 'The system automatically blocks booking of a slot already taken.'],
    ['en', 'TABS automatically blocks booking for customers with an overdue invoice, and a customer adviser reviews each block the same day.'],
    [
      'en',
      'We block online booking automatically for customers with overdue invoices until they pay; a customer adviser checks every block within one working day.',
    ],
    ['nn', 'Nettbooking blir sperra automatisk for kundar med ubetalte rekningar; ein rådgjevar ser på kvar sperre same dag.'],
    ['nb', 'Vi sperrer ikke nettbooking automatisk ved ubetalt faktura.'],
    ['en', 'The web shop automatically stops orders of goods that are sold out.'],
    ['en', 'The system automatically stops reminders once the overdue invoice is paid.'],
    ['nb', 'Kunden kan selv sperre nettbookingen i appen når han har ubetalte fakturaer.'],
    ['en', 'Booking is blocked automatically after three wrong log-in attempts.'],
    ['en', 'The course covers how banks automatically block access for customers with unpaid debts.'],
    ['nn', 'Nettbookingen stenges automatisk for alle kunder klokka 22 av vedlikehaldsgrunnar.'],
    ['nb', 'Bestillinger med utestående restordre blir automatisk stoppet og sendt til lageret.'],
    ['en', 'Access to the booking system is closed automatically for instructors who leave.'],
    ['nb', 'Bookingsystemet sperrer automatisk timer som er tatt, og ingen kunder sperres for ubetalt gjeld.'],
  ],
);

table(
  'a receiver named by a pronoun (recipients-stated pronounsResolved, read by facts.ts discloses)',
  (t) => pronounsResolved(t).some((x) => discloses(x)),
  [
    ['en', 'When NAV or an employer pays for the training we send them a progress report after each stage.'],
    ['nb', 'Når NAV eller arbeidsgiveren betaler opplæringen, sender vi dem en fremdriftsrapport etter hvert trinn.'],
    ['nn', 'Betaler NAV eller arbeidsgjevaren for opplæringa, sender vi dei ein rapport etter kvart steg.'],
    ['en', "When NAV or an employer pays for the training we send them a short report on the learner's attendance after each stage."],
  ],
  [
    ['en', 'When an employer pays for the training, we send them our thanks.'],
    ['en', 'When NAV or an employer pays for the training we send them our thanks and a receipt for the payment.'],
    ['en', 'Learners whose employer pays get a progress report; we send them a copy by e-mail.'],
    ['en', 'Learners whose employer pays for the training get a progress report, and we send them a copy of the card.'],
    ['nb', 'Når arbeidsgiveren betaler, sender vi eleven en kopi av kortet; foreldrene kan be om at vi sender dem en kopi.'],
    ['en', 'If NAV pays for the training, the learner may forward the card; we send them a reminder to do so.'],
    ['en', 'Employers who pay for the training get an invoice only; we never send them a progress report.'],
    ['nb', 'Vi sender arbeidsgiveren bare fakturaen; fremdriften sender vi ikke til dem.'],
    ['en', 'Insurers that ask about our safety courses get our brochure; we send them a link to our website.'],
    ['en', 'Employers that host practice drives get a card at Christmas; we send them our thanks.'],
    ['nb', 'Når NAV eller arbeidsgiveren spør, sender vi dem tall uten navn.'],
    ['nn', 'Når NAV eller arbeidsgjevaren spør, sender vi dei ei prisliste.'],
  ],
);

table(
  'another service given access to the records (recipients-stated accessGiven)',
  (t) => accessGiven(t) !== undefined,
  [
    ['nn', 'Alle saksdokument blir journalførte. Skulehelsetenesta har lesetilgang til mappene i PPT-Journal.'],
    ['nb', 'Skolehelsetjenesten har lesetilgang til mappene.'],
    ['en', 'The school health service has read access to the case files.'],
    ['nb', 'Barnevernet får innsyn i journalen ved behov.'],
  ],
  [
    ['nn', 'Den offentlege journalen viser ikkje namn på barn. Skulehelsetenesta har ikkje tilgang til mappene i PPT-Journal.'],
    ['nn', 'Berre dei tilsette i PP-tenesta har lesetilgang til mappene.'],
    ['nn', 'Foreldra har lesetilgang til mappa til barnet sitt i Visma Flyt.'],
    ['nb', 'Leverandøren har tilgang til systemet for drift og feilretting.'],
    ['nn', 'Rådgjevarane har tilgang til mappene dei arbeider med.'],
    ['nn', 'Skulehelsetenesta har tilgang til sitt eige journalsystem.'],
    ['en', 'The school health service has access to its own records in the same system.'],
    ['nn', 'Eleven har innsyn i eiga mappe.'],
    ['nn', 'IT-tenesta i kommunen har tilgang til serveren for drift.'],
    ['nb', 'NAV har tilgang til opplysningene i Aa-registeret.'],
    ['nb', 'Kommunen har tilgang til systemet som vertskommune for PP-tenesta.'],
    ['nb', 'Helsestasjonen har tilgang til journalsystemet sitt.'],
  ],
);

table(
  'joint controllers named only in words (joint-controller-arrangement jointSaid)',
  (t) => jointSaid(t),
  [
    ['nb', 'NAV og kriminalomsorgen er felles behandlingsansvarlige for den felles tilbakeføringsplanen, som begge etater skriver i.'],
    ['en', 'The toll companies and we are joint controllers for the central system.'],
    ['nb', 'Kommunen og helseforetaket har felles behandlingsansvar for journalen.'],
    ['nn', 'Me og fylkeskommunen er felles handsamingsansvarlege for skyssdata.'],
  ],
  [
    ['nn', 'Vi er ikkje felles behandlingsansvarlege med gravferdsbyråa.'],
    ['en', 'We and the funeral agencies are separate controllers, not joint controllers.'],
    ['nn', 'Dei tilsette får kurs om felles behandlingsansvar etter personvernforordninga artikkel 26.'],
    ['nn', 'Gravdata AS er databehandlar for oss og ikkje felles behandlingsansvarleg.'],
    ['nb', 'Vi har vurdert om vi og NAV er felles behandlingsansvarlige, og kom til at vi ikke er det.'],
    ['nb', 'NAV er selvstendig behandlingsansvarlig for opplysningene de mottar.'],
    ['en', 'Our adviser gives clients a course on joint controllership under Article 26.'],
    ['en', 'Driver and registered owner are jointly liable for the fee.'],
    ['nb', 'NAV og kriminalomsorgen samarbeider om tilbakeføringsplanen, men hver etat er behandlingsansvarlig for sine egne opplysninger.'],
  ],
);
