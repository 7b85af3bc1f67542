import { describe } from 'vitest';
import { taskSentences } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 45, FR (issue #12): rights-free-of-charge `fee-in-words` is an error, so what Art. 12(5) and 15(3) and the law
 * around them leave open must stay silent: a fee for manifestly unfounded or excessive requests in its Norwegian words
 * («åpenbart ugrunnet», «overdrevent»), further copies, a copy said to be free of fees («gebyrfritt»); a copy asked for or
 * paid by another (an insurer, a lawyer, an employer, a researcher, a genealogist: a disclosure, not the person's access);
 * a deceased person's journal (outside the GDPR, recital 27); a certified copy; a fee for another thing in a coordinated
 * clause (the appointment's patient charge). READ: the fee for the person's own first copy or access, nb, nn, en, also
 * where a condition opens the sentence.
 */
const findingsOf = taskSentences('ropa-s45-fr-fee-', 'rights-free-of-charge');

describe('the exclusions of a fee said in words (rights-free-of-charge fee-in-words)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Ber du om kopi av journalen på papir, tar vi et gebyr på 250 kroner.',
      'Kopi av journalen kostar 150 kr, og du får han tilsend i posten.',
      'Pasienter som ber om innsyn i journalen, betaler 100 kr i gebyr.',
      'If you ask for a copy of your records, we charge a fee of £10, and we send it within a month.',
      'Ansatte som ber om kopi av personalmappa hos arbeidsgiveren, betaler 100 kr.',
    ],
    [
      'Vi kan ta et rimelig gebyr dersom kravet om innsyn i opplysningene er åpenbart ugrunnet eller overdrevent.',
      'Kopi av journalen er gebyrfritt for pasienten.',
      'Forsikringsselskap som ber om kopi av journalen, betaler et gebyr på 300 kroner.',
      'Advokater som ber om kopi av personalmappa på vegne av en klient, betaler 200 kr.',
      'Insurers who request a copy of the patient’s records pay a fee of £25.',
      'Pårørende som ber om kopi av journalen til en avdød, betaler 150 kr for utskriften.',
      'Slektsgranskarar som bestiller kopi av opplysningar frå gamle elevmapper, betaler 50 kr per side.',
      'En bekreftet kopi av journalen koster 100 kr.',
      'Du betaler egenandel for timen, og du kan be om kopi av journalen.',
      'You pay for the course, and you can ask for a copy of your records at any time.',
    ],
  );
});
