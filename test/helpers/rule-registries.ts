import type { Finding } from '../../src/model/finding.js';
import { sentenceRegistry, textRegistry } from './sentence-registry.js';

/**
 * Registries shared by more than one matrix file (session 45, FR: folded from the files that first wrote them), each
 * made by a factory called at a test file's top (textRegistry removes its folder after the file's tests).
 */

/**
 * Direct marketing as isDirectMarketing reads it, seen through rights-restriction-reference `direct-marketing-objection`
 * (s44-m2, s45-fr): each cell an activity «title | purpose[ | directMarketing]» of Solvik AS that restricts the right to
 * object. `run` for tests that write their own activity (marketingActivity, marketingCatalogues).
 */
export const marketingActivity = (id: string, text: string): string => {
  const [title, purpose, recorded] = text.split(' | ');
  return `id: ${id}
title: ${JSON.stringify(title)}
status: active
purposes:
  - id: p
    description: ${JSON.stringify(purpose)}
${recorded !== undefined ? `    directMarketing: ${recorded}\n` : ''}    legalBasis:
      - gdpr: A6-1-f
        legitimateInterest: ${JSON.stringify(purpose)}
dataSubjects: [people]
dataCategories: [contact]
recipients: none
rightsRestrictions:
  - right: objection
    gdpr: A23-1-i
    law: ["LOV-2018-06-15-38 § 16"]
`;
};
export const marketingCatalogues = {
  'c.yaml': `dataSubjects:
  people:
    name: Kunder
dataCategories:
  contact:
    name: Kontaktopplysninger
`,
};
export function marketingObjections(prefix: string) {
  const run = textRegistry(prefix);
  const findingsOf = (texts: Record<string, string>): Finding[] =>
    run(texts, {
      org: 'Solvik AS',
      publicAuthority: false,
      rule: 'rights-restriction-reference',
      activity: marketingActivity,
      catalogues: marketingCatalogues,
      today: '2026-12-05',
    }).filter((f) => f.messageId.endsWith('.direct-marketing-objection'));
  return { run, findingsOf };
}

/**
 * child-consent-age in Solvik kommune's record (s43-m1, s45-fr): each cell an activity «title | purpose» with health data
 * and a consent (Art. 6 and 9) from 13.
 */
const childCareActivity = (id: string, text: string): string => {
  const [title, purpose] = text.split(' | ');
  return `id: ${id}
title: ${JSON.stringify(title)}
status: active
purposes:
  - id: p
    description: ${JSON.stringify(purpose)}
    legalBasis:
      - gdpr: A6-1-a
        consentWithdrawal: Den som samtykket, kan trekke samtykket ved å si fra.
        childConsentAge: 13
      - gdpr: A9-2-a
        consentWithdrawal: Den som samtykket, kan trekke samtykket ved å si fra.
        childConsentAge: 13
dataSubjects: [youth]
dataCategories: [health]
recipients: none
`;
};
const childCareCatalogues = {
  'c.yaml': `dataSubjects:
  youth:
    name: Ungdom
dataCategories:
  health:
    name: Helseopplysninger
    specialCategory: health
`,
};
export function childCareFindings(prefix: string): (texts: Record<string, string>) => Finding[] {
  const run = textRegistry(prefix);
  return (texts) =>
    run(texts, { org: 'Solvik kommune', rule: 'child-consent-age', activity: childCareActivity, catalogues: childCareCatalogues, today: '2026-12-05' });
}

/**
 * criminal-data-basis on an insurer's claims register (s43-b10, s45-fr): each cell the name of the only data category of
 * an activity of Nordvik Forsikring AS on Art. 6(1)(b).
 */
export function claimCategoryFindings(prefix: string): (texts: Record<string, string>) => Finding[] {
  const categories = textRegistry(prefix);
  return (texts: Record<string, string>) =>
    categories(texts, {
      org: 'Nordvik Forsikring AS',
      publicAuthority: false,
      rule: 'criminal-data-basis',
      catalogues: {
        'data-categories.yaml': `dataCategories:\n${Object.entries(texts)
          .map(([id, t]) => `  cat-${id}:\n    name: ${JSON.stringify(t)}\n`)
          .join('')}`,
      },
      activity: (id) => `id: ${id}
title: Skaderegister
status: active
purposes:
  - id: oppgjor
    description: behandle skademeldinger og gjøre opp skader etter forsikringsavtalen
    legalBasis:
      - gdpr: A6-1-b
dataCategories:
  - cat-${id}
recipients: none
`,
    });
}

/**
 * A permanent entry handed to `archive` (s44-w3, s45-fr): an activity keeping stories on legitimate interest with no
 * Art. 89 safeguards, and its one data category (STORY).
 */
export const keptInArchive = (id: string, archive: string): string => `id: ${id}
title: Historiske saker
status: active
purposes:
  - id: historie
    description: ta vare på historiske saker og bilder
    legalBasis:
      - gdpr: A6-1-f
        legitimateInterest: Å dokumentere historien.
        interestAssessment: Interesseavveining 2025
dataCategories: [story]
recipients: none
retention:
  - permanent: true
    endAction: archive
    archive: ${JSON.stringify(archive)}
`;
export const STORY = { 'data-categories.yaml': 'dataCategories:\n  story:\n    name: Historie\n' };

/**
 * purpose-stated on one purpose (s44-b11, s45-b12, s45-fy): each cell an activity whose only purpose's description is the
 * cell's text, on the basis given as the YAML of one `legalBasis` entry's fields (indented as under `- `).
 */
export function purposeFindingsOf(
  run: ReturnType<typeof textRegistry>,
  org: { name: string; publicAuthority?: boolean; basis: string },
): (texts: Record<string, string>) => Finding[] {
  return (texts) =>
    run(texts, {
      org: org.name,
      ...(org.publicAuthority !== undefined ? { publicAuthority: org.publicAuthority } : {}),
      rule: 'purpose-stated',
      activity: (id, text) => `id: ${id}
title: Behandling ${id}
status: active
purposes:
  - id: p
    description: ${JSON.stringify(text)}
    legalBasis:
      - ${org.basis.trim().split('\n').join('\n        ')}
recipients: none
`,
    });
}

/**
 * consent-for-public-task `consent-asked-for-task` on a municipality's activity titled `title` (s45-fr, s46-fr2): each
 * cell the only description of an activity on Art. 6(1)(e) whose purpose is «gi tjenesten loven krever».
 */
export function taskConsentFindings(prefix: string): (title: string) => (texts: Record<string, string>) => Finding[] {
  const registryOf = sentenceRegistry(prefix);
  return (title) => (texts) =>
    registryOf(texts, {
      org: 'Vestvik kommune',
      language: 'nb',
      title,
      purpose: 'gi tjenesten loven krever',
      rule: 'consent-for-public-task',
      legalBasis: '      - gdpr: A6-1-e\n',
    });
}
