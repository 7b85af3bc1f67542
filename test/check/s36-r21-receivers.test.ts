import { describe } from 'vitest';
import { sentenceMatrix } from '../helpers/sentence-matrix.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Issue #12 (session 36, R21): receiver shapes taken as classes, not sentences. Each class holds wordings that are none of
 * the planted defects (nb, nn, en; other verbs of its meaning; fronted, passive, inverted, modal-free future), and the
 * near-miss controls that must stay silent (negated, past, modal, the data subject themself, our own staff, a thing that
 * is no one's data, a message that gives no one's data). Sentences written for this matrix (a municipality's day-care
 * and home service for the elderly, Nordvik kommune), none from a test set.
 * - A: passive availability («gjøres tilgjengelig for», «blir gjort tilgjengeleg for», «is made available to», «stilles til
 *   rådighet for», «legges ut for»);
 * - B: a third party as the subject getting to know («får vite», «får kjennskap til», «blir informert om», «is told»);
 * - C: copied in («blir fastlegen kopiert inn i vedtaket», «settes på kopi», «is copied in on», «is cc'd on»): the one
 *   copied in receives what they are copied in on (helsestasjon HS22's class);
 * - D: a telling verb with its receiver as the object and no «om» («varsler vi politiet», «blir varsla av oss»): what is
 *   told is the condition about the person (a named person's state), said in the same sentence.
 */
const recipients = ruleMatrix('recipients-stated', {
  org: 'Nordvik kommune',
  language: 'nb',
  title: 'Dagtilbud og hjemmetjeneste',
  purpose: 'gi eldre dagtilbud og oppfølging i hjemmet',
});

/** [class, shape, sentence]: each must be read as a disclosure to an unrecorded receiver. */
export const disclosures: readonly (readonly [string, string, string])[] = [
  ['A', 'nb gjøres', 'Navnelisten over deltakerne gjøres tilgjengelig for idrettslaget.'],
  ['A', 'nb skal gjøres', 'Adresselisten over brukerne skal gjøres tilgjengelig for Vestkyst Taxi.'],
  ['A', 'nn blir gjort', 'Namnelista over deltakarane blir gjort tilgjengeleg for sogelaget.'],
  ['A', 'nn vert gjord', 'Telefonlista over deltakarane vert òg gjord tilgjengeleg for pensjonistlaget.'],
  ['A', 'nn vert gjord idrettslaget', 'Telefonlista over deltakarane vert òg gjord tilgjengeleg for idrettslaget.'],
  ['A', 'nb apposition', 'Navn og telefonnummer til deltakerne gjøres også tilgjengelig for Vestkyst seniorlag, en forening som inviterer til turer.'],
  ['A', 'en apposition', 'The phone numbers of the participants are made available to Coastline Care, a company that sells alarms.'],
  ['A', 'en is made', 'The list of participants is made available to the sports club.'],
  ['A', 'en will be made', 'The names and phone numbers of the participants will be made available to Vestkyst Taxi.'],
  ['A', 'nb stilles til rådighet', 'Adresselisten over brukerne stilles til rådighet for Vestkyst Taxi.'],
  ['A', 'nn blir stilt til disposisjon', 'Namnelista over brukarane blir stilt til disposisjon for sogelaget.'],
  ['A', 'nb legges ut', 'Navnelisten over deltakerne legges ut for idrettslaget.'],
  ['A', 'en is put at the disposal', "The residents' address list is put at the disposal of the sports club."],
  ['B', 'nb får vite hvem', 'Idrettslaget får vite hvem som har meldt seg på dagtilbudet.'],
  ['B', 'nn får vite kven', 'Sogelaget får vite kven som går på dagtilbodet.'],
  ['B', 'nb får kjennskap til', 'Velforeningen får kjennskap til navnene på deltakerne.'],
  ['B', 'nb blir informert om', 'Idrettslaget blir informert om hvilke brukere som har fått plass.'],
  ['B', 'en is told who', 'The sports club is told who has signed up for the day centre.'],
  ['B', 'en gets to know', 'The sports club gets to know which residents attend the day centre.'],
  ['B', 'nb inverted', 'Når en bruker flytter, får borettslaget vite hvem som skal bo i leiligheten.'],
  ['B', 'nn relative', 'Vi har avtale med sogelaget, som får vite kven som går på dagtilbodet.'],
  ['B', 'nb callers', 'Naboer som ringer til kontoret, får vite hvilke brukere som har fått plass.'],
  ['D', 'nb varsler vi', 'Hvis brukeren ikke åpner døren, varsler vi nærmeste pårørende.'],
  ['D', 'nb inverted', 'Åpner ikke brukeren døren, varsler hjemmetjenesten politiet.'],
  ['D', 'nn blir varsla', 'Barnevernet blir varsla dersom vi er uroa for barnet til brukaren.'],
  ['D', 'nn varslar me', 'Er brukaren ikkje heime, varslar me dei pårørande.'],
  ['D', 'en we alert', 'If a resident does not answer the door, we alert the police.'],
  ['D', 'en are notified by us', 'The next of kin are notified by us when a resident falls ill.'],
  ['D', 'nb varsles', 'Politiet varsles hvis brukeren er savnet.'],
  ['D', 'nb notifies', 'Dersom brukeren blir syk, varsler vaktleder fastlegen.'],
  ['B public', 'nb naboer som spør', 'Naboer som spør, får vite hvilke brukere som bor i omsorgsboligene.'],
  ['B public', 'nn naboar og andre', 'Naboar og andre som ringjer, får vite kven som bur i omsorgsbustaden.'],
  ['B public', 'nb alle som ringer', 'Alle som ringer til sentralbordet, får vite hvem som har fått plass på dagtilbudet.'],
  ['B public', 'en neighbours who ask', 'Neighbours who ask are told which residents live in the sheltered homes.'],
  ['B public', 'en anyone who calls', 'Anyone who calls the front desk is told which residents have a place.'],
  ['B public', 'nb innringere', 'Innringere får vite hvilke brukere som er innlagt.'],
  ['B public', 'nb publikum', 'Publikum får vite hvem som har fått plass på dagtilbudet.'],
  ['B public', 'en members of the public', 'Members of the public are told who lives in the sheltered homes.'],
  ['B public', 'nb kjennskap til', 'Naboene får kjennskap til hvem som bor i omsorgsboligene.'],
  ['B public', 'nb vite om', 'Naboene får vite om brukeren flytter og hvem som overtar leiligheten.'],
  ['C', 'nb kopiert inn', 'Når en bruker får ny medisin, blir fastlegen kopiert inn i vedtaket.'],
  ['C', 'nb settes på kopi', 'Fastlegen settes på kopi når brukeren får nytt vedtak.'],
  ['C', 'nn kopiert inn', 'Når ein brukar flyttar, blir bustadselskapet kopiert inn i vedtaket.'],
  ['C', 'nb blir satt på kopi', 'Idrettslaget blir satt på kopi av e-posten om hvilke brukere som har fått plass.'],
  ['C', 'en copied in', 'The GP is copied in on the care plan when a resident gets new medication.'],
  ['C', "en cc'd", "The landlord is cc'd on every decision about a tenant."],
  ['C', 'nn vert kopiert inn', 'Fastlegen vert òg kopiert inn i planen for brukaren.'],
  ['C', 'en also copied in', 'The sports club is also copied in on the list of participants.'],
];

/** Near-wordings that must stay silent: [why, sentence]. */
export const silent: readonly (readonly [string, string])[] = [
  ['A negated', 'Navnelisten over deltakerne gjøres ikke tilgjengelig for idrettslaget.'],
  ['A past', 'Tidligere ble navnelisten gjort tilgjengelig for idrettslaget, men det gjør vi ikke lenger.'],
  ['A past mid-clause', 'Navnelisten ble tidligere gjort tilgjengelig for idrettslaget, men det gjør vi ikke lenger.'],
  ['A modal', 'Ved behov kan navnelisten gjøres tilgjengelig for idrettslaget.'],
  ['A a thing', 'Timeplanen gjøres tilgjengelig for idrettslaget.'],
  ['A a thing en', 'The timetable is made available to the sports club.'],
  ['A premises', 'Lokalene stilles til rådighet for idrettslaget.'],
  ['A the person', 'Vedtaket gjøres tilgjengelig for brukeren.'],
  ['A own staff', 'Navnelisten over deltakerne gjøres tilgjengelig for de ansatte i hjemmetjenesten.'],
  ['B the person', 'Du får vite hvem som behandler saken din.'],
  ['B the person en', 'The residents are told who to contact.'],
  ['B that we process', 'Idrettslaget får vite at vi behandler navn og telefonnummer.'],
  ['B negated', 'Idrettslaget får ikke vite hvem som har meldt seg på.'],
  ['B own staff', 'De ansatte i hjemmetjenesten får vite hvem som har fått plass.'],
  ['B a count', 'Idrettslaget får vite hvor mange som deltok.'],
  ['B a time', 'Idrettslaget får vite når dagtilbudet starter.'],
  ['B that we process en', 'The sports club is told that we store the names of the participants.'],
  ['B negated en', 'The sports club is not told who has signed up.'],
  ['D to the person', 'Hvis timen blir flyttet, varsler vi deg.'],
  ['D to us', 'Brukeren kan varsle oss hvis hun blir syk.'],
  ['D own staff', 'Hvis brukeren ikke åpner døren, varsler vi vaktleder.'],
  ['D a thing', 'Hvis brannalarmen går, varsler vi brannvesenet.'],
  ['D negated', 'Hvis brukeren ikke åpner døren, varsler vi ikke politiet.'],
  ['D modal', 'Hvis brukeren ikke åpner døren, kan vi varsle politiet.'],
  ['D en to you', 'If your appointment is moved, we notify you.'],
  ['D a thing en', 'If the fire alarm goes off, we alert the fire brigade.'],
  ['D a breach to the DPA', 'Hvis et avvik rammer brukerne, varsler vi Datatilsynet innen 72 timer.'],
  ['D a breach to the DPA en', 'If a breach affects residents, we notify the Data Protection Authority within 72 hours.'],
  ['D a breach nn', 'Dersom eit brot på sikkerheita rammar brukarane, varslar me Datatilsynet.'],
  ['B public a time', 'Naboer som spør, får vite når dagtilbudet er åpent.'],
  ['B public negated', 'Naboene får ikke vite hvem som bor i omsorgsboligene.'],
  ['B public that we process', 'Alle som ringer, får vite at vi behandler navn og telefonnummer.'],
  ['B public a time en', 'Neighbours who ask are told when the day centre is open.'],
  ['B public a count', 'Innringere får vite hvor mange som bor i omsorgsboligene.'],
  ['B public the person', 'Du får vite hvem som er kontaktpersonen din.'],
  ['B public things en', 'The public is told which day centres have free places.'],
  ['B public a place', 'Naboene får vite om byggearbeidet og hvor lenge det varer.'],
  ['C the person', 'Brukeren blir kopiert inn i vedtaket.'],
  ['C own staff', 'Vaktleder settes på kopi når brukeren får nytt vedtak.'],
  ['C negated', 'Fastlegen blir ikke kopiert inn i vedtaket.'],
  ['C a thing', 'Idrettslaget blir kopiert inn i e-posten om timeplanen.'],
  ['C a text copied', 'Teksten blir kopiert inn i årsrapporten.'],
  ['C into our record', 'Vedtaket blir kopiert inn i journalen.'],
  ['C negated en', 'The GP is not copied in on the care plan.'],
  ['C modal', 'Ved behov kan fastlegen settes på kopi.'],
];

/**
 * Cells not right yet (the report counts them), none of them of this session's readers: «pensjonistlaget» is a party kind
 * check/parties.ts does not read as outside (a club's compound in «-laget» other than R18's); «alle», «anyone», «publikum», «the public» as a receiver is left unread (a public journal «Alle har lesetilgang
 * til …» is lawful: lawful-wordings-s20-m-ppt ra08); «tidligere» after the verb is no past to check/past.ts (only a fronted «Tidligere ble …»).
 */
const NOT_YET = new Set<string>([
  'Publikum får vite hvem som har fått plass på dagtilbudet.',
  'Members of the public are told who lives in the sheltered homes.',
  'Alle som ringer til sentralbordet, får vite hvem som har fått plass på dagtilbudet.',
  'Anyone who calls the front desk is told which residents have a place.',
  'Telefonlista over deltakarane vert òg gjord tilgjengeleg for pensjonistlaget.',
  'Navnelisten ble tidligere gjort tilgjengelig for idrettslaget, men det gjør vi ikke lenger.',
]);

describe('receiver classes A, B, C, D (recipients-stated, R21 session 36)', () => sentenceMatrix(recipients, disclosures, silent, NOT_YET));
