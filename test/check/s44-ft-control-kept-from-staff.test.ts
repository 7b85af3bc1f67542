import { describe } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 44, FT (variants-tannhelse TH56, written blind: «Kontrollen er ikke kunngjort for de ansatte, slik at den virker
 * best mulig»): a control of the employees kept from them, said in the description: employee-control
 * `described-control-measure` (arbeidsmiljøloven § 9-2: notice to those affected before a control measure starts). Each cell
 * is the only description of an activity about the body's employees. READ: a school, NAV, a shop, a hospital's log review,
 * a sports club's staff, a warehouse, a library; nb, nn, en. SILENT: the staff told, secrecy denied, customers or pupils
 * not told, a control with no staff named, an unannounced inspection of a business.
 */
const registryOf = sentenceRegistry('ropa-s44-ft-kept-');
const findingsOf = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Vestvik kommune',
    language: 'nb',
    title: 'Personaladministrasjon',
    purpose: 'administrere arbeidsforholdet',
    rule: 'employee-control',
    legalBasis: '      - gdpr: A6-1-b\n',
    subjects: ['Ansatte'],
    employees: true,
  });

describe('a control kept from the employees, in the description (employee-control described-control-measure)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Kontrollen av tilgangsloggen er ikke kunngjort for de ansatte, slik at den virker best mulig.',
      'Rektor gjennomgår loggen over lærernes pålogginger uten at lærerne vet om det.',
      'Stikkprøvene av saksbehandlernes oppslag i NAV blir ikkje varsla til dei tilsette.',
      'Employees are not told about the spot checks of the till logs.',
      'Vi gjennomfører hemmelige kontroller av de ansatte i butikken.',
      'Lageret har uanmeldte kontroller av arbeidstakernes kjøretøy ved utgangen.',
      'The monitoring of staff e-mail is covert, so that staff do not change their behaviour.',
      'Gjennomgangen av bibliotekarane sin bruk av lånarregisteret er ikkje gjort kjent for personalet.',
    ],
    [
      'Kontrollen av tilgangsloggen er kunngjort for alle ansatte og drøftet med de tillitsvalgte.',
      'De ansatte er informert om kontrollen før den starter; den er ikke hemmelig.',
      'Kundene blir ikke varslet om kontrollen av billettene.',
      'Elevane får ikkje vite kven som har kontrollert leksene.',
      'Arbeidstilsynet kan komme på uanmeldt tilsyn i butikken.',
      'All staff have been told about the log review and its purpose.',
    ],
  );
});
