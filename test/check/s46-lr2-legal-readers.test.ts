import { describe } from 'vitest';
import { readsAndSilent } from '../helpers/sentence-matrix.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Session 46, LR2: session 45's FY readers read again against the law they cite.
 *
 * rights-restriction-reference `in-words-right` (Art. 16): relatives denied a correction speak of their own data only where
 * they are data subjects of the activity (Art. 16 «concerning him or her»; pasient- og brukerrettighetsloven § 5-2 «den som
 * opplysningene gjelder»); answers recorded as given are not «inaccurate» (CJEU C-434/16 Nowak), so refusing to change them
 * afterwards denies no rectification.
 *
 * employee-control `steps-not-taken` (arbeidsmiljøloven § 9-2): the discussion is «med arbeidstakernes tillitsvalgte», so a
 * body with none cannot hold it (the staff must still be told); the staff are told of the measure before it starts, not of
 * every check it makes.
 */
const rightsOf = ruleMatrix('rights-restriction-reference', {
  org: 'Lyngtun omsorgssenter',
  title: 'Journal for beboere',
  purpose: 'Dokumentere helsehjelpen til beboerne.',
  legalBasis: '      - gdpr: A6-1-e\n',
});

describe('a relatives’ rectification denied: read only where relatives are data subjects (LR2 session 46)', () => {
  const denied = [
    'Pårørende kan ikke kreve at opplysningene blir rettet.',
    'Pårørande kan ikkje krevje at opplysningane blir retta.',
    'Relatives cannot ask us to correct the records.',
  ];
  readsAndSilent(rightsOf.with({ language: 'nb', subjects: ['Beboere', 'Pårørende'] }), denied, []);
  readsAndSilent(rightsOf.with({ language: 'nb', subjects: ['Nærmeste pårørende og kontaktpersoner'] }), denied.slice(0, 1), []);
  readsAndSilent(rightsOf.with({ language: 'nb', subjects: ['Beboere'] }), ['Beboerne kan ikke kreve at opplysningene blir rettet.'], denied);
});

describe('answers given not corrected afterwards: no rectification denied (LR2 session 46)', () => {
  readsAndSilent(
    rightsOf.with({ language: 'nb', title: 'Kurs og prøver', purpose: 'Gjennomføre kurs og prøver.', subjects: ['Deltakere'] }),
    [
      'Deltakerne kan ikke kreve at opplysningene om dem blir rettet.',
      'Du kan ikke kreve retting, men får svar innen en måned.',
      'Participants cannot ask us to correct their address.',
    ],
    [
      'Du kan ikke kreve at svarene dine blir rettet etter innlevering.',
      'Deltakarane kan ikkje krevje at svara blir retta etter at prøva er levert.',
      'Participants may not have their answers corrected after submission.',
      'Candidates cannot ask us to correct their exam scripts once handed in.',
    ],
  );
});

const controlOf = ruleMatrix('employee-control', {
  org: 'Lyngtun omsorgssenter AS',
  title: 'Logg i journalsystemet',
  purpose: 'Kontrollere oppslag i journalen.',
  legalBasis: '      - gdpr: A6-1-c\n',
  extra: 'riskFactors:\n  employeeMonitoring: true\n',
});

describe('§ 9-2 steps said not taken: what the section asks (LR2 session 46)', () => {
  readsAndSilent(
    controlOf.with({ language: 'nb' }),
    [
      'Rutinen er ikke drøftet med de tillitsvalgte.',
      'Vi har ingen tillitsvalgte, og de ansatte får ikke vite om kontrollene.',
      'De ansatte får ikke vite om kontrollene, og de blir heller ikke varslet hver gang loggen kontrolleres.',
      'We have no union representatives, and the staff are not told about the checks.',
    ],
    [
      'Virksomheten har ingen tillitsvalgte, så tiltaket er ikke drøftet med tillitsvalgte, men alle ansatte er informert før oppstart.',
      'Vi har ingen tillitsvalde; tiltaket er difor ikkje drøfta, men dei tilsette har fått skriftleg informasjon.',
      'De ansatte varsles ikke hver gang loggen kontrolleres, men ordningen er gjort kjent for alle.',
      'Dei tilsette får ikkje beskjed kvar gong loggen blir gått gjennom.',
      'We have no staff representatives, so the measure has not been discussed; every employee is told before it starts.',
      'Employees are not told of every single look-up.',
    ],
  );
});
