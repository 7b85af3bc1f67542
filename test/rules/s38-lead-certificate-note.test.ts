import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { validateRegistry } from '../../src/validate/index.js';

/**
 * Session 38 (lead), variants-samskipnad's clean base: a police certificate demanded under barnehageloven § 30, whose
 * retention trigger says the certificate goes when the hiring is decided and only the note that it was shown stays until the
 * person leaves («ansettelsen er avgjort; bare merknaden om at attesten er vist beholdes til arbeidsforholdet slutter»):
 * what is kept to the leaving is the note § 4 of the regulation asks for, not the certificate (§ 7: shredded at once).
 * retention-limit's `certificate-not-shredded` stays silent on it; a trigger that keeps the certificate, or a copy with
 * the note, to the leaving still fires. Each cell is the set's base with the certificate entry's trigger replaced (real
 * YAML: test/fixtures/corpus/variants-samskipnad/base, activity `tilsette`). Triggers written for this matrix.
 */
const base = join(import.meta.dirname, '../fixtures/corpus/variants-samskipnad/base');
const original = 'ansettelsen er avgjort; bare merknaden om at attesten er vist beholdes til arbeidsforholdet slutter';
const dir = mkdtempSync(join(tmpdir(), 'ropa-s38-cert-note-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const findingsWith = (trigger: string): number => {
  const d = join(dir, String(n++));
  cpSync(base, d, { recursive: true });
  const file = join(d, 'activities', 'tilsette.yaml');
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(original);
  writeFileSync(file, text.replace(original, trigger.replace(/"/g, '\\"')));
  const { registry } = validateRegistry(d);
  return runGaps(
    registry,
    GAP_RULES.filter((r) => r.meta.id === 'retention-limit'),
    { today: '2026-12-04' },
  ).findings.filter((f) => f.activity === 'tilsette').length;
};

const reads: readonly string[] = [
  'ansettelsen er avgjort; attesten beholdes til arbeidsforholdet slutter',
  'arbeidsforholdet slutter',
  'merknaden om at attesten er vist og en kopi av attesten beholdes til arbeidsforholdet slutter',
  'the certificate is kept until the employment ends',
  'attesten blir oppbevart til den tilsette sluttar',
  'tilsetjinga er avgjord; attesten vert teken vare på til arbeidsforholdet tek slutt',
];
const silent: readonly string[] = [
  original,
  'tilsetjinga er avgjord; berre merknaden om at attesten er vist vert teken vare på til arbeidsforholdet tek slutt',
  'the hiring is decided; only the note that the certificate was shown is kept until the employment ends',
  'ansettelsen er avgjort; notatet om at politiattesten er levert lagres til arbeidsforholdet opphører',
  'ansettelsen er avgjort; bare registrering av at attesten er fremvist beholdes til den ansatte slutter',
  'ansettelsen er avgjort',
];

describe('a police certificate shredded at the hiring, its note kept to the leaving (session 38, samskipnad base)', () => {
  it.each(reads.map((t, i) => [`r${i}`, t] as const))('reads %s: %s', (_, t) => expect(findingsWith(t)).toBeGreaterThan(0));
  it.each(silent.map((t, i) => [`s${i}`, t] as const))('stays silent on %s: %s', (_, t) => expect(findingsWith(t)).toBe(0));
});
