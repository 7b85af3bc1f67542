import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse } from 'yaml';
import { askOrgFacts } from '../../src/authoring/org-questions.js';
import { ORG_FACTS } from '../../src/authoring/org-facts.js';
import { setOrganisation } from '../../src/commands/org.js';
import { init } from '../../src/commands/init.js';
import { scripted } from '../helpers/scripted-prompter.js';
import { ropa, tempDir } from '../helpers/cli.js';

/**
 * `ropa org`: the organisation's facts set without opening YAML (variants-fysio route gap RG01: `ropa init` left
 * placeholders, and publicAuthority: true, which is wrong for a private body). On registries made by `ropa init`,
 * through the CLI.
 */
function initialised(languages = 'nb', extra: string[] = []): { dir: string; reg: string; cleanup: () => void } {
  const { dir, cleanup } = tempDir();
  const reg = join(dir, 'reg');
  const r = ropa(['init', reg, '--lang', languages, '--no-input', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return { dir, reg, cleanup };
}
const comments = (text: string): string[] => text.split('\n').filter((l) => l.trimStart().startsWith('#'));
const org = (reg: string): string => readFileSync(join(reg, 'organisation.yaml'), 'utf8');
/** In the registry's language (bokmål), as a DPO at the terminal reads it. */
const NB = { env: { ROPA_LANG: undefined } };

const PRIVATE_CLINIC = [
  '--name',
  'Fysio Solvik AS',
  '--organisation-number',
  '974760673',
  '--public-authority',
  'no',
  '--rights-fee',
  'none',
  '--address',
  'Storgata 1',
  '--address',
  '2. etasje',
  '--postal-code',
  '8006',
  '--city',
  'Bodø',
  '--email',
  'post@fysiosolvik.no',
  '--phone',
  '+47 75 00 00 00',
  '--dpo-name',
  'Kari Nordmann',
  '--dpo-email',
  'personvern@fysiosolvik.no',
  '--notice-url',
  'https://fysiosolvik.no/personvern',
  '--notice-updated',
  '2026-11-01',
];

describe('ropa org from flags', () => {
  it('sets the facts, keeping every comment and the order; a commented example gives way to its key', () => {
    const { reg, cleanup } = initialised();
    try {
      const before = org(reg);
      const r = ropa(['org', reg, ...PRIVATE_CLINIC], NB);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^Oppdaterte .*organisation\.yaml: name, organisationNumber, publicAuthority, rightsFee, address\.lines/);
      const after = org(reg);
      expect(parse(after)).toMatchObject({
        name: 'Fysio Solvik AS',
        organisationNumber: '974760673',
        publicAuthority: false,
        rightsFee: 'none',
        address: { lines: ['Storgata 1', '2. etasje'], postalCode: '8006', city: 'Bodø', country: 'NO' },
        contact: { email: 'post@fysiosolvik.no', phone: '+47 75 00 00 00' },
        dpo: { name: 'Kari Nordmann', email: 'personvern@fysiosolvik.no' },
        notice: { url: 'https://fysiosolvik.no/personvern', lastUpdated: '2026-11-01' },
        supervisoryAuthority: { name: 'Datatilsynet' },
      });
      // Every comment stays but the commented examples the new keys replaced.
      const replaced = [
        '# organisationNumber: "123456785"',
        '# rightsFee: none',
        '# notice:',
        '#   url: https://www.virksomhet.example/personvern',
        '#   lastUpdated: 2026-01-31',
      ];
      expect(comments(after)).toEqual(comments(before).filter((c) => !replaced.includes(c)));
      // The key sits where its example was: under the comment that explains it.
      const lines = after.split('\n');
      expect(lines[lines.indexOf('organisationNumber: "974760673"') - 1]).toBe('# Organisasjonsnummeret (ni sifre; ropa validate kontrollerer det siste).');
      expect(ropa(['validate', reg]).code).toBe(0);
      expect(ropa(['fmt', '--check', reg]).code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('refuses facts that do not validate with file:line:col and exit 1, writing nothing', () => {
    const { reg, cleanup } = initialised();
    try {
      const before = org(reg);
      const r = ropa(['org', reg, '--organisation-number', '974760674', '--email', 'not-an-address'], NB);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/organisation\.yaml\n\s+11:21\s+feil\s+«974760674» er ikke et gyldig organisasjonsnummer/);
      expect(r.stderr).toMatch(/\d+:10\s+feil\s+«not-an-address» har feil form/);
      expect(r.stderr).toContain('organisation.yaml ble ikke endret');
      expect(org(reg)).toBe(before);
    } finally {
      cleanup();
    }
  });

  it('refuses a value that is not one of the choices, and --no-dpo with a DPO, with exit 2, writing nothing', () => {
    const { reg, cleanup } = initialised();
    try {
      const before = org(reg);
      for (const [args, message] of [
        [['--public-authority', 'maybe'], /--public-authority må være en av yes, no, ikke «maybe»/],
        [['--rights-fee', 'sometimes'], /--rights-fee må være en av none, exceptions-only, standard/],
        [['--no-dpo', '--dpo-name', 'Kari'], /--no-dpo fjerner personvernombudet/],
        [['--name', 'Fysio', '--name', 'en:Physio'], /--name er enten én tekst for alle språk/],
      ] as const) {
        const r = ropa(['org', reg, ...args], NB);
        expect(r.code, args.join(' ')).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(org(reg)).toBe(before);
      }
    } finally {
      cleanup();
    }
  });

  it('merges a language given alone into the text that is there, and removes the DPO with --no-dpo', () => {
    const { reg, cleanup } = initialised('nb,en');
    try {
      expect(ropa(['org', reg, '--name', 'en:Solvik municipality']).code).toBe(0);
      expect(parse(org(reg)).name).toEqual({ nb: 'Virksomhetens navn', en: 'Solvik municipality' });
      expect(ropa(['org', reg, '--name', 'nb:Solvik kommune', '--public-authority', 'no', '--no-dpo']).code).toBe(0);
      const data = parse(org(reg)) as Record<string, unknown>;
      expect(data.name).toEqual({ nb: 'Solvik kommune', en: 'Solvik municipality' });
      expect(data.dpo).toBeUndefined();
      expect(ropa(['validate', reg]).code).toBe(0);
      // Nothing new: the file is left as it is.
      const before = org(reg);
      const again = ropa(['org', reg, '--public-authority', 'no'], NB);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('er uendret');
      expect(org(reg)).toBe(before);
    } finally {
      cleanup();
    }
  });

  it('keeps CRLF line ends and a byte-order mark', () => {
    const { reg, cleanup } = initialised();
    try {
      writeFileSync(join(reg, 'organisation.yaml'), '\ufeff' + org(reg).replace(/\n/g, '\r\n'));
      expect(ropa(['org', reg, '--organisation-number', '974760673']).code).toBe(0);
      const after = org(reg);
      expect(after.startsWith('\ufeff')).toBe(true);
      expect(after.replace(/\r\n/g, '')).not.toContain('\n');
      expect(after).toContain('organisationNumber: "974760673"\r\n');
    } finally {
      cleanup();
    }
  });

  it('says where there is no registry', () => {
    const { dir, cleanup } = tempDir();
    try {
      const r = ropa(['org', join(dir, 'nothing'), '--public-authority', 'no']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is not a registry|er ikke en protokoll/);
    } finally {
      cleanup();
    }
  });
});

describe('ropa init with the facts', () => {
  it('writes organisation.yaml with them instead of the examples, and the registry validates', () => {
    const { reg, cleanup } = initialised('nb,en', [...PRIVATE_CLINIC.slice(2), '--name', 'nb:Fysio Solvik AS', '--name', 'en:Fysio Solvik Ltd']);
    try {
      const data = parse(org(reg)) as Record<string, unknown>;
      expect(data).toMatchObject({ name: { nb: 'Fysio Solvik AS', en: 'Fysio Solvik Ltd' }, organisationNumber: '974760673', publicAuthority: false });
      expect(org(reg)).not.toContain('virksomhet.example');
      expect(ropa(['validate', reg]).code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('at a terminal without flags, asks the key facts only, and an empty answer keeps the example', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const key = ORG_FACTS.filter((f) => f.key === true);
      const answers = new Map([
        ['name', 'Fysio Solvik AS'],
        ['public-authority', 'nei'],
        ['dpo-email', 'personvern@fysiosolvik.no'],
      ]);
      const stdin = Object.assign(new PassThrough(), { isTTY: true });
      stdin.end(key.map((f) => `${answers.get(f.flag) ?? ''}\n`).join(''));
      const stdout = new PassThrough();
      let said = '';
      stdout.on('data', (d: Buffer) => (said += d.toString()));
      const code = await init('reg', { lang: 'nb' }, { cwd: dir, env: {}, stdout, stderr: new PassThrough(), verbose: false }, stdin);
      expect(code).toBe(0);
      expect(said).toContain('Virksomhetens viktigste opplysninger');
      expect(said).not.toContain('Forkortelse som brukes i løpende tekst');
      const reg = join(dir, 'reg');
      expect(parse(org(reg))).toMatchObject({
        name: { nb: 'Fysio Solvik AS' },
        publicAuthority: false,
        dpo: { name: 'Personvernombudet', email: 'personvern@fysiosolvik.no' },
      });
      expect(ropa(['validate', reg]).code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('refuses facts that do not validate and creates nothing', () => {
    const { dir, cleanup } = tempDir();
    try {
      const reg = join(dir, 'reg');
      const r = ropa(['init', reg, '--no-input', '--organisation-number', '123'], NB);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/organisation\.yaml\n\s+\d+:21\s+feil\s+«123» har feil form/);
      expect(existsSync(reg)).toBe(false);
    } finally {
      cleanup();
    }
  });
});

describe('the questions of ropa org', () => {
  const example = (reg: string): unknown => parse(org(reg));

  it('shows what is there, marks ropa init example, keeps it on an empty answer, and reads ja/nei', async () => {
    const { reg, cleanup } = initialised();
    try {
      const data = example(reg);
      const facts = ORG_FACTS.filter((f) => ['name', 'organisation-number', 'public-authority', 'rights-fee', 'city'].includes(f.flag));
      const p = scripted(['Fysio Solvik AS', '974760673', 'kanskje', 'nei', '1', '']);
      const edits = await askOrgFacts(p, data, ['nb'], 'nb', facts, data);
      expect(p.log).toContain('? Det juridiske navnet til den behandlingsansvarlige [Virksomhetens navn, eksempel fra ropa init]: Fysio Solvik AS');
      expect(p.log).toContain('? Organisasjonsnummer (ni sifre): 974760673');
      expect(p.log).toContain('Svar ja eller nei.');
      expect(p.log.some((l) => /^\s+1\s+none\s+de registrerte betaler aldri/.test(l))).toBe(true);
      expect(edits).toEqual([
        { path: ['name'], value: { nb: 'Fysio Solvik AS' } },
        { path: ['organisationNumber'], value: '974760673' },
        { path: ['publicAuthority'], value: false },
        { path: ['rightsFee'], value: 'none' },
      ]);
    } finally {
      cleanup();
    }
  });

  it('asks in nynorsk and English, one line per language for a text', async () => {
    const { reg, cleanup } = initialised('nn,en');
    try {
      const data = example(reg);
      const name = ORG_FACTS.filter((f) => f.flag === 'name' || f.flag === 'public-authority');
      const nn = scripted(['Solvik kommune', 'Solvik municipality', 'ja']);
      expect(await askOrgFacts(nn, data, ['nn', 'en'], 'nn', name, data)).toEqual([
        { path: ['name'], value: { nn: 'Solvik kommune', en: 'Solvik municipality' } },
        { path: ['publicAuthority'], value: true },
      ]);
      expect(nn.log).toContain('Det juridiske namnet til den behandlingsansvarlege');
      const en = scripted(['', '', 'yes']);
      expect(await askOrgFacts(en, data, ['nn', 'en'], 'en', name, data)).toEqual([{ path: ['publicAuthority'], value: true }]);
      expect(en.log.some((l) => l.startsWith('? Is the organisation a public authority or body (yes/no)? [yes, example from ropa init]:'))).toBe(true);
    } finally {
      cleanup();
    }
  });

  it('at a terminal without flags, asks every fact and writes the answers', async () => {
    const { dir, reg, cleanup } = initialised();
    try {
      const answers = new Map([
        ['name', 'Fysio Solvik AS'],
        ['organisation-number', '974760673'],
        ['public-authority', 'nei'],
        ['email', 'post@fysiosolvik.no'],
      ]);
      const stdin = Object.assign(new PassThrough(), { isTTY: true });
      stdin.end(ORG_FACTS.map((f) => `${answers.get(f.flag) ?? ''}\n`).join(''));
      const stdout = new PassThrough();
      let said = '';
      stdout.on('data', (d: Buffer) => (said += d.toString()));
      const code = await setOrganisation(reg, {}, { cwd: dir, env: {}, stdout, stderr: new PassThrough(), verbose: false }, stdin);
      expect(code).toBe(0);
      expect(said).toContain('Virksomhetens opplysninger i reg/organisation.yaml.');
      expect(parse(org(reg))).toMatchObject({
        name: { nb: 'Fysio Solvik AS' },
        organisationNumber: '974760673',
        publicAuthority: false,
        contact: { email: 'post@fysiosolvik.no' },
      });
      expect(ropa(['validate', reg]).code).toBe(0);
    } finally {
      cleanup();
    }
  });
});
