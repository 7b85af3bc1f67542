import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';

/**
 * automated-decision-logic `logic-empty`: a logic that says only that the decision is automatic and follows the rules
 * («Automatisk saksbehandling etter regelverket»; variants-studiestotte ST82, W2 session 18) names no criterion. Lawful
 * wordings that share its words but name an act, a section or a criterion (income, credits, age) stay quiet.
 */
const dir = mkdtempSync(join(tmpdir(), 'ropa-logic-empty-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'activities'));
writeFileSync(
  join(dir, 'organisation.yaml'),
  `name: Statens studiestøttekontor
publicAuthority: true
languages: [nb]
address:
  lines: [Postboks 1]
  postalCode: "0001"
  city: Oslo
dpo:
  name: Personvernombudet
  email: pvo@example.no
supervisoryAuthority:
  name: Datatilsynet
`,
);
const lawful = [
  'Automatisk saksbehandling etter utdanningsstøtteforskriften § 12-3: inntekten sammenlignes med grensen.',
  'Søknaden behandles automatisk etter regelverket: alder, inntekt og studiepoeng sjekkes mot vilkårene.',
  'Automatic processing according to the rules: the declared income is compared with the income limit.',
  'Vedtaket blir gjort automatisk etter reglane når studiepoenga er registrerte.',
  'Automatisk etter regelverket; systemet sjekkar om du har bestått eksamen.',
  'Decisions are made automatically under the applicable regulations, based on your income in the tax assessment.',
  'Automatisk vedtak etter forskriften § 8-2.',
  'Automatisert saksbehandling i samsvar med loven, der formue over grensen gir avslag.',
  'Automatisk behandling etter regelverket for bostøtte.',
  'Vedtak vert gjort automatisk etter forskrifta når inntekta er under 2 G.',
  'The system decides automatically under the rules on repayment relief, using the income reported to the tax authority.',
];
const asked = [
  'Automatisk saksbehandling etter regelverket.',
  'Automated processing according to the applicable rules.',
  'Vedtak blir gjort automatisk i samsvar med gjeldande regelverk.',
  'Avgjørelsen tas automatisk av systemet basert på regelverket.',
];
const activity = (id: string, logic: string) =>
  writeFileSync(
    join(dir, 'activities', `${id}.yaml`),
    `id: ${id}
title: Omgjøring
status: active
purposes:
  - id: omgjoring
    description: gjøre lån om til stipend
automatedDecisions:
  used: true
  logic: ${JSON.stringify(logic)}
  significance: Lånet blir gjort om til stipend, helt eller delvis, eller ikke.
`,
  );
lawful.forEach((t, i) => activity(`lawful-${i}`, t));
asked.forEach((t, i) => activity(`asked-${i}`, t));

describe('a logic that says only «automatic under the rules» (automated-decision-logic)', () => {
  const { registry } = validateRegistry(dir);
  const findings = runGaps(
    registry,
    GAP_RULES.filter((r) => r.meta.id === 'automated-decision-logic'),
    { today: '2026-12-01' },
  ).findings;
  const on = (id: string) => findings.filter((f) => f.activity === id).length;
  it.each(lawful.map((t, i) => [t, `lawful-${i}`] as const))('does not ask for «%s»', (_t, id) => expect(on(id)).toBe(0));
  it.each(asked.map((t, i) => [t, `asked-${i}`] as const))('asks for «%s»', (_t, id) => expect(on(id)).toBe(1));
});
