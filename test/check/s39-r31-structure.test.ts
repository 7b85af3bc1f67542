import { describe } from 'vitest';
import { readsAndSilent } from '../helpers/sentence-matrix.js';
import { PUPIL_FILE, ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Issue #12, session 39 (R31): the STRUCTURE of the clause reader, as classes. Sentences written for this file (a school, a
 * hospital, a municipality, a shop), none from a test set; the planted ones (variants-samskipnad, variants-verneplikt,
 * variants-paraphrase6) are caught as a consequence.
 * - A: V2 inversion after a fronted adverbial with a body named in more than one word as the subject of «få», «motta»,
 *   «receive» (the receiver first: «Etter møtet får Statens vegvesen lista»).
 * - B: a passive of seeing or reading with its agent («kan lesast av», «can be read by», «blir sett av»): the agent has access.
 * - C: letting a party know («lets the employer know the result», «lar arbeidsgiveren få vite resultatet»).
 * - D: a passive with its receiver as object before a relative clause («oversendes NAV-kontoret, som følger …»), and what is
 *   made available inside the s-passive («gjøres listene tilgjengelige for»).
 * - E: double objects: a pronoun receiver named in a fronted clause («Når X ber om det, gir vi dem lister»), a first object
 *   with «of» («send the agents of each list a copy»).
 */
const school = ruleMatrix('recipients-stated', PUPIL_FILE);
const hospital = school.with({ org: 'Nordlys HF', subjects: ['Pasienter'] });

describe('A. the receiver as the inverted subject of «få», «motta» after a fronted adverbial (recipients-stated)', () =>
  readsAndSilent(
    school,
    [
      'Etter skoleåret får Statens vegvesen elevlisten med navn og fødselsdato.',
      'Kvar månad får Statistisk sentralbyrå fråværslista med namna på elevane.',
      'Hver høst får Norges idrettsforbund klasselistene med navnene på elevene.',
      'Etter avslutningen mottar Fjordvik Idrettslag elevlisten med adressene.',
      'Om våren får Røde Kors oversikten over elevene med navn og klasse.',
      'Etter turneringa får Vestvik Avis resultatlista med namna på elevane.',
      'Hvert år får Norsk Folkehjelp elevlisten med navn og telefonnummer.',
      'Every spring the Norwegian Red Cross receives the class lists with the names of the pupils.',
    ],
    [
      'Etter skoleåret får Statens vegvesen budsjettet for trafikkopplæringen.',
      'Etter skoleåret får Statens vegvesen ikke elevlisten.',
      'Etter skoleåret får Statens vegvesen elevlisten fra foreldrene.',
      'Kvar månad får Statistisk sentralbyrå talet på elevar i kvar klasse.',
      'Hver høst får Norges idrettsforbund besøk av elevene.',
      'Etter skoleåret får Fjellvik kommune elevlisten med navn og fødselsdato.',
      'Etter avslutningen får eleven vitnemålet med karakterene.',
    ],
  ));

describe('B. a passive of seeing or reading with its agent (recipients-stated)', () =>
  readsAndSilent(
    hospital,
    [
      'Journalene kan også leses av Fjordvik Idrettslag.',
      'Pasientlistene kan lesast av forsikringsselskapet Trygg AS.',
      'Opptakene blir sett av Vestvik Avis før de slettes.',
      'The patient records can also be read by the insurance company Trygg AS.',
      'The recordings are viewed by the Norwegian Red Cross every week.',
      'The files can be accessed by the Norwegian Directorate of Health.',
      'Journalane kan sjåast av Noregs mållag.',
      'Opptaka vert òg lesne av Vestvik Avis.',
    ],
    [
      'Journalene kan bare leses av legen som behandler pasienten.',
      'Journalene kan ikke leses av Fjordvik Idrettslag.',
      'The patient records can only be read by our own doctors.',
      'The report is read by the board.',
      'Brosjyrene kan leses av alle.',
      'The patient records cannot be read by the insurance company Trygg AS.',
    ],
  ));

describe('C. letting a party know (recipients-stated)', () =>
  readsAndSilent(
    school,
    [
      'The municipality also lets the employer named by the pupil know the result.',
      'We let the insurance company Trygg AS know the names of the pupils who were injured.',
      'Skolen lar Fjordvik Idrettslag få vite resultatene til elevene.',
      'Vi lar også Vestvik Avis få vite navnene på elevene som vant.',
      'Skulen lèt Fjordvik Idrettslag få vite resultata til elevane.',
      'The school lets the Norwegian Red Cross know which pupils took the course.',
      'Vi lar Statens vegvesen få vite hvilke elever som har bestått.',
      'The school lets the Norwegian Directorate of Health know the name of each pupil who leaves.',
    ],
    [
      'The school lets the pupil know the result.',
      'We let the parents know the result.',
      'Vi lar eleven få vite resultatet.',
      'The school does not let the insurance company know the result.',
      'We let the insurance company know the date of the trip.',
      'Skolen lar ikke Fjordvik Idrettslag få vite resultatene.',
    ],
  ));

describe('D. a passive with its receiver as object, and what a passive makes available (recipients-stated)', () =>
  readsAndSilent(
    hospital,
    [
      'Lister over pasienter som får avslag, oversendes NAV-kontoret i bostedskommunen, som følger dem opp med tilbud om arbeidstrening.',
      'Navnene på pasientene sendes Fjordvik Idrettslag, som inviterer dem til trening.',
      'Opplysningane om pasientane vert oversende Statens vegvesen, som vurderer førarkortet.',
      'Hver måned gjøres pasientlistene tilgjengelige for Fjordvik Idrettslag.',
      'Kvar veke gjerast pasientlistene tilgjengelege for Vestvik Avis.',
      'Listene med navnene på pasientene gjøres også tilgjengelige for forsikringsselskapet Trygg AS.',
      'Etter hvert kurs gjøres deltakerlistene med navn tilgjengelige for Norsk Folkehjelp.',
      'Pasientlistene blir oversendt Statens helsetilsyn, som fører tilsyn med sykehuset.',
    ],
    [
      'Budsjettet oversendes NAV-kontoret, som følger opp med tilbud om arbeidstrening.',
      'Hver måned gjøres brosjyrene tilgjengelige for Fjordvik Idrettslag.',
      'Lister over pasientene oversendes ikke NAV-kontoret, som ikke trenger dem.',
      'Hver måned gjøres pasientlistene tilgjengelige for pasientene selv.',
      'Pasientlistene blir oversendt kvalitetsavdelingen, som behandler dem i neste møte.',
      'Pasientlistene blir oversendt styret.',
    ],
  ));

describe('E. double objects: a pronoun receiver, a first object with «of» (recipients-stated)', () =>
  readsAndSilent(
    school,
    [
      'Når forsikringsselskaper ber om det, gir vi dem lister over elevene i klassen.',
      'Når idrettslag spør, gir vi dem navnene på elevene.',
      'Dersom avisene spør, gjev vi dei lister over elevane.',
      'When insurance companies ask for it, we give them lists of the pupils in each class.',
      'We also send the coaches of each sports club a copy of the class list.',
      'We send the chairmen of each sports club a copy of the pupil list.',
      'We give the editors of Vestvik Avis a list of the pupils who won.',
      'Vi sender trenerne i hvert idrettslag en kopi av klasselisten.',
    ],
    [
      'Når foreldrene ber om det, gir vi dem lister over elevene i klassen.',
      'Når elevene spør, gir vi dem timeplanen.',
      'When insurance companies ask for it, we give them our price list.',
      'We send the coaches of each sports club a copy of the match schedule.',
      'We send the parents of each pupil a copy of the class list.',
      'Når forsikringsselskaper ber om det, gir vi dem ikke lister over elevene.',
    ],
  ));

describe('F. a named party that gets data from another than us (recipients-stated)', () =>
  readsAndSilent(
    hospital,
    [
      'Forsikringsselskapet Trygg AS får en kopi av journalen fra oss.',
      'Forsikringsselskapet Trygg AS får en kopi av journalen fra Nordlys HF.',
      'Fjordvik Idrettslag får pasientlistene hver måned.',
      'Fjordvik Idrettslag får lista over pasientane frå oss.',
      'The insurance company Trygg AS receives a copy of the patient record from us.',
      'Vestvik Avis mottar navnene på pasientene.',
    ],
    [
      'Forsikringsselskapet Trygg AS får en kopi av journalen fra pasienten.',
      'Fjordvik Idrettslag får pasientlistene fra politiet.',
      'Fjordvik Idrettslag får lista over pasientane frå politiet.',
      'The insurance company Trygg AS receives a copy of the patient record from the patient.',
      'Vestvik Avis mottar navnene på pasientene fra politiet.',
      'Fjordvik Idrettslag får opplysningene direkte fra pasienten selv.',
    ],
  ));
