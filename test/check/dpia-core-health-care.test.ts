import { describe } from 'vitest';
import { firesAndSilent } from '../helpers/rule-matrix.js';
import { textRegistry } from '../helpers/sentence-registry.js';

/**
 * L5, session 39 (variants-samskipnad SS16): an organisation that records its core activities as special categories on
 * a large scale (`coreActivities.largeScaleSpecialCategories`, Art. 37(1)(c)) and gives health care keeps that care's
 * journal on that scale: an activity with a health category marked, resting on Art. 9(2)(h) with a law cited, about people
 * who are not only its own staff, with the journal duty of helsepersonelloven cited, meets Art. 35(3)(b) (src/check/screening.ts healthCare). Records written for this matrix
 * (a student GP service, a hospital's outpatient clinic, a dental clinic, a school health service, a care home), none
 * from a test set. Silent: the organisation does not say it (a small body's one health category is no large scale), an
 * individual practice (recital 91), the organisation's own staff only, no health category, Art. 9(2)(b) or (h) with no
 * law, no journal duty cited (a pharmacy's web shop), the activity's own `largeScale: false`, a DPIA done.
 */
const run = textRegistry('ropa-l5-dpia-care-');
interface Cell {
  title: string;
  core?: boolean;
  individual?: boolean;
  staffOnly?: boolean;
  category?: 'health' | 'none';
  condition?: string;
  law?: 'pasientjournalloven' | 'helsepersonelloven' | 'none';
  /** The Art. 6 basis's law: helsepersonelloven § 39 (the journal duty) by default, or a pharmacy's regulation. */
  duty?: 'helsepersonelloven' | 'apotekforskriften';
  extra?: string;
  language?: 'nb' | 'nn' | 'en';
}
function findings(cell: Cell): string[] {
  const law = cell.law ?? 'pasientjournalloven';
  return run(
    { a: cell.title },
    {
      org: 'Vestvik helse',
      publicAuthority: false,
      language: cell.language ?? 'nb',
      organisation: `${cell.core === false ? '' : 'coreActivities:\n  largeScaleSpecialCategories: true\n'}${cell.individual === true ? 'individualPractice: true\n' : ''}`,
      rule: 'dpia-required',
      today: '2026-12-04',
      catalogues: {
        'catalogues.yaml': `laws:
  helsepersonelloven:
    title: helsepersonelloven
    lovdataId: LOV-1999-07-02-64
  pasientjournalloven:
    title: pasientjournalloven
    lovdataId: LOV-2014-06-20-42
  apotekforskriften:
    title: apotekforskriften
    lovdataId: FOR-2001-02-26-178
dataCategories:
  health:
    name: Journalopplysninger
    specialCategory: health
  contact:
    name: Navn og adresse
dataSubjects:
  patients:
    name: Pasienter
  staff:
    name: Ansatte
    employees: true
`,
      },
      activity: (id, title) => `id: ${id}
title: ${title}
status: active
purposes:
  - id: p
    description: gi helsehjelp og føre journal
    legalBasis:
      - gdpr: A6-1-c
        law:
          - law: ${cell.duty ?? 'helsepersonelloven'}
            section: § 39
      - gdpr: ${cell.condition ?? 'A9-2-h'}
${law === 'none' ? '' : `        law:\n          - law: ${law}\n`}dataSubjects: [${cell.staffOnly === true ? 'staff' : 'patients'}]
dataCategories: [${cell.category === 'none' ? 'contact' : 'health, contact'}]
${cell.extra ?? ''}`,
    },
  ).map((f) => JSON.stringify(f.args));
}

describe('dpia-required: the health care of an organisation whose core activity is large-scale special categories', () => {
  const fires: [string, Cell][] = [
    ['a student GP service (nynorsk), pasientjournallova', { title: 'Helsetenesta (legar og psykologar)', language: 'nn' }],
    ['a hospital outpatient clinic, helsepersonelloven', { title: 'Poliklinikk', law: 'helsepersonelloven' }],
    ['a dental clinic (English)', { title: 'Dental treatment records', language: 'en' }],
    ['a school health service', { title: 'Skolehelsetjenesten' }],
    ['a care home', { title: 'Sjukeheimen, pleie og omsorg', language: 'nn', law: 'helsepersonelloven' }],
    ['a psychologist service, no register word', { title: 'Samtaler med psykolog' }],
  ];
  const quiet: [string, Cell][] = [
    ['the organisation does not record large-scale special categories (a small body)', { core: false, title: 'Helsetenesta' }],
    ['an individual practice (recital 91)', { individual: true, title: 'Pasientjournal' }],
    ['the organisation’s own staff only (occupational health)', { staffOnly: true, title: 'Bedriftshelsetjeneste for egne ansatte' }],
    ['no health category marked', { title: 'Timebestilling', category: 'none' }],
    ['Art. 9(2)(b), not health care', { title: 'Sykefravær', condition: 'A9-2-b' }],
    ['Art. 9(2)(h) with no law cited', { title: 'Helsetenesta', law: 'none' }],
    ['a pharmacy web shop: no journal duty cited (apotekforskriften, pasientjournalloven § 6)', { title: 'Nettapotek', duty: 'apotekforskriften' }],
    ['the activity says it is not on a large scale', { title: 'Helsetenesta', extra: 'riskFactors:\n  largeScale: false\n' }],
    ['a DPIA done', { title: 'Helsetenesta', extra: 'dpia:\n  status: done\n  date: 2025-01-10\n  reference: Sak 2025/1\n' }],
  ];
  firesAndSilent(findings, fires, quiet, '"art35":["b"]');
});
