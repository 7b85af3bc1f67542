import { describe } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 41, F2 (a risk named by session 40's R36): contract-necessity's CUSTOMER_LIST read a bank's customer list sent to
 * its own processor — a payment service, the operator of the online bank, a printing or mailing house acting on its behalf
 * — as the list handed on for another's use. A processor's work is the body's own processing (Art. 28(3)(a)); a list sold,
 * or given to partners for their offers, still is creep (Art. 6(1)(b); EDPB Guidelines 2/2019). The purpose on the contract
 * alone, in a bank's, a club's and a shop's records.
 */
const run = textRegistry('ropa-s41-f2-list-');
const purposeOf = (org: string, language: 'nb' | 'nn' | 'en') => (texts: Record<string, string>) =>
  run(texts, {
    org,
    language,
    publicAuthority: false,
    rule: 'contract-necessity',
    activity: (id, text) => `id: ${id}
title: Kundeforhold
description: Kundeforholdet.
status: active
purposes:
  - id: kontrakt
    description: ${JSON.stringify(text)}
    legalBasis:
      - gdpr: A6-1-b
recipients: none
`,
  });
describe('a list given to our own processor is no contract creep (F2 session 41)', () => {
  readsAndSilent(
    purposeOf('Nordvik Sparebank', 'nb'),
    [
      'Kjøre kontoene, og kundelisten sendes til forsikringsmegleren for tilbud.',
      'Kjøre kontoene; vi selger kundelisten til et forlag, som sender tilbud for oss.',
      'Run the accounts and share our customer list with partner shops for their offers.',
    ],
    [
      'Gjennomføre betalinger; kundelisten sendes til Nets, som behandler betalingene på våre vegne.',
      'Kjøre nettbanken; kunderegisteret deles med driftsleverandøren vår, som drifter nettbanken for oss.',
      'Gjennomføre betalingar; kundelista vert send til Vestfjord Data AS, som handsamar betalingane på vegner av banken.',
      'Settle card payments; we send the customer list to our payment processor.',
      'Run the accounts; the bank shares its customer register with the card processor that handles payments on its behalf.',
      'Sende kontoutskrifter; kundelisten sendes til trykkeriet som skriver ut og sender utskriftene for oss.',
    ],
  );
});
describe('… a club and a shop', () => {
  readsAndSilent(
    purposeOf('Vestfjord Sports Club', 'en'),
    ['Run memberships and sell the member list to a sports shop.'],
    [
      'Run memberships; the member list is shared with our mailing house, which posts the magazine on our behalf.',
      'Sende medlemsbladet; medlemslista sendes til trykkeriet som sender ut bladet for oss.',
      'Deliver orders; the customer list is sent to our data processor, which prints the delivery notes.',
    ],
  );
});
