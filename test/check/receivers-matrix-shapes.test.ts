import { describe } from 'vitest';
import { ruleMatrix, VOLUNTEER_CENTRE } from '../helpers/rule-matrix.js';
import { cellMatrix } from '../helpers/sentence-matrix.js';

/**
 * Issue #12 (session 35, R18): the receiver matrix extended by clause shapes and party kinds the readers lacked —
 * an organisation named by a proper name with a company or club word («Nordvik Taxi», «Fjordvik Seilforening», «the
 * Salvation Army»); a club or association by its compound («båtforeningen», «idrettslaget», «the sailing club»); a party
 * with a relative clause of no «som» after it («firmaene de kjører for», «the firms they drive for»); a second verb after
 * «og» whose object is a pronoun for the first verb's («skriv ut lister over … og sender dem til …»); a relative clause
 * that runs to the end after the receiver («deler … med frivilligsentralen, som inviterer til babytreff»); a fronted object
 * with an inserted relative and «av og til» («Bilete …, der …, deler vi av og til med lokalavisa»); a document that carries
 * people's data («en kopi av rapporten med navn og adresse på …», «a copy of the log, which shows who …»). Next to each the
 * SILENCE cells: negated, past, modal, our own unit or staff, a channel, a thing that is no personal data. Sentences written
 * for this matrix (a volunteer centre, Nordvik frivilligsentral), none from a test set.
 */
const recipients = ruleMatrix('recipients-stated', VOLUNTEER_CENTRE);
const ORG = VOLUNTEER_CENTRE.org;

/** [group, shape, sentence]: each must be read as a disclosure to an unrecorded receiver. */
export const disclosures: readonly (readonly [string, string, string])[] = [
  // An organisation by a proper name and a company or club word
  ['named', 'nb taxi', 'Vi sender navnelisten over deltakerne til Nordvik Taxi.'],
  ['named', 'nn båtlag', 'Namna på deltakarane blir sende til Fjordvik Båtlag kvar vår.'],
  ['named', 'nb seilforening', 'Adresselisten over medlemmene sendes til Fjordvik Seilforening.'],
  ['named', 'en transport', 'We pass the list of participants on to Vestkyst Transport.'],
  ['named', 'en army', 'The names of the volunteers are handed over to the Salvation Army.'],
  ['named', "en seamen's mission", "The phone list of the volunteers is also passed on to the Seamen's Mission."],
  ['named', 'nb apposition', 'Navnene på deltakerne sendes til sykkelklubben Nordvik Sykkelklubb.'],
  // A club or association by its compound
  ['club', 'nb båtforeningen', 'Vi sender navnelisten over deltakerne til båtforeningen.'],
  ['club', 'nn sogelaget', 'Namnelista over deltakarane vert send til sogelaget.'],
  ['club', 'en society', 'The list of participants is passed on to the local history society.'],
  ['club', 'nb velforeningen', 'Telefonnumrene til de frivillige sendes videre til velforeningen.'],
  // A party with a relative clause of no «som»
  ['relative', 'nb de kjører for', 'Listen over sjåførene sendes til firmaene de kjører for.'],
  ['relative', 'nn dei jobbar i', 'Namna på dei frivillige blir sende til bedriftene dei jobbar i.'],
  ['relative', 'en they drive for', 'The list of drivers is passed on to the companies they drive for.'],
  // A second verb after «og», its object a pronoun for the first verb's
  ['coordinated', 'nb dem', 'Hver høst skriver vi ut lister over deltakerne og sender dem til idrettslaget.'],
  ['coordinated', 'nn ho', 'Kvar haust tek me ut ei liste over deltakarane og sender ho til sogelaget.'],
  ['coordinated', 'en it', 'Each autumn we print a list of the participants and pass it on to the sports club.'],
  // A relative that runs to the end after the receiver
  ['relative-end', 'nb som', 'Telefonnumrene til deltakerne deler vi med pensjonistforeningen, som inviterer til trening.'],
  ['relative-end', 'nn som', 'Namna på deltakarane deler me òg med sogelaget, som inviterer til kurs.'],
  ['relative-end', 'en which', 'We share the phone numbers of the participants with the sports club, which invites them to events.'],
  // A fronted object with an inserted relative, «av og til»
  ['fronted', 'nb der', 'Bilder av deltakerne, der ansiktene kan kjennes igjen, deler vi av og til med lokalavisa.'],
  ['fronted', 'nn der', 'Bilete av deltakarane, der andleta kan kjennast att, deler vi av og til med lokalavisa.'],
  ['fronted', 'nb som', 'Lister over deltakerne, som viser navn og telefonnummer, sender vi av og til til idrettslaget.'],
  // A document that carries people's data
  ['contents', 'nb med navn', 'Forsikringsselskapet får en kopi av rapporten med navn og adresse på de involverte.'],
  ['contents', 'nn med namn', 'Forsikringsselskapet får ein kopi av rapporten med namn på dei involverte.'],
  ['contents', 'en which shows who', 'The insurance company is given a copy of the incident report, which shows who was involved.'],
  // A count of each one's beside their names, the second verb's object a pronoun
  ['per-person', 'nb hver av dem', 'Vi skriver ut lister over deltakerne og hvor mange ganger hver av dem møtte, og sender dem til idrettslaget.'],
  ['per-person', 'nn kvar av dei', 'Me tek ut lister over deltakarane og kor mange gonger kvar av dei møtte, og sender dei til sogelaget.'],
  ['per-person', 'en each of them', 'The names of the participants and how many sessions each of them attended are passed on to the sports club.'],
];

/** Near-wordings that must stay silent: [why, sentence, organisation]. */
export const silent: readonly (readonly [string, string, string?])[] = [
  ['negated named', 'Vi sender ikke navnelisten over deltakerne til Nordvik Taxi.'],
  ['negated relative', 'Listen over sjåførene sendes aldri til firmaene de kjører for.'],
  ['negated coordinated', 'Hver høst skriver vi ut lister over deltakerne, men vi sender dem ikke til idrettslaget.'],
  ['past club', 'Tidligere ble navnelisten sendt til båtforeningen, men det gjør vi ikke lenger.'],
  ['past en', 'The list of participants used to be passed on to the local history society until 2019, but no longer.'],
  ['modal', 'Ved behov kan vi dele telefonnumrene med idrettslaget, som inviterer til trening.'],
  ['own club', 'Namnelista over deltakarane vert send til styret i båtlaget.', 'Fjordvik båtlag'],
  ['own named', 'Navnelisten over deltakerne sendes til Fjordvik Seilforening.', 'Fjordvik Seilforening'],
  ['own staff coordinated', 'Hver høst skriver vi ut lister over deltakerne og gir dem til lederen.'],
  ['own unit relative', 'Listen over de frivillige sendes til avdelingen de jobber i.'],
  ['a channel', 'Vi sender innkallingen til medlemmene med Posten.'],
  ['a thing named', 'Vi sender nøklene til Nordvik Taxi.'],
  ['a thing club', 'The boat trailer is handed over to Fjordvik Seilforening.'],
  ['a thing relative', 'Vi sender rutetabellen til firmaene de kjører for.'],
  ['a thing coordinated', 'Hver høst skriver vi ut plakater og sender dem til idrettslaget.'],
  ['a thing fronted', 'Plakater om arrangementet, der datoene står, deler vi av og til med lokalavisa.'],
  ['a thing contents', 'Forsikringsselskapet får en kopi av rapporten med bilder av taket.'],
  ['a thing contents nn', 'Forsikringsselskapet får ein kopi av rapporten med teikningar av taket.'],
  ['a thing contents en', 'The insurer is given a copy of the lease agreement, which shows the rent.'],
  ['counts', 'Vi sender bare tall på hvor mange som møtte, til idrettslaget.'],
  ['counts en', 'Only the figures of how many took part are passed on to the sports club.'],
  ['a get relative end', 'Vi henter drivstoff fra firmaet, som leverer til trening.'],
];

/**
 * Cells not right yet (the report counts them), none of them of this session's readers: facts.ts `discloses` reads the
 * controller's own name as a receiver, a carrier («med Posten») as one, and a copy of a report with photos or drawings of
 * a roof as people's data. Measured: 38 of 51 cells right on main f93ef634, 46 of 51 with R18's readers (the five here
 * left); 47 of 51 in session 36 («-numrene» a data word: R21).
 */
const NOT_YET = new Set<string>([
  'Navnelisten over deltakerne sendes til Fjordvik Seilforening.',
  'Vi sender innkallingen til medlemmene med Posten.',
  'Forsikringsselskapet får en kopi av rapporten med bilder av taket.',
  'Forsikringsselskapet får ein kopi av rapporten med teikningar av taket.',
]);

describe('the receiver matrix, clause shapes and party kinds (recipients-stated, R18 session 35)', () => {
  const orgs = new Map(silent.map(([, , o], i) => [`s${i}`, o ?? ORG]));
  cellMatrix(
    recipients.perCell((id) => ({ org: orgs.get(id) ?? ORG })),
    [
      { id: 'd', cells: disclosures, name: 'asks for the receiver (%s, %s, %s): %s', gives: 1 },
      { id: 's', cells: silent.map(([w, t]) => [w, t]), name: 'does not ask (%s, %s): %s', gives: 0 },
    ],
    NOT_YET,
  );
});
