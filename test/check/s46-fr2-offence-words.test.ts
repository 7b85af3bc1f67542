import { describe } from 'vitest';
import { claimCategoryFindings } from '../helpers/rule-registries.js';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 46, FR2 (issue #12): criminal-data-basis's offence words. Embezzlement (straffeloven §§ 324–326, «underslag»)
 * is always someone's act with what was entrusted to them, as theft is (§§ 321–323): named bare as a data category, or
 * recorded about people, it is Art. 10 data as «tyveri» and «nasking» are; «naskeri» is «nasking» in other words. After
 * a claim's heading («Skadeårsak: …»), a person after «fra», «frå», «from», «mot» is the one stolen from, the victim
 * («tyveri fra ansatte», «theft from employees»: «stjele fra noen»), not the doer, and the value stays the insured's loss
 * as «tyveri fra bil» is; «utført av ansatt», «employee theft», «ansattes underslag» name the doer and are read.
 */
const claimFindings = claimCategoryFindings('ropa-s46-fr2-offence-claims-');
const staffFindings = sentenceRegistry('ropa-s46-fr2-offence-staff-');

describe('embezzlement and «naskeri» are offence words (criminal-data-basis)', () => {
  readsAndSilent(
    claimFindings,
    ['Underslag', 'Underslag begått av ansatte', 'Naskeri', 'Embezzlement', 'Skadeårsak: underslag begått av ansatt', 'Skadeårsak: ansattes underslag'],
    ['Skadeårsak: underslag', 'Type of claim: embezzlement or theft'],
  );
  readsAndSilent(
    (texts) =>
      staffFindings(texts, {
        org: 'Nordvik Handel AS',
        language: 'nb',
        title: 'Internkontroll',
        purpose: 'følge opp avvik i kassen',
        rule: 'criminal-data-basis',
        publicAuthority: false,
        legalBasis: '      - gdpr: A6-1-f\n',
      }),
    ['Vi registrerer ansatte som er anmeldt for underslag.', 'Vi fører en liste over ansatte som er tatt for naskeri.'],
    ['Vi holder kurs i å forebygge underslag.', 'Vi registrerer kassedifferanser per skift.'],
  );
});
describe('after a claim’s heading, a person stolen from is the victim, not the doer', () => {
  readsAndSilent(
    claimFindings,
    ['Skadeårsak: tyveri utført av ansatt', 'Cause of loss: employee theft'],
    [
      'Skadeårsak: tyveri fra ansatte',
      'Cause of loss: theft from employees',
      'Skadeårsak: tyveri frå kundane',
      'Skadeårsak: tyveri fra kunden, innbrudd eller brann',
    ],
  );
});
describe('a bare offence word after a suspicion of it is the person’s suspected offence, as the suspicion group reads it', () => {
  readsAndSilent(
    (texts) =>
      staffFindings(texts, {
        org: 'Nordvik Handel AS',
        language: 'nn',
        title: 'Personal',
        purpose: 'følgje opp dei tilsette',
        rule: 'criminal-data-basis',
        publicAuthority: false,
        legalBasis: '      - gdpr: A6-1-f\n',
      }),
    [
      'Dersom ein tilsett er under mistanke om tyveri, blir det notert i personalmappa.',
      'Dersom ein tilsett er mistenkt for innbrot, blir det notert i personalmappa.',
      'Dersom ein tilsett er under mistanke om underslag, blir det notert i personalmappa.',
    ],
    ['Vi held kurs om mistanke om tyveri.', 'Vi lagar statistikk over mistanke om tyveri.'],
  );
});
