import { describe } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 46, FW (issue #12; variants-ferje FJ55, FJ64, written blind by W5): employee-control reads two more shapes of a
 * control of the employees' work.
 *
 * 1. A ship's crew as the employees checked («sjå til at mannskapet følgjer fortøyingsrutinane» with the cameras, «check
 *    that the crew follow the mooring routines»): the crew are the employees on board, though the camera activity's data
 *    subjects are everyone filmed. Silent: the crew checking the passengers, the crew's safety, a routine for the crew.
 * 2. How long each employee is away from the work station or on a break, seen from an access-card log, beside a manning or
 *    working-hours record a law imposes (skipssikkerhetsloven): no law imposes timing that. Silent: how long each one
 *    worked or rested (the record the law asks for), and how long each has been employed.
 */
const run = textRegistry('ropa-s46-fw-ec-');
const camera = (texts: Record<string, string>) =>
  run(texts, {
    org: 'Fjordlinja Ferjer AS',
    language: 'nn',
    publicAuthority: false,
    rule: 'employee-control',
    activity: (id, text) => `id: ${id}
title: Kameraovervaking om bord
description: Kamera på bildekket og i salongen.
status: active
purposes:
  - id: tryggleik
    description: ${JSON.stringify(text)}
    legalBasis:
      - gdpr: A6-1-f
        legitimateInterest: tryggleik for reisande og mannskap
recipients: none
`,
  });
const manning = (texts: Record<string, string>) =>
  run(texts, {
    org: 'Fjordlinja Ferjer AS',
    language: 'nb',
    publicAuthority: false,
    rule: 'employee-control',
    activity: (id, text) => `id: ${id}
title: Mannskap og bemanning
description: Oversikt over mannskapet om bord.
status: active
purposes:
  - id: bemanning
    description: ${JSON.stringify(text)}
    legalBasis:
      - gdpr: A6-1-c
        law:
          - law: skipssikkerhetsloven
            section: §§ 15, 23 og 24
recipients: none
dataSubjects: [mannskap]
`,
    catalogues: { 'data-subjects.yaml': 'dataSubjects:\n  mannskap:\n    name: Mannskap\n    employees: true\n' },
  });

describe('the crew as the employees checked (employee-control)', () => {
  readsAndSilent(
    camera,
    [
      'førebyggje skadeverk om bord, og sjå til at mannskapet følgjer fortøyingsrutinane',
      'hindre tjuveri, og kontrollere at mannskapet følgjer rutinane på bildekket',
      'prevent vandalism, and check that the crew follow the mooring routines',
    ],
    [
      'førebyggje skadeverk og vald mot reisande og mannskap',
      'sjå til at reisande følgjer rutinane på bildekket',
      'gi mannskapet oversikt over bildekket når bilane køyrer i land',
      'protect passengers and crew against violence on board',
    ],
  );
});

describe('time away from the work station, beside a law-imposed manning record (employee-control)', () => {
  readsAndSilent(
    manning,
    [
      'dokumentere bemanning, arbeidstid og hviletid om bord, og bruke adgangskortloggen til å se hvor lenge den enkelte er borte fra arbeidsstasjonen',
      'dokumentere bemanning og hviletid, og se hvor lenge hver ansatt har pause',
      'document manning and rest hours, and use the door log to see how long each employee is away from the bridge',
    ],
    [
      'dokumentere bemanning, arbeidstid og hviletid om bord',
      'dokumentere hvor lenge den enkelte har arbeidet og hvilt, slik skipssikkerhetsloven krever',
      'se hvor lenge den enkelte har vært ansatt, for å beregne ansiennitet',
      'dokumentere bemanning, og se hvor lenge passasjerene er borte fra bilene sine',
    ],
  );
});
