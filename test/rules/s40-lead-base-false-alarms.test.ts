import { table } from '../helpers/reader-table.js';
import { revealsIn } from '../../src/check/prose-category.js';
import { refusingCostsNothing } from '../../src/rules/consent-for-public-task.js';

/**
 * Issue #12, session 40: the classes behind the false alarms of the two blind sets' clean bases (variants-bilverksted,
 * variants-ombod, written before this session's wave), each held to wordings of other writers and near-misses.
 */
table(
  'prose-category: health read in a category’s words — a machine’s diagnostics are no one’s health',
  (t) => revealsIn(t).some((x) => x.kind === 'health'),
  [
    ['nb', 'Diagnoser og behandling'],
    ['en', 'diagnostic test results'],
    ['nb', 'Diagnostiske prøvesvar'],
    ['en', 'Results from diagnostic imaging'],
    ['en', 'Diagnosis codes (ICD-10)'],
    ['en', "Diagnostic data from the patient's insulin pump"],
    ['nb', 'Pasientens diagnose og bilens registreringsnummer'],
    ['nn', 'Diagnosen til sjåføren etter ulykka med bilen'],
    ['en', "Fault codes from the car and the driver's diagnosis"],
    ['nn', 'Eleven sin diagnose'],
  ],
  [
    ['en', 'Fault codes and diagnostic readings'],
    ['nb', 'Feilkoder og diagnostikk fra bilen'],
    ['en', 'Vehicle diagnostics'],
    ['nn', 'Diagnostikkdata frå køyretøyet'],
    ['en', 'OBD diagnostic data'],
    ['nb', 'Motordiagnostikk'],
    ['en', 'Diagnostics of the charger'],
    ['en', 'Diagnostic logs from the servers'],
    ['nb', 'Bildiagnose og servicehistorikk'],
    ['en', 'Error codes, mileage and diagnostic readings from the car'],
  ],
);

table(
  'consent-for-public-task: the stated consequence of refusing says it costs nothing',
  refusingCostsNothing,
  [
    ['nn', 'Behov for kost eller tilrettelegging oppgir du berre om du vil; plassen din er den same om du lèt vere.'],
    ['nb', 'Tilbudet er det samme om du ikke svarer.'],
    ['nb', 'Du beholder plassen selv om du ikke oppgir allergier.'],
    ['nn', 'Du mistar ikkje plassen om du ikkje svarar.'],
    ['en', 'Your place stays the same whether you answer or not.'],
    ['en', 'You keep your place if you do not answer.'],
    ['en', "You won't lose anything by saying no."],
    ['en', 'The service is unchanged if you decline.'],
    ['nb', 'Det har ingen betydning for behandlingen av saken.'],
  ],
  [
    ['nb', 'Du mister plassen om du ikke svarer.'],
    ['nn', 'Utan namn og e-post kan vi ikkje stadfeste plassen.'],
    ['en', 'If you do not answer, you lose your place.'],
    ['nb', 'Tilbudet er det samme om du svarer, men vi kan ikke tilrettelegge uten opplysningene.'],
    ['en', 'Without the form we cannot give you a seat.'],
    ['nb', 'Prisen er den samme for alle.'],
  ],
);
