import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 38, R30 (variants-ambulanse AM57): each employee's recorded figures, named by what they measure (speed, response
 * or driving times, GPS data), brought into their appraisal or pay talk — a control measure on the individual employee
 * (arbeidsmiljøloven § 9-1: «Arbeidsgiver kan bare iverksette kontrolltiltak overfor arbeidstaker når tiltaket har saklig
 * grunn i virksomhetens forhold og det ikke innebærer en uforholdsmessig belastning for arbeidstakeren»; § 9-2: the need,
 * design and material changes discussed with the employees' representatives, and the employees told), and a use of the
 * data the record's purposes leave out (GDPR Art. 5(1)(b)). Each cell is one activity's description in an activity about
 * the body's employees; sentences written for this matrix but the planted one (first): READ (nb, nn, en; «for/til hver»,
 * «per», the genitive, «kvar X sine»; active and passive bringing in) and SILENT (a station's, a vehicle's or the unit's
 * figures; a pupil's; a denial; the employee's own request; a plan, not measured data).
 */
const findingsOf = ruleMatrix('employee-control', {
  org: 'Vestvik helseforetak',
  language: 'nb',
  title: 'Kjøretøysporing og kjørelogg',
  purpose: 'Sende nærmeste ledige ambulanse til oppdraget.',
  subjects: ['Ansatte og vikarer'],
  employees: true,
  legalBasis: '      - gdpr: A6-1-e\n        law:\n          - law: spesialisthelsetjenesteloven\n            section: § 2-1 a\n',
});

describe("each employee's measured figures brought into the appraisal (described-control-measure; AM57)", () => {
  readsAndSilent(
    findingsOf,
    [
      'Stasjonslederen går hver måned gjennom fartsdata og responstider for hver ambulansearbeider og tar det opp i medarbeidersamtalen.',
      'Avdelingslederen ser hver uke på kjøretidene til hver sjåfør og tar dem opp i medarbeidersamtalen.',
      'Stasjonsleiaren går kvar månad gjennom fartsdata for kvar ambulansearbeidar og tek det opp i medarbeidarsamtalen.',
      'Responstidene til kvar einskild operatør blir nytta i medarbeidarsamtalen.',
      "The station manager goes through each paramedic's response times every month and raises them in the appraisal.",
      'Lederen henter ut GPS-data for hver montør og legger dem fram i lønnssamtalen.',
      'Hver enkelt ansatts kjøredata gjennomgås i medarbeidersamtalen.',
      'Kvar sjåfør sine køyretider vert tekne opp i medarbeidarsamtalen.',
      'Speed data for each driver are discussed in the annual performance review.',
    ],
    [
      'Stasjonslederen går hver måned gjennom responstidene for hver stasjon og tar dem opp i ledermøtet.',
      'Stasjonslederen går gjennom responstidene for hver stasjon og tar det opp i medarbeidersamtalen.',
      'Fartsdata for hver ambulansearbeider tas ikke opp i medarbeidersamtalen.',
      'Ambulansearbeiderne kan be om å få sine egne fartsdata til medarbeidersamtalen.',
      'I medarbeidersamtalen går lederen gjennom kompetanseplanen for hver ansatt.',
      'Kursresultatene for hver elev tas opp i utviklingssamtalen med foreldrene.',
      'The manager reviews response times for each station in the quarterly meeting.',
      'Lederen går gjennom responstidene for hver bil og tar det opp med verkstedet.',
      'Køyretidene for kvar ambulanse blir gått gjennom i medarbeidarsamtalen.',
    ],
  );
});
