import { describe } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 41, F2 (a risk named by session 40's R34, which ends a negation at «, og»): «ikke A, og (heller ikke) B» must stay
 * denied in both parts («Vi deler ikke navnet med Skatteetaten, og heller ikke adressen», «and neither the address», «and
 * nor do we share …»), while a second part that hands data over itself is read («…, og adressen sendes til
 * Skatteetaten»). Silent when measured: kept as regression tests. Cells from a municipality, a school, a hospital and a bank.
 */
const registryOf = sentenceRegistry('ropa-s41-f2-negation-');
const municipality = (texts: Record<string, string>) =>
  registryOf(texts, { org: 'Nordvik kommune', language: 'nb', title: 'Skoleskyss', purpose: 'tildele skoleskyss', rule: 'recipients-stated' });
const hospital = (texts: Record<string, string>) =>
  registryOf(texts, { org: 'Helse Vestfjord HF', language: 'nn', title: 'Pasientbehandling', purpose: 'behandle pasientar', rule: 'recipients-stated' });
const bank = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Vestfjord Bank ASA',
    language: 'en',
    title: 'Customers',
    purpose: 'run accounts',
    rule: 'recipients-stated',
    publicAuthority: false,
  });

describe('«ikke A, og heller ikke B» stays denied (F2 session 41)', () => {
  readsAndSilent(
    municipality,
    [
      'Vi deler ikke navnet med Statistisk sentralbyrå, og adressen sendes til Skatteetaten.',
      'Vi sender ikke elevlista til NAV, men adressene sendes til busselskapet.',
    ],
    [
      'Vi deler ikke navnet med Statistisk sentralbyrå, og heller ikke adressen.',
      'Vi sender ikke navnet til Skatteetaten, og heller ikke adressen.',
      'Vi gir ikke navnet til forsikringsselskapet, og ikke adressen heller.',
      'Navnet sendes ikke til NAV, og det gjør heller ikke adressen.',
      'Skolen sender ikke elevlista til busselskapet, og heller ikke timeplanen med navn.',
      'Vi deler ikke opplysningene med arbeidsgiveren, og heller ikke med NAV.',
    ],
  );
});
describe('… nynorsk', () => {
  readsAndSilent(
    hospital,
    ['Me deler ikkje namnet med Skatteetaten, og adressa vert send til NAV.'],
    [
      'Me deler ikkje namnet med Skatteetaten, og heller ikkje adressa.',
      'Namnet vert ikkje sendt til NAV, og ikkje adressa heller.',
      'Journalen vert ikkje send til arbeidsgjevaren, og heller ikkje epikrisen.',
    ],
  );
});
describe('… English', () => {
  readsAndSilent(
    bank,
    ['We do not share the name with the tax office, and the address is sent to the insurer.'],
    [
      'We do not share the name with the tax office, and neither the address.',
      'We never send the name to the insurer, and not the address either.',
      'We do not share your name with partners, and nor do we share your address with them.',
      'We do not sell the customer list, and we do not share it with partners.',
    ],
  );
});
