import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 36, R23, class B (variants-tingrett VT41): an Art. 10 word that is no person's record earlier in the same text (a
 * kind of case, «straffesaker», «criminal cases»; a theft or a break-in as an event) hid a person's record after it, since
 * the reading keeps one Art. 10 word per text. Each cell is one activity's description in a public body's record (the
 * official-authority branch does not clear words with no category behind them). Sentences written for this matrix, none
 * from a test set: READ (nb, nn, en; a list, «hvilke … som», «om ein …», «which …», a sentence served) and SILENT (the
 * same openings, then a person's record denied, a rule for anyone, a course, statistics, other people's relatives, an event).
 */
const findingsOf = ruleMatrix('criminal-data-basis', {
  org: 'Nordfjord tingrett',
  language: 'nb',
  title: 'Sikkerhet i tinghuset',
  purpose: 'holde orden i tinghuset',
  publicAuthority: true,
});

export const reads: readonly string[] = [
  'Tingretten behandler straffesaker og sivile saker. Vaktene fører en liste over besøkende som er dømt for vold.',
  'Ved tyveri av adgangskort sperres kortet. Vi registrerer hvilke leietakere som er straffedømte.',
  'Rettsmøter i straffesaker holdes i sal 1; vi noterer hvem av tilhørerne som er siktet for trusler.',
  'Retten handsamar straffesaker. Vi fører ei liste over besøkjande som er dømde for vald, slik at dei kan stoggast.',
  'Straffesaker går i sal 2. Om ein tilhøyrar er domfelt for vald, skriv vakta det i loggen.',
  'The court hears criminal cases. The guards keep a list of visitors who have been convicted of violence.',
  'In case of theft of a badge, the badge is blocked. We record which tenants have criminal convictions.',
  'Criminal cases are heard in room 1. The guards note which spectators are serving a sentence.',
  'Tingretten behandler straffesaker. Kantina registrerer hvem som soner dom og jobber i kantina.',
  'Vi anmelder innbrudd til politiet. Vaktene noterer hvilke besøkende som er siktet for vold.',
];
export const silent: readonly string[] = [
  'Tingretten behandler straffesaker og sivile saker. Vaktene fører en liste over besøkende som kommer for sent.',
  'Ved tyveri av adgangskort sperres kortet. Vi registrerer ikke hvem som er straffedømt.',
  'Rettsmøter i straffesaker holdes i sal 1. Den som er dømt for vold, kan ikke jobbe som vekter.',
  'Retten handsamar straffesaker. Vi held kurs om korleis ein snakkar med folk som er dømde for vald.',
  'Straffesaker går i sal 2. Dommer Hansen leder saken, og straffeprosessloven gjelder.',
  'The court hears criminal cases. We publish statistics on how many defendants have been convicted of violence.',
  'In case of theft of a badge, the badge is blocked. Visitors to inmates who are serving a sentence get a pass.',
  'Vi anmelder innbrudd til politiet. Vaktene noterer tidspunktet for innbruddet.',
];

describe("a person's offence record after an Art. 10 word that is no one's (R23 session 36, class B)", () => {
  readsAndSilent(findingsOf, reads, silent);
});
