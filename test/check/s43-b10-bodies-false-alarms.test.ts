import { describe, expect, it } from 'vitest';
import { sentenceRegistry, textRegistry } from '../helpers/sentence-registry.js';
import { claimCategoryFindings } from '../helpers/rule-registries.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 43, B10: the four false alarms of six real bodies written blind (bodies/finans-norge-fellesregistre,
 * bodies/kk-utvalget), each fixed as a class and tried here in other domains and in nb, nn and en, with the rule's firing
 * cases still firing.
 */

/**
 * 1. criminal-data-basis: an offence word naming the KIND of an insurance claim or loss («skadetype (for eksempel
 * tyveri)» in Finans Norge's FOSS) is the insured's loss, not an offence of theirs (Art. 10). READ: a person's own offence,
 * recorded or suspected. SILENT: the claim's or loss's type or cause in a claims register, a bicycle club's insurance, a
 * housing co-operative's damage log, a phone shop's insurance desk.
 */
const claimFindings = claimCategoryFindings('ropa-s43-b10-claims-');
describe('the kind of an insurance claim or loss is no offence of the insured (criminal-data-basis, category words)', () => {
  readsAndSilent(
    claimFindings,
    [
      'Navn på ansatte som er tatt for tyveri',
      'Kunder som er mistenkt for svindel ved skademelding',
      'Opplysninger om tyveri begått av medlemmer',
      'Records of shoplifting by customers',
      'Medlemer som er domfelte for innbrot',
      'Employees who have been convicted of fraud',
    ],
    [
      'Skadenummer, skadedato og skadetype (for eksempel tyveri)',
      'Skadeårsak, til dømes innbrot eller brann',
      'Type of claim, such as theft or water damage',
      'Cause of loss (theft, fire or storm)',
      'Skademelding med skadeårsak, for eksempel tyveri av sykkel',
      'Erstatningskrav etter innbrudd i boligen',
      'Insurance claims for theft of mobile phones',
      'Skadesak om tjuveri frå bil',
    ],
  );
});

/**
 * Session 44 (M2), B10's leftover: the cause or type of an insurance claim or loss written as a field and its value, split
 * at a colon («skadeårsak: tyveri»), is the insured's loss, not an offence of theirs (Art. 10), as «skadeårsak, for
 * eksempel tyveri» was since session 43. The guard reads only the few words after the colon: an offender's theft in a
 * claims register (who took, who is suspected, who was convicted) is still read, with and without a colon before it.
 */
describe('a claim cause after a colon is no offence of the insured; an offender is still read (criminal-data-basis)', () => {
  readsAndSilent(
    claimFindings,
    [
      'Skadeårsak: kunden er tatt for tyveri fra egen arbeidsgiver',
      'Skadesak: ansatte som er mistenkt for tyveri fra lageret',
      'Erstatningskrav: navn på den som har begått tyveriet',
      'Skadetype: svindel; kunder som er dømt for innbrudd',
      'Claim type: fraud; records of shoplifting by customers',
      'Skadeårsak: innbrot; medlemer som er domfelte for innbrot',
      'Opplysninger om tyveri begått av medlemmer',
      'Navn på ansatte som er tatt for tyveri',
    ],
    [
      'Skadeårsak: tyveri',
      'Skadeårsak: tyveri eller brann',
      'skadetype: innbrudd i bolig',
      'Skadeårsak: tjuveri frå bil',
      'Cause of loss: theft',
      'Claim type: theft or water damage',
      'Skadetilfelle: innbrot i hytta',
    ],
  );
});

/**
 * 2. special-category-condition: an insurance named by its underwriting («livsforsikringer eller andre personforsikringer
 * med helsevurdering» in Finans Norge's ROFF, which holds no health data) is a kind of product, not anyone's health.
 * READ: the health declaration, the assessment's outcome or a diagnosis recorded, also beside such a product. SILENT: the
 * product named in a register, a union's member offer, a bank's sales log, an agent's customer list.
 */
const words = sentenceRegistry('ropa-s43-b10-insurance-');
const insuranceFindings = (texts: Record<string, string>) =>
  words(texts, {
    org: 'Nordvik Finans AS',
    language: 'nb',
    title: 'Kunderegister',
    purpose: 'administrere kundeforholdet',
    rule: 'special-category-condition',
    legalBasis: '      - gdpr: A6-1-b\n',
    publicAuthority: false,
  });
describe('an insurance named by its health assessment is a product, not health data (special-category-condition, words)', () => {
  readsAndSilent(
    insuranceFindings,
    [
      'Vi lagrer helseerklæringen og resultatet av helsevurderingen for hver søker.',
      'Forsikringsselskapet registrerer diagnosene søkeren oppgir i helseerklæringen.',
      'Livsforsikring med helsevurdering: vi lagrer diagnosene søkeren oppgir.',
      'Me lagrar sjukdomane søkjaren oppgjev i helseerklæringa.',
      'We keep each applicant’s health declaration and the diagnoses it lists.',
      'The file holds the medical history the applicant discloses in the health declaration.',
    ],
    [
      'Forsikringsselskaper som selger livsforsikringer eller andre personforsikringer med helsevurdering, deler enkelte personopplysninger i registeret.',
      'Vi sender tilbud om uføreforsikring som krever helseprøving til medlemmene.',
      'Medlemane kan kjøpe livsforsikring med helsevurdering gjennom forbundet.',
      'We record which members bought life insurance with health assessment through the union, and when.',
      'Customers can apply for medically underwritten policies online; we store the application date.',
      'Agenten formidler produkter med helsevurdering og registrerer kundens navn og telefonnummer.',
      'Banken registrerer salg av personforsikringer med helsevurdering per rådgiver.',
    ],
  );
});

/**
 * 3. notice-source: another body that WILL get data («Forsikringsselskapet vil i et begrenset tidsrom … ved søk i FOSS få
 * opplysninger om kundens komplette skadehistorikk») is a recipient getting it, no source of ours; a modal and words
 * between may stand before the verb. READ: we, or our own body by its kind (also with a modal), get data from a source not
 * recorded.
 * SILENT: an insurer, a bank, the police, a court, an employer or a school will get data, in nb, nn, en.
 */
const described = sentenceRegistry('ropa-s43-b10-getter-');
const getterFindings = (texts: Record<string, string>) =>
  described(texts, {
    org: 'Fjordvik kommune',
    language: 'nb',
    title: 'Register',
    purpose: 'føre registeret',
    rule: 'notice-source',
    legalBasis: '      - gdpr: A6-1-e\n',
  });
describe('another body that will get data is no source of ours (notice-source, a modal before the verb)', () => {
  readsAndSilent(
    getterFindings,
    [
      'Vi henter opplysninger om inntekten din fra Skatteetaten.',
      'Kommunen vil ved behov hente opplysninger om deg fra NAV.',
      'We will, where needed, obtain information about you from the Norwegian Tax Administration.',
      'Kommunen vil i nokre saker hente opplysningar om deg frå NAV.',
      'Me hentar opplysningar om deg frå Statens vegvesen.',
      'We obtain information about your income from the Norwegian Tax Administration.',
    ],
    [
      'Forsikringsselskapet vil i et begrenset tidsrom etter registreringen av skaden (30 dager) ved søk i registeret få opplysninger om kundens komplette skadehistorikk.',
      'Banken kan ved søk i registeret få opplysninger om lånet ditt.',
      'Politiet kan ved behov hente opplysninger fra registeret.',
      'Tingretten vil deretter motta opplysninger om saken fra advokaten.',
      'The insurer will, for 30 days after the claim is registered, get the customer’s claims history from the register.',
      'The police may, on request, obtain information from the register.',
      'Arbeidsgivaren vil etter søknaden få opplysningar om vedtaket frå NAV.',
    ],
  );
});

/**
 * 4. rights-restriction-reference: personopplysningsloven § 2 second paragraph takes cases under the court procedure acts
 * out of the GDPR whole («Personvernregelverket gjør unntak for saker som behandles og avgjøres i medhold av
 * straffeprosessloven … personopplysningsloven § 2 annet ledd bokstav b», KK-utvalget), so cited for a right where the
 * activity names one of those acts it is the reason, not «no provision». READ: § 2 on an activity that names none of the
 * acts; § 16 for a right it does not restrict. SILENT: § 2 beside straffeprosessloven, domstolloven, tvisteloven or
 * tvangsfullbyrdelsesloven, on a basis, the restriction itself, the information law or a source.
 */
const restrictions = textRegistry('ropa-s43-b10-scope-');
const LAWS = `laws:
  pol:
    title: personopplysningsloven
    lovdataId: LOV-2018-06-15-38
  strpl:
    title: straffeprosessloven
    lovdataId: LOV-1981-05-22-25
  domstolloven:
    title: domstolloven
    lovdataId: LOV-1915-08-13-5
  tvisteloven:
    title: tvisteloven
    lovdataId: LOV-2005-06-17-90
  tvangsfullbyrdelsesloven:
    title: tvangsfullbyrdelsesloven
    lovdataId: LOV-1992-06-26-86
  opplaeringslova:
    title: opplæringslova
    lovdataId: LOV-2023-06-09-30
sources:
  politiet:
    name: Politiet
    type: other-controller
    law:
      - law: strpl
`;
/** Each cell: [the right, the section of personopplysningsloven, the basis's law, extra lines of the activity]. */
const CELLS: Record<string, readonly [string, string, string, string]> = {
  r0: ['access', '§ 2 annet ledd bokstav b', 'opplaeringslova', ''],
  r1: ['information', '§ 2', 'opplaeringslova', ''],
  r2: ['erasure', '§ 16', 'strpl', ''],
  r3: ['objection', '§ 2 andre ledd', 'opplaeringslova', ''],
  r4: ['rectification', '§ 16', 'domstolloven', ''],
  r5: ['access', '§ 2 second paragraph (b)', 'opplaeringslova', 'information:\n  method: [art13]\n'],
  s0: ['access', '§ 2 annet ledd bokstav b', 'strpl', ''],
  s1: ['information', '§ 2 annet ledd bokstav b', 'domstolloven', ''],
  s2: ['rectification', '§ 2 andre ledd', 'tvisteloven', ''],
  s3: ['erasure', '§ 2 second paragraph (b)', 'tvangsfullbyrdelsesloven', ''],
  s4: ['access', '§ 2', 'opplaeringslova', 'information:\n  method: [art14]\n  law:\n    - law: strpl\n'],
  s5: ['objection', '§ 2 annet ledd', 'opplaeringslova', 'sources: [politiet]\n'],
  s6: ['restriction', '§ 2 annet ledd bokstav b', 'opplaeringslova', 'extraLaw'],
};
const scopeFindings = () =>
  restrictions(Object.fromEntries(Object.keys(CELLS).map((id) => [id, id])), {
    org: 'Kontrollutvalet for saker',
    rule: 'rights-restriction-reference',
    catalogues: { 'catalogues.yaml': LAWS },
    activity: (id) => {
      const [right, section, law, extra] = CELLS[id]!;
      const more = extra === 'extraLaw' ? '' : extra;
      const restrictionLaws =
        extra === 'extraLaw' ? `      - law: pol\n        section: ${section}\n      - law: strpl\n` : `      - law: pol\n        section: ${section}\n`;
      return `id: ${id}
title: Kontroll etter begjæring
status: active
purposes:
  - id: kontroll
    description: kontrollere at opplysningene om den som ber om det er behandlet i samsvar med loven
    legalBasis:
      - gdpr: A6-1-e
        law:
          - law: ${law}
recipients: none
rightsRestrictions:
  - right: ${right}
    law:
${restrictionLaws}${more}`;
    },
  });
describe('personopplysningsloven § 2 for a case under the court procedure acts (rights-restriction-reference)', () => {
  const findings = scopeFindings();
  const on = (id: string) => findings.filter((f) => f.activity === id);
  it.each(Object.keys(CELLS).filter((id) => id.startsWith('r')))('still asks %s', (id) => expect(on(id).length).toBeGreaterThan(0));
  it.each(Object.keys(CELLS).filter((id) => id.startsWith('s')))('stays silent on %s', (id) => expect(on(id)).toEqual([]));
});
