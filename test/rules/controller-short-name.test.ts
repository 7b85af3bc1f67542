import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';

/**
 * The controller named by its short name is the controller, not a recipient (recipients-stated's controllerOf): «Praksisrettleiaren
 * sender vurderinga tilbake til HVF» in Høgskulen i Vestfjord's record (shortName HVF; variants-hogskule's blind base, B14
 * session 18). Lawful wordings in nb, nn and en stay quiet; another party named by its proper name is still asked for. Not yet:
 * «oversender … til HVF» with `recipients: none` (facts.ts HAND_OVER reads «oversende» alone as handing over, whoever gets it).
 */
const dir = mkdtempSync(join(tmpdir(), 'ropa-short-name-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'activities'));
writeFileSync(
  join(dir, 'organisation.yaml'),
  `name: Høgskulen i Vestfjord
shortName: HVF
publicAuthority: true
languages: [nn]
address:
  lines: [Postboks 420]
  postalCode: "6851"
  city: Sogndal
dpo:
  name: Personvernombodet
  email: pvo@example.no
supervisoryAuthority:
  name: Datatilsynet
`,
);
const lawful = [
  'Praksisrettleiaren sender vurderinga tilbake til HVF.',
  'Praksisstaden sender rapporten til HVF innan ei veke etter praksisperioden.',
  'Veilederen sender vurderingen til HVF, som avgjør om praksis er godkjent.',
  'The supervisor sends the assessment back to HVF, which decides whether the placement is passed.',
  'Praksisstaden rapporterer fråvær til HVF same dag.',
  'Rettleiaren sender skjemaet til HVF etter sluttsamtalen.',
  'Praksisstaden leverer vurderingsskjemaet til HVFs praksiskontor.',
  'Praksisstaden deler vurderinga med HVF gjennom eit sikkert skjema.',
];
const asked = ['HVF sender namnelista til Gjensidige for yrkesskadeforsikring.'];
const activity = (id: string, text: string) =>
  writeFileSync(
    join(dir, 'activities', `${id}.yaml`),
    `id: ${id}
title: Praksis
description: ${JSON.stringify(text)}
status: active
purposes:
  - id: praksis
    description: følgje opp studentane i praksis
recipients: none
`,
  );
lawful.forEach((t, i) => activity(`lawful-${i}`, t));
asked.forEach((t, i) => activity(`asked-${i}`, t));

describe('the controller by its short name (recipients-stated)', () => {
  const { registry } = validateRegistry(dir);
  const findings = runGaps(
    registry,
    GAP_RULES.filter((r) => r.meta.id === 'recipients-stated'),
    { today: '2026-12-01' },
  ).findings;
  const on = (id: string) => findings.filter((f) => f.activity === id).length;
  it.each(lawful.map((t, i) => [t, `lawful-${i}`] as const))('does not ask for «%s»', (_t, id) => expect(on(id)).toBe(0));
  it.each(asked.map((t, i) => [t, `asked-${i}`] as const))('still asks for «%s»', (_t, id) => expect(on(id)).toBe(1));
});
