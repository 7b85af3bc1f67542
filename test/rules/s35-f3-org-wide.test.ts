import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';

/**
 * processor-agreement reads an organisation-wide statement in organisation.yaml's notice texts (bodies/helsedirektoratet,
 * session 35, F3): «… inngår databehandleravtaler med alle virksomheter som behandler personopplysninger på våre vegne»
 * covers every processor entry; «some», «we aim to», a denial or a future leave each processor without its agreement.
 */
const root = mkdtempSync(join(tmpdir(), 'ropa-org-wide-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function registry(introduction: string): string {
  const dir = mkdtempSync(join(root, 'r-'));
  mkdirSync(join(dir, 'activities'));
  mkdirSync(join(dir, 'catalogues'));
  writeFileSync(
    join(dir, 'organisation.yaml'),
    `name: Eksempeldirektoratet
publicAuthority: true
languages: [nb]
address:
  lines: [Postboks 1]
  postalCode: "0101"
  city: Oslo
notice:
  introduction: ${JSON.stringify(introduction)}
`,
  );
  writeFileSync(
    join(dir, 'catalogues', 'catalogue.yaml'),
    `processors:
  altinn:
    name: Digitaliseringsdirektoratet
    country: "NO"
  nhn:
    name: Norsk helsenett SF
    country: "NO"
`,
  );
  writeFileSync(
    join(dir, 'activities', 'grants.yaml'),
    `id: grants
title: Tilskudd
status: active
processors: [altinn, nhn]
`,
  );
  return dir;
}
const missing = (introduction: string): number => {
  const { registry: reg } = validateRegistry(registry(introduction));
  return runGaps(
    reg,
    GAP_RULES.filter((r) => r.meta.id === 'processor-agreement'),
    { today: '2026-12-04' },
  ).findings.length;
};

const covered = [
  'Direktoratet inngår databehandleravtaler med alle virksomheter som behandler personopplysninger på våre vegne. De kan ikke behandle opplysningene på andre måter.',
  'Vi har databehandlaravtale med alle leverandørane som handsamar personopplysningar for oss.',
  'We have a data processing agreement with all our processors.',
];
const notCovered = [
  'Vi har databehandleravtaler med noen av våre leverandører.',
  'Vi tilstreber å ha databehandleravtale med alle leverandører.',
  'Det er ikke inngått databehandleravtale med alle leverandører.',
  'We will sign data processing agreements with all our processors.',
  'Alle leverandører følger våre retningslinjer.',
];
describe('processor-agreement: an organisation-wide statement in notice.introduction', () => {
  it.each(covered)('covers every processor: «%s»', (t) => expect(missing(t)).toBe(0));
  it.each(notCovered)('still asks for each processor: «%s»', (t) => expect(missing(t)).toBe(2));
});
