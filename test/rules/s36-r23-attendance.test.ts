import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 36, R23, class D (variants-tingrett VT43, VT44): employees' attendance read off a log as a control measure
 * (arbeidsmiljøloven §§ 9-1, 9-2): managers getting an overview or a report from the access-card system of when each
 * employee came and went, seeing in a log when staff come and go, a log used to check whether case officers are at
 * their desks. Sentences written for this matrix, none from a test set: READ (nb, nn, en; an overview, a report, a
 * printout «of when»; «se i loggen når»; past and perfect «kom og gikk», «har kommet og gått»; «at their desks», «på
 * plass»; «each employee», «kvar tilsett») and SILENT (denied, rooms, holidays, the building, an emergency, the employee's
 * own look, visitors, a log kept for security and not used on staff).
 */
const findingsOf = ruleMatrix('employee-control', {
  org: 'Nordfjord tingrett',
  language: 'nb',
  title: 'Personaladministrasjon',
  purpose: 'administrere personalet',
  subjects: ['Ansatte'],
});

export const reads: readonly string[] = [
  'Lederne får hver uke en oversikt fra kortleseren over når hver ansatt kom og gikk.',
  'Leiarane får kvar månad ei oversikt frå kortlesaren over når kvar tilsett kom og gjekk.',
  'Managers receive a weekly report from the door system showing when each employee arrived and left.',
  'Vi ser i adgangsloggen når de ansatte kommer og går.',
  'Vi sjekker i adgangsloggen når de ansatte kom og gikk.',
  'Leiarane får ei oversikt frå kortlesaren over når dei tilsette kjem og går.',
  'The login log is used to check whether caseworkers are at their desks.',
  'Adgangsloggen brukes til å se om saksbehandlerne er på plass klokka åtte.',
  'Managers get a printout of the badge log showing when each staff member came in and left.',
  'Avdelingslederen sjekker i passeringsloggen om de ansatte har vært på jobb.',
];
export const silent: readonly string[] = [
  'Vi får ikke oversikt over når den enkelte ansatte kommer og går.',
  'Vi får en oversikt over når møterommene er ledige.',
  'Lederne får en oversikt over når de ansatte har ferie.',
  'The report shows when the building was opened and closed.',
  'Ved brann får innsatsleder en oversikt fra adgangssystemet over hvem som er i bygget.',
  'Hver ansatt kan selv se en oversikt over når de har kommet og gått.',
  'Vi får en oversikt fra loggen over når besøkende kom og gikk.',
  'Loggen brukes ikkje til kontroll av tilsette.',
  'Adgangsloggen brukes bare til sikkerhet og ikke til å kontrollere ansatte.',
  'The access log is kept for security and is never used to check employees.',
  'Vi fører en logg over besøkende som kommer og går.',
];

describe('attendance read off a log as a control measure (R23 session 36, class D)', () => {
  readsAndSilent(findingsOf, reads, silent);
});
