import { describe } from 'vitest';
import { readsAndSilent } from '../helpers/sentence-matrix.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Session 45, FY (variants-sykehjem LY15, LY55, LY47; variants-sjoredning SR70, SR72 held out: both missed; SR72 read after (skippers, «har kjørt»), SR70 (the crew's pace seen
 * on camera) still missed): employee
 * control told in words — where the staff are, seen by a locating means (a description sentence of an activity about
 * residents or staff), and a measure recorded as monitoring employees said not to be discussed with the representatives or
 * told to the staff (arbeidsmiljøloven §§ 9-1, 9-2). Near misses: residents located, a denial, an emergency alarm, the
 * steps taken, a non-monitoring activity.
 */
const findingsOf = ruleMatrix('employee-control', {
  org: 'Lyngtun omsorgssenter AS',
  title: 'Varslingsteknologi',
  purpose: 'Varsle ved fall.',
  legalBasis: '      - gdpr: A6-1-f\n        legitimateInterest: Drive tjenesten.\n        interestAssessment: Vurdering 2026\n',
});

describe('staff location seen by a locating means (FY session 45)', () => {
  readsAndSilent(
    findingsOf.with({ language: 'nb' }),
    [
      'Avdelingslederen bruker GPS-enheten til å se hvor pleierne med enheten er i løpet av vakten.',
      'Unit managers also use the app’s GPS check-in to see where each employee is during the shift.',
      'Med appen kan leiaren sjå kvar dei tilsette er.',
      'Kartet i appen lar lederen se hvor de ansatte befinner seg.',
      'Sporet fra skøytenes kartplottere går vi gjennom for å se hvor skipperne har kjørt utenom oppdrag.',
    ],
    [
      'Avdelingslederen bruker GPS-enheten til å se hvor beboeren er.',
      'Appen brukes ikke til å se hvor de ansatte er.',
      'Ved alarm viser appen hvor den ansatte er, slik at vakten kan rykke ut.',
      'Lederen ser hvor de ansatte er satt opp i turnusen.',
      'Tidligere brukte vi GPS til å se hvor pleierne var.',
    ],
  );
});

describe('a monitoring measure not discussed or not told (FY session 45)', () => {
  readsAndSilent(
    findingsOf.with({ language: 'nb', extra: 'riskFactors:\n  employeeMonitoring: true\n' }),
    [
      'Rutinen er ikke drøftet med de tillitsvalgte, og de ansatte får ikke vite om kontrollene.',
      'Tiltaket er ikkje drøfta med dei tillitsvalde.',
      'The staff are not told about the checks.',
    ],
    ['Rutinen er drøftet med de tillitsvalgte og gjort kjent for alle ansatte.', 'Beboerne får ikke vite om kontrollene.', 'Loggen gjennomgås hver måned.'],
  );
  readsAndSilent(findingsOf.with({ language: 'nb' }), [], ['Rutinen er ikke drøftet med de tillitsvalgte.']);
});
