import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 39, R33 (variants-verneplikt VP60, variants-samskipnad SS68): when each employee came, went or logged in and
 * out, as an overview or a log, brought into their appraisal, read off a log, a card or a camera, or used to follow their
 * hours — a control measure on the individual (arbeidsmiljøloven § 9-1: «Arbeidsgiver kan bare iverksette kontrolltiltak
 * overfor arbeidstaker når tiltaket har saklig grunn i virksomhetens forhold og det ikke innebærer en uforholdsmessig
 * belastning for arbeidstakeren»; § 9-2). Session 38's R30 read the per-employee question «hvor mange … hver» and named
 * figures; this is the question of time («når/kva tid hver», «when each»), any verb of coming, going, logging or clocking.
 * Cells from a school, a hospital, a shop and a municipality (none from a test set). Near misses: the overview of hours
 * § 10-7 asks for on its own, the employee's own view, pupils, patients or visitors, a denial.
 */
const findingsOf = ruleMatrix('employee-control', {
  org: 'Nordvik kommune',
  language: 'nb',
  title: 'Adgangskort og innlogging',
  purpose: 'Styre tilgangen til bygg og systemer.',
  subjects: ['Ansatte'],
  employees: true,
  legalBasis: '      - gdpr: A6-1-f\n',
});

describe('when each employee came and went, by log or in the appraisal (described-control-measure; VP60, SS68)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Rektor får hver måned en liste over når hver lærer kom og gikk, og den brukes i medarbeidersamtalen.',
      'Avdelingsleiaren ser i loggen kva tid kvar sjukepleiar logga inn og ut av journalsystemet.',
      'Butikksjefen henter ut en rapport fra kassesystemet over når hver ansatt logger seg inn, for å følge med på arbeidstiden.',
      'Kommunen samanheld kortlesaren med kva tid kvar tilsett kjem og går, og tek det opp i medarbeidarsamtalen.',
      'Managers get a weekly overview of when each employee arrived and left, and it is raised in the appraisal.',
      'The door log shows what time each nurse badged in, and the ward manager uses it to monitor attendance.',
      'Kortloggen viser når hver enkelt medarbeider stempler inn og ut, og lederen tar det opp i utviklingssamtalen.',
      'Leiaren får sjå når kvar lærar kom på jobb, for å halde auge med oppmøtet.',
    ],
    [
      'Timelisten viser når hver ansatt kom og gikk, slik arbeidsmiljøloven § 10-7 krever.',
      'Hver ansatt kan selv se i loggen når de logget inn.',
      'Loggen viser kva tid kvar elev kom og gjekk frå skulen.',
      'Loggen brukes ikke til å se når hver ansatt kom og gikk.',
      'The visitor log shows when each visitor arrived and left.',
      'Kortleseren registrerer når hver pasient kommer og går fra avdelingen.',
      'Each employee can view in the log when they clocked in, at their own request.',
    ],
  );
});
