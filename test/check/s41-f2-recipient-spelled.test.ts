import { describe } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 41, F2 (variants-ombod's base false alarm, G26): a listed recipient by a generic name («Motparten i saka») that
 * the activity also records as a source spelling out what kinds of party it is («Motparten i saka (arbeidsgivar, utleigar,
 * tenesteytar)»): «Arbeidsgivaren får vite kven klagaren er» names that recipient (Art. 30(1)(d): recipients by category),
 * while a party of another kind («politiet», «the insurer») is still unlisted. Cells from an ombud, a bank and a school.
 */
const registryOf = sentenceRegistry('ropa-s41-f2-spelled-');
const withListed =
  (o: { org: string; language: 'nb' | 'nn' | 'en'; title: string; purpose: string; recipient: string; source: string; publicAuthority?: boolean }) =>
  (texts: Record<string, string>) =>
    registryOf(texts, {
      org: o.org,
      language: o.language,
      title: o.title,
      purpose: o.purpose,
      rule: 'recipients-stated',
      sources: [o.source],
      listed: Object.fromEntries(Object.keys(texts).map((id) => [id, o.recipient])),
      ...(o.publicAuthority === undefined ? {} : { publicAuthority: o.publicAuthority }),
    });
const ombud = withListed({
  org: 'Likestillingsombodet',
  language: 'nn',
  title: 'Saker der ombodet kontaktar arbeidsgivaren',
  purpose: 'opplyse og løyse saker om diskriminering',
  recipient: 'Motparten i saka',
  source: 'Motparten i saka (arbeidsgivar, utleigar, tenesteytar)',
});
const bank = withListed({
  org: 'Vestfjord Savings Bank',
  language: 'en',
  title: 'Card disputes',
  purpose: 'settle disputed card payments',
  recipient: 'The other party to the dispute',
  source: 'The other party to the dispute (merchant, acquiring bank)',
  publicAuthority: false,
});
describe('a listed recipient spelled out as a recorded source (F2 session 41; variants-ombod G26)', () => {
  readsAndSilent(
    ombud,
    ['Politiet får vite kven klagaren er og kva saka gjeld.', 'Forsikringsselskapet får kopi av klaga med namnet på klagaren.'],
    [
      'Arbeidsgivaren får vite kven klagaren er og kva saka gjeld.',
      'Utleigaren får vite kven klagaren er og kva saka gjeld.',
      'Vi sender klaga med namnet på klagaren til arbeidsgivaren.',
      'Tenesteytaren får kopi av klaga med namnet på klagaren.',
    ],
  );
});
describe('… a bank', () => {
  readsAndSilent(
    bank,
    ['The insurance company is told who the cardholder is and what the dispute is about.'],
    [
      'The merchant is told who the cardholder is and what the dispute is about.',
      'We send the cardholder’s name and the disputed amount to the merchant.',
      'The acquiring bank gets a copy of the claim with the cardholder’s name.',
    ],
  );
});
