import { describe, expect, it } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';

/**
 * Session 40, F1 (risk named by session 39's review of R32): consent-withdrawal's word of deleting (DELETED) had no word
 * boundary, so «newsletter» (news-l-ett-er holds «slett»), a nynorsk passive in -erast («registrerast», «arkiverast») and
 * «operasjon» (holds «eras») read as deleting and silenced a withdrawal text that says the data is kept anyway (Art. 7(3),
 * 17(1)(b)). Now a word from its start. Cells from a shop, a sports club, a school survey and a hospital; controls that
 * delete, erase, anonymise or remove («… and then deleted», «slettast», «anonymised») stay silent.
 */
const registryOf = textRegistry('ropa-s40-f1-deleted-');
const findings = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Nordvik Sport AS',
    publicAuthority: false,
    rule: 'consent-withdrawal',
    activity: (id, text) =>
      `id: ${id}\ntitle: Nyhetsbrev\nstatus: active\npurposes:\n  - id: brev\n    description: sende nyhetsbrev og spørreundersøkelser\n    legalBasis:\n      - gdpr: A6-1-a\n        consentMethod: opt-in\n        consentWithdrawal: ${JSON.stringify(text)}\nrecipients: none\n`,
  }).filter((f) => f.messageId.endsWith('kept-after-withdrawal'));
const reads = [
  'Du kan melde deg av i e-posten. We still keep your e-mail address after you unsubscribe from the newsletter.',
  'Du kan melde deg av når du vil, men vi beheld framleis adressa etter avmelding, og ho registrerast i kundelista.',
  'Meld deg av med lenka i e-posten. Svara dine takast vare på og arkiverast i undersøkinga.',
  'Unsubscribe by the link in each newsletter; answers already given to our newsletter survey are kept.',
  'Du kan trekkje samtykket på Mi side. Vi beheld likevel e-postadressa etter avmelding, og ho leverast vidare til kundeservice.',
  'Withdraw by e-mail. Your answers to the newsletter poll are still kept.',
];
const silent = [
  'You can unsubscribe from the newsletter at any time; we then delete your e-mail address.',
  'Meld deg av i appen. Svara dine vert sletta når du melder deg av.',
  'Du kan melde deg av når du vil. Vi beholder likevel adressen etter avmelding, men sletter den innen 30 dager.',
  'Unsubscribe in any newsletter. We still keep your address after you unsubscribe, then erase it within a week.',
  'Meld deg av med lenka. Svara dine takast vare på berre som anonymiserte tal.',
  'Trekk samtykket på Mi side; opplysningane blir då fjerna frå registeret.',
];
describe('a withdrawal text that keeps the data, beside a word that only holds a deleting stem (F1 session 40)', () => {
  const f = findings(Object.fromEntries([...reads.map((t, i) => [`r${i}`, t]), ...silent.map((t, i) => [`s${i}`, t])]));
  const on = (id: string) => f.filter((x) => x.activity === id).length;
  it.each(reads.map((t, i) => [`r${i}`, t]))('reads %s: %s', (id) => expect(on(id)).toBeGreaterThan(0));
  it.each(silent.map((t, i) => [`s${i}`, t]))('stays silent on %s: %s', (id) => expect(on(id)).toBe(0));
});
