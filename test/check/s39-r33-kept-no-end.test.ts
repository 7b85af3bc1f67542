import { describe, expect, it } from 'vitest';
import { keptForeverIn } from '../../src/check/kept-forever.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Session 39, R33 (variants-verneplikt VP56, variants-samskipnad SS54): data kept with no end, said in words —
 * - where the entry itself says it: a retention trigger «vi sletter aldri interesseregisteret, slik at …» is permanent
 *   keeping written in words, judged by permanent-retention-basis as `permanent: true` would be (Art. 5(1)(e), 89(1));
 *   R29 (session 38) read the same words only in descriptions and purposes;
 * - a «til» of ownership after the place («i minnealbumet til barnehagen», «på kontoret til leiaren») is no end: R29's
 *   end-after guard took every «til» for «until».
 * Cells from a school, a hospital, a shop and a municipality (not the planted sentences); near misses keep a real end
 * after «til» (a clause, a deadline), an archive law, a period, a denial.
 */
const read = [
  'Elevmappene blir tekne vare på for alltid i skapet til helsesjukepleiaren.',
  'Journalkopiene tas vare på for alltid på kontoret til avdelingslederen.',
  'Kundelistene lagres på ubestemt tid i systemet til butikken.',
  'Søknadene vert lagra utan tidsavgrensing i saksmappa til kommunen, og ingen ryddar i ho.',
  'Loggane vert lagra for alltid på serveren til helsestasjonen.',
  "The pupils' photos are kept forever in the school's cloud folder.",
];
const silent = [
  'Bileta blir lagra på ubestemt tid i systemet til saka er avslutta.',
  'Kundelistene lagres på ubestemt tid til avtalen opphører.',
  'Journalene lagres for alltid hos kommunen etter arkivlova.',
  'Elevmappene blir tekne vare på i skapet til helsesjukepleiaren i fem år.',
  'Loggen blir lagra på ubestemt tid i systemet til fristen går ut.',
  'Vi lagrer ikke kundelistene på ubestemt tid i systemet til butikken.',
  'The data are kept indefinitely until the customer closes the account.',
];

describe('kept for ever, with a «til» of ownership after it (R33 session 39; SS54)', () => {
  it.each(read)('reads «%s»', (t) => expect(keptForeverIn(t)).toBeDefined());
  it.each(silent)('stays silent on «%s»', (t) => expect(keptForeverIn(t)).toBeUndefined());
});

const registers = ruleMatrix('permanent-retention-basis', {
  org: 'Nordvik kommune',
  language: 'nb',
  title: 'Registre',
  purpose: 'Føre lister over deltakere.',
});
const findingsOf = (trigger: string) =>
  registers.with({ extra: `retention:\n  - trigger: ${JSON.stringify(trigger)}\n    endAction: delete\n` })({ a: 'Vi fører lister over dei som er med.' });
const triggerRead = [
  'vi sletter aldri kundelisten, slik at vi kan se handlemønstre over tid',
  'me slettar aldri elevlista',
  'we never delete the patient list, so that we can follow trends',
  'listene tas vare på for alltid på kontoret til rektoren',
  'kept indefinitely in the booking system',
  'bileta vert aldri sletta',
];
const triggerSilent = [
  'til eleven sluttar på skulen',
  'vi sletter aldri før klagefristen er ute',
  'until the patient is discharged',
  'lagres i systemet til saken er avsluttet',
  'slettes aldri automatisk, men vurderes årlig',
  'bevares for alltid etter arkivlova',
];
describe('a retention trigger that says the data are kept for ever (R33 session 39; VP56)', () => {
  it.each(triggerRead)('reads «%s»', (t) => expect(findingsOf(t).filter((f) => f.messageId?.endsWith('in-words') ?? true).length).toBeGreaterThan(0));
  it.each(triggerSilent)('stays silent on «%s»', (t) => expect(findingsOf(t)).toHaveLength(0));
});
