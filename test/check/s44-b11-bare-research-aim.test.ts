import { describe } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { purposeFindingsOf } from '../helpers/rule-registries.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 44, B11: the one miss of six real bodies written blind (bodies/ahus: a hospital's purpose recorded as «forske»,
 * from «både for å gi helsehjelp og for å forske»). Research or statistics named only by a verb, with no subject or area,
 * is as vague as «forskning» alone (WP203 names «future research»; recital 33 lets a research purpose be broad only as
 * «certain areas of scientific research»): purpose-stated's `vague` warning. READ: the bare verb in nb, nn and en. SILENT:
 * research or statistics with an object or area, in other domains, and purposes that are no research at all.
 */
const run = textRegistry('ropa-s44-b11-research-');
const purposeFindings = purposeFindingsOf(run, { name: 'Nordvik universitetssykehus HF', basis: 'gdpr: A6-1-e\nlaw: [helseforskningsloven]' });

describe('a research or statistics aim named by a bare verb is vague (purpose-stated)', () => {
  readsAndSilent(
    purposeFindings,
    [
      'forske',
      'for å forske',
      'å drive forskning',
      'forska',
      'å drive forsking',
      'to conduct research',
      'carry out research',
      'lage statistikk',
      'to produce statistics',
      'forskning',
    ],
    [
      'forske på årsaker til hjertesvikt hos pasienter over 70 år',
      'drive forskning på læringsutbytte i matematikk på 5. trinn',
      'forska på kvifor elevar sluttar i vidaregåande opplæring',
      'to conduct research on noise exposure among harbour workers',
      'lage statistikk over utlån per bibliotekfilial',
      'utvikle, utarbeide og formidle offisiell statistikk',
      'produce statistics on household waste volumes per municipality',
      'gi deg helsehjelp når du er innlagt',
      'utarbeide statistikk om sysselsetting etter statistikkloven § 10',
    ],
  );
});
