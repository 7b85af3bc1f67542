import { describe } from 'vitest';
import { ruleMatrix, type MatrixOptions } from '../helpers/rule-matrix.js';
import { cellMatrix } from '../helpers/sentence-matrix.js';

/**
 * Issue #12 (session 37, R25): receiver verb shapes and data words, by class, each with near-miss controls that must stay
 * silent. Sentences written for this matrix, none from a test set (the planted ones: vassverk VV27, VV30, VV34, tingrett
 * VT25, helsestasjon HS23–HS25, paraphrase6 PF017).
 * - A: what is handed is named by the head of one of the activity's recorded data categories, with no data word of its own
 *   («Timeverdiane … blir sende til», «Posisjonen deler vi med», «the hourly readings»; films where a video is recorded).
 * - B: presenting and making available: «legge/leggje fram for» (inverted «legg vi fram»), «bli lagt fram for», «vise fram
 *   for», «stille til rådighet/rådvelde for», «presented to».
 * - C: conferring and checking WITH a party: «drøfte/diskutere/konferere/avklare med», «rådføre seg med», «consult»,
 *   «discuss with», «sjekke/check X with Y» (fronted object too).
 */
const recipients = ruleMatrix('recipients-stated', {});

type Cell = readonly [shape: string, sentence: string];
interface Matrix {
  name: string;
  options: Omit<MatrixOptions, 'rule'>;
  read: readonly Cell[];
  silent: readonly Cell[];
}

const matrices: readonly Matrix[] = [
  {
    name: 'A: the head of a recorded data category',
    options: {
      org: 'Fjordvik Energi KF',
      language: 'nn',
      title: 'Smarte målarar',
      purpose: 'måle forbruket til kvar kunde',
      categories: [
        ['Timeverdiar', 'Timeverdiar frå smarte målarar. Dei kan vise når nokon er heime.'],
        ['Posisjon frå GPS-eining', 'Posisjonen til eininga når ho blir utløyst.'],
        ['Vassforbruk per time'],
        ['Kjørebok for tenestebil'],
        ['Hourly readings', 'Hourly readings from the smart meters.'],
        ['Video frå kontroll av målaren'],
      ],
    },
    read: [
      ['nn passive', 'Timeverdiane blir sende til nettselskapet Fjordnett AS kvar månad.'],
      ['nb passive', 'Timeverdiene sendes videre til Fjordvik Eiendom AS.'],
      ['nb fronted', 'Posisjonen deler vi med vaktselskapet Nordvakt AS.'],
      ['nn available', 'Posisjonane vert gjorde tilgjengelege for forsikringsselskapet Trygg AS.'],
      ['en passive', 'The hourly readings are passed on to Storevik Housing AS.'],
      ['en active', 'We forward the readings to Nordvik Housing AS every month.'],
      ['nb compound tail', 'Forbruket sendes til Fjordvik Boligbyggelag.'],
      ['nb definite', 'Kjøreboka blir gitt til regnskapsbyrået Fjordrekneskap AS.'],
      ['nn film', 'Filmane frå kontrollen blir sende til Fjordvik Eigedom AS.'],
      ['en videos', 'The videos are handed over to Nordvik Housing AS.'],
    ],
    silent: [
      ['not a category', 'Vassprøvane blir sende til laboratoriet Fjordlab AS.'],
      ['negated', 'Timeverdiane blir ikkje sende til nettselskapet Fjordnett AS.'],
      ['past', 'Tidlegare vart timeverdiane sende til Fjordnett AS, men det gjer vi ikkje lenger.'],
      ['statistics', 'Statistikken over timeverdiane blir send til Fjordnett AS.'],
      ['own unit', 'Timeverdiane blir sende til driftsavdelinga.'],
      ['a thing of a category', 'Målarane blir sende til verkstaden for reparasjon.'],
      ['a film of a thing', 'Ein film om vassverket blir send til eigedomsmeklaren.'],
      ['modal', 'Timeverdiane kan sendast til Fjordnett AS dersom kunden ber om det.'],
    ],
  },
  {
    name: 'B: presenting and making available',
    options: { org: 'Nordvik frivilligsentral', language: 'nb', title: 'Aktiviteter for eldre', purpose: 'organisere aktiviteter for eldre og frivillige' },
    read: [
      ['nb s-passive', 'Listen over deltakerne legges fram for Fjordvik Idrettslag.'],
      ['nn participle', 'Lista over deltakarane vert lagd fram for sogelaget.'],
      ['nb inverted fronted', 'Navnelisten legger vi fram for Fjordvik Seilforening når de ber om det.'],
      ['nn inverted fronted', 'Namnelista legg me fram for sogelaget.'],
      ['en passive', 'The list of participants is presented to the local history society.'],
      ['en active', 'We present the names of the volunteers to the sports club.'],
      ['nb vise fram', 'Vi viser fram bildene av deltakerne for lokalavisa.'],
      ['nb stille til rådighet', 'Vi stiller navnelisten over deltakerne til rådighet for Fjordvik Båtlag.'],
      ['nn stille til rådvelde', 'Me stiller namnelista over deltakarane til rådvelde for sogelaget.'],
      ['nb participle vist fram', 'Bildene av deltakerne blir vist fram for lokalavisa.'],
    ],
    silent: [
      ['no data', 'Vi legger fram budsjettet for Fjordvik Idrettslag.'],
      ['own board', 'Navnelisten over deltakerne legges fram for styret.'],
      ['negated', 'Navnelisten legges ikke fram for Fjordvik Idrettslag.'],
      ['premises', 'Vi viser fram lokalene for Fjordvik Idrettslag.'],
      ['the people themselves', 'Vi legger fram navnelisten for deltakerne.'],
      ['modal', 'Vi kan stille navnelisten til rådighet for idrettslaget.'],
      ['en no data', 'The budget is presented to the sports club.'],
    ],
  },
  {
    name: 'C: conferring and checking with a party',
    options: { org: 'Fjordvik helsestasjon', language: 'nn', title: 'Helsestasjon', purpose: 'følgje opp helsa til barn og unge' },
    read: [
      ['nn drøfte', 'Helsesjukepleiaren drøftar saka til barnet med barnevernstenesta.'],
      ['nb diskutere', 'Vi diskuterer fraværet til eleven med arbeidsgiveren til moren.'],
      ['nb konferere om', 'Legen konfererer med fastlegen om pasientens medisiner.'],
      ['nn avklare', 'Vi avklarar fråværet til eleven med den private fysioterapeuten.'],
      ['en discuss', "We discuss the child's treatment with the family doctor."],
      ['en consult', "The nurse consults the child's GP about the vaccinations."],
      ['nb sjekke med', 'Vi sjekker vaksinasjonskortene til barna med arbeidsgiveren til foreldrene.'],
      ['en check with', "We check the pupil's address with the bus company."],
      ['nn fronted check', 'Adressa til eleven sjekkar vi med busselskapet.'],
      ['nb fronted confer', 'Saken til barnet drøfter vi med Storevik Legesenter AS.'],
    ],
    silent: [
      ['the guardians', 'Helsesjukepleiaren drøftar saka med foreldra.'],
      ['internally', 'Vi drøftar saka internt.'],
      ['a colleague', 'Helsesjukepleiaren sjekkar vaksinasjonskortet med kollegaen.'],
      ['no personal data', 'We consult our lawyer about the rules.'],
      ['negated', 'Vi drøftar ikkje saka til barnet med barnevernstenesta.'],
      ['routines', 'Vi diskuterer rutinene med kommuneoverlegen.'],
      ['modal', 'Ved behov kan helsesjukepleiaren drøfte saka til barnet med barnevernstenesta.'],
      ['the person', 'Vi drøfter med deg hva som er best for barnet.'],
      ['a thing checked', 'We check the opening hours with the bus company.'],
    ],
  },
];

describe('receiver verb shapes and data words (recipients-stated, R25 session 37)', () => {
  for (const m of matrices) {
    describe(m.name, () =>
      cellMatrix(recipients.with(m.options), [
        { id: 'r', cells: m.read, name: 'asks for the receiver (%s, %s): %s', gives: 1 },
        { id: 's', cells: m.silent, name: 'does not ask (%s, %s): %s', gives: 0 },
      ]),
    );
  }
});
