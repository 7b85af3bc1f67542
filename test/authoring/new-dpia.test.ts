import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { askMissing } from '../../src/authoring/questions.js';
import { ANSWERED, scripted } from '../helpers/scripted-prompter.js';
import { validateRegistry } from '../../src/validate/index.js';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { expectRefusedWritingNothing, newArgs } from '../helpers/new-args.js';

/**
 * `ropa new` records the DPIA (activity.schema.json's dpia: status, the reason none is needed, reference, date, high
 * risk, residual risk, the Art. 36 prior consultation): by flags, or asked where the screening of the answers finds
 * one required or likely. A registry kept through the commands alone could not (variants-fysio route gap RG04: 11
 * dpia-screening findings a DPO could not close). On the sample registry, through the CLI.
 */
const SAMPLE = join(FIXTURES, 'authoring/sample');
// Sick-leave notes (health, Art. 9) of employees (vulnerable): two WP248 criteria, a DPIA is likely (dpia-screening).
const SICK_LEAVE = {
  title: 'Sykefravær',
  purpose: 'Følge opp sykefravær.',
  basis: 'A6-1-c,A9-2-b',
  law: ['arbeidsmiljoloven § 4-6', 'A9-2-b=arbeidsmiljoloven § 4-6'],
  subjects: 'employees',
  categories: 'sick-leave',
  recipients: 'none',
  transfers: 'none',
  information: 'art13',
  'automated-decisions': 'no',
};
const rulesOf = (dir: string, id: string): string[] =>
  (JSON.parse(ropa(['gaps', dir, '--today', '2026-12-05', '-f', 'json']).stdout) as { findings: { rule: string; activity?: string }[] }).findings
    .filter((f) => f.activity === id)
    .map((f) => f.rule);

function made(extra: string[]): { yaml: Record<string, unknown>; rules: string[] } {
  const { dir, cleanup } = scratchCopy(SAMPLE);
  try {
    const r = ropa(newArgs('sick-leave', dir, SICK_LEAVE, extra));
    expect(r.code, r.stderr).toBe(0);
    return { yaml: parse(readFileSync(join(dir, 'activities/sick-leave.yaml'), 'utf8')) as Record<string, unknown>, rules: rulesOf(dir, 'sick-leave') };
  } finally {
    cleanup();
  }
}

describe('--dpia and its details: written by ropa new and read by ropa gaps', () => {
  it('without them the activity keeps its dpia-screening finding, as a registry without the field did', () => {
    const got = made([]);
    expect(got.yaml.dpia).toBeUndefined();
    expect(got.rules).toContain('dpia-screening');
  });

  it('a DPIA done, with its reference, date and residual risk: the finding is closed', () => {
    const got = made(['--dpia', 'done', '--dpia-reference', 'Sak 2024/112', '--dpia-date', '2024-03-01', '--residual-risk', 'low']);
    expect(got.yaml.dpia).toEqual({ status: 'done', reference: 'Sak 2024/112', date: '2024-03-01', residualRisk: 'low' });
    expect(got.rules).not.toContain('dpia-screening');
    expect(got.rules).not.toContain('dpia-required');
  });

  it('no DPIA needed, with the reason in each language: the finding is closed', () => {
    const got = made([
      '--dpia',
      'not-required',
      '--dpia-reason',
      'nb:Få ansatte, og bare fraværsdager uten diagnose.',
      '--dpia-reason',
      'en:Few employees, and only days of absence without a diagnosis.',
    ]);
    expect(got.yaml.dpia).toEqual({
      status: 'not-required',
      reason: { nb: 'Få ansatte, og bare fraværsdager uten diagnose.', en: 'Few employees, and only days of absence without a diagnosis.' },
    });
    expect(got.rules).not.toContain('dpia-screening');
  });

  it('a DPIA required and not started, or high risk recorded, is reported by dpia-required', () => {
    expect(made(['--dpia', 'required']).rules).toContain('dpia-required');
    const high = made(['--dpia', 'in-progress', '--high-risk', 'yes']);
    expect(high.yaml.dpia).toEqual({ status: 'in-progress', highRisk: true });
    expect(high.rules).toContain('dpia-required');
  });

  it('a high residual risk without the prior consultation is reported by prior-consultation, and with it is not', () => {
    expect(made(['--dpia', 'done', '--residual-risk', 'high']).rules).toContain('prior-consultation');
    const consulted = made(['--dpia', 'done', '--residual-risk', 'high', '--prior-consultation', '25/00123', '--prior-consultation-date', '2025-02-01']);
    expect((consulted.yaml.dpia as Record<string, unknown>).priorConsultation).toEqual({ date: '2025-02-01', reference: '25/00123' });
    expect(consulted.rules).not.toContain('prior-consultation');
  });

  it.each([
    [['--dpia-reference', 'Sak 1'], /--dpia-reference describes the DPIA: give its status with --dpia/],
    [['--dpia', 'done', '--dpia-reason', 'x'], /--dpia-reason says why no DPIA is needed: it goes with --dpia `not-required`, not "done"/],
    [
      ['--dpia', 'required', '--residual-risk', 'low'],
      /--residual-risk follows an assessment that has been made: it goes with --dpia `done` or `in-progress`, not "required"/,
    ],
    [['--dpia', 'finished'], /--dpia must be one of not-screened, not-required, required, in-progress, done, not "finished"/],
    [['--dpia', 'done', '--dpia-date', '2024-02-30'], /--dpia-date takes a date YYYY-MM-DD, not "2024-02-30"/],
    [['--high-risk', 'maybe'], /--high-risk must be one of yes, no/],
  ])('refuses %j, writing nothing', (extra, message) => {
    expectRefusedWritingNothing(scratchCopy(SAMPLE), 'sick-leave', (dir) => newArgs('sick-leave', dir, SICK_LEAVE, extra), message);
  });
});

describe('the DPIA question', () => {
  const { registry } = validateRegistry(SAMPLE);
  const base = {
    ...ANSWERED,
    bases: ['A6-1-c' as const],
    laws: [{ law: 'arbeidsmiljoloven', section: '§ 4-6' }],
    automatedDecisions: { used: false },
    riskFactors: [],
    dpia: undefined,
  };

  it('is asked where the screening finds a DPIA likely, naming the criteria, and records a DPIA done', async () => {
    const p = scripted(['4', 'Sak 2024/112', '1. mars', '2024-03-01', '1']);
    const got = await askMissing(p, registry, 'nb', { id: 'x', ...base, categories: ['sick-leave'] });
    expect(p.log.some((l) => l.startsWith('Vurderingen viser at en personvernkonsekvensvurdering (DPIA) trolig trengs (WP248: '))).toBe(true);
    expect(p.log.some((l) => /^\s+4\s+done\s+gjennomført$/.test(l))).toBe(true);
    expect(p.log).toContain('«1. mars» er ikke en dato: skriv ÅÅÅÅ-MM-DD, for eksempel 2026-11-30.');
    expect(got.dpia).toEqual({ status: 'done', reference: 'Sak 2024/112', date: '2024-03-01', residualRisk: 'low' });
  });

  it('asks the reason where none is needed, in nynorsk and English too', async () => {
    for (const [lang, start] of [
      ['nn', 'Vurderinga viser at ei personvernkonsekvensvurdering (DPIA) truleg trengst'],
      ['en', 'The screening finds that a data protection impact assessment is likely needed'],
    ] as const) {
      const p = scripted(['not-required', 'Få tilsette.', 'Few employees.']);
      const got = await askMissing(p, registry, lang, { id: 'x', ...base, categories: ['sick-leave'] });
      expect(p.log.some((l) => l.startsWith(start))).toBe(true);
      expect(got.dpia).toEqual({ status: 'not-required', reason: { nb: 'Få tilsette.', en: 'Few employees.' } });
    }
  });

  it('asks for the prior consultation where the residual risk is high', async () => {
    const p = scripted(['done', '', '', 'high', '25/00123', '2025-02-01']);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...base, categories: ['sick-leave'] });
    expect(p.log.some((l) => l.startsWith('? A high residual risk means consulting Datatilsynet first (Art. 36(1)).'))).toBe(true);
    expect(got.dpia).toEqual({ status: 'done', residualRisk: 'high', priorConsultation: { date: '2025-02-01', reference: '25/00123' } });
  });

  it('is not asked where the screening finds no DPIA needed', async () => {
    const p = scripted([]);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...base, categories: ['contact-details'] });
    expect(p.log.some((l) => l.includes('impact assessment'))).toBe(false);
    expect(got.dpia).toBeUndefined();
  });
});
