import { describe } from 'vitest';
import { readsAndSilent } from '../helpers/sentence-matrix.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Issue #12, session 38 (R28): parties and movement verbs in free text, as CLASSES. Sentences written for this file (a
 * health trust's ambulance service, a water company, a municipality), none from a test set; the planted ones
 * (variants-ambulanse AM28, AM30–AM32, AM34, AM36, AM39; variants-vassverk VV27) are caught as a consequence.
 * - A: movement verbs with the data as subject: «går/gikk/har gått … videre til», nn «går/gjekk … vidare til», «go on to».
 * - B: lending (låne ut, lånes/lånast ut, lånt ut; lend, loan), and a modal of a disclosure on the receiver's own occasion.
 * - C: a body's name of more than one word (Statens X, Norges X, Norsk X, the Norwegian X) and passive ditransitives with no
 *   «til» («blir oversendt Statens vegvesen», «sendes Fjellvik kommune»).
 * - D: a unit read as ours whose phrase or genitive names another body («Tildelingskontoret for TT-kort i pasientens
 *   hjemkommune», «heimetenesta i eigarkommunen», «the ship's medical centre»).
 * - E: a party that gets data from us (V2 inversion after a fronted adverbial: «Etter større ulykker får vakthavende
 *   journalist i Vestvik Avis …», «Lånekassen får … fra Fjellvik»).
 * - F: the source side: «hentes/hentast/innhentes fra» a register named by a common noun (notice-source).
 */
const ambulance = ruleMatrix('recipients-stated', {
  org: 'Fjellvik HF',
  language: 'nb',
  title: 'Ambulansetjeneste',
  purpose: 'gi pasienter akutthjelp',
  subjects: ['Pasienter'],
});

describe('A. movement verbs with the data as subject (recipients-stated)', () =>
  readsAndSilent(
    ambulance,
    [
      'Deltakerlistene med navn og fødselsdato går hvert kvartal videre til Fjordvik Idrettslag.',
      'Pasientlistene går videre til Statens helsetilsyn.',
      'Kopiene av journalene har gått videre til forsikringsselskapet Trygg AS.',
      'Opplysningane om pasientane går kvar månad vidare til Norsk pasientregister.',
      'Listene over deltakarane gjekk alltid vidare til sogelaget.',
      'Rapporten med navnene på pasientene går deretter videre til lokalavisa.',
      'The participant lists with names go on to the Norwegian First Aid Council every quarter.',
      'The copies of the patient records go on to the insurance company Trygg AS.',
    ],
    [
      'Vi går gjennom pasientlistene hver uke.',
      'Deltakerlistene går ikke videre til Fjordvik Idrettslag.',
      'Pasienten går videre til legevakten etter behandlingen.',
      'Vi går videre til neste punkt på sakslisten.',
      'Pasientlistene går videre til ambulanseavdelingen.',
      'Budsjettet går videre til Fjordvik Idrettslag.',
      'Tidligere gikk deltakerlistene videre til Røde Kors, men det gjør vi ikke lenger.',
    ],
  ));

describe('B. lending, and a modal on the receiver\u2019s own occasion (recipients-stated)', () =>
  readsAndSilent(
    ambulance,
    [
      'Vaktboka med namna på pasientane kan òg lånast ut til Fjordvik kommune når kommunen planlegg turnusen.',
      'Pasientlisten lånes ut til Fjordvik Idrettslag.',
      'Kopiene av journalene blir lånt ut til forsikringsselskapet Trygg AS.',
      'Vi låner ut pasientlistene til lokalavisa.',
      'Vi lånar vaktboka med namna på pasientane ut til sogelaget.',
      'The patient records are lent to the insurance company Trygg AS.',
      'We lend the list of patients to the Norwegian Red Cross.',
      'Pasientlisten kan sendes til Fjordvik Idrettslag hver gang idrettslaget arrangerer stevne.',
      'The list of patients may be sent to the insurance company Trygg AS whenever it asks.',
    ],
    [
      'Vi låner ut hjertestarteren til Fjordvik Idrettslag.',
      'Pasientlisten lånes ikke ut til andre.',
      'Pasientlisten kan sendes til Fjordvik Idrettslag dersom pasienten ber om det.',
      'Ved behov kan ambulansearbeideren drøfte saka med Fjordvik kommune.',
      'We lend our stretchers to the Norwegian Red Cross.',
      'Vaktboka lånes ut til ambulanseavdelingen.',
      'Pasienten kan låne ut pasientlisten til Fjordvik Idrettslag.',
    ],
  ));

describe('C. a body named in more than one word, and passive ditransitives with no «til» (recipients-stated)', () =>
  readsAndSilent(
    ambulance,
    [
      'Opplysninger om pasienter som var ruspåvirket, blir oversendt Statens vegvesen.',
      'Pasientlistene sendes Statens helsetilsyn hvert år.',
      'Opplysningane om pasientane vert sende Norsk pasientregister.',
      'Kopiene av journalene gis Fjordvik kommune når kommunen ber om dem.',
      'Listene med navn på pasientene blir utlevert Norges idrettsforbund.',
      'Navnelistene sendes til Den norske legeforening.',
      'Opplysningane om pasientane vert sende til Noregs mållag.',
      'The names of the patients are sent to the Norwegian Directorate of Health.',
    ],
    [
      'Budsjettet blir oversendt Statens vegvesen.',
      'Vi følger Statens vegvesens retningslinjer når vi sender pasienten til sykehuset.',
      'Som statens ambulansetjeneste sender vi opplysninger om pasientene til ambulanseavdelingen.',
      'Opplysninger om pasientene blir ikke oversendt Statens vegvesen.',
      'Pasienten kan selv be om at pasientlisten blir oversendt Statens vegvesen.',
      'Pasientlistene sendes kvalitetsavdelingen hver måned.',
    ],
  ));

describe('D. a unit read as ours whose phrase names another body (recipients-stated)', () =>
  readsAndSilent(
    ambulance,
    [
      'Tildelingskontoret for TT-kort i pasientens hjemkommune får på forespørsel oversikt over reisene pasienten har hatt.',
      'Opplysningane om pasientane blir sende vidare til heimetenesta i bustadkommunen.',
      'A copy of the patient record is passed on to the ship\u2019s medical centre.',
      'The list of patients is sent to the hotel\u2019s call centre.',
      'Legekontoret for reisende i pasientens hjemkommune får kopi av journalen.',
      'Pasientlistene sendes til servicekontoret i pasientens bostedskommune.',
      'The discharge summary is forwarded to the school\u2019s health centre.',
      'Kopien av journalen sendes til sekretariatet for pasientreiser i nabokommunen.',
    ],
    [
      'Tildelingskontoret for pasientreiser får oversikt over reisene pasienten har hatt.',
      'A copy of the patient record is passed on to the medical centre.',
      'A copy of the patient record is passed on to the patient\u2019s medical centre.',
      'Opplysningane om pasientane blir sende vidare til heimetenesta i ambulanseavdelinga.',
      'The list of patients is sent to our call centre.',
      'Journalkopien sendes til sekretariatet for pasientreiser i helseforetaket.',
    ],
  ));

describe('E. a party that gets data from us (recipients-stated)', () =>
  readsAndSilent(
    ambulance,
    [
      'Etter større ulykker får vakthavende journalist i Vestvik Avis et kort sammendrag fra Fjellvik med alder og kjønn på de skadde.',
      'Etter hver utrykning får lokalavisa en oversikt fra ambulanseavdelingen med navnene på pasientene.',
      'Forsikringsselskapet Trygg AS får en kopi av journalen fra Fjellvik.',
      'Kvar veke får den lokale avisa ein kopi frå ambulanseavdelinga med namna på pasientane.',
      'Etter ulykker får ansvarlig redaktør i Vestvik Avis en liste fra Fjellvik med navnene på de skadde.',
      'Fjordvik Idrettslag mottar pasientlistene fra ambulanseavdelingen.',
      'Etter større ulykker får vakthavende redaktør i Vestvik Avis ein kopi frå Fjellvik med fødselsdato og kjønn.',
      'The insurance company Trygg AS receives a copy of the patient record from Fjellvik.',
    ],
    [
      'Etter større ulykker får vakthavende journalist i Vestvik Avis et kort sammendrag fra politiet med alder og kjønn på de skadde.',
      'Etter konsultasjonen får fastlegen epikrise fra sykehuset.',
      'Etter vakta får ambulansearbeideren en rapport fra ambulanseavdelingen med navnene på pasientene.',
      'Etter ulykker får pasienten et sammendrag fra Fjellvik med alder og kjønn.',
      'Etter større ulykker får vakthavende journalist i Vestvik Avis ingen opplysninger fra Fjellvik.',
      'Etter møtet får Fjordvik Idrettslag en kopi fra Statens vegvesen med navnene på de skadde.',
      'Etter større ulykker får vakthavende journalist i Vestvik Avis en pressemelding fra Fjellvik om trafikken.',
    ],
  ));

const sources = ambulance.with({ title: 'Ambulansejournal', purpose: 'dokumentere behandlingen', rule: 'notice-source', subjects: [] });
describe('F. fetched from a register named by a common noun (notice-source)', () =>
  readsAndSilent(
    sources,
    [
      'Legemiddellisten hentes fra kjernejournalen når pasienten ikke selv kan gjøre rede for medisinene.',
      'Legemiddellista hentast frå kjernejournalen.',
      'Adressen til pasienten hentes fra folkeregisteret.',
      'Opplysninger om resepter innhentes fra reseptregisteret.',
      'Adressa til eigaren vert henta frå matrikkelen.',
      'Navnet og adressen til pasienten innhentast frå Folkeregisteret.',
      'The list of the patient\u2019s medicines is retrieved from the national summary care record.',
      'The address of the patient is obtained from the population register.',
    ],
    [
      'Legemiddellisten hentes fra pasienten selv.',
      'Medisinene hentes fra lageret på stasjonen.',
      'Legemiddellisten hentes ikke fra kjernejournalen.',
      'Tidligere ble legemiddellisten hentet fra kjernejournalen, men det gjør vi ikke lenger.',
      'Utstyret hentes fra Fjellvik HF sitt lager.',
      'Pasienten kan selv hente legemiddellisten fra kjernejournalen.',
    ],
  ));
