import { describe } from 'vitest';
import { taskSentences } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 44, FT (variants-tannhelse TH62, written blind: «Once the saliva samples have been analysed, the consent can no
 * longer be withdrawn and the data stay in the study»): an activity's description that says the consent cannot be
 * withdrawn, or only later: consent-withdrawal `described-not-withdrawable` (Art. 7(3): at any time; helseforskningsloven
 * § 16). Each cell is the only description of an activity on a public task (no consent basis: the words tell of a consent
 * the record does not hold). READ: a school's photos, a course, a club's membership year, a survey, an interview, a
 * recording, NAV, a shop; nb, nn, en. SILENT: withdrawable at any time, data already analysed or anonymised, what was done
 * before, photos already printed, who withdraws, retroactively.
 */
const findingsOf = taskSentences('ropa-s44-ft-withdraw-', 'consent-withdrawal');

describe('a consent said in the description to be beyond withdrawal (consent-withdrawal described-not-withdrawable)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Når bildene er publisert i skoleavisen, kan samtykket ikke lenger trekkes tilbake.',
      'Samtykket kan ikkje trekkjast tilbake etter at kurset har starta.',
      'Consent cannot be withdrawn once the membership year of the club has started.',
      'Your consent to the recording is irrevocable once you have signed.',
      'After the interview the consent can no longer be withdrawn.',
      'Det er ikkje mogleg å trekkje samtykket etter at undersøkinga er send inn.',
      'Samtykke til bruk av opptaket fra NAV-møtet kan ikke tilbakekalles.',
      'Deltakelse i kundepanelet kan ikke avsluttes før panelperioden er over.',
    ],
    [
      'Samtykket kan trekkes tilbake når som helst.',
      'Consent can be withdrawn at any time; data already analysed stay in the study.',
      'Opplysninger som er anonymisert, kan ikke trekkes ut av statistikken.',
      'Withdrawal does not affect processing carried out before the withdrawal.',
      'Bilder som allerede er trykt i årboka, kan ikke kalles tilbake.',
      'Samtykket kan ikke trekkes tilbake med tilbakevirkende kraft.',
      'Du kan ikkje trekkje samtykket på vegner av barnet av andre enn deg.',
    ],
  );
});
