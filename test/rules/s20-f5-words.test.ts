import { table } from '../helpers/reader-table.js';
import { discloses } from '../../src/check/facts.js';
import { readText } from '../../src/check/prose-activity.js';
import { revealsIn } from '../../src/check/prose-category.js';
import { bundledText } from '../../src/rules/consent-valid.js';
import { controlText } from '../../src/rules/employee-control.js';

/**
 * F5's narrowings of session 20 (#12, no false alarm), each with its lawful wordings (nb, nn, en) that must not read and the
 * true wordings near them that must: a confirmation that a party received a thing (notice-source); a denied reading of
 * employees' e-mail (employee-control); sick leave as the subject of a course (special-category-condition); course dates,
 * a negation carried past an inserted comma phrase, a notice about fees and a safety data sheet (recipients-stated via
 * discloses()); a programme newsletter with the sessions' practical information (consent-valid `bundled`).
 */

table(
  'a confirmation that a party received a thing (readText.source, notice-source)',
  (t) => readText.source(t),
  [
    ['nn', 'Vi får ei stadfesting frå skulen på at søkjaren er elev der.'],
    ['nn', 'Vi får opplysningar frå NAV om kven som har søkt.'],
    ['en', 'We receive a confirmation from the school that the applicant is a pupil there.'],
    ['nb', 'Vi får en bekreftelse fra skolen på at søkeren går der.'],
  ],
  [
    ['nn', 'Vi får ei stadfesting frå skulen på at dei har fått plakaten om sommarjobbane.'],
    ['nn', 'Vi får stadfesting frå skulane om at dei har motteke brevet om sommarjobbane.'],
    ['nn', 'Vi får en bekreftelse fra skolen på at de har mottatt plakaten om sommerjobbene.'],
    ['nb', 'Vi mottar bekreftelse fra NAV på at de har fått invitasjonen til jobbmessen.'],
    ['en', 'We receive a confirmation from the school that they have received the poster about the summer jobs.'],
    ['en', 'We get confirmation from the job centre that the letter about the summer jobs has arrived.'],
    ['nn', 'Vi får kvittering frå skulen på at dei har fått invitasjonen til informasjonsmøtet.'],
    ['nn', 'Vi får ei stadfesting frå NAV på at dei har motteke plakaten.'],
  ],
);

table(
  "a denied reading of employees' e-mail (employee-control controlText)",
  (t) => controlText(t),
  [
    ['en', "Every month the manager reads a sample of employees' e-mails."],
    ['nb', 'Lederen går jevnlig gjennom de ansattes e-post.'],
    ['nn', 'Leiaren les kvar månad eit utval av e-postane til dei tilsette.'],
    ['en', "We routinely read employees' e-mails."],
  ],
  [
    ['en', "We never read employees' e-mails routinely."],
    ['en', "We do not read employees' e-mails routinely."],
    ['en', "Managers never routinely read the employees' mailboxes."],
    ['nb', 'Vi leser aldri de ansattes e-post rutinemessig.'],
    ['nn', 'Vi les aldri e-posten til dei tilsette jamleg.'],
    ['nb', 'Vi leser ikke ansattes e-post jevnlig.'],
    ['nn', 'Leiaren les ikkje e-postkassa til dei tilsette kvar månad.'],
    ['en', "Employees' e-mail is never read on a regular basis."],
  ],
);

table(
  'sick leave as the subject of a course (revealsIn, special-category-condition)',
  (t) => revealsIn(t).some((r) => r.kind === 'health'),
  [
    ['en', 'Our physicians follow up employees on sick leave and tell the client managers about their diagnoses.'],
    ['en', "The physician records the employee's diagnosis and sick leave."],
    ['nb', 'Legen registrerer sykmeldingen og diagnosen til den ansatte.'],
  ],
  [
    ['en', 'Our physicians give a course for client managers on how to follow up employees on sick leave.'],
    ['en', 'Our physicians run a course for managers on how to follow up staff on sick leave.'],
    ['en', "We give a training course on sick-leave follow-up for the clients' managers."],
    ['nb', 'Legene våre holder kurs for ledere om hvordan de følger opp sykmeldte ansatte.'],
    ['nn', 'Legane våre held kurs for leiarar om korleis dei følgjer opp sjukmelde tilsette.'],
    ['en', 'We offer managers a workshop on how to handle sickness absence.'],
    ['en', 'Our nurses give a seminar for HR staff about following up employees with long-term sick leave.'],
    ['en', 'We hold a course for client managers in how to talk with an employee on sick leave.'],
  ],
);

table(
  'course dates, a negation past an inserted phrase, a notice about fees, a safety data sheet (facts.ts discloses, recipients-stated)',
  (t) => discloses(t),
  [
    ['en', 'We send the names of the pupils who passed to the upper secondary schools in the area.'],
    ['en', "We send the course dates and the learners' names to the upper secondary schools in the area."],
    ['en', 'We send the timetable and the list of learners who passed to the upper secondary schools in the area.'],
    ['nn', 'Opplysningane blir, ved klage, sende til Statsforvaltaren.'],
    ['nn', 'Ved klage blir opplysningane sende til Statsforvaltaren.'],
    ['nn', 'Opplysningane blir ikkje berre arkiverte, men òg sende til Statsforvaltaren.'],
    ['nn', 'Ei liste over festarar som ikkje har betalt avgifta, blir send til lokalavisa.'],
    ['nn', 'Namna på festarane som skuldar avgift, blir sende til inkassoselskapet Lindvik Inkasso AS.'],
    ['en', 'A list of the lease holders who owe fees is sent to the newspaper.'],
    ['nn', 'Vi sender namn og adresse på festarane til lokalavisa saman med kunngjeringa.'],
  ],
  [
    ['en', 'We send course dates to the upper secondary schools in the area.'],
    ['en', 'We send the timetable for the theory courses to the schools in the area.'],
    ['nb', 'Vi sender kursdatoer til de videregående skolene i området.'],
    ['nn', 'Vi sender kursdatoane til dei vidaregåande skulane i området.'],
    ['nb', 'Vi sender timeplanen for teorikursene til skolene.'],
    ['en', 'The dates and times of the courses are sent to the local schools.'],
    ['en', 'Kursdatoar og opningstider blir sende til skulane i distriktet.'],
    ['en', 'We send the schedule of upcoming courses to the municipality.'],
    ['nn', 'Opplysningane blir aldri, heller ikkje ved klage, sende til Fylkesmannen.'],
    ['nb', 'Opplysningene blir aldri, heller ikke ved klage, sendt til Fylkesmannen.'],
    ['en', 'The data are never, not even on appeal, sent to the county governor.'],
    ['nn', 'Vi sender ikkje, heller ikkje etter ein klage, opplysningane til Statsforvaltaren.'],
    ['nn', 'Opplysningane blir ikkje, sjølv om festaren klagar, sende til kommunestyret.'],
    ['en', 'We do not, even when a complaint is made, send the data to the county governor.'],
    ['nb', 'Opplysningene sendes ikke, heller ikke ved klage, til Statsforvalteren.'],
    ['nn', 'Namna blir aldri, ikkje eingong ved klage, sende vidare til Statsforvaltaren.'],
    ['nn', 'Ei kunngjering om dei nye avgiftene blir send til lokalavisa.'],
    ['en', 'A notice about the new fees is sent to the newspaper.'],
    ['nn', 'Sikkerheitsdatabladet for kjemikaliet blir sendt til leverandøren.'],
    ['nb', 'En kunngjøring om de nye gebyrene sendes til lokalavisen.'],
    ['en', 'The safety data sheet for the weedkiller is sent to the supplier.'],
    ['nb', 'Sikkerhetsdatabladet for ugressmiddelet sendes til leverandøren.'],
    ['nn', 'Vi sender ei kunngjering om dei nye prisane for gravstell til kyrkjelydsbladet.'],
    ['en', 'We send an announcement of the new charges to the local paper.'],
  ],
);

table(
  'a service newsletter as a condition of the sign-up (consent-valid bundledText)',
  (t) => bundledText(t),
  [
    ['nb', 'For å melde seg på et seminar må deltakeren samtykke til å motta nyhetsbrevet.'],
    ['en', 'To join the seminar series, participants must agree to receive our marketing newsletter.'],
    ['en', 'To join the seminar series, participants must agree to receive the programme newsletter with offers from our partners.'],
    ['nb', 'For å melde seg på kurset må deltakeren samtykke til å motta nyhetsbrevet, som inneholder datoer og tilbud fra våre partnere.'],
  ],
  [
    ['en', 'To join the seminar series, participants must agree to receive the programme newsletter, which only carries the dates and rooms of the sessions.'],
    ['en', 'To sign up for the course, participants must agree to receive the course newsletter with the practical information.'],
    ['nb', 'For å melde seg på seminarrekken må deltakeren samtykke til å motta nyhetsbrevet, som bare inneholder datoer og rom for samlingene.'],
    ['nn', 'For å melde seg på kurset må deltakaren samtykkje til å få kursnyhetsbrevet.'],
    ['nb', 'For å melde seg på et seminar må deltakeren samtykke til å motta programnyhetsbrevet.'],
    ['en', 'To attend the seminar, participants must consent to the seminar newsletter, which lists the times and rooms.'],
    ['nn', 'For å delta må deltakeren godta å motta nyhetsbrevet, som berre har datoane og romma for samlingane.'],
    ['en', "To take part, participants must agree to the participants' newsletter, which only gives practical information."],
  ],
);
