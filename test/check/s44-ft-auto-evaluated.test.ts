import { describe } from 'vitest';
import { taskSentences } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 44, FT (variants-tannhelse TH66, written blind: «Hvor ofte barnet kalles inn, beregner journalsystemet automatisk
 * ut fra en risikoscore for karies»): a machine that calculates, sets, places or ranks something about a person from an
 * evaluation of them (a risk, a score, test results, an assessment, absence, payment history) profiles them (Art. 4(4));
 * with no profiling recorded, automated-decision-logic asks for it (`described-profiling`, a warning). Each cell is the only
 * description of an activity with no automatedDecisions. READ: a school, NAV, an employer, a housing office, a shop, a
 * research unit, a kindergarten, a sports club's coaching, in nb, nn and en. SILENT: a wage, a price, an age or hours
 * summed; a league table; a building's risk; a person doing it; a denial; a machine that only sends.
 */
const findingsOf = taskSentences('ropa-s44-ft-auto-', 'automated-decision-logic');

describe('a machine that calculates or places a person from an evaluation of them: profiling (automated-decision-logic)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Elevene blir automatisk plassert i nivågrupper ut fra resultatene på kartleggingsprøven.',
      'Søkerne blir automatisk plassert i en prioritetsgruppe ut fra poengsummen.',
      'Fagsystemet setter automatisk ventetida ut fra en risikovurdering av søkeren.',
      'Systemet bereknar automatisk kor mykje oppfølging kvar brukar treng, ut frå svara på kartlegginga.',
      'Elevane vert automatisk plasserte i grupper basert på fråværet deira.',
      'The system calculates each pupil’s support level automatically from the test results.',
      'Each tenant is automatically ranked on the waiting list based on a risk score.',
      'Kundene blir automatisk sortert i kundeklasser ut fra betalingshistorikken.',
      'Deltakerne i studien blir automatisk fordelt og prioritert basert på helsevurderingen ved oppstart.',
      'Applicants are assigned automatically to a follow-up track according to their assessment score.',
    ],
    [
      'Medlemmene blir automatisk plassert i treningsgrupper etter alder.',
      'Systemet beregner automatisk feriepengene ut fra lønna.',
      'Spillerne blir automatisk plassert i divisjoner ut fra resultatene forrige sesong.',
      'Risikoscoren for bygget beregnes automatisk ut fra brannhistorikken.',
      'Saksbehandleren setter ventetida ut fra en risikovurdering av søkeren.',
      'Systemet plasserer ikke elevene automatisk i grupper ut fra prøveresultatene; det gjør læraren.',
      'The invoice total is calculated automatically from the number of lessons booked.',
      'Påminningar blir sende automatisk til alle brukarane kvar veke.',
    ],
  );
});
