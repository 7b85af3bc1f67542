import { describe } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 47, FX (issue #12; variants-vakt's base false alarm since session 46): a listed client covers the party the
 * controller's service is done for. A guard company that lists «Kunden som har bestilt oppdraget» and whose unit is
 * «Butikkvakt» hands its report to the client when «Rapporten går til butikken»: the shop is the client, named by the kind
 * of client the unit is named after; so is a party the words say ordered or hired the service («bedrifta som bestilte
 * vakthaldet», «the company that hired us»). Another party (the insurer, the chain's head office), a shop where no client is
 * listed, or a shop in a unit named after something else is still asked for.
 */
const registryOf = textRegistry('ropa-s47-fx-client-');
const findingsIn = (language: 'nb' | 'nn' | 'en', unit: string, client: string | undefined) => (texts: Record<string, string>) =>
  registryOf(texts, {
    org: language === 'en' ? 'Fjord Guard Ltd' : 'Fjordvakt AS',
    language,
    publicAuthority: false,
    rule: 'recipients-stated',
    catalogues: {
      'recipients.yaml': `recipients:\n  kunden:\n    name: ${JSON.stringify(client ?? 'Politiet')}\n    type: ${client === undefined ? 'public-authority' : 'private'}\n`,
    },
    activity: (id, text) => `id: ${id}
title: Rapportar
description: ${JSON.stringify(text)}
status: active
responsibleUnit: ${unit}
purposes:
  - id: rapport
    description: ${language === 'en' ? 'report incidents' : 'rapportere hendingar'}
    legalBasis:
      - gdpr: A6-1-f
        legitimateInterest: ${language === 'en' ? 'The client wants to know what happened.' : 'Kunden vil vite kva som hende.'}
recipients:
  - kunden
`,
  });

describe('a listed client covers the party the service is done for (recipients-stated)', () => {
  readsAndSilent(
    findingsIn('nn', 'Butikkvakt', 'Kunden som har bestilt oppdraget'),
    ['Rapporten går òg til forsikringsselskapet.', 'Rapporten blir send til forsikringsselskapet til butikken.'],
    [
      'Rapporten går til butikken, som avgjer om forholdet skal meldast.',
      'Rapporten blir send til butikken.',
      'Rapporten går til butikkane vi vaktar.',
      'Rapporten går til bedrifta som bestilte vakthaldet.',
    ],
  );
  readsAndSilent(
    findingsIn('nb', 'Butikkvakt', 'Oppdragsgiveren'),
    ['Rapporten sendes også til forsikringsselskapet.'],
    ['Rapporten går til butikken.', 'Rapporten sendes til butikken når den er ferdig.', 'Rapporten sendes til selskapet som har bestilt vakttjenesten.'],
  );
  readsAndSilent(
    findingsIn('en', 'Store Security', 'The client'),
    ['A copy of the report goes to the insurer.'],
    ['The report goes to the store.', 'The report is sent to the company that hired us.'],
  );
  // No client listed (the police only), or a unit named after another service: the shop is not read as the client.
  readsAndSilent(findingsIn('nn', 'Butikkvakt', undefined), ['Rapporten går til butikken.'], []);
  readsAndSilent(findingsIn('nn', 'Alarmsentral', 'Kunden som har bestilt oppdraget'), ['Rapporten går til butikken.'], []);
});
