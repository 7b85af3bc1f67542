import { describe, expect, it } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { t } from '../../src/i18n/index.js';

/**
 * Session 46, FR2 (LR's leftover of session 45): employee-control's `described-control-measure` said «riskFactors.
 * employeeMonitoring is not set» also where the record sets it and the description turns the monitoring on the
 * individual employee («Team leaders also use the positions to compare each technician's jobs per hour»: variants-bildeling
 * BD37's kind). Where it is set the finding is `described-control-measure-monitored`, whose words in nb, nn and en say it
 * is set and that the measure must cover this use; where it is not, the message is as before. A car-sharing firm's
 * activity about its employees, one per sentence.
 */
const registryOf = sentenceRegistry('ropa-s46-fr2-control-message-');
const idsOf = (monitored: boolean, text: string): string[] =>
  registryOf(
    { a: text },
    {
      org: 'Bildel AS',
      language: 'en',
      title: 'Vehicle positions',
      purpose: 'locate the cars for customers and service',
      rule: 'employee-control',
      subjects: ['Technicians'],
      employees: true,
      publicAuthority: false,
      legalBasis: '      - gdpr: A6-1-f\n        legitimateInterest: Find the cars.\n        interestAssessment: LIA 2024-03\n',
      extra: monitored ? 'riskFactors:\n  employeeMonitoring: true\n' : '',
    },
  ).map((f) => f.messageId);
const sentence = "Team leaders also use the positions to compare each technician's jobs per hour.";

describe('described-control-measure says whether employeeMonitoring is set', () => {
  it('is the monitored message where the record sets it', () => {
    expect(idsOf(true, sentence)).toEqual(['gaps.employee-control.described-control-measure-monitored']);
  });
  it('is the message that says it is not set where it is not', () => {
    expect(idsOf(false, sentence)).toEqual(['gaps.employee-control.described-control-measure']);
  });
  it('says «is set» in each language, never «not set»', () => {
    for (const [lang, set, notSet] of [
      ['en', 'is set', 'not set'],
      ['nb', 'er satt', 'ikke satt'],
      ['nn', 'er sett', 'ikkje sett'],
    ] as const) {
      const text = t(lang, 'gaps.employee-control.described-control-measure-monitored', { words: sentence });
      expect(text, lang).toContain(`riskFactors.employeeMonitoring ${set}`);
      expect(text, lang).not.toContain(notSet);
    }
  });
});
