import { describe, expect, it } from 'vitest';
import { isDebtCollector } from '../../src/check/facts.js';

/**
 * Whether the organisation is itself a debt collector (src/check/facts.ts isDebtCollector), which makes inkassoloven's
 * duties of the collector its own legal obligations (supplementary-law, criminal-data-basis). Read from its names and
 * the notice's introduction; a creditor that uses a collector, a body that says it is none, and the complaints board
 * are not collectors (B2, session 14, variants-inkasso).
 */
type Case = readonly [names: readonly string[], text: string];
const collectors: Case[] = [
  [['skagerak inkasso og kreditt as'], ''],
  [['totalinkasso as'], ''],
  [['intrum as'], 'Intrum AS er et inkassoselskap med bevilling fra Finanstilsynet.'],
  [['lowell norge as'], 'Vi er et inkassoforetak og behandlingsansvarlig for inndrivingen.'],
  [['kredinor sa'], 'Kredinor SA har inkassobevilling og driver inndriving av forfalte krav for andre.'],
  [['nordvest kreditt as'], 'Vi har inkassobevilling frå Finanstilsynet og driv inkassoverksemd.'],
  [['pra group norge as'], 'We are a licensed debt collection company supervised by Finanstilsynet.'],
  [['sergel as'], 'Vi driver inkasso for bedrifter i hele Norden.'],
];
const others: Case[] = [
  [['agder strøm as'], 'Ubetalte fakturaer sender vi til inkasso. Vi har avtale med et inkassoselskap.'],
  [['sørlandet bolig as'], 'Vi bruker Kredinor, som har inkassobevilling, til å drive inn ubetalt husleie.'],
  [['fjordnett as'], 'Vi har ikke inkassobevilling og driver ikke inkasso; forfalte krav sendes til Intrum.'],
  [['oslo kommune'], 'Kommunen er ikke et inkassoselskap, men kan sende krav til Statens innkrevingssentral.'],
  [['inkassoklagenemnda'], 'Nemnda behandler klager på inkassoforetak.'],
  [['bank as'], 'We have a debt collection agency collect overdue loans for us.'],
  [['bank as'], 'Vi har en avtale med Lowell om inkasso.'],
];

describe('isDebtCollector', () => {
  it.each(collectors)('%s: «%s» is a debt collector', (names, text) => {
    expect(isDebtCollector(names, text === '' ? [] : [text])).toBe(true);
  });
  it.each(others)('%s: «%s» is none', (names, text) => {
    expect(isDebtCollector(names, [text])).toBe(false);
  });
});
