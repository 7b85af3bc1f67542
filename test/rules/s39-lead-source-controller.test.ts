import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 39 (lead), variants-sameting's clean base at first sight: «Vi henter … siidaandel og reinmerke fra
 * Landbruksdirektoratets register» beside a recorded source «Reindriftsforvaltningens register over siidaandeler og
 * reinmerker» whose `controller` is Landbruksdirektoratet. The words name the source by the body that holds it; the
 * record has it (GDPR Art. 14(2)(f) asks «from which source the personal data originate», and the catalogue says whose it
 * is). notice-source compared the words with the sources' names and descriptions only, and fired. A register named as
 * the register of a recorded source's `controller` is now that source. The body named alone still fires: it may be another
 * of its registers than the one recorded (variants-barnehage BH09: the tax assessment «fra Skatteetaten» beside a recorded
 * Folkeregisteret, also Skatteetaten's). Sentences written for this matrix (other domains than the set's).
 */
const findingsOf = ruleMatrix('notice-source', {
  org: 'Nordvik kommune',
  language: 'nb',
  title: 'Tilskudd til næring',
  purpose: 'behandle søknader om tilskudd',
  subjects: ['Søkere'],
  sources: [
    ['Reindriftsforvaltningens register over siidaandeler og reinmerker', 'Landbruksdirektoratet'],
    ['Opptaksregisteret', 'Samordna opptak'],
    ['Kjøretøyregisteret', 'Statens vegvesen'],
  ],
});

describe('a recorded source named by the body that holds it (notice-source; variants-sameting base, session 39)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Vi henter besetningsnummeret fra Mattilsynets register.',
      'Reinmerket hentes fra Mattilsynet.',
      'Opplysninger om utdanningen henter vi fra Lånekassen.',
      'We obtain the vehicle data from the Norwegian Tax Administration.',
      'Vi hentar opplysningar om køyretøyet frå Skatteetaten.',
      'Saksbehandleren innhenter vandelsopplysninger fra politiet.',
      'Reinmerket hentes fra Landbruksdirektoratet.',
      'Vi hentar opplysningar om køyretøyet frå Statens vegvesen.',
      'Siidaandelen innhentes fra Landbruksdirektoratet når søknaden kommer inn.',
      'Vi henter besetningen fra Mattilsynets register.',
    ],
    [
      'Vi henter siidaandel og reinmerke fra Landbruksdirektoratets register.',
      'Reinmerket hentes fra registeret til Landbruksdirektoratet.',
      'Opplysninger om opptaket henter vi fra Samordna opptaks database.',
      'Vi hentar opplysningar om køyretøyet frå Statens vegvesens register.',
      'Vi henter kjøretøyopplysningene fra Statens vegvesens register.',
      "We obtain each holder's reindeer mark from Landbruksdirektoratet's register.",
    ],
  );
});
