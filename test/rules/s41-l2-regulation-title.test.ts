import { describe, expect, it } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 41 (L2): a regulation named in an activity's words by its full title (data/norwegian-law.json `titles`:
 * «forskrift om offentlege arkiv», FOR-2017-12-15-2105, entered as repealed on 1 January 2026 and replaced by the new
 * arkivforskrifta, docs/rules/repealed-law.md), by its Lovdata id («FOR-…») or as Lovdata writes it in running text
 * («forskrift 15. desember 2017 nr. 2105») is a finding of repealed-law as an act named by its short title is. A title run
 * on into a longer word, told as history, or named beside its successor is not; nor is the regulation in force, nor a
 * regulation ropa does not know. Sentences written for this matrix from a municipality, a county, a state agency, a school
 * and a health trust, none from a test set (the planted one is variants-sameting SM71).
 */
const registryOf = sentenceRegistry('ropa-s41-l2-regulation-title-');
const findingsOf = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Søre kommune',
    language: 'nb',
    title: 'Arkivering',
    purpose: 'arkivere saksdokumenter',
    rule: 'repealed-law',
    legalBasis: '      - gdpr: A6-1-e\n',
  });

const reads: readonly string[] = [
  'Dokumentene kasseres etter reglene i forskrift om offentlege arkiv.',
  'Saksmappene bevares i samsvar med forskrift om offentlige arkiv § 15.',
  'Kommunen avleverer arkivet til IKA etter Forskrift om offentlige arkiver.',
  'Journalen vert ført etter forskrifta om offentlege arkiv kapittel 2.',
  'Bevaring og kassasjon følger forskriften om offentlige arkiver.',
  'Records are kept under FOR-2017-12-15-2105 until they are transferred.',
  'Arkivplanen er laget etter forskrift 15. desember 2017 nr. 2105 om offentlege arkiv.',
  'Skolen fører postjournal, jf. forskrift om offentlege arkiv § 9.',
  'Helseforetaket sletter kopiene etter arkivforskrifta av 2017.',
];
const silent: readonly string[] = [
  'Dokumentene kasseres etter arkivforskrifta og bevaringsplanen.',
  'Tidligere fulgte kassasjonen forskrift om offentlege arkiv; nå gjelder arkivforskrifta.',
  'Forskrift om offentlege arkiv ble opphevet da den nye arkivloven trådte i kraft.',
  'Forskrift om offentlege arkiv, som er erstattet av arkivforskrifta, styrte kassasjonen.',
  'Arkivet følger forskrift om dokumentasjon og arkiv (FOR-2025-12-17-2647).',
  'Vi følger forskrift om offentlige arkivinstitusjoner sine retningslinjer.',
  'Fram til 2026 ble dokumentene kassert etter forskrift om offentlege arkiv.',
  'Saker arkiveres etter forskrift om offentlige anskaffelser og arkivlova.',
  'Sakene lagres etter forskrift 17. desember 2025 nr. 2647.',
];

describe('a repealed regulation named by its full title, id or running form (session 41, L2)', () => {
  readsAndSilent(findingsOf, reads, silent);
});

describe('a repealed regulation named by its title: the message', () => {
  it('names the regulation, the words as written, the day and the successor', () => {
    const findings = findingsOf({ a: 'Dokumentene kasseres etter reglene i Forskrift om offentlege arkiv.' });
    expect(findings.map((f) => [f.activity, f.messageId])).toEqual([['a', 'gaps.repealed-law.prose-replaced']]);
    expect(findings[0]!.args).toMatchObject({
      law: 'FOR-2017-12-15-2105',
      date: '2026-01-01',
      successor: 'FOR-2025-12-17-2647',
      words: 'Forskrift om offentlege arkiv',
    });
  });
});
