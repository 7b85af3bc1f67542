import { describe } from 'vitest';
import { readsAndSilent } from '../helpers/sentence-matrix.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Session 40, R36 (the class of variants-lading EV76 «as the Accounting Act of 1977 (regnskapsloven) requires»): an act
 * named by an English title with its year and the Norwegian short title in brackets, either way round, names the act of
 * that year; a repealed one is reported by repealed-law (prose-replaced). Cells from a school, a hospital, a shop, a bank
 * and a municipality; near misses name the act in force by its year, tell the old act as history, or name no year.
 */
const findingsOf = ruleMatrix('repealed-law', { org: 'Nordvik kommune', language: 'en', title: 'Records', purpose: 'Keep records.' });

describe('an act named by its English title, year and Norwegian title (R36 session 40)', () => {
  readsAndSilent(
    findingsOf,
    [
      'The shop keeps its sales ledgers as the Accounting Act of 1977 (regnskapsloven) requires.',
      'Sick leave is recorded under the Working Environment Act of 1977 (arbeidsmiljøloven).',
      'The council publishes its minutes as the Local Government Act 1992 (kommuneloven) lays down.',
      'Pupil files are kept under opplæringslova (the Education Act 1998).',
      'Patient data are processed under the Personal Data Act of 2000 (personopplysningsloven).',
      'The hospital registers are run under helseregisterloven (the Health Registries Act 2001).',
      'Case files of the child welfare service are kept as the Child Welfare Act 1992 (barnevernloven) requires.',
      'The bank checks customers under the Money Laundering Act of 2009 (hvitvaskingsloven).',
    ],
    [
      'The shop keeps its sales ledgers as the Accounting Act 1998 (regnskapsloven) requires.',
      'Pupil files are kept under opplæringslova (the Education Act 2023).',
      'Patient data were processed under the Personal Data Act of 2000 (personopplysningsloven) until 2018.',
      'The council publishes its minutes as the Local Government Act (kommuneloven) lays down.',
      'The former Working Environment Act of 1977 (arbeidsmiljøloven) was replaced in 2006.',
      'Customers are checked under the Money Laundering Act 2018 (hvitvaskingsloven).',
    ],
  );
});
