import { describe } from 'vitest';
import { readsAndSilent } from '../helpers/sentence-matrix.js';
import { PUPIL_FILE, ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Issue #12, session 40 (R34): the STRUCTURE of the clause reader (check/clause.ts), as classes. Sentences written for this
 * file (a school, a hospital, a shop, a municipality, a bank), none from a test set; the planted ones (variants-sameting
 * SM37, SM39, SM41; variants-lading EV37) are caught as a consequence.
 * - A: a negation ends at a clause boundary («men», «but», «;», «, og»): the clause after it is not negated.
 * - B: the receiver as the inverted subject with a relative clause closed by a comma («Før X får de lokale laga som …, ei
 *   liste over …»), and an English adverbial of time before a subject with a relative clause of no «that» («Every spring the
 *   clubs we work with get …»).
 * - C: a modal passive with the subject's own clause closed by a comma («Listene over hvem som …, kan lånes ut til X når den
 *   …»): the subject stands before the comma, and the receiver's own occasion («når den planlegger») makes it no choice.
 * - D: a list of who («lista over hvem som …») and an overview of people's absence or attendance are people's data.
 */
const school = ruleMatrix('recipients-stated', PUPIL_FILE);
const hospital = school.with({ org: 'Nordlys HF', subjects: ['Pasienter'] });

describe('A. a negation ends at a clause boundary (recipients-stated)', () =>
  readsAndSilent(
    school,
    [
      'Elevmappa er ikke offentlig, men etter skoleåret får Fjordvik Idrettslag en liste over elevene.',
      'Mappa er ikkje open for alle, men kvar haust får Vestvik Avis ei liste over elevane.',
      'Journalen er ikke tilgjengelig for andre, men vi sender en kopi av journalen til forsikringsselskapet Trygg AS.',
      'The file is not public, but every spring the Norwegian Red Cross receives the class lists with the names of the pupils.',
      'We do not sell the list; we send the names of the pupils to the insurance company Trygg AS.',
      'Lista blir ikkje publisert, men vi sender namna på elevane til Noregs mållag.',
      'The records are not kept on paper, but we forward the names of the pupils to the sports club Fjordvik IL.',
      'Vi lagrer ikke kortnummeret, og vi deler navnene på elevene med Vestvik Avis.',
    ],
    [
      'Elevmappa er ikke offentlig, og vi gir ikke ut lister over elevene til andre.',
      'Vi sender ikke navnene til Fjordvik Idrettslag, men bare antallet elever.',
      'The file is not public, and we do not give the names of the pupils to anyone.',
      'Lista er ikkje offentleg, men eleven får sjølv ein kopi av lista.',
      'The records are not public, but the parents receive a copy of their own child’s record.',
      'Vi sender ikke lista til Vestvik Avis, og heller ikke til andre.',
      'Mappa er ikke offentlig, men etter skoleåret får Fjellvik kommune en liste over elevene.',
    ],
  ));

describe('B. the receiver as an inverted subject with a relative clause; an English adverbial before it (recipients-stated)', () =>
  readsAndSilent(
    hospital,
    [
      'Før sommeren får de frivillige organisasjonene som arrangerer leir, en liste over pasientene med navn og alder.',
      'Kvar haust får dei lokale laga som driv besøkstenesta, ei liste over pasientane med namn og adresse.',
      'Etter kurset får forsikringsselskapene som vi samarbeider med, en oversikt over pasientene med diagnose.',
      'Hver måned mottar legemiddelfirmaene som finansierer studien, en liste over pasientene med fødselsdato.',
      'Every Monday the two insurance companies we cooperate with get our list of patients, with name and diagnosis.',
      'Each spring the sports clubs we work with receive the names of the patients who finished the programme.',
      'Every month the pharmacies we have agreements with get a list of the patients with their prescriptions.',
      'After each course the private clinics we work with get the names and addresses of the patients.',
    ],
    [
      'Før sommeren får pasientene som deltar, en kopi av journalen sin.',
      'Every Monday the patients we treat get a copy of their own record.',
      'Etter kurset får de frivillige organisasjonene som arrangerer leir, en takk for innsatsen.',
      'Every Monday the two insurance companies we cooperate with get our price list.',
      'Hver måned mottar legemiddelfirmaene som finansierer studien, ikke navn på pasientene.',
      'Kvar haust får dei tilsette som driv besøkstenesta, ei liste over pasientane.',
      'Each spring the doctors who treat the patients receive the names of the patients.',
    ],
  ));

describe('C. a modal passive, its subject before a comma, given on the receiver’s own occasion (recipients-stated)', () =>
  readsAndSilent(
    school,
    [
      'Listene over hvem som har fått skoleskyss, kan lånes ut til fylkeskommunen når den planlegger rutene.',
      'Listene over kven som har fått plass, kan lånast ut til fylkeskommunen når den planlegg rutene.',
      'Oversikten over hvilke elever som har fått spesialundervisning, kan sendes til Statsforvalteren når den fører tilsyn.',
      'Lista over elevane som har fått stipend, kan sendast til Lånekassen når dei treng ho.',
      'Listene over hvem som deltok, kan også lånes ut til idrettslaget når det planlegger sesongen.',
      'The lists of who took part, may be lent to the bus company Fjordbuss AS when it plans the routes.',
      'Navnelistene over elevene som tok kurset, kan sendes til Røde Kors når den planlegger neste kurs.',
      'The lists of the pupils who got a place can be sent to the bus company Fjordbuss AS whenever it plans the routes.',
    ],
    [
      'Listene over hvem som har fått skoleskyss, kan lånes ut til elevene når de ber om det.',
      'Listene over hvem som har fått skoleskyss, kan lånes ut til fylkeskommunen dersom foreldrene samtykker.',
      'Lista over elevane som har fått stipend, kan sendast til Lånekassen om eleven ønskjer det.',
      'The lists of who took part, may be lent to the pupils themselves when they ask.',
      'Listene over hvem som har fått skoleskyss, kan ikke lånes ut til fylkeskommunen.',
      'Timeplanen for bussene kan lånes ut til fylkeskommunen når den planlegger rutene.',
    ],
  ));

describe('D. a list of who, an overview of absence or attendance: people’s data (recipients-stated)', () =>
  readsAndSilent(
    school,
    [
      'En oversikt over fravær fra undervisningen oversendes hvert kvartal til idrettslaget eleven er medlem av.',
      'Ei oversikt over fråvær frå timane blir send til Fjordvik Idrettslag kvar månad.',
      'A report on attendance at the lessons is sent to the sports club Fjordvik IL every month.',
      'Lista over hvem som har betalt, sendes til Vestvik Avis.',
      'Ei liste over kven som var til stades, blir send til Noregs mållag.',
      'A list of who took part is sent to the insurance company Trygg AS.',
      'En oversikt over oppmøte på trening sendes til Norges idrettsforbund.',
      'An overview of absences is forwarded to the Norwegian Red Cross every term.',
    ],
    [
      'En oversikt over ledige rom sendes til Fjordvik Idrettslag.',
      'An overview of free rooms is sent to the sports club Fjordvik IL.',
      'Ei oversikt over fråvær frå timane blir send heim til eleven kvar månad.',
      'En oversikt over fravær uten navn sendes til Statistisk sentralbyrå.',
      'En oversikt over fravær fra undervisningen sendes til eleven selv.',
      'Lista over hvem som har betalt, sendes ikke til Vestvik Avis.',
    ],
  ));
