import { table } from '../helpers/reader-table.js';
import { appraisalUseText, controlText } from '../../src/rules/employee-control.js';

/**
 * F10's readings of session 21 (#12, recall on English free text: variants-tolk TL06, TL22, TL23), each with the lawful
 * wordings that share its words (en, nb, nn) and must not read: recorded data or listening in put to an appraisal, said
 * in a description (employee-control appraisalUseText); a camera or log turned to who is at work (controlText).
 */

table(
  'recorded data or listening in used for an appraisal, in a description (employee-control appraisalUseText)',
  (t) => appraisalUseText(t, false),
  [
    ['en', "A coordinator may join staff interpreters' calls unannounced to score their interpreting for the yearly appraisal."],
    ['en', "The logs are also used to measure each coordinator's speed and count of bookings for the employees' yearly appraisal."],
    ['nn', 'Leiaren lyttar med på samtalane til dei tilsette for å vurdere dei i medarbeidarsamtalen.'],
    ['nb', 'Loggene brukes også til å måle hver ansatts tempo før medarbeidersamtalen.'],
  ],
  [
    ['en', 'We never listen in on calls, and calls are not used in appraisals.'],
    ['en', 'Staff interpreters may ask a coordinator to listen in on a call for their own development talk.'],
    ['en', 'The logs are used for security, never for staff appraisals.'],
    ['en', 'A course for coordinators covers how to hold a good appraisal of staff and how the logs are kept.'],
    ['en', 'The yearly appraisal talk with each employee is logged as held, with its date.'],
    ['en', "Interpreters join the client's calls by video and each interpreter's appraisal uses the feedback survey."],
    ['en', 'Trainee interpreters listen in on calls with the client’s consent to learn the job.'],
    ['nn', 'Vi lyttar aldri med på samtalane til dei tilsette.'],
    ['nb', 'Loggene brukes ikke i medarbeidersamtaler med de ansatte.'],
    ['nn', 'Medarbeidarsamtalen med dei tilsette blir ført i personalmappa; loggane blir berre nytta til tryggleik.'],
    ['en', 'Disciplinary cases about staff are recorded in the personnel file, not from logs.'],
    ['en', 'The logs are also used to follow up a suspected unauthorised look-up with the staff member concerned, which may lead to a disciplinary case.'],
    ['nb', 'Loggene brukes også til å følge opp mistanke om urettmessige oppslag hos ansatte, og et brudd kan føre til en personalsak.'],
  ],
);

table(
  'a camera or log turned to who is at work (employee-control controlText)',
  (t) => controlText(t),
  [
    ['en', "The camera also covers the coordinators' open-plan office so that the manager can see who is at work."],
    ['nn', 'Kameraet viser òg kontorlandskapet, så leiaren kan sjå kven som er på jobb.'],
    ['nb', 'Adgangsloggen brukes også til å se hvem som er på jobb.'],
  ],
  [
    ['en', 'The office camera covers the entrance door only, after hours.'],
    ['en', 'The camera is not used to see who is at work.'],
    ['en', 'Coordinators see who is at work in the booking calendar.'],
    ['en', 'The reception screen lets visitors see who is at work today so they can find the right coordinator.'],
    ['nb', 'Lederen kan se hvem som er på jobb i turnusplanen.'],
    ['en', 'The access card system logs entries, so that in an evacuation the fire warden can check who is in the office.'],
    ['nb', 'Adgangskortsystemet logger inngangene, slik at brannvakten ved evakuering kan sjekke hvem som er på kontoret.'],
    ['nn', 'Kameraet dekkjer berre inngangsdøra etter arbeidstid og blir ikkje brukt til å sjå kven som er på jobb.'],
  ],
);
