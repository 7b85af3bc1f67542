import { describe } from 'vitest';
import { asksAndNot } from '../helpers/sentence-matrix.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * L1, session 29 (#12): a receiver read by its head noun's kind (check/parties.ts), not by a closed list of bodies. Twenty
 * sentences written for the generality check, none from a test set: ten disclosures to a party kind no list names (nb, nn,
 * en; active, passive, the party as subject) and ten lawful near-wordings (the person, our staff, a thing, a recorded
 * party, «får ikkje», totals). Each is the only sentence of an activity whose `recipients` is none.
 */
const findingsOf = ruleMatrix('recipients-stated', { org: 'Fjordvik kommune', language: 'nn', title: 'Byggjesak', purpose: 'handsame byggjesaker' });

const disclosures = [
  'Vi sender teikningane og namna på naboane til arkitekten som skal teikne tilbygget.',
  'Vi oversender søknaden med søkerens navn og adresse til landmåleren.',
  "We forward each applicant's name and phone number to the roofer.",
  'Lista over eigarane vert send til rørleggjaren kvar veke.',
  'Navn og adresse til beboerne blir sendt til låsesmeden.',
  "The residents' names and addresses are sent to the locksmith.",
  'Elektrikeren får en liste med navn og telefonnummer til eierne.',
  "The auctioneer receives a list of the bidders' names and addresses.",
  'Gartnaren får namn og adresse til alle eigarane i feltet.',
  'Snekkeren blir orientert om hvem som har klaget på tilbygget.',
  // variants-byggesak BY38, BY43 (nynorsk passive «vert sende til»).
  'Alle merknadene med kontaktopplysningane vert sende til utbyggjaren som har fremja planforslaget.',
  'Lister over nye eigarar vert sende kvar månad til lokale handverkarar og forsikringsselskap som vil marknadsføre seg.',
];
const lawful = [
  'Vi sender brevet med namn og adresse til eigaren.',
  'The applicant receives a copy of the decision with their own name and address.',
  'Vi sender søknaden med namn og adresse til saksbehandlaren.',
  "The list of applicants' names is forwarded to the case officer.",
  'Byggesaksbehandleren får en liste med navn og adresse til søkerne.',
  'Inspektøren får ei liste med namn og adresse til eigarane.',
  'Vi sender lista med namna til arkivet.',
  'Arkitekten får ikkje namn eller adresse til naboane.',
  'Landmålaren får berre samla tal på merknader, utan namn.',
  'Før 2020 sende vi klasselister til fotografen, men det gjer vi ikkje lenger.',
  'For å melde seg på må deltakeren samtykke til at vi tar bilder.',
  'Barnehagen gir også helsetenesta opplysningar, så langt teieplikta ikkje er til hinder.',
];

describe('a receiver by its head noun’s kind: an outside party no list names (recipients-stated, L1 session 29)', () => {
  asksAndNot(findingsOf, disclosures, lawful);
});
