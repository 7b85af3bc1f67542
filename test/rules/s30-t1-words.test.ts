import { describe } from 'vitest';
import { asksAndNot } from '../helpers/sentence-matrix.js';
import { ARCHIVE_RECRUITMENT, ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * T1, session 30 (#12): the receiver reader's largest stop over the known misses was «no data word» (docs/readers-trace.md):
 * what was handed over was a person's document the data words did not name (applications, CVs,
 * complaints, case papers, unpaid claims), or the thing was misread (a passive with an object first and «with» inside it;
 * a subject cut by an insert between commas; the person as the owner in a passive's subject). Sentences written for the
 * generality check, none from a test set (nb, nn, en; active, passive), and lawful near-wordings (the person, our staff,
 * our unit, a negation, a total, the past, a thing). Each is the only sentence of an activity whose `recipients` is none.
 */
const findingsOf = ruleMatrix('recipients-stated', ARCHIVE_RECRUITMENT);

const disclosures = [
  'Vi videresender klagene på dommarane til forbundet.',
  'Ubetalte kontingenter overføres til et inkassobyrå.',
  'Unpaid invoices are passed on to a debt collection firm.',
  'Job applications are forwarded to the recruitment agency.',
  'The complaints are shared with the insurance company.',
  'Sakspapira, også dei unnatekne delane, blir sende til lokalavisa.',
  'CV-ane til søkjarane blir delte med konsulentselskapet.',
  'Søknadene sendes til bemanningsbyrået.',
];
const lawful = [
  'Vi sender ikkje søknadene til kommunen.',
  'Vi sender talet på søknader til kommunen.',
  'Søknadene blir delte med saksbehandlaren.',
  'Vedtaket blir sendt til søkjaren.',
  'Unpaid invoices are sent to the customer as a reminder.',
  'Job applications were shared with the agency until 2019.',
  'Antall klager rapporteres til styret.',
  'Ubetalte fakturaer sendes til regnskapsavdelingen.',
  'We forward the applications to our HR department.',
  'The manager is given a copy of the schedule together with the room list.',
  'Pasientane til legen blir sende til sjukehuset.',
  'The children of the members are sent to the camp.',
];

describe('a person’s documents handed over, and the passive’s receiver (recipients-stated, T1 session 30)', () => {
  asksAndNot(findingsOf, disclosures, lawful);
});
