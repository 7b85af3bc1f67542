import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 40, R35 (rules/employee-control.ts STAFFS_DATA, COMPARED): the staff's figures compared or ranked, named in the
 * plural genitive, and brought into the appraisal or pay talk (variants-lading EV57 «Hver måned sammenligner driftslederen
 * teknikernes kjøretid, stopp og antall oppdrag, og tallene tas opp i medarbeidersamtalen»): a control measure
 * (arbeidsmiljøloven § 9-1: «Arbeidsgiver kan bare iverksette kontrolltiltak overfor arbeidstaker når tiltaket har saklig
 * grunn i virksomhetens forhold og det ikke innebærer en uforholdsmessig belastning for arbeidstakeren»; § 9-2 discussion
 * and notice). Cells from a school, a hospital, a shop, a bank, a municipality; near misses: no appraisal, the team's
 * totals, customers' or pupils' figures, a denied use.
 */
const findingsOf = ruleMatrix('employee-control', {
  org: 'Vestvik kommune',
  language: 'nb',
  title: 'Oppfølging av ansatte',
  purpose: 'Planlegge arbeidet.',
  subjects: ['Ansatte'],
  employees: true,
  legalBasis: '      - gdpr: A6-1-f\n        legitimateInterest: Planlegge arbeidet.\n',
});

describe("the staff's figures compared and brought into the appraisal (EV57)", () => {
  readsAndSilent(
    findingsOf,
    [
      'Hver uke sammenligner rektor lærernes resultater, og tallene tas opp i medarbeidersamtalen.',
      'Avdelingsleder sammenligner sykepleiernes registreringer, og tallene brukes i lønnssamtalen.',
      "The branch manager compares the cashiers' sales each month and raises them in the annual appraisal.",
      'Banken rangerer rådgivernes salg, og listen tas opp i medarbeidersamtalen.',
      'Kommunen samanliknar sakshandsamarane sine tal, og tala blir tekne opp i medarbeidarsamtalen.',
      "The ward compares the nurses' response times and discusses them in each nurse's appraisal.",
      'Butikksjefen sammenligner kasserernes salgstall, og tallene legges fram i medarbeidersamtalen.',
      "Every month the depot compares the drivers' delivery times, and the figures are used in the appraisal.",
    ],
    [
      "The depot compares the vans' fuel use each month to plan servicing.",
      'Samlede tall for hele teamet tas opp i medarbeidersamtalen.',
      'Vi sammenligner teknikernes kjøretid med fjoråret, men tallene tas ikke opp i medarbeidersamtalen.',
      "The school compares the pupils' results, and the figures are discussed at the parents' meeting.",
      'Lederen sammenligner avdelingenes salg, og tallene tas opp på avdelingsmøtet.',
      'Vi sammenligner leverandørenes priser hvert år.',
    ],
  );
});
