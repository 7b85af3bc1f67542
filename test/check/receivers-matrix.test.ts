import { describe } from 'vitest';
import { cellMatrix } from '../helpers/sentence-matrix.js';
import { ruleMatrix, VOLUNTEER_CENTRE } from '../helpers/rule-matrix.js';

/**
 * Issue #12 (session 32, R6): the receiver reading as a MATRIX — the disclosure verbs of bokmål, nynorsk and English as a
 * dictionary gives them, in the shapes writers use (active, passive with «blir/vert» or «-s», a fronted object, «P får /
 * mottar X», a party as the subject who tells, English phrasal verbs), to a party ropa cannot know from the record (a named
 * organisation, a role, a company, a newspaper). Next to them the SILENCE cells: a negation, the past, a hypothetical, our
 * own staff and unit, the person themself, a question, a right of access, counts, a thing, «vise til» as «refer to».
 * Sentences written for this matrix (a volunteer centre, Nordvik frivilligsentral), none from a test set. Each is the only
 * description of an activity whose `recipients` is none.
 */
const findingsOf = ruleMatrix('recipients-stated', VOLUNTEER_CENTRE);

/** [verb, shape, sentence]: each must be read as a disclosure to an unrecorded receiver. */
export const disclosures: readonly (readonly [string, string, string])[] = [
  // Active, Norwegian
  ['gi videre', 'active nb', 'Vi gir navnelisten over deltakerne videre til Røde Kors.'],
  ['gje vidare', 'active nn', 'Vi gjev namnelista over deltakarane vidare til Raude Kross.'],
  ['sende over', 'active nb', 'Vi sender listen over deltakerne over til lokalavisen.'],
  ['sende', 'active nn', 'Kvar månad sender vi namna på dei frivillige til idrettslaget.'],
  ['overføre', 'active nb', 'Vi overfører navnene og adressene til medlemmene til Fjordkraft AS.'],
  ['overlevere', 'active nb', 'Vi overleverer listen over brukerne til rektor på ungdomsskolen.'],
  ['levere til', 'active nn', 'Vi leverer namnelistene over deltakarane til skulane.'],
  ['dele med', 'active nb', 'Vi deler navn og telefonnummer til deltakerne med Røde Kors.'],
  ['formidle', 'active nb', 'Vi formidler navnene på søkerne til utleieren.'],
  ['utlevere', 'active nb', 'Vi utleverer adresselisten over medlemmene til Fjordkraft AS.'],
  ['oversende', 'active nn', 'Vi oversender namna på deltakarane til idrettslaget.'],
  ['rapportere', 'active nb', 'Vi rapporterer navnene på deltakerne til Norges Bridgeforbund.'],
  ['melde til', 'active nb', 'Vi melder navnene på de påmeldte til kretsen.'],
  ['varsle', 'active nb', 'Vi varsler nærmeste pårørende om navnet på brukeren som ikke åpner døren.'],
  ['informere', 'active nb', 'Vi informerer klassekontakten om navnene på elevene som deltar.'],
  ['orientere', 'active nn', 'Vi orienterer rektor om namna på elevane som har vore med.'],
  ['vise til', 'active nb', 'Vi viser opptakene av ungdommene til rektor på skolen.'],
  ['legge fram for', 'active nb', 'Vi legger fram listen over søkerne for styret i borettslaget.'],
  ['gå gjennom med', 'active nb', 'Vi går gjennom fraværslistene for deltakerne med klassekontakten.'],
  // Active, English
  ['give', 'active en', 'We give the names of the members to the Red Cross.'],
  ['pass on to', 'active en', 'We pass the list of names and phone numbers on to the Red Cross.'],
  ['hand over', 'active en', 'We hand over the list of pupils to the head teacher of the secondary school.'],
  ['send', 'active en', 'We send the list of participants to the local newspaper.'],
  ['forward', 'active en', "We forward the applicants' names to the landlord."],
  ['share', 'active en', "We share the members' names and phone numbers with the Red Cross."],
  ['disclose', 'active en', 'We disclose the names of the volunteers to the sponsor.'],
  ['report', 'active en', 'We report the names of the participants to the regional federation.'],
  ['notify', 'active en', 'We notify the next of kin of the name of any user who does not open the door.'],
  ['show', 'active en', 'We show the recordings of the young people to the head teacher.'],
  ['pass to', 'active en', 'We pass the names of the members to the sponsor.'],
  // Passive
  ['sende', 'passive nb blir', 'Listen over deltakerne blir sendt til Røde Kors.'],
  ['sende', 'passive nn vert', 'Namnelista over deltakarane vert send til lokalavisa.'],
  ['sende', 'passive nb -s', 'Navnene på elevene sendes til klassekontakten.'],
  ['gi videre', 'passive nb blir', 'Navnelisten over deltakerne blir gitt videre til Fjordkraft AS.'],
  ['levere', 'passive nb -s', 'Navnelistene over deltakerne leveres til skolene.'],
  ['dele', 'passive nn vert', 'Namna på deltakarane vert delte med Raude Kross.'],
  ['vise', 'passive nb blir', 'Opptakene av ungdommene blir vist til rektor på skolen.'],
  ['pass on', 'passive en', 'The list of participants is passed on to the Red Cross.'],
  ['hand over', 'passive en', 'The names of the pupils are handed over to the head teacher.'],
  ['share', 'passive en', "The members' names are shared with the local newspaper."],
  ['show', 'passive en', 'The recordings of the young people are shown to the head teacher.'],
  // Fronted object
  ['sende', 'fronted nb', 'Listen over deltakerne sender vi til Røde Kors.'],
  ['gå gjennom med', 'fronted nb', 'Fraværslistene for deltakerne går vi gjennom med klassekontakten hver måned.'],
  ['dele med', 'fronted nb', 'Bilder av deltakerne, med fullt navn, deler vi gjerne med lokalavisen.'],
  ['gje vidare', 'fronted nn', 'Namnelista over deltakarane gjev vi vidare til Raude Kross.'],
  ['vise til', 'fronted nb', 'Opptak av ungdommer som lager bråk, viser vi til rektor på skolen.'],
  ['levere til', 'fronted nb', 'Navnelistene over deltakerne leverer vi til skolene.'],
  // The receiver as subject, a relative
  ['få', 'receiver subject nb', 'Lokalavisen får navnene på vinnerne av konkurransen.'],
  ['få', 'receiver subject nn', 'Klassekontakten får namnelista over elevane.'],
  ['motta', 'receiver subject nb', 'Fjordkraft AS mottar adresselisten over medlemmene.'],
  ['receive', 'receiver subject en', 'The Red Cross receives the list of participants.'],
  ['få', 'relative nb', 'Vi samarbeider med Røde Kors, som får listen over deltakerne.'],
  // A party who tells
  ['varsle', 'party tells nb', 'Åpner ikke brukeren, varsler verten nærmeste pårørende om navnet og adressen til brukeren.'],
  ['alert', 'party tells en', "If a user does not answer, the volunteer alerts the user's next of kin and gives them the user's address."],
  // A newspaper whose name begins with the organisation's
  ['dele med', 'own-name stem', 'Vi deler navnene på deltakerne med lokalavisen Nordvikposten.'],
];

/** Near-wordings that must stay silent. */
export const silent: readonly (readonly [string, string])[] = [
  ['negation', 'Vi gir ikke navnelisten over deltakerne videre til Røde Kors.'],
  ['negation nn', 'Namnelista over deltakarane vert ikkje send til lokalavisa.'],
  ['negation en', 'We never pass the list of names on to the Red Cross.'],
  ['past', 'Fram til 2020 sendte vi listen over deltakerne til Røde Kors, men det er avsluttet.'],
  ['hypothetical', 'Vi vurderer om vi i framtiden skal dele navnene med Røde Kors.'],
  ['own staff', 'Vi går gjennom fraværslistene for deltakerne med de ansatte.'],
  ['own staff', 'Vi viser opptakene til daglig leder.'],
  ['own unit', 'Vi sender listen over deltakerne til Nordvik frivilligsentral sitt kontor.'],
  ['the person', 'Vi sender listen over aktivitetene til deltakerne.'],
  ['the person', 'We pass the results on to the participants.'],
  ['the person', 'Vi går gjennom avtalen med deltakeren.'],
  ['question', 'Skal listen over deltakerne sendes til Røde Kors? Spør daglig leder.'],
  ['right of access', 'Deltakerne kan be om innsyn i listen.'],
  ['counts', 'Vi sender antall deltakere til Røde Kors.'],
  ['counts en', 'We pass anonymised figures on to the Red Cross.'],
  ['vise til = refer', 'Vi viser til personvernerklæringen for mer om dette.'],
  ['vise til = refer a person', 'Vi viser brukerne videre til Røde Kors.'],
  ['legge fram thing', 'Vi legger fram budsjettet for styret i borettslaget.'],
  ['levere thing', 'Vi leverer bøkene til brukerne.'],
  ['levere thing', 'Vi leverer maten til skolene.'],
  ['pass on thing', 'We pass on the costs to the members.'],
  ['pass on thing', 'We pass the key on to the caretaker.'],
  ['show thing', 'We show the films to the local newspaper.'],
  ['varsle thing', 'Vi varsler brannvesenet om røykutvikling.'],
];

/**
 * Cells not read yet (session 32's report counts them; a school's title in another body's record, «orienterer rektor», «the
 * head teacher», read since session 33: check/parties.ts SCHOOL_TITLE): a Norwegian proper name of
 * two words with a «med» passive, a relative «, som får» after a proper name, an English party who alerts, and a question
 * that an older reader (named parties) still reads.
 */
const NOT_YET = new Set([
  'Namna på deltakarane vert delte med Raude Kross.',
  "If a user does not answer, the volunteer alerts the user's next of kin and gives them the user's address.",
  'Skal listen over deltakerne sendes til Røde Kors? Spør daglig leder.',
]);

describe('the receiver matrix (recipients-stated, R6 session 32)', () => {
  cellMatrix(
    findingsOf,
    [
      { id: 'd', cells: disclosures, name: 'asks for the receiver of %s (%s, %s): %s', gives: 1 },
      { id: 's', cells: silent, name: 'does not ask for %s (%s): %s', gives: 0 },
    ],
    NOT_YET,
  );
});
