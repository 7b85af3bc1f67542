import { describe } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 43 (M1), two false-alarm and miss risks session 42 (B9) left in kept-forever's reading:
 * 1. «skal ikke slettes», «will not be deleted» fired permanent-retention-basis even where the reason given after it bounds
 *    the keeping: a law or duty that keeps the data (bokføringsloven, helsepersonellova, «the law requires»), a period, a
 *    matter still open (a complaint deadline not passed, a pending dispute, a police request). Art. 5(1)(e) lets data be
 *    kept as long as necessary for the purpose, and Art. 17(3)(b), (e) for a legal obligation or legal claims: such keeping
 *    ends when the duty or the matter ends, and is no keeping for ever. A reason of the body's own («fordi vi vil ha
 *    historikken», «since it may be useful later») bounds nothing.
 * 2. «for» after «aldri»/«never» was read as a bound («aldri før»), so «Vi sletter aldri data for medlemmer som har betalt»
 *    (whose data: no bound) was silenced. «for» now bounds only before a time («aldri for tidlig», «never for the first five
 *    years»).
 * Each cell is one retention entry's `exceptions` beside a 12-month period, in other domains (a sports club, a dental
 * clinic, a housing co-operative, a school, a shop, a municipality), bokmål, nynorsk and English.
 */
const run = textRegistry('ropa-s43-m1-kept-');
const register = (id: string, exceptions: string): string => `id: ${id}
title: Kunde- og medlemsregister
status: active
purposes:
  - id: medlemskap
    description: administrere kundeforholdet
    legalBasis:
      - gdpr: A6-1-b
recipients: none
retention:
  - period: P12M
    trigger: kundeforholdet avsluttes
    endAction: delete
    mainRule: true
    exceptions: ${JSON.stringify(exceptions)}
`;
const findingsOf = (texts: Record<string, string>) =>
  run(texts, {
    org: 'Solbakken idrettslag',
    publicAuthority: false,
    rule: 'permanent-retention-basis',
    activity: (id, text) => register(id, text),
  });

describe('a deleting denied, and the reason after it (permanent-retention-basis, in words)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Medlemslista skal ikke slettes.',
      'Bildene fra jubileet skal ikke slettes, fordi de er fine minner.',
      'Kundedata skal ikke slettes, siden vi kan få bruk for dem senere.',
      'The data will not be deleted, because it may be useful later.',
      'Opplysningane skal ikkje slettast, fordi vi vil ha historikken.',
      "We won't delete the CVs, since we may have other vacancies.",
      'Vi sletter aldri data for medlemmer som har betalt kontingent.',
      'We never delete data for customers who have bought a season card.',
      'Me slettar aldri opplysningar for medlemar som har vore med i styret.',
      'Vi sletter aldri CV-er for søkere som har fått jobb hos oss.',
    ],
    [
      'Bilagene skal ikke slettes, fordi bokføringsloven krever at de oppbevares i fem år.',
      'Journalen skal ikkje slettast, sidan helsepersonellova krev at han blir oppbevart.',
      'Records will not be deleted, because the Bookkeeping Act requires us to keep them.',
      'Opptaket skal ikke slettes, fordi politiet har bedt om det i en sak.',
      'Søknaden skal ikke slettes, siden klagefristen ikke har gått ut.',
      'Klagesaka skal ikkje slettast, sidan klagefristen ikkje har gått ut.',
      'The log shall not be deleted, since it is evidence in a pending dispute.',
      'Kontrakten skal ikke slettes, fordi den skal oppbevares i ti år.',
      'Vi sletter aldri for tidlig.',
      'Vi sletter aldri for fem år har gått.',
      'We never delete the data for the first five years.',
      'We never delete anything for at least two years after the contract ends.',
    ],
  );
});
