import { describe, expect, it } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 41 (L2; variants-bilverksted, vehicle-sales): Datatilsynet's DPIA list item on services or products «for
 * commercial use that involve predicting … economic status, … trustworthiness» is the prediction's provider's. A
 * controller that orders a credit report from another controller to decide whether to offer the person a product is the
 * list's first item («collecting and combining personal data from third parties in order to decide whether the data
 * subject shall be offered … a product, service or offer»), which needs one more criterion (docs/rules/dpia-required.md).
 * So a private body's evaluation (riskFactors.evaluationOrScoring) that is a bought credit report, with a source that is
 * another controller, is no longer read under the commercial item; its own predictions still are, and profiling
 * (automatedDecisions.profiling) always is. Sentences written for this matrix from a car dealer, a landlord, a shop, a
 * telecom operator, an electricity retailer and an insurer, in bokmål, nynorsk and English; none from a test set.
 */
const registryOf = sentenceRegistry('ropa-s41-l2-credit-report-');
const notRequired = `riskFactors:
  evaluationOrScoring: true
dpia:
  status: not-required
  reason: One criterion only.
`;
const findingsOf = (texts: Record<string, string>, extra = notRequired) =>
  registryOf(texts, {
    org: 'Nordbyen Handel AS',
    language: 'nb',
    title: 'Kundeoppfølging',
    purpose: 'følge opp kundeforholdet',
    rule: 'dpia-required',
    publicAuthority: false,
    legalBasis: '      - gdpr: A6-1-b\n',
    sources: [['Samarbeidspartneren vår', 'Partner AS']],
    extra,
  });

const reads: readonly string[] = [
  'Vi forutsier hvilke produkter kunden vil kjøpe ut fra kjøpshistorikken.',
  'Appen beregner en kjørestilscore som avgjør rabatten på forsikringen.',
  'Vi reknar ut kor sannsynleg det er at kunden seier opp abonnementet.',
  'We rank customers by their predicted spending to target offers.',
  'Kundene får en risikoklasse ut fra betalingshistorikken hos oss.',
  'Strømkunden får en prognose for forbruket og et tilpasset tilbud.',
  'We score each member’s interests from the pages they visit.',
  'Leietakerne vurderes ut fra hvor lenge de har bodd hos oss og klager de har sendt.',
];
const silent: readonly string[] = [
  'Før vi sender søknaden til banken, bestiller vi en kredittopplysning på kjøperen.',
  'Vi innhentar kredittopplysningar om leigetakaren før kontrakten vert skriven.',
  'Before we accept a buyer on instalments, we order a credit report from the agency.',
  'Abonnenten kredittsjekkes før mobilabonnementet aktiveres.',
  'We run a credit check on new electricity customers who ask to pay by invoice.',
  'Kredittvurderingen gjøres av kredittopplysningsforetaket; vi ser bare konklusjonen.',
  'The agency gives us a credit score; the bank decides on the loan.',
];

describe('a credit report bought to decide on an offer is not a commercial prediction service (session 41, L2)', () => {
  readsAndSilent(findingsOf, reads, silent);
});

describe('the commercial item still reads what the controller predicts itself', () => {
  it('reads profiling on a bought credit report, and says which item', () => {
    const findings = findingsOf(
      { p: 'Vi bestiller en kredittopplysning og kjører den gjennom vår egen scoremodell.' },
      `${notRequired}automatedDecisions:\n  used: false\n  profiling: true\n`,
    );
    expect(findings.map((f) => [f.activity, f.args?.['list']])).toEqual([['p', ['commercial-profiling']]]);
  });

  it('reads a credit report when no other controller is its source (the controller scores its own data)', () => {
    const findings = registryOf(
      { o: 'Kunden kredittsjekkes mot vår egen betalingshistorikk før vi gir kreditt.' },
      {
        org: 'Nordbyen Handel AS',
        language: 'nb',
        title: 'Kreditt',
        purpose: 'gi kreditt',
        rule: 'dpia-required',
        publicAuthority: false,
        legalBasis: '      - gdpr: A6-1-b\n',
        extra: notRequired,
      },
    );
    expect(findings.map((f) => f.activity)).toEqual(['o']);
  });
});
