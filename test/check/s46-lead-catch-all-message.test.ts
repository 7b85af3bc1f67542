import { describe, expect, it } from 'vitest';
import { purposeFindingsOf } from '../helpers/rule-registries.js';
import { textRegistry } from '../helpers/sentence-registry.js';

/**
 * purpose-stated: a purpose with a catch-all part is told it leaves further purposes open (`catch-all`); a purpose that
 * only states an aim keeps `vague` (LR2's review, session 46: «andre formål ledelsen bestemmer» was told it «states an
 * aim»). Both stay warnings; a specific purpose stays silent.
 */
const findingsOf = purposeFindingsOf(textRegistry('ropa-s46-lead-catch-all-'), {
  name: 'Lyngheim Omsorg AS',
  publicAuthority: false,
  basis: 'gdpr: A6-1-f',
});
const messageOf = (text: string) => findingsOf({ a: text }).map((f) => [f.messageId, f.severity]);

describe('a catch-all purpose has its own message (purpose-stated)', () => {
  it.each([
    'registrere avvik og andre formål ledelsen bestemmer',
    'føre timelister og andre føremål som styret finn aktuelle',
    'handle complaints and for other purposes the board deems appropriate',
    'dokumentere helsehjelp og for øvrig det ledelsen til enhver tid finner hensiktsmessig',
  ])('«%s» is a catch-all', (text) => {
    expect(messageOf(text)).toEqual([['gaps.purpose-stated.catch-all', 'warning']]);
  });

  it.each(['for å forske', 'to conduct research'])('«%s» stays vague', (text) => {
    expect(messageOf(text)).toEqual([['gaps.purpose-stated.vague', 'warning']]);
  });

  it('a specific purpose stays silent', () => {
    expect(messageOf('sende faktura for opphold til beboeren eller den som betaler')).toEqual([]);
  });
});
