import { describe } from 'vitest';
import { asksAndNot } from '../helpers/sentence-matrix.js';
import { ARCHIVE_RECRUITMENT, ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * T2, session 31 (#12): the clause reader's shapes and the receiver guards after «no data word» (docs/readers-trace.md):
 * verbs of letting see or listen, «get» in the plural, «pass … to», a Norwegian passive with its receiver as the object, an
 * inverted subject before a telling verb's receiver, a contact verb and a second verb sharing its party, a subject with a
 * relative clause of no «som», a compound of a person word and a data noun as the subject. Sentences written for the
 * generality check, none from a test set (domains in no set: a marina, a camping site, a choir, a bowling club, a ski
 * school, a kennel club, anti-doping), and lawful near-wordings (the person, our staff, our unit, a negation, a count, the
 * past, a thing). Each is the only sentence of an activity whose `recipients` is none.
 */
const findingsOf = ruleMatrix('recipients-stated', ARCHIVE_RECRUITMENT);

const disclosures = [
  'Forsikringsselskapet kan få se listen over båteierne som har fått skade på båten.',
  'Lydteknikaren i Oslo Lyd AS kan lytte til alle opptaka av korsongarane.',
  'Medlemslisten oversendes Norges Bowlingforbund hvert år.',
  'Ved skade ringjer instruktøren forsikringsselskapet og melder frå om namnet på eleven.',
  'Ved klage får utleieren vite hvem som har klaget.',
  'Ved mistanke om doping varsler styret i tillegg antidopingorganisasjonen om utøveren.',
  "The breeders' association and the kennel club get each owner's name and address from us.",
  'Deltakerlisten sendes til korforbundet.',
];
const lawful = [
  'Pasienten kan få se journalen sin.',
  'We let the children see the pictures of the animals.',
  'Medlemmene kan lytte til opptaka av konserten.',
  'Medlemslisten sendes ikke lenger til forbundet.',
  'Ved skade ringer vi forsikringsselskapet og melder fra om skaden på båten.',
  'We passed the names of the guests to the booking platform until 2022.',
  'Ved klage får styret vite hvor mange som har klaget.',
  'Ved mistanke om doping varsler treneren i tillegg utøveren om mistanken.',
  "Our staff get each owner's name and address from the register.",
  'Sakspapirene sendes også ut før møtet.',
  'Vedtaket sendes søkeren.',
  'Lista blir send kvar månad.',
  'Rapporten sendes styret.',
  'Sakspapirene sendes ikke lokalavisen.',
  'Er kunden ikke hjemme, varsler vi ikke naboen om noe.',
  'Vi ringjer pasienten og fortel om timen.',
  'We call the supplier and tell them about the broken printer.',
  'Ved avvik varsler leiaren også styret om talet på saker.',
  'Lærerne kan se karakterene til elevene.',
  'Vi lar deltakerne se sin egen påmelding.',
  'We pass the exam results to the pupils.',
  'Styret vi har valgt, får lista over søknader.',
  'The members get a newsletter from us.',
];

describe('the clause reader’s shapes and the receiver guards (recipients-stated, T2 session 31)', () => {
  asksAndNot(findingsOf, disclosures, lawful);
});
