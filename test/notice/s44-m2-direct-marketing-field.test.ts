import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { askMissing } from '../../src/authoring/questions.js';
import { ANSWERED, scripted } from '../helpers/scripted-prompter.js';
import { validateRegistry } from '../../src/validate/index.js';

/**
 * Session 44 (M2): `purposes[].directMarketing` end to end through the CLI on the example registry. Recorded, it decides
 * the notice's paragraph on the right to object to direct marketing (Art. 21(2)-(4)): true prints it where the words do
 * not say marketing, false leaves it out where they do. `ropa new --direct-marketing` writes it, `ropa show` prints it,
 * `ropa diff` puts a change up for review.
 */
const SAID = {
  nb: 'Når vi behandler opplysninger om deg for direkte markedsføring, kan du når som helst protestere mot det',
  en: 'Where we process data about you for direct marketing, you can object to it at any time',
} as const;
const FILE = 'activities/newsletter-mitt-ssb.yaml';
const PURPOSE = '      en: send subscribers a newsletter on statistics from SSB by area of interest\n';

/** The example registry with the newsletter's purpose's English description replaced (`text`) and `directMarketing` recorded or not. */
function withNewsletter(dir: string, text: string | undefined, recorded: boolean | undefined): void {
  const path = join(dir, FILE);
  const yaml = readFileSync(path, 'utf8');
  expect(yaml).toContain(PURPOSE);
  const head = text === undefined ? PURPOSE : `      en: ${JSON.stringify(text)}\n`;
  writeFileSync(path, yaml.replace(PURPOSE, recorded === undefined ? head : `${head}    directMarketing: ${recorded}\n`));
}

function notice(text: string | undefined, recorded: boolean | undefined, lang: keyof typeof SAID): string {
  const { dir, cleanup } = scratchCopy(EXAMPLE);
  try {
    withNewsletter(dir, text, recorded);
    const r = ropa(['notice', dir, '--draft', '--lang', lang, '-f', 'md']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return r.stdout;
  } finally {
    cleanup();
  }
}

describe('purposes[].directMarketing decides the notice (Art. 21(2)-(4))', () => {
  it('is not printed for the example as it is (no marketing in its words)', () => expect(notice(undefined, undefined, 'en')).not.toContain(SAID.en));
  it('true prints the right to object where the words say no marketing', () => {
    expect(notice(undefined, true, 'en')).toContain(SAID.en);
    expect(notice(undefined, true, 'nb')).toContain(SAID.nb);
  });
  it('false leaves it out where the words say marketing', () => {
    expect(notice('send offers and marketing of our own courses by e-mail', undefined, 'en')).toContain(SAID.en);
    expect(notice('send offers and marketing of our own courses by e-mail', false, 'en')).not.toContain(SAID.en);
  });
  it('the validator refuses a value that is not true or false', () => {
    const { dir, cleanup } = scratchCopy(EXAMPLE);
    try {
      const path = join(dir, FILE);
      writeFileSync(path, readFileSync(path, 'utf8').replace(PURPOSE, `${PURPOSE}    directMarketing: yes please\n`));
      const r = ropa(['validate', dir, '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('directMarketing');
    } finally {
      cleanup();
    }
  });
});

describe('ropa new --direct-marketing, ropa show, ropa diff', () => {
  it('writes the fact on the first purpose, shows it, and a change is for review', () => {
    const { dir, cleanup } = scratchCopy(EXAMPLE);
    const { dir: head, cleanup: cleanHead } = scratchCopy(EXAMPLE);
    try {
      const args = ['--no-input', '--title', 'Consumer questions', '--purpose', 'answer questions about the Marketing Control Act', '--basis', 'A6-1-e'];
      const made = ropa(['new', 'consumer-questions', dir, ...args, '--direct-marketing', 'no', '--lang', 'en']);
      expect(made.stderr).toBe('');
      expect(made.code).toBe(0);
      const yaml = readFileSync(join(dir, 'activities/consumer-questions.yaml'), 'utf8');
      expect(yaml).toMatch(/\n {4}directMarketing: false\n/);
      const shown = ropa(['show', 'consumer-questions', dir, '--lang', 'en']);
      expect(shown.stdout).toContain('not direct marketing (Art. 21(2))');
      writeFileSync(join(head, 'activities/consumer-questions.yaml'), yaml.replace('directMarketing: false', 'directMarketing: true'));
      const diff = ropa(['diff', dir, head, '-f', 'json', '--lang', 'en']);
      const changes = (JSON.parse(diff.stdout) as { changes: { id: string; level: string; args: Record<string, string> }[] }).changes;
      expect(changes).toEqual([
        expect.objectContaining({ id: 'direct-marketing-changed', level: 'review', args: { purpose: 'consumer-questions', before: 'no', after: 'yes' } }),
      ]);
    } finally {
      cleanup();
      cleanHead();
    }
  });
  it('refuses --direct-marketing without a purpose, and a value other than yes or no', () => {
    const { dir, cleanup } = scratchCopy(EXAMPLE);
    try {
      const noPurpose = ropa(['new', 'x', dir, '--no-input', '--title', 'X', '--direct-marketing', 'yes', '--lang', 'en']);
      expect(noPurpose.code).toBe(2);
      expect(noPurpose.stderr).toContain('--direct-marketing describes the purpose');
      const bad = ropa(['new', 'x', dir, '--no-input', '--title', 'X', '--purpose', 'p', '--direct-marketing', 'maybe', '--lang', 'en']);
      expect(bad.code).toBe(2);
    } finally {
      cleanup();
    }
  });
});

describe('the question: is the purpose direct marketing', () => {
  const { registry } = validateRegistry(join(FIXTURES, 'authoring/sample'));
  const full = {
    ...ANSWERED,
    automatedDecisions: { used: false },
    riskFactors: [],
    legitimateInterest: { nb: 'x' },
    consentWithdrawal: { nb: 'x' },
    consentMethod: 'opt-in' as const,
    publicAuthority: false,
  };
  const QUESTION = '? Is the purpose direct marketing';
  it.each([
    ['words that say marketing', { nb: 'markedsføring av egne kurs' }, ['A6-1-b'], 'no', false],
    ['a newsletter on consent', { nb: 'sende nyhetsbrev til abonnenter' }, ['A6-1-a'], 'yes', true],
    ['offers on a legitimate interest', { nb: 'sende tilbud til kunder' }, ['A6-1-f'], 'yes', true],
  ] as const)('is asked for %s, and the answer is written', async (_, purpose, bases, answer, recorded) => {
    const p = scripted([answer]);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...full, purpose, bases: [...bases] });
    expect(p.log.some((l) => l.startsWith(QUESTION))).toBe(true);
    expect(got.directMarketing).toBe(recorded);
  });
  it('may be skipped with an empty answer (the words then decide)', async () => {
    const p = scripted(['']);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...full, purpose: { nb: 'markedsføring av egne kurs' }, bases: ['A6-1-a'] });
    expect(p.log.some((l) => l.startsWith(QUESTION))).toBe(true);
    expect(got.directMarketing).toBeUndefined();
  });
  it.each([
    ['a newsletter in a contract', { nb: 'sende nyhetsbrev til abonnenter' }, ['A6-1-b']],
    ['consent with no sign of marketing', { nb: 'lagre bilder av deltakerne' }, ['A6-1-a']],
  ] as const)('is not asked for %s', async (_, purpose, bases) => {
    const p = scripted([]);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...full, purpose, bases: [...bases] });
    expect(p.log.some((l) => l.startsWith(QUESTION))).toBe(false);
    expect(got.directMarketing).toBeUndefined();
  });
});
