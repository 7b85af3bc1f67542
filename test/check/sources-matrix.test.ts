import { describe } from 'vitest';
import { sentenceMatrix } from '../helpers/sentence-matrix.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Issue #12 (session 33, R11): the source reading as a MATRIX — the verbs of getting of bokmål, nynorsk and English as a
 * dictionary gives them (hente, innhente, få, motta, ta, samle inn; get, obtain, collect, retrieve, take, receive, fetch,
 * import; be sent, be told, be informed) in the shapes writers use (active, passive with «blir/vert» or «-s», a fronted
 * object with V2, the party as the subject who gives, sends, supplies, reports or notifies, a relative clause on the party,
 * an object relative «som P gir oss», a source named through its possession «P's own lists», an asking «we ask P which …»),
 * from a party the record does not name. Beside them the SILENCE cells: the person themself, our own staff and register,
 * a negation, the past, a hypothetical, an offer to the user, a question, advice or guidance got. Sentences written for
 * this matrix (a music society's school, Vestvik musikklag), none from a test set. Each is the only description of an
 * activity that records no source.
 */
const findingsOf = ruleMatrix('notice-source', {
  org: 'Vestvik musikklag',
  language: 'nb',
  title: 'Opptak og friplass',
  purpose: 'ta opp elevar og tildele friplass',
});

/** [verb, shape, sentence]: each must be read as a source the record does not name. */
export const sources: readonly (readonly [string, string, string])[] = [
  // Active
  ['hente', 'active nb', 'Vi henter opplysninger om inntekten til foreldrene fra Skatteetaten.'],
  ['innhente', 'active nn', 'Vi innhentar opplysningar om inntekta til foreldra frå Skatteetaten.'],
  ['få', 'active nn', 'Vi får adressene til elevane frå Folkeregisteret.'],
  ['motta', 'active nb', 'Vi mottar lister over nye elever fra grunnskolene.'],
  ['samle inn', 'active nb', 'Vi samler inn opplysninger om familiens inntekt fra NAV.'],
  ['obtain', 'active en', "We obtain the parents' income details from the Tax Administration."],
  ['collect', 'active en', "We collect the pupils' home addresses from the National Population Register."],
  ['retrieve', 'active en', 'We retrieve information about household income from NAV.'],
  ['receive', 'active en', 'We receive lists of new pupils from the primary schools.'],
  ['fetch', 'active en', "We fetch the pupils' addresses from the National Population Register."],
  ['import', 'active en', "We import the pupils' names and classes from the primary schools' class lists."],
  // Being told, informed, sent
  ['be told', 'passive en', 'We are told by the child welfare service which children need a free place.'],
  ['be informed', 'passive en', 'We are informed by NAV which families receive social assistance.'],
  ['be sent', 'passive en', 'We are sent the names of new pupils by the primary schools.'],
  ['få vite', 'active nb', 'Vi får vite fra barnevernet hvilke barn som trenger friplass.'],
  // Passive
  ['hente', 'passive nb -s', 'Opplysninger om inntekten til foreldrene hentes fra Skatteetaten.'],
  ['hente', 'passive nn vert', 'Opplysningane om inntekta til foreldra vert henta frå Skatteetaten.'],
  ['innhente', 'passive nb blir', 'Adressene til elevene blir innhentet fra Folkeregisteret.'],
  ['innhente', 'passive nn blir', 'Adressene til elevane blir innhenta frå Folkeregisteret.'],
  ['take', 'passive en', "The parents' income details are taken from the Tax Administration."],
  ['supply', 'passive en', 'Details of household income are supplied by NAV.'],
  ['send', 'passive en', 'The names of new pupils are sent to us by the primary schools.'],
  ['sende', 'passive nb', 'Navnene på nye elever blir sendt til oss fra grunnskolene.'],
  // Fronted object, V2
  ['få', 'fronted nb', 'Opplysningene om inntekt får vi fra Skatteetaten.'],
  ['hente', 'fronted nn', 'Adressene til elevane hentar vi frå Folkeregisteret.'],
  ['motta', 'fronted nb', 'Lister over nye elever mottar vi fra grunnskolene hver høst.'],
  // The party as the subject
  ['gi', 'party subject nb', 'Skatteetaten gir oss opplysninger om inntekten til foreldrene.'],
  ['gje', 'party subject nn', 'Skatteetaten gjev oss opplysningar om inntekta til foreldra.'],
  ['sende', 'party subject nb', 'NAV sender oss lister over familier som mottar sosialhjelp.'],
  ['levere', 'party subject nb', 'NAV leverer opplysninger om familienes inntekt til oss.'],
  ['varsle', 'party subject nb', 'Barnevernet varsler oss om barn som trenger friplass.'],
  ['supply', 'party subject en', "The Tax Administration supplies us with the parents' income details."],
  ['report', 'party subject en', 'NAV reports to us which families receive social assistance.'],
  ['notify', 'party subject en', 'The child welfare service notifies us of children who need a free place.'],
  // A relative clause on the party; an object relative
  ['sende', 'relative nb', 'Vi samarbeider med barnevernet, som sender oss navnene på barn som trenger friplass.'],
  ['sende', 'relative nn', 'Vi samarbeider med barnevernstenesta, som sender oss namna på born som treng friplass.'],
  ['send', 'relative en', 'We work with the child welfare service, which sends us the names of children who need a free place.'],
  ['gi', 'object relative nb', 'Vi bruker inntektsopplysningene som Skatteetaten gir oss.'],
  ['give', 'object relative en', 'We use the income details that the Tax Administration gives us.'],
  // Possession: the source named through its lists
  ['hente', 'possession nb', 'Navnene på elevene hentes fra grunnskolenes egne klasselister.'],
  ['take', 'possession en', "The pupils' names are taken from the primary schools' own class lists."],
  // Asking
  ['spørre', 'ask nb', 'Vi spør barnevernet hvilke barn som trenger friplass.'],
  ['ask', 'ask en', 'We ask the primary schools which pupils need extra help.'],
];

/** Near-wordings that must stay silent. */
export const silent: readonly (readonly [string, string])[] = [
  ['the person', 'Vi henter opplysningene fra deg.'],
  ['the person en', 'We collect the information directly from you.'],
  ['the person nn', 'Opplysningane får vi frå søkjaren sjølv.'],
  ['own staff', 'Vi får opplysningene fra lærerne våre.'],
  ['own staff en', 'We get the information from our own teachers.'],
  ['own register', 'Vi henter adressene fra vårt eget elevregister.'],
  ['negation', 'Vi henter ikke opplysninger fra Skatteetaten.'],
  ['negation nn', 'Vi hentar ikkje opplysningar frå Skatteetaten.'],
  ['negation en', 'We do not obtain any information from the Tax Administration.'],
  ['past', 'Fram til 2022 hentet vi inntektsopplysninger fra Skatteetaten, men det er avsluttet.'],
  ['past en', 'Until 2021 we received lists of pupils from the primary schools, but that has ended.'],
  ['hypothetical', 'Vi vurderer om vi i framtiden skal hente inntektsopplysninger fra Skatteetaten.'],
  ['question', 'Skal vi hente opplysninger fra Skatteetaten? Spør rektor.'],
  ['advice', 'Vi får veiledning fra Skatteetaten om nye regler.'],
  ['advice en', 'We receive general guidance from NAV.'],
  ['party gives another', 'Skatteetaten gir foreldrene et skattekort.'],
  ['party told by us', 'Vi varsler barnevernet om barn vi er bekymret for.'],
  ['asked about themselves', 'Vi spør foreldrene om de vil hjelpe til på konserten.'],
  ['asked about themselves en', 'We ask the neighbours whether they would like to help at the concert.'],
];

/**
 * Cells not read yet (session 33: 35/43 read, 18/19 silent; 26/43 and 18/19 before; session 35, R19: 36/43, the fronted
 * object «Adressene til elevane hentar vi frå …» read by source-shapes.ts FRONTED_GET): «grunnskolene» is no party of the
 * lexicon (check/parties.ts: «unknown»), «samler inn … fra», «supplied by», «reports to us» and a fronted object after a
 * person word («Adressene til elevane hentar vi») stop in the shared clause reader (check/clause.ts), and a question
 * followed by an answer is read as a source.
 */
const NOT_YET = new Set<string>([
  'Vi mottar lister over nye elever fra grunnskolene.',
  'Vi samler inn opplysninger om familiens inntekt fra NAV.',
  'Details of household income are supplied by NAV.',
  'Navnene på nye elever blir sendt til oss fra grunnskolene.',
  'Lister over nye elever mottar vi fra grunnskolene hver høst.',
  'NAV reports to us which families receive social assistance.',
  'Navnene på elevene hentes fra grunnskolenes egne klasselister.',
  'Skal vi hente opplysninger fra Skatteetaten? Spør rektor.',
]);

describe('the source matrix (notice-source, R11 session 33)', () => sentenceMatrix(findingsOf, sources, silent, NOT_YET));
