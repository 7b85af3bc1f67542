import { describe, expect, it } from 'vitest';
import { marketingActivity, marketingCatalogues, marketingObjections } from '../helpers/rule-registries.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 44 (M2): direct marketing (Art. 21(2)-(3)) as facts' isDirectMarketing reads it, seen through the finding it
 * decides alone: rights-restriction-reference `direct-marketing-objection` (Art. 21(3): no restriction takes away the
 * objection to direct marketing). Each cell is an activity «title | purpose[ | directMarketing]» that restricts the right
 * to object; the finding appears where the activity is for direct marketing.
 * - Recorded: `directMarketing: true` decides for marketing whatever the words; `false` silences the words (a
 *   consumer-advice office answering questions «om markedsføring»).
 * - Not recorded: the words are read as before, but not the act's name alone («spørsmål om markedsføringsloven»; a
 *   section of its chapter 3 on marketing addressed to the person, §§ 12-16 a, is still marketing said), nor the right's
 *   own name («protestere mot direkte markedsføring», «object to processing for direct marketing»).
 */
const { run, findingsOf } = marketingObjections('ropa-s44-m2-marketing-');
const activity = marketingActivity;
const catalogues = marketingCatalogues;

describe('direct marketing: the words, and the recorded fact (isDirectMarketing)', () => {
  readsAndSilent(
    findingsOf,
    [
      // Marketing said, nb, nn and en, in several trades.
      'Kundeklubb | sende tilbud og markedsføring av egne varer på e-post',
      'Kundeklubb | sende tilbod og marknadsføring av eigne varer på e-post',
      'Customer club | send offers and marketing of our own goods by e-mail',
      'Nyhetsbrev | nyhetsbrev til kunder etter markedsføringsloven § 15 tredje ledd',
      'Nyheitsbrev | nyheitsbrev til kundar etter marknadsføringslova § 15 tredje ledd',
      'Newsletter | newsletters to customers under markedsføringsloven § 15 third paragraph',
      'Telefonsalg | ringe kunder som ikke har reservert seg mot telefonsalg, med reklame for nye avtaler',
      'Innsamling | ringe givere om nye kampanjer (markedsføringsloven § 16 a)',
      // The recorded fact decides: true where the words say no marketing.
      'Kundeoppfølging | følge opp kunder etter kjøpet | true',
      'Customer follow-up | follow up customers after a purchase | true',
      'Kundeoppfølging | protestere mot direkte markedsføring | true',
    ],
    [
      // The act's name alone, or a section that is not about marketing addressed to the person.
      'Forbrukerveiledning | besvare spørsmål om markedsføringsloven fra forbrukere',
      'Forbrukarrettleiing | svare på spørsmål om marknadsføringslova frå forbrukarar',
      'Consumer guidance | answer questions from consumers about the Marketing Control Act',
      'Tilsyn | føre tilsyn etter markedsføringsloven § 35 med næringsdrivende',
      // The right's own name.
      'Personvernhenvendelser | behandle krav om å protestere mot direkte markedsføring',
      'Personvernførespurnader | handsame krav om å protestere mot direkte marknadsføring',
      'Privacy requests | handle requests to object to processing for direct marketing',
      'Reservasjoner | føre liste over kunder som har reservert seg mot reklame',
      // The recorded fact decides: false where the words speak of marketing.
      'Forbrukerveiledning | veilede forbrukere om markedsføring og reklame rettet mot barn | false',
      'Consumer guidance | advise consumers on marketing aimed at children | false',
    ],
  );
});

describe('a recorded directMarketing on one purpose, words on another', () => {
  const two =
    (first: string, second: string) =>
    (id: string, text: string): string =>
      activity(id, text).replace(
        '    legalBasis:\n',
        `    legalBasis:\n      - gdpr: A6-1-b\n  - id: q\n    description: ${JSON.stringify(second)}\n${first}    legalBasis:\n`,
      );
  it('a purpose that records false does not silence another that markets in words', () => {
    const f = run(
      { a: 'Kundeforhold | levere varene | false' },
      { org: 'Solvik AS', publicAuthority: false, rule: 'rights-restriction-reference', activity: two('', 'sende reklame på SMS'), catalogues },
    );
    expect(f.filter((x) => x.messageId.endsWith('.direct-marketing-objection'))).toHaveLength(1);
  });
  it('purposes that all record false are not marketing, whatever the title says', () => {
    const f = run(
      { a: 'Markedsføring | besvare spørsmål om reklame | false' },
      {
        org: 'Solvik AS',
        publicAuthority: false,
        rule: 'rights-restriction-reference',
        activity: two('    directMarketing: false\n', 'veilede om markedsføring'),
        catalogues,
      },
    );
    expect(f.filter((x) => x.messageId.endsWith('.direct-marketing-objection'))).toEqual([]);
  });
});
