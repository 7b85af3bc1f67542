import { table } from '../helpers/reader-table.js';
import { readText } from '../../src/check/prose-activity.js';

/**
 * Found at the merge of session 27 (K2's note): a score «for each» thing is no profiling of a person (Art. 4(4)); the same
 * score for each person still is.
 */
table(
  'profiling: a score for each person, not for each event, route or product (merge of session 27)',
  readText.profiling,
  [
    ['en', 'We compute a risk score for each customer from their payment history.'],
    ['nb', 'Vi beregner en risikoscore for hver kunde.'],
    ['en', 'We compute a score for each member from their bookings.'],
    ['nn', 'Vi lagar ein skår for kvar bilførar ut frå køyremønsteret.'],
  ],
  [
    ['en', 'We compute a popularity score for each event from ticket sales.'],
    ['nb', 'Vi beregner en popularitetsscore for hvert arrangement ut fra billettsalget.'],
    ['en', 'We compute a score for each route from traffic counts.'],
    ['nn', 'Vi reknar ut ein skår for kvart produkt ut frå salet.'],
  ],
);
