import { describe } from 'vitest';
import { childCareFindings } from '../helpers/rule-registries.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 45, FR (issue #12): child-consent-age read «psykiatri» and «psychiatr» inside any word, «dental» inside
 * «accidental» and «incidental», «patient» inside «impatient», as health care in which a recorded `childConsentAge` of 13
 * is judged against 16 (pasient- og brukerrettighetsloven § 4-3 first paragraph (b)). A word-boundary matrix: READ
 * psychiatric care by any compound or derivation, nb, nn, en; SILENT forensic psychiatry (an expert's report to a
 * court), anti-psychiatry, psychiatry as a subject, and the English words that only contain «dental», «patient». Each
 * cell is an activity «title | purpose» with health data and a consent from 13 (as s43-m1-child-consent-health-care).
 */
const findingsOf = childCareFindings('ropa-s45-fr-psychiatry-');

describe('psychiatry and health words by their whole word (child-consent-age)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Ungdomspsykiatrisk poliklinikk | utredning og behandling av ungdom',
      'Psykiatrisk sykepleiar for ungdom | samtalar og oppfølging',
      'Psykiatrien i Solvik | behandling og oppfølging av ungdom',
      'Child psychiatrist | assessment and treatment of young people',
      'Psychiatric nurse for young people | talks and follow-up',
      'Dental care for teenagers | check-ups and treatment',
    ],
    [
      'Rettspsykiatrisk undersøkelse | sakkyndig erklæring til retten om siktede ungdommer',
      'Rettspsykiatri | sakkunnige fråsegner til retten',
      'Forensic psychiatric reports | expert reports to the court on young defendants',
      'Antipsykiatri som tema i samfunnsfag | elevene skriver om allergier og helse i klassen',
      'Undervisning i psykiatri | studentane svarar på ei undersøking om trivsel og helse',
      'Essays on the history of psychiatry | pupils answer a survey on wellbeing and health',
      'Accidental damage cover | young members report accidental damage and injuries',
      'Incidental findings in the youth survey | follow up answers about wellbeing and health',
      'Impatient customers | young members tell us about waiting times and allergies',
    ],
  );
});
