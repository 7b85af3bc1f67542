import { table } from '../helpers/reader-table.js';
import { readText } from '../../src/check/prose-activity.js';

/**
 * Issue #12 (session 28, F3): a false alarm costs a DPO's trust as much as a miss. PER_PERSON had the «each + any word»
 * shape RATED_EACH had: a score or profile kept for each route, building, event or department is no one's (Art. 4(4)).
 */
table(
  'profiling: PER_PERSON shares EACH_THING (session 28)',
  readText.profiling,
  [
    ['en', 'We keep a risk score for each customer.'],
    ['en', 'We keep a risk score for each subscriber.'],
    ['nn', 'Vi fører ein risikoskår for kvar lånar.'],
    ['nb', 'Vi lager en interesseprofil for hver gjest.'],
  ],
  [
    ['en', 'We keep a risk score for each route.'],
    ['nb', 'Vi har en risikoskår for hvert bygg.'],
    ['nb', 'Vi lager en interesseprofil for hvert arrangement.'],
    ['en', 'We assign each route a risk score.'],
    ['en', 'We keep a risk score for each department.'],
    ['nn', 'Vi har ein risikoskår for kvar skule.'],
  ],
);
