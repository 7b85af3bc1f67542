import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { askMissing } from '../../src/authoring/questions.js';
import { ANSWERED, scripted } from '../helpers/scripted-prompter.js';
import { validateRegistry } from '../../src/validate/index.js';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { expectRefusedWritingNothing, newArgs } from '../helpers/new-args.js';

/**
 * `ropa new` says more of a transfer than its country and mechanism (W1, variants-fysio, session 42, RG10): where the
 * safeguard is documented (--transfer-reference), who receives it (--transfer-recipient), what the recipient is where an
 * adequacy decision covers only some (--transfer-recipient-type), and for the United States whether the recipient is on the
 * Data Privacy Framework (--transfer-dpf), each keyed by the transfer's country; asked after the mechanism at a terminal.
 * Also the activity's own publicAuthority (--public-authority, RG08), asked where A6-1-f or A6-1-e makes it matter.
 */
const SAMPLE = join(FIXTURES, 'authoring/sample');

const base = (dir: string, extra: string[], id = 'video'): string[] =>
  newArgs(
    id,
    dir,
    {
      title: 'Video',
      purpose: 'Videokonsultasjoner',
      basis: 'A6-1-e',
      law: 'personopplysningsloven § 1',
      subjects: 'employees',
      categories: 'contact-details',
    },
    ['--lang', 'en', ...extra],
  );
const transfersOf = (dir: string, id = 'video'): unknown =>
  (parse(readFileSync(join(dir, `activities/${id}.yaml`), 'utf8')) as { transfers: unknown }).transfers;
const findings = (dir: string, rule: string, id = 'video'): string[] =>
  (
    JSON.parse(ropa(['gaps', dir, '--activity', id, '--rule', rule, '--today', '2026-12-05', '-f', 'json', '--lang', 'en']).stdout) as {
      findings: { rule: string; pointer: string }[];
    }
  ).findings.map((f) => `${f.rule} ${f.pointer}`);

describe('ropa new --transfer-reference, --transfer-recipient, --transfer-recipient-type, --transfer-dpf', () => {
  it('writes each on the transfer of its country; the rules read them and the notice prints the reference', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      const r = ropa(
        base(reg.dir, [
          '--processors',
          'mailer',
          '--transfers',
          'US:A46-2-c,CA:A45-3',
          '--transfer-reference',
          'us=SCC 2010/87, avtale 2019-3',
          '--transfer-recipient',
          'US=mailer',
          '--transfer-recipient-type',
          'CA=public-authority',
        ]),
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(transfersOf(reg.dir)).toEqual([
        { country: 'US', recipient: 'mailer', mechanism: 'A46-2-c', reference: 'SCC 2010/87, avtale 2019-3' },
        { country: 'CA', mechanism: 'A45-3', recipientType: 'public-authority' },
      ]);
      // The repealed clauses named in the reference, and a public authority outside Canada's commercial-only decision.
      expect(findings(reg.dir, 'transfer-mechanism')).toEqual(['transfer-mechanism /transfers/0/reference']);
      expect(findings(reg.dir, 'adequacy-country')).toEqual(['adequacy-country /transfers/1/mechanism']);
      const notice = ropa(['notice', reg.dir, '--activity', 'video', '--draft', '--lang', 'en']).stdout;
      expect(notice).toContain('United States (Recipient: Mailer Inc). Transfer mechanism: standard contractual clauses');
      expect(notice).toContain('Reference: SCC 2010/87, avtale 2019-3.');
      expect(ropa(['show', 'video', reg.dir, '--lang', 'en']).stdout).toMatch(
        /CA\n\s+Mechanism: adequacy decision \(Art\. 45\)\n\s+Recipient: public authority/,
      );
    } finally {
      reg.cleanup();
    }
  });

  it('the same transfers with today\u2019s clauses and a private recipient: nothing to report', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      const extra = ['--transfers', 'US:A46-2-c,CA:A45-3', '--transfer-reference', 'US=SCC 2021/914 modul 3', '--transfer-recipient-type', 'CA=private'];
      expect(ropa(base(reg.dir, extra)).code).toBe(0);
      expect([...findings(reg.dir, 'transfer-mechanism'), ...findings(reg.dir, 'adequacy-country')]).toEqual([]);
    } finally {
      reg.cleanup();
    }
  });

  it('--transfer-dpf: no is reported even for a processor the catalogue marks certified, yes is not', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      const extra = (dpf: string): string[] => [
        '--processors',
        'mailer',
        '--transfers',
        'US:A45-3',
        '--transfer-recipient',
        'US=mailer',
        '--transfer-dpf',
        `US=${dpf}`,
      ];
      expect(ropa(base(reg.dir, extra('no'), 'dpf-no')).code).toBe(0);
      expect(ropa(base(reg.dir, extra('yes'), 'dpf-yes')).code).toBe(0);
      expect(transfersOf(reg.dir, 'dpf-yes')).toEqual([{ country: 'US', recipient: 'mailer', mechanism: 'A45-3', dpfCertified: true }]);
      expect(findings(reg.dir, 'us-dpf-certified', 'dpf-no')).toEqual(['us-dpf-certified /transfers/0/dpfCertified']);
      expect(findings(reg.dir, 'us-dpf-certified', 'dpf-yes')).toEqual([]);
    } finally {
      reg.cleanup();
    }
  });

  it('the compelling-interest derogation: its assessment and who was told, which derogation-documented reads', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      const extra = ['--transfers', 'US:A49-1-subpara2'];
      expect(ropa(base(reg.dir, extra, 'undocumented')).code).toBe(0);
      expect(findings(reg.dir, 'derogation-documented', 'undocumented')).toEqual([
        'derogation-documented /transfers/0/mechanism',
        'derogation-documented /transfers/0/mechanism',
        'derogation-documented /transfers/0/mechanism',
      ]);
      const documented = [
        ...extra,
        '--transfer-safeguards',
        'US=nb:Engangsoverføring; vurdert mot personvernet, kryptert',
        '--transfer-safeguards',
        'US=en:A one-off transfer; weighed against privacy, encrypted',
        '--transfer-subjects-informed',
        'US=yes',
        '--transfer-authority-informed',
        'US=Varslet 2025-04-10, sak 25/00123',
      ];
      expect(ropa(base(reg.dir, documented, 'documented')).code).toBe(0);
      expect(transfersOf(reg.dir, 'documented')).toEqual([
        {
          country: 'US',
          mechanism: 'A49-1-subpara2',
          safeguards: { nb: 'Engangsoverføring; vurdert mot personvernet, kryptert', en: 'A one-off transfer; weighed against privacy, encrypted' },
          informed: { dataSubjects: true, supervisoryAuthority: 'Varslet 2025-04-10, sak 25/00123' },
        },
      ]);
      expect(findings(reg.dir, 'derogation-documented', 'documented')).toEqual([]);
      expect(ropa(['show', 'documented', reg.dir, '--lang', 'en']).stdout).toMatch(
        /Data subjects told of the transfer: yes\n\s+Datatilsynet informed: Varslet 2025-04-10, sak 25\/00123/,
      );
    } finally {
      reg.cleanup();
    }
  });

  const refusals: [string, string[], RegExp][] = [
    ['a detail without --transfers', ['--transfer-reference', 'US=SCC'], /--transfer-reference describes a transfer: give the countries with --transfers/],
    ['a detail for --transfers none', ['--transfers', 'none', '--transfer-dpf', 'US=yes'], /--transfer-dpf describes a transfer/],
    ['a country --transfers does not name', ['--transfers', 'US:A46-2-c', '--transfer-reference', 'IN=SCC'], /--transfers names no transfer to IN/],
    ['a country named twice', ['--transfers', 'US:A46-2-c,US:A45-3', '--transfer-recipient', 'US=mailer'], /names US more than once/],
    ['a value without its country', ['--transfers', 'US:A46-2-c', '--transfer-reference', 'SCC 2021/914'], /--transfer-reference takes KEY=VALUE/],
    ['a recipient type the schema does not have', ['--transfers', 'CA:A45-3', '--transfer-recipient-type', 'CA=company'], /--transfer-recipient-type.*company/],
    ['a DPF answer that is neither yes nor no', ['--transfers', 'US:A45-3', '--transfer-dpf', 'US=maybe'], /--transfer-dpf.*maybe/],
  ];
  for (const [what, extra, message] of refusals)
    it(`refuses ${what}, writing nothing`, () => {
      expectRefusedWritingNothing(scratchCopy(SAMPLE), 'video', (dir) => base(dir, extra), message);
    });
});

describe('the questions after a transfer mechanism', () => {
  const { registry } = validateRegistry(SAMPLE);
  const rest = { ...ANSWERED, bases: ['A6-1-b' as const], automatedDecisions: { used: false }, riskFactors: [], transfers: undefined };

  it('asks the reference for safeguards, the recipient among the activity\u2019s parties, DPF for the US, the recipient type for Canada', async () => {
    const p = scripted(['us, ca, in', 'A46-2-c', 'SCC 2021/914 modul 3', 'mailer', 'A45-3', '', 'public-authority', 'A45-3', '']);
    const got = await askMissing(p, registry, 'nb', { id: 'x', ...rest, processors: ['mailer'] });
    expect(p.log).toContain('? Hvor er garantiene for US dokumentert (klausulene, avtalen, vurderingen)? Tomt for å hoppe over: SCC 2021/914 modul 3');
    expect(p.log).toContain('Beslutningen om tilstrekkelig beskyttelsesnivå for CA dekker bare noen mottakere: hva er mottakeren?');
    expect(got.transfers).toEqual([
      { country: 'US', mechanism: 'A46-2-c', reference: 'SCC 2021/914 modul 3', recipient: 'mailer' },
      { country: 'CA', mechanism: 'A45-3', recipientType: 'public-authority' },
      { country: 'IN', mechanism: 'A45-3' },
    ]);
  });

  it('asks the assessment and who was told for the compelling-interest derogation', async () => {
    const p = scripted(['in', 'A49-1-subpara2', 'Avtale 7', 'Vurdert', 'Assessed', 'ja', 'Sak 25/1']);
    const got = await askMissing(p, registry, 'nb', { id: 'x', ...rest });
    expect(p.log).toContain('De tvingende berettigede interessene for IN: vurderingen og garantiene (art. 49 nr. 6). Tomt for å hoppe over.');
    expect(got.transfers).toEqual([
      {
        country: 'IN',
        mechanism: 'A49-1-subpara2',
        reference: 'Avtale 7',
        safeguards: { nb: 'Vurdert', en: 'Assessed' },
        informed: { dataSubjects: true, supervisoryAuthority: 'Sak 25/1' },
      },
    ]);
  });

  it('asks whether a US recipient on adequacy is certified (nynorsk, English)', async () => {
    for (const [lang, yes, question] of [
      ['nn', 'ja', 'Er mottakaren i USA sertifisert under EU-US Data Privacy Framework?'],
      ['en', 'no', 'Is the recipient in the United States certified under the EU-US Data Privacy Framework?'],
    ] as const) {
      const p = scripted(['us', 'A45-3', yes]);
      const got = await askMissing(p, registry, lang, { id: 'x', ...rest });
      expect(p.log.some((l) => l.startsWith(`? ${question}`))).toBe(true);
      expect(got.transfers).toEqual([{ country: 'US', mechanism: 'A45-3', dpfCertified: yes === 'ja' }]);
    }
  });
});

describe('ropa new --public-authority', () => {
  it('no: a public body\u2019s activity outside its tasks may rest on legitimate interests; without it the error stays', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      const args = (id: string, extra: string[]): string[] =>
        newArgs(
          id,
          reg.dir,
          {
            title: 'Kantine',
            purpose: 'Kantinedrift for de ansatte',
            basis: 'A6-1-f',
            'legitimate-interest': 'Drive kantinen',
            subjects: 'employees',
            categories: 'contact-details',
          },
          ['--lang', 'en', ...extra],
        );
      expect(ropa(args('canteen-public', [])).code).toBe(0);
      expect(ropa(args('canteen-own', ['--public-authority', 'no'])).code).toBe(0);
      expect((parse(readFileSync(join(reg.dir, 'activities/canteen-own.yaml'), 'utf8')) as { publicAuthority: unknown }).publicAuthority).toBe(false);
      expect(findings(reg.dir, 'public-task-not-legitimate-interest', 'canteen-public')).toEqual([
        'public-task-not-legitimate-interest /purposes/0/legalBasis/0/gdpr',
      ]);
      expect(findings(reg.dir, 'public-task-not-legitimate-interest', 'canteen-own')).toEqual([]);
      expect(ropa(['show', 'canteen-own', reg.dir, '--lang', 'nb']).stdout).toContain(
        'Som offentlig myndighet: nei, utenfor oppgavene som offentlig myndighet (denne behandlingen)',
      );
      expectRefusedWritingNothing(
        scratchCopy(SAMPLE),
        'x',
        (dir) => newArgs('x', dir, { title: 'x', 'public-authority': 'nei' }, ['--lang', 'en']),
        /--public-authority/,
      );
    } finally {
      reg.cleanup();
    }
  });

  it('is asked for a private body\u2019s public task (A6-1-e), as for a kirkelig fellesråd', async () => {
    const copy = scratchCopy(SAMPLE);
    try {
      const org = join(copy.dir, 'organisation.yaml');
      writeFileSync(org, readFileSync(org, 'utf8').replace('publicAuthority: true', 'publicAuthority: false'));
      const { registry } = validateRegistry(copy.dir);
      const p = scripted(['ja']);
      const got = await askMissing(p, registry, 'nn', {
        id: 'x',
        ...ANSWERED,
        automatedDecisions: { used: false },
        riskFactors: [],
        bases: ['A6-1-e'],
        laws: [],
      });
      expect(p.log.some((l) => l.startsWith('? Utfører de denne behandlinga som offentleg styresmakt, i ei oppgåve de er gitt ved lov'))).toBe(true);
      expect(got.publicAuthority).toBe(true);
    } finally {
      copy.cleanup();
    }
  });

  it('is asked for a public body\u2019s legitimate interest, and not where it changes nothing', async () => {
    const { registry } = validateRegistry(SAMPLE);
    const rest = { ...ANSWERED, automatedDecisions: { used: false }, riskFactors: [], legitimateInterest: 'y' };
    const p = scripted(['nei']);
    const got = await askMissing(p, registry, 'nb', { id: 'x', ...rest, bases: ['A6-1-f'] });
    expect(p.log.some((l) => l.startsWith('? Er denne behandlingen en del av oppgavene deres som offentlig myndighet?'))).toBe(true);
    expect(got.publicAuthority).toBe(false);
    const same = scripted(['yes']);
    expect((await askMissing(same, registry, 'en', { id: 'x', ...rest, bases: ['A6-1-f'] })).publicAuthority).toBeUndefined();
    const quiet = scripted([]);
    await askMissing(quiet, registry, 'en', { id: 'x', ...rest, bases: ['A6-1-e'], laws: [] });
    expect(quiet.log.some((l) => l.includes('public authority'))).toBe(false);
  });
});
