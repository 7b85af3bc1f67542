import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { askMissing } from '../../src/authoring/questions.js';
import { ANSWERED, scripted } from '../helpers/scripted-prompter.js';
import { validateRegistry } from '../../src/validate/index.js';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';

/**
 * `ropa new` records why the national identity number is needed (`nationalIdNeed`, personopplysningsloven § 12): asked
 * where one of the chosen categories is a national identity number, or given by --national-id-need. A registry written
 * through the commands alone (variants-fysio, W1, session 42) could not say it, and every activity with the fødselsnummer
 * got national-id-justified. On that set's clean base, through the CLI.
 */
const FYSIO = join(FIXTURES, 'corpus/variants-fysio/base');
const full = { ...ANSWERED, bases: ['A6-1-b' as const], automatedDecisions: { used: false }, riskFactors: [] };

describe('the question: why the national identity number is needed', () => {
  const { registry } = validateRegistry(FYSIO);

  it('is asked where a chosen category is a national identity number, in the registry language', async () => {
    const p = scripted(['Egenandelen registreres mot frikortet hos Helfo, som identifiserer pasienten med fødselsnummeret.']);
    const got = await askMissing(p, registry, 'nb', { id: 'x', ...full, categories: ['identitet', 'national-id'] });
    expect(p.log.some((l) => l.startsWith('? Hvorfor trengs fødselsnummeret: hva må identifiseres sikkert'))).toBe(true);
    expect(got.nationalIdNeed).toEqual({ nb: 'Egenandelen registreres mot frikortet hos Helfo, som identifiserer pasienten med fødselsnummeret.' });
  });

  it('may be skipped with an empty answer, in nynorsk and English too', async () => {
    for (const [lang, start] of [
      ['nn', '? Kvifor trengst fødselsnummeret'],
      ['en', '? Why is the national identity number needed'],
    ] as const) {
      const p = scripted(['']);
      const got = await askMissing(p, registry, lang, { id: 'x', ...full, categories: ['national-id'] });
      expect(p.log.some((l) => l.startsWith(start))).toBe(true);
      expect(got.nationalIdNeed).toBeUndefined();
    }
  });

  it('is not asked where no category is a national identity number', async () => {
    const p = scripted([]);
    const got = await askMissing(p, registry, 'nb', { id: 'x', ...full, categories: ['identitet', 'helse'] });
    expect(p.log.some((l) => l.includes('fødselsnummeret'))).toBe(false);
    expect(got.nationalIdNeed).toBeUndefined();
  });
});

describe('--national-id-need: written by ropa new and read by ropa gaps', () => {
  const flags = (extra: string[]): string[] => [
    '--no-input',
    '--title',
    'Egenandeler',
    '--purpose',
    'Kreve inn egenandeler og rapportere dem til frikortordningen.',
    '--basis',
    'A6-1-c',
    '--law',
    'egenandelsforskriften § 5',
    '--subjects',
    'pasienter',
    '--categories',
    'identitet,national-id,betaling',
    ...extra,
  ];
  const run = (extra: string[]): { yaml: Record<string, unknown>; rules: string[] } => {
    const copy = scratchCopy(FYSIO);
    try {
      rmSync(join(copy.dir, 'activities/egenandel.yaml'));
      const made = ropa(['new', 'egenandel', copy.dir, ...flags(extra)]);
      expect(made.code, made.stderr).toBe(0);
      const yaml = parse(readFileSync(join(copy.dir, 'activities/egenandel.yaml'), 'utf8')) as Record<string, unknown>;
      const g = ropa(['gaps', copy.dir, '--rule', 'national-id-justified', '--today', '2026-12-05', '-f', 'json']);
      const rules = (JSON.parse(g.stdout) as { findings: { rule: string; activity: string }[] }).findings
        .filter((f) => f.activity === 'egenandel')
        .map((f) => f.rule);
      return { yaml, rules };
    } finally {
      copy.cleanup();
    }
  };

  it('records the need, and the activity is no longer asked for it', () => {
    const need = 'Egenandelen registreres mot frikortet hos Helfo, som identifiserer pasienten med fødselsnummeret.';
    const got = run(['--national-id-need', need]);
    expect(got.yaml.nationalIdNeed).toBe(need);
    expect(got.rules).toEqual([]);
  });

  it('without it the activity keeps its finding, as a registry without the field did', () => {
    const got = run([]);
    expect(got.yaml.nationalIdNeed).toBeUndefined();
    expect(got.rules).toEqual(['national-id-justified']);
  });
});
