import { describe, expect, it } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';

/**
 * Session 45, W4: two structured facts a rule ignored, found by the blind set variants-sykehjem (a private nursing-home
 * chain). Each matrix writes one activity per cell in a real record and runs the one rule.
 *
 * 1. repealed-law: a disclosure to a controller cites the law it is made under (`disclosures[].law`, Art. 6(1)(c), 6(3));
 *    helsepersonelloven § 45 was repealed on 1 July 2026 (lov 23. januar 2026 nr. 1), and a disclosure citing it rested
 *    on nothing unseen (LY06). § 25, rewritten by the same act, is in force.
 * 2. contract-necessity: a purpose the record marks `directMarketing: true` on the contract basis alone (LY61: «sende
 *    nyhetsbrev om aktiviteter og ledige private plasser» on A6-1-b) is not needed to perform a contract, whatever its words.
 */
const LAWS = `laws:
  helsepersonelloven:
    title: helsepersonelloven
    lovdataId: LOV-1999-07-02-64
  pasient-og-brukerrettighetsloven:
    title: pasient- og brukerrettighetsloven
    lovdataId: LOV-1999-07-02-63
`;
const CATALOGUES = {
  'laws.yaml': LAWS,
  'data-subjects.yaml': 'dataSubjects:\n  beboere:\n    name: Beboere\n',
  'data-categories.yaml': 'dataCategories:\n  journal:\n    name: Journalopplysninger\n',
  'recipients.yaml': 'recipients:\n  fastlege:\n    name: Fastlege og sykehus\n    type: other\n',
};
/** A journal activity whose one disclosure to the GP cites `law` (YAML flow lines of lawRefs). */
const journal = (id: string, law: string): string => `id: ${id}
title: Beboerjournal
description: Helsepersonell fører journal for hver beboer.
status: active
purposes:
  - id: helsehjelp
    description: yte forsvarlig helsehjelp til beboeren
    legalBasis:
      - gdpr: A6-1-c
        law: [{ law: helsepersonelloven, section: § 39 }]
dataSubjects: [beboere]
dataCategories: [journal]
recipients: [fastlege]
disclosures:
  - recipient: fastlege
    basis: A6-1-c
    law: ${law}
`;
const repealed = textRegistry('ropa-s45-w4-repealed-disclosure-');
const repealedAt = (cells: Record<string, string>): string[] =>
  repealed(cells, {
    org: 'Lyngheim Omsorg AS',
    publicAuthority: false,
    rule: 'repealed-law',
    activity: journal,
    catalogues: CATALOGUES,
    today: '2026-12-05',
  })
    .map((f) => `${f.activity} ${f.pointer ?? ''}`)
    .sort();

describe('repealed-law reads the law a disclosure to a controller is made under (disclosures[].law)', () => {
  it('reports a repealed section cited for a disclosure, where it is cited', () => {
    expect(
      repealedAt({
        s45: '[{ law: helsepersonelloven, section: § 45 }]',
        s45a: '[{ law: helsepersonelloven, section: § 45 a }]',
        second: '[{ law: pasient-og-brukerrettighetsloven, section: § 3-3 }, { law: helsepersonelloven, section: § 45 }]',
      }),
    ).toEqual(['s45 /disclosures/0/law/0', 's45a /disclosures/0/law/0', 'second /disclosures/0/law/1']);
  });
  it('stays silent on sections in force, rewritten ones included', () => {
    expect(
      repealedAt({
        s25: '[{ law: helsepersonelloven, section: § 25 }]',
        s26: '[{ law: helsepersonelloven, section: § 26 }]',
        pbrl: '[{ law: pasient-og-brukerrettighetsloven, section: § 3-3 }]',
        bare: '[{ law: helsepersonelloven }]',
      }),
    ).toEqual([]);
  });
});

/** A newsletter whose one purpose has `basis` and, where given, `directMarketing`. */
const newsletter =
  (basis: string, marketing: boolean | undefined) =>
  (id: string, text: string): string => `id: ${id}
title: Nyhetsbrev
description: Påmeldte får nyhetsbrevet på e-post.
status: active
purposes:
  - id: brev
    description: ${text}
${marketing === undefined ? '' : `    directMarketing: ${marketing}\n`}    legalBasis:
${basis}dataSubjects: [beboere]
dataCategories: [journal]
recipients: none
`;
const contract = textRegistry('ropa-s45-w4-contract-marketing-');
const necessityOf = (cells: Record<string, string>, basis: string, marketing: boolean | undefined): string[] =>
  contract(cells, {
    org: 'Lyngheim Omsorg AS',
    publicAuthority: false,
    rule: 'contract-necessity',
    activity: newsletter(basis, marketing),
    catalogues: CATALOGUES,
    today: '2026-12-05',
  })
    .map((f) => f.activity!)
    .sort();
const PLAIN = {
  lyngheim: 'sende nyhetsbrev om aktiviteter og ledige private plasser til dem som har meldt seg på',
  nn: 'sende nyheitsbrev om aktivitetar i sjukeheimane til dei som har meldt seg på',
  en: 'send a newsletter about activities and vacant private places to those who signed up',
};

describe('contract-necessity: a purpose marked directMarketing on the contract alone is not necessary for it', () => {
  it('warns whatever the words say', () => {
    expect(necessityOf(PLAIN, '      - gdpr: A6-1-b\n', true)).toEqual(['en', 'lyngheim', 'nn']);
  });
  it('stays silent on consent, on the contract beside another basis, and where the record does not mark it marketing', () => {
    expect(necessityOf(PLAIN, '      - gdpr: A6-1-a\n        consentWithdrawal: Lenken «Meld meg av»\n', true)).toEqual([]);
    expect(necessityOf(PLAIN, '      - gdpr: A6-1-b\n', false)).toEqual([]);
    expect(necessityOf(PLAIN, '      - gdpr: A6-1-b\n', undefined)).toEqual([]);
  });
});
