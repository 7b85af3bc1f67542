import { describe, expect, it } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { keptInArchive, STORY } from '../helpers/rule-registries.js';

/**
 * Session 44, W3: two structured facts a rule ignored, found by the blind set variants-sjoredning (a private sea-rescue
 * society). Each matrix writes one activity per cell in a real record and runs the one rule.
 *
 * 1. applicant-health (arbeidsmiljøloven § 9-3): the clean base's recruitment of skippers asks for the seafarer's health
 *    certificate on a purpose limited to it (`dataCategories`), on 6(1)(c) and 9(2)(b) naming skipssikkerhetsloven and
 *    the health-certificate regulation, and drew `health` (control SRc24; the false alarm also hid SR73). A law that
 *    requires the health data for the work, named on the purpose that uses it, states the position's need; the general
 *    frame (personopplysningsloven § 6, arbeidsmiljøloven itself) does not, and neither does consent.
 * 2. permanent-retention-basis (Art. 5(1)(e), 89(1)): «permanent, to Kystredningens historiske arkiv» was read as a
 *    deposit with an archive institution (SR27). A private body's own archive is none (arkivlova § 3): `own-archive`.
 */
const applicants = textRegistry('ropa-s44-w3-applicant-health-');
const LAWS = `laws:
  personopplysningsloven:
    title: personopplysningsloven
  arbeidsmiljoloven:
    title: arbeidsmiljøloven
  skipssikkerhetsloven:
    title: skipssikkerhetsloven
  helseerklaeringsforskriften:
    title: forskrift om helseerklæring for arbeidstakere på skip
  luftfartsloven:
    title: luftfartsloven
  tuberkuloseforskriften:
    title: forskrift om tuberkulosekontroll
  brannforskriften:
    title: forskrift om organisering, bemanning og utrustning av brannvesen
  jernbaneforskriften:
    title: forskrift om helsekrav for personell med sikkerhetskritiske arbeidsoppgaver
  petroleumsforskriften:
    title: forskrift om helsekrav for personer i petroleumsvirksomheten
`;
const CATALOGUES = {
  'laws.yaml': LAWS,
  'data-subjects.yaml': 'dataSubjects:\n  applicants:\n    name: Jobbsøkere\n',
  'data-categories.yaml': 'dataCategories:\n  cv:\n    name: Søknad og CV\n  health:\n    name: Helseerklæring\n    specialCategory: health\n',
};
/** A recruitment whose second purpose is `purpose` (YAML lines of one list item, indented four spaces). */
const recruitment = (id: string, purpose: string): string => `id: ${id}
title: Rekruttering
description: Vi behandler søknader og CV i rekrutteringssystemet.
status: active
purposes:
  - id: vurdere
    description: vurdere søkere og ansette den best kvalifiserte
    legalBasis:
      - gdpr: A6-1-b
${purpose}dataSubjects: [applicants]
dataCategories: [cv, health]
recipients: none
`;
const healthOf = (cells: Record<string, string>, publicAuthority: boolean): Map<string, number> => {
  const fs = applicants(cells, {
    org: 'Nordvik Sjø AS',
    publicAuthority,
    rule: 'applicant-health',
    activity: recruitment,
    catalogues: CATALOGUES,
    today: '2026-12-05',
  });
  const n = new Map<string, number>();
  for (const f of fs) n.set(f.activity!, (n.get(f.activity!) ?? 0) + 1);
  return n;
};

describe('applicant-health: a law that requires the health data, on the purpose that uses it, states the need', () => {
  const lawful: Record<string, string> = {
    seafarer: `  - id: helse
    description: kontrollere helseerklæringen til søkere til skipperstillinger
    dataCategories: [health]
    legalBasis:
      - gdpr: A6-1-c
        law: [{ law: skipssikkerhetsloven }]
      - gdpr: A9-2-b
        law: [{ law: helseerklaeringsforskriften, section: § 3 }]
`,
    pilot: `  - id: helse
    description: check the medical certificate of applicants for pilot posts
    dataCategories: [health]
    legalBasis:
      - gdpr: A6-1-c
        law: [{ law: luftfartsloven }]
      - gdpr: A9-2-b
        law: [{ law: luftfartsloven }]
`,
    tuberculosis: `  - id: helse
    description: motta tuberkuloseundersøkinga til søkjarar frå land med høg førekomst
    dataCategories: [health]
    legalBasis:
      - gdpr: A6-1-c
        law: [{ law: tuberkuloseforskriften, section: § 3-1 }]
      - gdpr: A9-2-h
        law: [{ law: tuberkuloseforskriften, section: § 3-1 }]
`,
    'smoke-diver': `  - id: helse
    description: vurdere legeundersøkelsen av søkere til stillinger som røykdykker
    dataCategories: [health]
    legalBasis:
      - gdpr: A6-1-c
        law: [{ law: brannforskriften }]
      - gdpr: A9-2-b
        law: [{ law: brannforskriften }]
`,
    railway: `  - id: helse
    description: motta helseattesten til søkere til stillinger som lokomotivfører
    dataCategories: [health]
    legalBasis:
      - gdpr: A6-1-c
        law: [{ law: jernbaneforskriften }]
      - gdpr: A9-2-b
        law: [{ law: jernbaneforskriften }]
`,
    offshore: `  - id: helse
    description: receive the offshore health certificate of applicants for platform jobs
    dataCategories: [health]
    legalBasis:
      - gdpr: A6-1-c
        law: [{ law: petroleumsforskriften }]
      - gdpr: A9-2-b
        law: [{ law: petroleumsforskriften }, { law: personopplysningsloven, section: § 6 }]
`,
    'public-task': `  - id: helse
    description: kontrollere helseerklæringen til søkere til stillinger som los
    dataCategories: [health]
    legalBasis:
      - gdpr: A6-1-e
        law: [{ law: skipssikkerhetsloven }]
      - gdpr: A9-2-g
        law: [{ law: helseerklaeringsforskriften }]
`,
  };
  const firing: Record<string, string> = {
    'frame-only': `  - id: helse
    description: kontrollere helseerklæringen til søkere til skipperstillinger
    dataCategories: [health]
    legalBasis:
      - gdpr: A6-1-b
      - gdpr: A9-2-b
        law: [{ law: personopplysningsloven, section: § 6 }]
`,
    'working-environment-act': `  - id: helse
    description: kontrollere helseerklæringen til søkere til skipperstillinger
    dataCategories: [health]
    legalBasis:
      - gdpr: A6-1-c
        law: [{ law: arbeidsmiljoloven, section: § 9-3 }]
      - gdpr: A9-2-b
        law: [{ law: arbeidsmiljoloven, section: § 9-3 }]
`,
    consent: `  - id: helse
    description: kontrollere helseerklæringen til søkere til skipperstillinger
    dataCategories: [health]
    legalBasis:
      - gdpr: A6-1-a
        consentWithdrawal: Send e-post til oss.
      - gdpr: A9-2-a
        consentWithdrawal: Send e-post til oss.
`,
    'any-category': `  - id: helse
    description: kontrollere helseerklæringen til søkere til skipperstillinger
    legalBasis:
      - gdpr: A6-1-c
        law: [{ law: skipssikkerhetsloven }]
      - gdpr: A9-2-b
        law: [{ law: helseerklaeringsforskriften }]
`,
    'free-text-law': `  - id: helse
    description: kontrollere helseerklæringen til søkere til skipperstillinger
    dataCategories: [health]
    legalBasis:
      - gdpr: A6-1-c
        law: [forskrift om helseerklæring]
      - gdpr: A9-2-b
        law: [forskrift om helseerklæring]
`,
    'contract-only': `  - id: helse
    description: kontrollere helseerklæringen til søkere til skipperstillinger
    dataCategories: [health]
    legalBasis:
      - gdpr: A6-1-b
        note: Søknaden.
`,
  };
  it('loads every cell (each activity is reviewed by no one, so review-overdue names each: no silence by an invalid cell)', () => {
    const loaded = applicants(
      { ...lawful, ...firing },
      { org: 'Nordvik Sjø AS', publicAuthority: false, rule: 'review-overdue', activity: recruitment, catalogues: CATALOGUES, today: '2026-12-05' },
    );
    expect(new Set(loaded.map((f) => f.activity))).toEqual(new Set([...Object.keys(lawful), ...Object.keys(firing)]));
  });
  for (const publicAuthority of [false, true]) {
    const silent = healthOf(lawful, publicAuthority);
    const fired = healthOf(firing, publicAuthority);
    for (const id of Object.keys(lawful)) it(`silent: ${id}${publicAuthority ? ' (public body)' : ''}`, () => expect(silent.get(id) ?? 0).toBe(0));
    for (const id of Object.keys(firing)) it(`fires: ${id}${publicAuthority ? ' (public body)' : ''}`, () => expect(fired.get(id) ?? 0).toBe(1));
  }
  it('fires on every applicant asked for past illness, beside a law that requires a certificate (words, unchanged)', () => {
    const words = applicants(
      { everyone: lawful.seafarer! },
      {
        org: 'Nordvik Sjø AS',
        publicAuthority: false,
        rule: 'applicant-health',
        activity: (id, purpose) =>
          recruitment(id, purpose).replace(
            'description: Vi behandler søknader og CV i rekrutteringssystemet.',
            'description: Alle søkere fyller ut et helseskjema om tidligere sykdommer og sykefravær de siste tre årene.',
          ),
        catalogues: CATALOGUES,
        today: '2026-12-05',
      },
    );
    expect(words.map((f) => f.messageId)).toEqual(['gaps.applicant-health.described-health']);
  });
});

const archives = textRegistry('ropa-s44-w3-own-archive-');
const kept = keptInArchive;
const ownOf = (cells: Record<string, string>, org: string, organisation: string, publicAuthority: boolean) =>
  archives(cells, { org, organisation, publicAuthority, rule: 'permanent-retention-basis', activity: kept, catalogues: STORY, today: '2026-12-05' });

describe("permanent-retention-basis: a private body's own archive is no archive institution (own-archive)", () => {
  const ownCells = {
    genitive: 'Kystredningens historiske arkiv',
    bare: 'Kystredningen, historisk samling',
    english: "Kystredningen's history archive",
    'full-name': 'Kystredningen – Norsk Selskap for Sjøredning, arkivet',
    lower: 'kystredningens bildearkiv',
  };
  const own = ownOf(ownCells, 'Kystredningen – Norsk Selskap for Sjøredning', 'shortName: Kystredningen\n', false);
  for (const id of Object.keys(ownCells))
    it(`fires: ${id}`, () => expect(own.filter((f) => f.activity === id).map((f) => f.messageId)).toEqual(['gaps.permanent-retention-basis.own-archive']));
  const dealer = ownOf(
    { dealer: 'Fjellstad Bils bildearkiv', 'dealer-en': 'Fjellstad Bil AS company archive' },
    'Fjellstad Bil AS',
    'shortName: Fjellstad Bil\n',
    false,
  );
  for (const id of ['dealer', 'dealer-en'])
    it(`fires: ${id}`, () => expect(dealer.filter((f) => f.activity === id).map((f) => f.messageId)).toEqual(['gaps.permanent-retention-basis.own-archive']));

  const silentCells = {
    'national-archives': 'Arkivverket',
    nasjonalarkivet: 'Nasjonalarkivet',
    museum: 'Norsk Maritimt Museum',
    ika: 'Interkommunalt arkiv i Vestland IKS',
    'longer-word': 'Kystredningsmuseet',
    'name-inside': 'Statsarkivet, Kystredningen-samlinga',
  };
  const silent = ownOf(silentCells, 'Kystredningen – Norsk Selskap for Sjøredning', 'shortName: Kystredningen\n', false);
  it('loads every silent cell (review-overdue names each)', () => {
    const loaded = archives(silentCells, {
      org: 'Kystredningen – Norsk Selskap for Sjøredning',
      organisation: 'shortName: Kystredningen\n',
      publicAuthority: false,
      rule: 'review-overdue',
      activity: kept,
      catalogues: STORY,
      today: '2026-12-05',
    });
    expect(new Set(loaded.map((f) => f.activity))).toEqual(new Set(Object.keys(silentCells)));
  });
  for (const id of Object.keys(silentCells)) it(`silent: ${id}`, () => expect(silent.filter((f) => f.activity === id)).toEqual([]));
  const city = ownOf({ 'city-archive': 'Oslo byarkiv' }, 'Oslo kommune', 'shortName: Oslo\n', true);
  it("silent: a municipality's own byarkiv (a public body's archive institution)", () => expect(city).toEqual([]));
  const place = ownOf({ 'place-name': 'Bergen byarkiv' }, 'Bergen Sjøfartsmuseum', 'shortName: Bergen\n', false);
  it('silent: an archive institution named by its kind, though it begins with the short name', () => expect(place).toEqual([]));
  const safeguarded = archives(
    { safeguarded: 'Kystredningens historiske arkiv' },
    {
      org: 'Kystredningen – Norsk Selskap for Sjøredning',
      organisation: 'shortName: Kystredningen\n',
      publicAuthority: false,
      rule: 'permanent-retention-basis',
      activity: (id, archive) =>
        kept(id, archive).replace(
          '        interestAssessment: Interesseavveining 2025\n',
          '        interestAssessment: Interesseavveining 2025\n    researchOrStatistics: archiving\n    safeguards: [minimise]\n',
        ),
      catalogues: {
        ...STORY,
        'security-measures.yaml': 'securityMeasures:\n  minimise:\n    name: Dataminimering\n    type: organisational\n    art89: true\n',
      },
      today: '2026-12-05',
    },
  );
  it('silent: its own archive with Art. 89 safeguards on the purpose', () => expect(safeguarded).toEqual([]));
  const newspaper = archives(
    { 'press-photos': 'Strandpostens bildearkiv' },
    {
      org: 'Mediehuset Strandposten AS',
      organisation: 'shortName: Strandposten\n',
      publicAuthority: false,
      rule: 'permanent-retention-basis',
      activity: (id, archive) =>
        kept(id, archive)
          .replace('ta vare på historiske saker og bilder', 'lagre og gjenfinne pressefotografier til bruk i journalistiske saker')
          .replace(
            '        legitimateInterest:',
            '        law:\n          - law: personopplysningsloven\n            section: § 3 tredje ledd\n        legitimateInterest:',
          ),
      catalogues: { ...STORY, 'laws.yaml': 'laws:\n  personopplysningsloven:\n    title: personopplysningsloven\n' },
      today: '2026-12-05',
    },
  );
  it("silent: a newspaper's own archive of press photos, kept for journalism (personopplysningsloven § 3)", () => expect(newspaper).toEqual([]));
});
