import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe } from 'vitest';
import { runGaps } from '../../src/check/engine.js';
import type { Finding } from '../../src/model/finding.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { validateRegistry } from '../../src/validate/index.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 39, B6 (bodies/arbark, a real notice: «Denne statistikken kan ikke identifiseres på personnivå», the
 * statistics purpose's one safeguard, not marked `art89`): a purpose's own safeguard whose words state an Art. 89(1)
 * safeguard — pseudonymisation, anonymisation, de-identification, minimisation, data that cannot be linked to a
 * person — is the safeguard; research-safeguards stays silent. A safeguard of another kind (access control,
 * encryption, a duty of confidentiality) or one whose words deny it («ikke pseudonymisert», «not anonymised») is still
 * the error `not-art89`. Each text is the name of the one measure listed as the statistics or research purpose's
 * safeguard, in a body's record of its own; written for this matrix, from other domains than the library.
 */
const dir = mkdtempSync(join(tmpdir(), 'ropa-s39-b6-safeguard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const findingsOf =
  (language: 'nb' | 'nn' | 'en') =>
  (texts: Record<string, string>): Finding[] => {
    const d = join(dir, String(n++));
    mkdirSync(join(d, 'activities'), { recursive: true });
    mkdirSync(join(d, 'catalogues'), { recursive: true });
    writeFileSync(
      join(d, 'organisation.yaml'),
      `name: Fjordvik kommune\npublicAuthority: true\nlanguages: [${language}]\naddress:\n  lines: [Postboks 1]\n  postalCode: "6800"\n  city: Førde\ndpo:\n  name: DPO\n  email: dpo@example.no\nsupervisoryAuthority:\n  name: Datatilsynet\n`,
    );
    writeFileSync(
      join(d, 'catalogues', 'measures.yaml'),
      `securityMeasures:\n${Object.entries(texts)
        .map(([id, t]) => `  m-${id}:\n    name: ${JSON.stringify(t)}\n    type: organisational\n`)
        .join('')}`,
    );
    for (const id of Object.keys(texts))
      writeFileSync(
        join(d, 'activities', `${id}.yaml`),
        `id: ${id}\ntitle: Statistikk\nstatus: active\npurposes:\n  - id: stats\n    description: lage statistikk over bruken av tenesta\n    researchOrStatistics: statistics\n    safeguards: [m-${id}]\nrecipients: none\n`,
      );
    const { registry } = validateRegistry(d);
    return runGaps(
      registry,
      GAP_RULES.filter((x) => x.meta.id === 'research-safeguards'),
      { today: '2026-12-04' },
    ).findings;
  };

/** A safeguard of Art. 89(1) in the measure's own words: the purpose has it. */
const silent = {
  nb: [
    'Statistikken kan ikke identifiseres på personnivå',
    'Opplysningene pseudonymiseres før analysen på sykehuset',
    'Elevenes svar avidentifiseres før rapporten skrives',
    'Uten mulighet for å knytte svarene til enkeltpersoner',
    'Kundedataene er ikke bare pseudonymisert, men også kryptert',
  ],
  nn: [
    'Tala kan ikkje knytast til enkeltpersonar i kommunen',
    'Anonymiserte tal i rapportane frå skulen',
    'Dataminimering: berre dei variablane analysen treng',
  ],
  en: [
    'Sales figures cannot be linked to individual customers',
    'Patient data is de-identified before the hospital analyses it',
    'Only aggregated, anonymised counts leave the shop',
  ],
};
/** Another kind of measure, or the safeguard denied: the error stays. */
const reads = {
  nb: ['Tilgangsstyring på forskningsserveren', 'Opplysningene blir ikke pseudonymisert før analysen', 'Taushetserklæring for alle som ser dataene'],
  nn: ['Kryptering av disken på kontoret', 'Svara blir ikkje anonymiserte', 'Utan avidentifisering av elevsvara'],
  en: ['Access control on the hospital research server', 'The data are not anonymised before the analysis', 'Encryption in transit'],
};

describe('a purpose safeguard stated in words is the Art. 89(1) safeguard (B6 session 39, research-safeguards)', () => {
  for (const language of ['nb', 'nn', 'en'] as const) describe(language, () => readsAndSilent(findingsOf(language), reads[language], silent[language]));
});
