import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { validateRegistry } from '../../src/validate/index.js';
import { textRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 47, B14: the three misses of six real bodies written blind (0 false alarms and 3 misses in 72 findings), each
 * fixed as a class. READ: the wording and its kin in nb, nn and en. SILENT: the lawful wordings beside them.
 */
const BODIES = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'bodies');
const findingsOfBody = (body: string, rule: string) =>
  runGaps(validateRegistry(join(BODIES, body, 'registry')).registry, GAP_RULES, { today: '2026-12-05' }).findings.filter((f) => f.rule === rule);

const run = textRegistry('ropa-s47-b14-');
const cookieActivity = (purpose: string, note: string) => (id: string, text: string) => `id: ${id}
title: Informasjonskapsler ${id}
description: Nettsiden bruker informasjonskapsler.
status: active
purposes:
  - id: p
    description: ${JSON.stringify(purpose.replace('%s', text))}
    legalBasis:
      - gdpr: A6-1-a
        note: ${JSON.stringify(note.replace('%s', text))}
        consentWithdrawal: Du kan endre innstillingene i nettleseren din.
dataSubjects: [besokende]
dataCategories: [kapsler]
sources: [nettleser]
recipients: none
information:
  method:
    - art13
`;
const catalogue = {
  'catalogues.yaml': `dataSubjects:
  besokende:
    name: Besøkende på nettsiden
dataCategories:
  kapsler:
    name: Informasjonskapsler
sources:
  nettleser:
    name: Nettleseren til den som besøker nettsiden
    type: device
`,
};

/**
 * consent-valid `browser-settings`: consent taken from the browser's default setting, told in words where the record names
 * no method («Ettersom de fleste nettlesere er innstilt slik at de automatisk aksepterer informasjonskapsler (cookies),
 * godtar du at det lagres informasjonskapsler …»: bodies/k-sekretariatet). Not where consent is asked, given by a click,
 * kept apart from the browser, or denied.
 */
const browserOf = (texts: Record<string, string>) =>
  run(texts, {
    org: 'K-Sekretariatet IKS',
    rule: 'consent-valid',
    activity: cookieActivity('telle besøk på nettsiden for å lage statistikk over bruken', '%s'),
    catalogues: catalogue,
  });

describe('consent from the browser default, in words (consent-valid browser-settings)', () => {
  readsAndSilent(
    browserOf,
    [
      'Ettersom de fleste nettlesere er innstilt slik at de automatisk aksepterer informasjonskapsler (cookies), godtar du at det lagres informasjonskapsler i din nettleser når du besøker vår nettside.',
      'Sidan dei fleste nettlesarar er stilte inn til å godta informasjonskapslar automatisk, godtek du at vi lagrar informasjonskapslar.',
      'Because most browsers are set up to accept cookies automatically, you agree to our use of cookies.',
      'Your browser accepts cookies by default, and you thereby consent to the cookies we set.',
      'Nettleseren din tillater informasjonskapsler som standard, og du samtykker dermed til at vi setter dem.',
    ],
    [
      'De fleste nettlesere aksepterer informasjonskapsler automatisk, men vi setter ingen statistikkinformasjonskapsler før du har klikket «Godta» i banneret.',
      'Most browsers accept cookies by default; we ask for your consent before setting analytics cookies.',
      'Du samtykker i cookiebanneret; uavhengig av dette kan du blokkere informasjonskapsler i nettleserinnstillingene.',
      'Nettleseren er innstilt til å akseptere informasjonskapsler, men det regner vi ikke som samtykke.',
      'Du kan endre innstillingene i nettleseren din dersom du ikke vil at den skal akseptere informasjonskapsler.',
      'Du gir samtykke ved å krysse av i boksen; nettleseren kan også innstilles til å avvise informasjonskapsler.',
    ],
  );

  it('reports the cookies of bodies/k-sekretariatet', () => {
    const found = findingsOfBody('k-sekretariatet', 'consent-valid');
    expect(found.map((f) => [f.activity, f.pointer])).toEqual([['informasjonskapsler', '/purposes/0/legalBasis/0']]);
  });
});

/**
 * purpose-stated `means-only`: a purpose that names only storing or using cookies, where and when, with nothing of what
 * they are for («lagre informasjonskapsler i nettleseren når du besøker nettsiden»: bodies/k-sekretariatet).
 */
const purposeOf = (texts: Record<string, string>) =>
  run(texts, {
    org: 'K-Sekretariatet IKS',
    rule: 'purpose-stated',
    activity: cookieActivity('%s', 'Samtykke gis ved å klikke «Godta» i banneret.'),
    catalogues: catalogue,
  });

describe('a purpose that names only the cookies (purpose-stated means-only)', () => {
  readsAndSilent(
    purposeOf,
    [
      'lagre informasjonskapsler i nettleseren når du besøker nettsiden',
      'bruke informasjonskapsler',
      'setje informasjonskapslar i nettlesaren din',
      'use cookies on our website',
      'storing cookies on your device when you visit the site',
      'Å bruke såkalte informasjonskapsler på nettsiden vår.',
    ],
    [
      'lagre informasjonskapsler som husker språkvalget ditt',
      'bruke informasjonskapsler for å telle besøk på nettsiden',
      'use cookies to keep you logged in',
      'telle besøk på nettsiden med informasjonskapsler',
      'lagre handlekurven i en informasjonskapsel til du betaler',
      'bruke informasjonskapsler til å lage statistikk over hvilke sider som blir lest',
    ],
  );

  it('reports the cookies of bodies/k-sekretariatet', () => {
    const found = findingsOfBody('k-sekretariatet', 'purpose-stated');
    expect(found.map((f) => [f.activity, f.pointer, f.severity])).toEqual([['informasjonskapsler', '/purposes/0/description', 'warning']]);
  });
});

/**
 * repealed-law: a section only the repealed ekomloven of 2003 had (§ 2-7 b on cookies; the act of 2024 has no lettered
 * section), cited under the name or the title in the words or in a structured citation, is the repealed act's («the
 * Norwegian Act regarding electronic communication, Section 2-7b»: bodies/statnett-en). A section the act in force has, or
 * the old act told as history, is not.
 */
const lawsCatalogue = {
  'catalogues.yaml': `laws:
  ekomloven:
    title: ekomloven
    lovdataId: LOV-2024-12-13-76
`,
};
const proseOf = (texts: Record<string, string>) =>
  run(texts, {
    org: 'Nettverk AS',
    language: 'en',
    publicAuthority: false,
    rule: 'repealed-law',
    catalogues: lawsCatalogue,
    activity: (id, text) => `id: ${id}
title: Website ${id}
description: The website uses cookies for statistics.
status: active
purposes:
  - id: p
    description: count visits to the website to make statistics of its use
    legalBasis:
      - gdpr: A6-1-a
        consentWithdrawal: Withdraw in the cookie settings at the foot of each page.
recipients: none
information:
  method:
    - art13
noticeText: ${JSON.stringify(text)}
`,
  });

describe('a section only the repealed ekomloven had (repealed-law)', () => {
  readsAndSilent(
    proseOf,
    [
      'As a visitor to statnett.no, you have the right to know which data we are collecting about you (cf. the Norwegian Act regarding electronic communication, Section 2-7b).',
      'Vi bruker informasjonskapsler etter ekomloven § 2-7 b.',
      'Bruken av informasjonskapslar følgjer ekomlova § 2-7b.',
      'Cookies are set as the Electronic Communications Act section 2-7 b allows.',
      'Lov om elektronisk kommunikasjon § 2-7 b krever at du informeres om informasjonskapslene.',
    ],
    [
      'Cookies are set with your consent, as the Electronic Communications Act section 3-15 requires.',
      'Vi bruker informasjonskapsler med samtykke etter ekomloven § 3-15.',
      'Tidligere ekomloven § 2-7 b er erstattet av § 3-15.',
      'The old Act on electronic communications, Section 2-7b, was replaced by section 3-15 in 2025.',
      'Nettet er installert etter ekomloven § 2-7.',
      'We respect your privacy and the law in every act we do.',
    ],
  );

  it('reads a structured citation of § 2-7 b under the act in force', () => {
    const found = run(
      { s: '' },
      {
        org: 'Nettverk AS',
        language: 'en',
        publicAuthority: false,
        rule: 'repealed-law',
        catalogues: lawsCatalogue,
        activity: (id) => `id: ${id}
title: Website ${id}
description: The website uses cookies for statistics.
status: active
purposes:
  - id: p
    description: count visits to the website to make statistics of its use
    legalBasis:
      - gdpr: A6-1-c
        law:
          - law: ekomloven
            section: § 2-7 b
recipients: none
information:
  method:
    - art13
`,
      },
    );
    expect(found.map((f) => [f.activity, f.pointer])).toEqual([['s', '/purposes/0/legalBasis/0/law/0']]);
  });

  it('reports the notice text of bodies/statnett-en', () => {
    const found = findingsOfBody('statnett-en', 'repealed-law');
    expect(found.map((f) => [f.activity, f.pointer])).toEqual([['web-statistics', '/noticeText']]);
  });
});
