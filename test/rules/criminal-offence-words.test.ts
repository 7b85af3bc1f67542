import { describe, expect, it } from 'vitest';
import { recordsOffences } from '../../src/rules/criminal-data-basis.js';

/**
 * criminal-data-basis's reading of offences recorded about people in an activity's own words (L, session 13:
 * variants-hotell HO41, variants-kultur KU67), against an aim to prevent or clear up offences and a report of an offence
 * that names no one, in nb, nn and en.
 */
type Case = readonly [lang: 'nb' | 'nn' | 'en', text: string];
const yes: Case[] = [
  [
    'en',
    'keep a list, shared by all our hotels, of guests banned after theft, violence, fraud or drug offences at a hotel, and check every new booking against it',
  ], // set: hotell HO41
  ['nn', 'følgje opp uønskte hendingar i klubben, og føre kven av medlemene som er melde til politiet for tjuveri, vald eller narkotika'], // set: kultur KU67
  ['nb', 'Vi registrerer hendelser med tyveri og navn på mistenkte.'],
  ['nb', 'Butikken fører en bortvisningsliste over kunder som er tatt for nasking.'],
  ['nb', 'Oversikt over personer som er utestengt etter tyveri eller innbrudd i hallen'],
  ['en', 'We record which customers have been reported to the police for shoplifting.'],
  ['nn', 'Vi fører ei liste over gjester som er utestengde etter tjuveri.'],
  ['en', 'keep a list of customers caught shoplifting, and refuse them entry'],
  ['nn', 'føre namn på mistenkte for nasking i butikken, og dele lista med dei tilsette'],
  ['en', 'keep a database of people convicted of fraud who apply for a loan'],
  // C, session 18: people caught in an offence, kept on a list or recorded; a driver's suspected drink-driving sent to the police.
  ['en', 'We keep a list, with stills, of people caught trespassing or stealing copper at our sites, and share it with other grid companies in the region.'], // set: nettselskap NS48
  ['nn', 'Vi registrerer personar som er tekne i å stele frå butikken'],
  ['en', 'We keep a log of customers who were caught shoplifting, with their photos'],
  ['nn', 'Vaktselskapet fører ei liste over ungdommar som er tatt for hærverk'],
  ['nn', 'Kontrolløren noterer òg i saka om føraren verka ruspåverka eller køyrde utan gyldig førarkort, og sender merknaden til politiet'], // set: parkering PK21
  ['en', 'The warden notes whether the driver appeared intoxicated and passes the note on to the police'],
  ['en', 'We record employees who have been caught stealing from the till'], // NF, session 18: kept beside the narrowing
];
const no: Case[] = [
  ['nb', 'Forebygge tyveri og hærverk i butikken'],
  ['nn', 'Førebyggje tjuveri og innbrot i klubbhuset'],
  ['en', 'Prevent theft and fraud at the tills'],
  ['nb', 'Oppklare innbrudd og tyveri ved hjelp av kameraopptak'],
  ['en', 'report suspected offences against the hotel, guests or employees to the police and follow up the claim'],
  ['nb', 'Vi fører ikke noen liste over kunder som er tatt for tyveri.'],
  ['en', 'We keep no list of guests banned after theft.'],
  ['nb', 'Liste over ansatte som har fullført kurs i forebygging av tyveri'],
  ['en', 'Staff are trained to report thefts to the duty manager.'],
  ['nn', 'Medlemene får melde frå om tjuveri frå garderoben til klubbleiaren.'],
  ['en', 'A list of members who have paid their fees; thefts from the changing room are reported to the police.'],
  // P's lawful-wording review, session 14: victims, witnesses, reporters, a training, a list beside a separate report.
  ['nb', 'føre en liste over medlemmer som har fått juridisk bistand etter å ha blitt utsatt for tyveri på jobb'],
  ['en', 'keep a list of customers who have reported card fraud on their account, so that we can block the card'],
  ['en', 'keep a list of employees who have completed anti-fraud and anti-money-laundering training'],
  ['nb', 'føre en oversikt over medlemmer som har hatt innbrudd i boden, slik at styret kan melde det til forsikringen'],
  ['en', 'keep a log of visitors on guided tours and report thefts from the exhibition to the police'],
  ['nn', 'føre fråværsliste over elevar, og melde tjuveri frå garderoben til politiet'],
  ['nn', 'føre ei oversikt over brukarar som har vore utsett for svindel på nett, for å gi dei rettleiing'],
  ['en', 'keep a list of users whose accounts were compromised in the phishing fraud, so that we can reset their passwords'],
  ['nn', 'føre liste over frivillige og medlemer som har vitna i saka om innbrotet i kyrkja'],
  // C, session 18 (N2's lawful wordings of session 17 and their kin): a sign, a rule for anyone, a course, a count.
  ['nb', 'Alle som blir tatt i å stjele, blir anmeldt'],
  ['en', 'Customers caught shoplifting will be reported to the police'],
  ['en', 'Signs at the gate tell customers caught shoplifting that they will be reported to the police'],
  ['en', 'We train guards in how to treat people caught stealing'],
  ['en', 'A course for shop staff on what to do with customers caught shoplifting'],
  ['en', 'The number of people caught trespassing at our sites, per year, as statistics'],
  ['en', 'The number of customers caught shoplifting each year is reported to the board, without names'],
  ['nn', 'Kurs for vektarar om korleis dei handterer personar som blir tekne i å stele'],
  ['nn', 'Den som køyrer utan gyldig førarkort, blir meldt til politiet'],
  ['nn', 'Kontrollørane får opplæring i kva dei gjer når ein førar verkar ruspåverka, og dei ringer politiet'],
  ['nn', 'Kontrolløren noterer ikkje om føraren verka ruspåverka, og sender ingen merknad til politiet'],
  ['nn', 'Statistikk over kor mange førarar som køyrde utan gyldig førarkort, blir send til politiet kvart år'],
  ['nn', 'Vi sender klager til politiet når ein kunde meiner at ein kontrollør verka ruspåverka'],
  // N2a's review of C (session 18) and NF's kin: the recorded caught the thief; a fraud simulation or drill is no offence.
  ['en', 'We record employees who caught someone stealing, so that they can be thanked at the staff meeting.'],
  ['en', 'We log guards who caught someone trespassing at the site, to plan their bonuses.'],
  ['en', 'We record employees who were caught in a fraud simulation exercise so that they get extra training.'],
  ['en', 'We keep a list of staff who were caught in the fraud drill.'],
];
describe('offences recorded about people, in an activity text', () => {
  it.each(yes)('reads %s «%s»', (_l, t) => expect(recordsOffences(t)).toBe(true));
  it.each(no)('does not read %s «%s»', (_l, t) => expect(recordsOffences(t)).toBe(false));
});
