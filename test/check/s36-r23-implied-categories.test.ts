import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 36, R23, class A (variants-tingrett VT37, VT40): a special category implied by what is told of a person (GDPR
 * Art. 9(1) «revealing»; CJEU C-184/20, data liable to disclose a category indirectly): who uses a prayer room, keeps a
 * fast, is served halal or kosher food or food for religious reasons (religious beliefs); which medicine a person takes,
 * carries or is given, or what it treats (health, Art. 4(15) and recital 35: clinical treatment). Each cell is one
 * activity's description in a record with no category, no Art. 9(2) condition. Sentences written for this matrix, none
 * from a test set: READ (nb, nn, en; «hvem/kven som …», «hvilke X som …», «which X …», «X who …», a possessive, a log and
 * «what it treats») and SILENT (the room, the menu, a rule for anyone, a count, a denial, medicines as goods or stock, what
 * a medicine is for with no record, statistics, information on what may be bought).
 */
const findingsOf = ruleMatrix('special-category-condition', {
  org: 'Fjordvik kommune',
  language: 'nb',
  title: 'Drift av servicetorget',
  purpose: 'drive servicetorget',
  publicAuthority: false,
});

export const reads: readonly string[] = [
  'Resepsjonen fører en logg over hvem som låner nøkkelen til bederommet.',
  'Vi noterer kven som nyttar bønerommet i lunsjen.',
  'Kantina får melding om kven som skal ha kosthald av religiøse grunnar.',
  'Vi registrerer hvilke ansatte som faster under ramadan, slik at vaktlistene kan tilpasses.',
  'The school keeps a list of pupils who get halal meals.',
  'Staff record which visitors use the prayer room.',
  'Vi noterer hvem som deltar i fredagsbønnen.',
  'Kjøkkenet får en liste over hvilke barn som skal ha kosher mat.',
  'Helsesykepleieren noterer hvilke medisiner eleven tar.',
  'Vi registrerer kva legemiddel den tilsette går på.',
  'Vaktene skriver i loggen hvilke tabletter besøkende har med seg.',
  'Medisinene til barnet oppbevares i et låst skap, og vi noterer når de gis.',
  'The nurse records which medicines each pupil takes at school.',
  "We log the pupil's medicines and when they are given.",
  'Vi noterer hvilken medisin deltakeren trenger på turen.',
  'Finner vakta tablettar i veska, noterer ho kva slags lækjemiddel det er og kva det vert brukt mot.',
  'Helsesøster noterer elevens medisiner i journalen.',
  'Vi fører oversikt over deltakernes egne medisiner på leiren.',
];
export const silent: readonly string[] = [
  'Bønnerom finnes i 2. etasje.',
  'Alle som vil, kan bruke bønnerommet.',
  'Bønnerommet kan brukes av alle ansatte; nøkkelen henger i resepsjonen.',
  'Kantina serverer halalmat til alle hver fredag.',
  'Vi teller hvor mange som bruker bønnerommet hver uke.',
  'Vi registrerer ikke hvem som bruker bønnerommet.',
  'Medisinsk utstyr leveres av Helsepartner AS.',
  'Vi selger medisiner i kiosken.',
  'Apoteket forteller hva medisinen brukes mot.',
  'Vi har oversikt over hvilke legemidler apoteket har på lager.',
  'Vi registrerer ikke hvilke medisiner de ansatte bruker.',
  'We publish statistics on which medicines are most used in the region.',
  'Medisinskapet er låst, og nøkkelen henger i resepsjonen.',
  'Vi informerer om hvilke medisiner som kan kjøpes uten resept.',
  'The room used as a prayer room is cleaned every Friday.',
  'Vi behandler ikke helseopplysninger.',
  'Apotekets medisiner selges i kiosken.',
  'Kommunens medisinlager ligger i kjelleren.',
  "The pharmacy's medicines are delivered on Mondays.",
];

describe("special categories implied by a person's practice or medicine (R23 session 36, class A)", () => {
  readsAndSilent(findingsOf, reads, silent);
});
