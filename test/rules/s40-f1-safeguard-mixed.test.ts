import { describe } from 'vitest';
import { readsAndSilent } from '../helpers/sentence-matrix.js';
import { textRegistry } from '../helpers/sentence-registry.js';

/**
 * Session 40, F1 (risk named by session 39's review of B6's denial check): a measure that states one Art. 89(1) safeguard and
 * denies another in a part of its own («Only anonymised data is used; no pseudonymised data is kept») states the safeguard:
 * the denial was read over the whole text, so research-safeguards gave `not-art89`. Now part by part (a sentence, a «;», a
 * «but»/«men»). A text that denies every safeguard it names, or names another kind of measure, is still the error. Each
 * text is the name of the one measure listed as the purpose's safeguard; cells from a hospital, a school, a shop, a bank.
 */
const registryOf = textRegistry('ropa-s40-f1-safeguard-');
const findingsOf = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Fjordvik kommune',
    rule: 'research-safeguards',
    today: '2026-12-04',
    catalogues: {
      'measures.yaml': `securityMeasures:\n${Object.entries(texts)
        .map(([id, t]) => `  m-${id}:\n    name: ${JSON.stringify(t)}\n    type: organisational\n`)
        .join('')}`,
    },
    activity: (id) =>
      `id: ${id}\ntitle: Statistikk\nstatus: active\npurposes:\n  - id: stats\n    description: lage statistikk over bruken av tenesta\n    researchOrStatistics: statistics\n    safeguards: [m-${id}]\nrecipients: none\n`,
  });

describe('a safeguard stated beside another denied, part by part (F1 session 40, research-safeguards)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Opplysningene blir ikke pseudonymisert før analysen',
      'The data are not anonymised before the analysis; access is logged',
      'Svara blir ikkje anonymiserte, og ingen avidentifisering skjer',
      'No pseudonymisation of the sales data; encryption in transit',
      'Journaldata blir ikke anonymisert, men tilgangen er begrenset',
      'Uten avidentifisering av elevsvara; taushetsplikt for alle',
      'Kundedata blir ikke pseudonymisert og ikke anonymisert før analysen',
      'Tilgangsstyring på forskningsserveren',
    ],
    [
      'Only anonymised data is used; no pseudonymised data is kept',
      'Bare anonymiserte tall brukes; ingen pseudonymiserte data lagres',
      'Berre anonymiserte tal vert brukte, men ingen personidentifiserande data vert lagra',
      'Patient data are de-identified before the analysis. No identifiable data leave the hospital',
      'Elevsvara blir ikkje lagra med namn; dei blir pseudonymiserte før rapporten',
      'Transactions are pseudonymised, whereas no raw account numbers are kept',
      'Salgstall anonymiseres før rapporten. Ingen kundenavn lagres',
    ],
  );
});
