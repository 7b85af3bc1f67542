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
 * `ropa new` records joint controllers (Art. 26): `--joint-controller ID=ARRANGEMENT` for a joint controller organisation.yaml
 * names, `--joint-responsibilities ID=TEXT` for the split of duties (who answers the data subjects); asked at a terminal
 * where organisation.yaml names one. The activity's role is written joint-controller, which the notice reads to give the
 * arrangement's essence (Art. 26(2)). W1 (variants-fysio, session 42, RG07) had no flag for it.
 */
const SAMPLE = join(FIXTURES, 'authoring/sample');

/** The sample registry with NAV named as a joint controller in organisation.yaml. */
function withJoint(): { dir: string; cleanup: () => void } {
  const reg = scratchCopy(SAMPLE);
  const org = join(reg.dir, 'organisation.yaml');
  writeFileSync(org, `${readFileSync(org, 'utf8')}jointControllers:\n  nav:\n    name: NAV\n`);
  return reg;
}
const args = (dir: string, extra: string[]): string[] =>
  newArgs(
    'follow-up',
    dir,
    {
      title: 'Oppfølging',
      purpose: 'Følge opp sykmeldte sammen med NAV',
      basis: 'A6-1-c',
      law: 'arbeidsmiljoloven § 4-6',
      subjects: 'employees',
      categories: 'contact-details',
    },
    ['--lang', 'en', ...extra],
  );
const joint = (dir: string): string[] =>
  (
    JSON.parse(ropa(['gaps', dir, '--activity', 'follow-up', '--rule', 'joint-controller-arrangement', '-f', 'json', '--lang', 'en']).stdout) as {
      findings: { message: string; pointer: string }[];
    }
  ).findings.map((f) => `${f.pointer} ${f.message}`);

describe('ropa new --joint-controller', () => {
  it('writes the joint controller with its arrangement and split, the role joint-controller; gaps is satisfied and the notice tells it', () => {
    const reg = withJoint();
    try {
      const r = ropa(
        args(reg.dir, [
          '--joint-controller',
          'nav=Avtale 2024/112',
          '--joint-responsibilities',
          'nav=nb:NAV svarer på henvendelser fra de registrerte om oppfølgingsplanen',
          '--joint-responsibilities',
          'nav=en:NAV answers requests from data subjects about the follow-up plan',
        ]),
      );
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const a = parse(readFileSync(join(reg.dir, 'activities/follow-up.yaml'), 'utf8')) as Record<string, unknown>;
      expect(a.role).toBe('joint-controller');
      expect(a.jointControllers).toEqual([
        {
          controller: 'nav',
          arrangement: 'Avtale 2024/112',
          responsibilities: {
            nb: 'NAV svarer på henvendelser fra de registrerte om oppfølgingsplanen',
            en: 'NAV answers requests from data subjects about the follow-up plan',
          },
        },
      ]);
      expect(joint(reg.dir)).toEqual([]);
      const notice = ropa(['notice', reg.dir, '--activity', 'follow-up', '--draft', '--lang', 'en']).stdout;
      expect(notice).toMatch(/\*\*Joint controllers:\*\*\n\s+- NAV: NAV answers requests from data subjects about the follow-up plan/);
      expect(ropa(['show', 'follow-up', reg.dir, '--lang', 'en']).stdout).toContain('Avtale 2024/112');
    } finally {
      reg.cleanup();
    }
  });

  it('without the arrangement or the split, gaps reports each: the flags record the fact, the rule judges it', () => {
    const reg = withJoint();
    try {
      expect(ropa(args(reg.dir, ['--joint-controller', 'nav'])).code).toBe(0);
      expect(joint(reg.dir)).toEqual([
        '/jointControllers/0 No Art. 26 arrangement is recorded with the joint controller "nav".',
        '/jointControllers/0 The arrangement with "nav" does not say who answers data subjects: add responsibilities or a contact point.',
      ]);
    } finally {
      reg.cleanup();
    }
  });

  it('--joint-contact: the contact point (Art. 26(1)) by the form of each value; gaps is satisfied and the notice and show print it', () => {
    const reg = withJoint();
    try {
      const contact = ['NAV Kontaktsenter', 'kontakt@nav.example', '+47 55 55 33 33', 'https://www.nav.example/kontakt'];
      const r = ropa(args(reg.dir, ['--joint-controller', 'nav=Avtale 2024/112', ...contact.flatMap((c) => ['--joint-contact', `nav=${c}`])]));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const a = parse(readFileSync(join(reg.dir, 'activities/follow-up.yaml'), 'utf8')) as Record<string, unknown>;
      expect(a.jointControllers).toEqual([
        {
          controller: 'nav',
          arrangement: 'Avtale 2024/112',
          contactPoint: { name: 'NAV Kontaktsenter', email: 'kontakt@nav.example', phone: '+47 55 55 33 33', url: 'https://www.nav.example/kontakt' },
        },
      ]);
      expect(validateRegistry(reg.dir).findings.filter((f) => f.severity === 'error')).toEqual([]);
      // The rule asks who answers data subjects: a contact point says so (Art. 26(1)).
      expect(joint(reg.dir)).toEqual([]);
      const notice = ropa(['notice', reg.dir, '--activity', 'follow-up', '--draft', '--lang', 'en']).stdout;
      expect(notice).toContain('kontakt@nav.example');
      expect(ropa(['show', 'follow-up', reg.dir, '--lang', 'en']).stdout).toContain('kontakt@nav.example');
    } finally {
      reg.cleanup();
    }
  });

  it('--joint-contact is refused for a controller not given, alone, and twice of one kind (nb)', () => {
    expectRefusedWritingNothing(
      withJoint(),
      'follow-up',
      (dir) => args(dir, ['--joint-controller', 'nav', '--joint-contact', 'skatt=post@skatt.example']),
      /--joint-contact names "skatt", which no --joint-controller gives/,
    );
    expectRefusedWritingNothing(
      withJoint(),
      'follow-up',
      (dir) => args(dir, ['--joint-contact', 'nav=post@nav.example']),
      /--joint-contact needs --joint-controller/,
    );
    expectRefusedWritingNothing(
      withJoint(),
      'follow-up',
      (dir) => [...args(dir, ['--joint-controller', 'nav', '--joint-contact', 'nav=a@nav.example', '--joint-contact', 'nav=b@nav.example']), '--lang', 'nb'],
      /--joint-contact nav=«b@nav\.example»: kontaktpunktet har allerede email/,
    );
  });

  it('refuses a joint controller organisation.yaml does not name, saying where to add it, writing nothing', () => {
    expectRefusedWritingNothing(
      withJoint(),
      'follow-up',
      (dir) => args(dir, ['--joint-controller', 'skatt=Avtale 1']),
      /organisation\.yaml's jointControllers does not name skatt \(it names: nav\)/,
    );
  });
  it('refuses a split for a controller not given, and a split alone', () => {
    expectRefusedWritingNothing(
      withJoint(),
      'follow-up',
      (dir) => args(dir, ['--joint-controller', 'nav', '--joint-responsibilities', 'navv=x']),
      /names "navv", which no --joint-controller gives/,
    );
    expectRefusedWritingNothing(
      withJoint(),
      'follow-up',
      (dir) => args(dir, ['--joint-responsibilities', 'nav=x']),
      /--joint-responsibilities needs --joint-controller/,
    );
  });
  it('refuses an id that is no id (nb)', () => {
    expectRefusedWritingNothing(
      withJoint(),
      'follow-up',
      (dir) => [...args(dir, ['--joint-controller', 'NAV kontor=x']), '--lang', 'nb'],
      /--joint-controller tar ID eller ID=AVTALE/,
    );
  });
});

describe('the question: joint controllers', () => {
  const rest = { ...ANSWERED, bases: ['A6-1-c' as const], laws: [], automatedDecisions: { used: false }, riskFactors: [] };

  it('offers those organisation.yaml names, then asks the arrangement, the split and the contact point of each (nb, nn, en)', async () => {
    const reg = withJoint();
    try {
      const { registry } = validateRegistry(reg.dir);
      for (const [lang, question] of [
        ['nb', 'Bestemmer en annen behandlingsansvarlig formålene og midlene'],
        ['nn', 'Avgjer ein annan behandlingsansvarleg føremåla og midla'],
        ['en', 'Does another controller decide the purposes and means'],
      ] as const) {
        const p = scripted(['nav', 'Avtale 1', 'NAV svarer de registrerte', 'NAV answers data subjects', '55 55 33 33']);
        const got = await askMissing(p, registry, lang, { id: 'x', ...rest });
        expect(p.log.some((l) => l.startsWith(question))).toBe(true);
        expect(p.log.some((l) => l.includes(lang === 'en' ? 'the contact point, Art. 26(1)' : 'kontaktpunktet, art. 26 nr. 1'))).toBe(true);
        expect(got.jointControllers).toEqual([
          {
            controller: 'nav',
            arrangement: 'Avtale 1',
            responsibilities: { nb: 'NAV svarer de registrerte', en: 'NAV answers data subjects' },
            contactPoint: { phone: '55 55 33 33' },
          },
        ]);
      }
      // A contact point alone answers who data subjects turn to: the arrangement and the split may be left for later.
      const alone = await askMissing(scripted(['nav', '', '', 'kontakt@nav.example']), registry, 'en', { id: 'x', ...rest });
      expect(alone.jointControllers).toEqual([{ controller: 'nav', contactPoint: { email: 'kontakt@nav.example' } }]);
      const none = scripted(['']);
      expect((await askMissing(none, registry, 'en', { id: 'x', ...rest })).jointControllers).toBeUndefined();
    } finally {
      reg.cleanup();
    }
  });

  it('is not asked where organisation.yaml names none', async () => {
    const { registry } = validateRegistry(SAMPLE);
    const p = scripted([]);
    const got = await askMissing(p, registry, 'en', { id: 'x', ...rest });
    expect(p.log.some((l) => l.includes('another controller'))).toBe(false);
    expect(got.jointControllers).toBeUndefined();
  });
});
