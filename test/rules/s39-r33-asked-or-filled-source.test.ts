import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 39, R33 (variants-samskipnad SS46, SS48): data got from another party by asking it («ber legen om kopi av
 * journalen frå fastlegen», «bed om epikrisen frå …», «spør om karakterutskrift frå …», «asks for reports from …») or by
 * filling out what we hold («supplerer profilene med opplysninger fra …», «enrich the profiles with data from …»):
 * lexicon-words.ts ASKED_OR_FILLED, spliced at the end of prose-activity.ts SOURCE_SAID's getting verbs, so the source must
 * still be named after «fra/frå/from». Art. 14(2)(f): where the data were not got from the person, the source; an
 * unrecorded source is what notice-source `described-source` reports. Cells from a school, a hospital, a shop and a
 * municipality (none from a test set). Near misses: asking the person, no source named, a denial, a request to us.
 */
const findingsOf = ruleMatrix('notice-source', {
  org: 'Nordvik kommune',
  language: 'nb',
  title: 'Saksbehandling',
  purpose: 'behandle saker om tjenester',
  subjects: ['Innbyggere'],
});

describe('data asked for from, or filled out with, another party (notice-source; SS46, SS48)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Skolen ber om kopi av kartleggingen fra barnehagen.',
      'Sjukehuset bed om epikrisen frå fastlegen før timen.',
      'Butikken supplerer kundeprofilene med opplysninger fra kredittopplysningsbyrået.',
      'Kommunen supplerer søknaden med opplysningar frå Skatteetaten.',
      "The school asks for reports from the pupil's previous school.",
      'We enrich the customer profiles with data from a credit reference agency.',
      'Legen ber om prøvesvar fra sykehuset.',
      'Rådgjevaren spør om karakterutskrift frå den førre skulen.',
    ],
    [
      'Vi ber deg om samtykke før vi starter.',
      'Skolen ber foreldrene om å gi beskjed om endringer.',
      'Vi supplerer profilene med opplysninger du selv legger inn.',
      'We ask you for your phone number.',
      'Du kan be om kopi av opplysningene vi har om deg.',
      'Vi ber ikke om opplysninger fra andre.',
      'Vi ber søkeren om å legge ved attester fra tidligere arbeidsgivere.',
    ],
  );
});
