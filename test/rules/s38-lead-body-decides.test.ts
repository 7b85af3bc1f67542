import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 38 (lead), variants-verneplikt's clean base: a record whose risk factors say people are scored and access to a
 * right is decided (automated-decision-basis `scoring-decides`) is left alone where its words say an authority or a
 * directorate decides the case («klareringsmyndigheten …, som gjennomfører personkontrollen og avgjør saken»), as it is for a
 * committee, a board or an office: the decision is a body's, not solely automated. A model, a system or the app that
 * decides is no body; a body that only receives the result decides nothing. Each cell is one activity's description,
 * with `evaluationOrScoring` and `preventsRightOrService` and no automated decision recorded. Sentences written for this
 * matrix, none from a test set.
 */
const findingsOf = ruleMatrix('automated-decision-basis', {
  org: 'Nordre kontor',
  language: 'nb',
  title: 'Søknader',
  purpose: 'behandle søknader',
  legalBasis: '      - gdpr: A6-1-e\n',
  extra: 'riskFactors:\n  evaluationOrScoring: true\n  preventsRightOrService: true\n',
});

const reads: readonly string[] = [
  'Søknadene får en poengsum, og søkere under 40 poeng får avslag.',
  'Poengmodellen avgjør hvem som får plass.',
  'Vi sender resultatet til Skattedirektoratet, og systemet avgjør søknaden.',
  'Applicants are scored by the model and those below 40 are refused.',
  'Søknadene vert rangerte, og appen avgjer kven som får plass.',
  'Klareringsmyndigheten får bare resultatet; modellen bestemmer utfallet.',
  'The authority receives a list of the scores.',
  'Direktoratet mottar poengsummene.',
];
const silent: readonly string[] = [
  'Vi sender søknaden til klareringsmyndigheten i forsvarssektoren, som gjennomfører personkontrollen og avgjør saken.',
  'Helsedirektoratet vurderer søknaden og fatter vedtak.',
  'Søknaden sendes til Statsforvalteren, som avgjør den.',
  'Klareringsmyndigheita gjennomfører kontrollen og avgjer saka.',
  'The clearance authority carries out the vetting and decides the case.',
  'The directorate reviews the scores and makes the final decision.',
  'Nemnda avgjør hver sak etter en samlet vurdering.',
];

describe('an authority or directorate that decides each case (session 38, verneplikt base)', () => {
  readsAndSilent(findingsOf, reads, silent);
});
