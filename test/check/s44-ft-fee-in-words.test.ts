import { describe } from 'vitest';
import { taskSentences } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 44, FT (variants-tannhelse TH65, written blind: «Ber du om kopi av journalen på papir, tar vi et gebyr på 250
 * kroner»): a fee for the person's access to, or a copy of, their own data said in an activity's words: rights-free-of-charge
 * `fee-in-words` (Art. 12(5), 15(3): the first copy is free). Each cell is the only description of an activity in a record
 * with no `rightsFee`. READ: a school, NAV, an employer, a housing office, a sports club, a shop, a clinic, a research unit,
 * nb, nn and en. SILENT: further copies, manifestly unfounded or excessive requests, a free copy, a denial, a copy of a
 * diploma or a card, a price for a service.
 */
const findingsOf = taskSentences('ropa-s44-ft-fee-', 'rights-free-of-charge');

describe('a fee for access to or a copy of the person’s own data, in words (rights-free-of-charge fee-in-words)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Foresatte som ber om kopi av elevmappa, betaler et gebyr på 150 kroner.',
      'Ber du om innsyn i opplysningene vi har om deg, må du betale 200 kr.',
      'Ein papirkopi av personalmappa kostar 100 kr.',
      'We charge a fee of £10 for a copy of your records.',
      'Utskrift av opplysningane i medlemsregisteret kostar 50 kr for medlemmer.',
      'Kunder som vil ha innsyn i kundeopplysningene sine, betaler en avgift på 75 kroner.',
      'A copy of the patient journal costs 250 kroner.',
      'Deltakerne kan få kopi av dataene om seg fra studien mot et gebyr.',
    ],
    [
      'Første kopi av journalen er gratis; ytterligere kopier koster 50 kr.',
      'For åpenbart grunnløse eller overdrevne krav om innsyn kan vi ta et rimelig gebyr.',
      'We do not charge a fee for a copy of your records.',
      'Kopi av vitnemålet koster 200 kr.',
      'Nytt lånekort koster 50 kroner.',
      'Ein kopi av opplysningane dine får du utan kostnad.',
      'Further copies of your personal data cost £5 each.',
      'Kurset koster 500 kr, og vi lagrer navn og e-post til deltakerne.',
      'Kopi av dokumenter i postjournalen koster 2 kr per side etter offentleglova.',
    ],
  );
});
