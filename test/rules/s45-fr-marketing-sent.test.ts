import { describe } from 'vitest';
import { marketingObjections } from '../helpers/rule-registries.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 45, FR (issue #12): M2 (session 44) left the marketing act's name and the right to object to marketing out of
 * every marketingSaid reading (facts.ts MARKETING_NAMED), which all its callers share (isDirectMarketing,
 * legal-basis-per-purpose, consent-withdrawal, special-category-condition, child-consent-age, ropa new's question). That
 * lost the clauses where the body sends marketing and names the act or the opt-out beside it («sende tilbud på SMS i
 * samsvar med markedsføringsloven», «unsubscribe from our marketing emails», «reservere seg mot marknadsføring på SMS»),
 * and still read marketing as the topic of complaints, questions, supervision or teaching («klager på markedsføring»,
 * «teach students marketing»). Now the act, the opt-out and a topic are kept in a clause that sends offers or names the
 * marketing as ours or by its channel (MARKETING_SENT), and a topic is left out elsewhere. Seen through
 * rights-restriction-reference `direct-marketing-objection`, as test/rules/s44-m2-direct-marketing.test.ts.
 */
const { findingsOf } = marketingObjections('ropa-s45-fr-marketing-');

describe('marketing sent beside the act or the opt-out is read; marketing as a topic is not (isDirectMarketing)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Kundeklubb | sende tilbud på SMS i samsvar med markedsføringsloven',
      'Kundeavis | sende kundeavis i posten etter markedsføringsloven',
      'Newsletter | send newsletters; you can unsubscribe from our marketing emails at any time',
      'Kundeklubb | sende medlemstilbod på SMS; medlemane kan reservere seg mot marknadsføring på SMS',
      'Kundeklubb | sende tilbud; du kan reservere deg mot markedsføring fra oss',
      'Customer club | send offers; you may opt out of our marketing at any time',
    ],
    [
      'Forbrukerveiledning | svare på klager på markedsføring fra forbrukere',
      'Forbrukarrettleiing | svare på spørsmål om marknadsføring frå forbrukarar',
      'Consumer guidance | handle complaints about marketing from consumers',
      'Tilsyn | føre tilsyn med markedsføring rettet mot barn',
      'Kurs | undervise studentene i markedsføring',
      'Course | teach students marketing and sales',
    ],
  );
});
