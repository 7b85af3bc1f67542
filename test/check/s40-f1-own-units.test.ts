import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 40, F1 (risks named by session 39's review of R31): our own unit named by a unit word and our place («Avdeling
 * Nordvik», «Eining Nordvik Sør», «Klinikk Vestfjord Nord», «Division Vestfjord North») is no recipient (Art. 4(9): a unit
 * of the controller is the controller), while another body named after our place («NHO Nordvik», «Legevakt Nordvik AS»)
 * still is; seeing by our own staff or the person themself («blir sett av saksbehandleren og søkeren selv») is no
 * disclosure. Cells from a municipality, a hospital trust and a bank.
 */
const municipality = ruleMatrix('recipients-stated', { org: 'Nordvik kommune', language: 'nb', title: 'Saksbehandling', purpose: 'behandle søknader' });
const hospital = ruleMatrix('recipients-stated', { org: 'Helse Vestfjord HF', language: 'nn', title: 'Pasientbehandling', purpose: 'behandle pasientar' });
const bank = ruleMatrix('recipients-stated', {
  org: 'Vestfjord Savings Bank',
  language: 'en',
  title: 'Loans',
  purpose: 'handle loan applications',
  publicAuthority: false,
});

describe('our own unit by a unit word and our place; seeing by our staff (F1 session 40): a municipality', () => {
  readsAndSilent(
    municipality,
    ['Søknadene sendes til NAV Nordvik for vurdering.', 'Søknadene sendes til Røde Kors Nordvik.', 'Søknadene sendes til Legevakt Nordvik AS.'],
    [
      'Søknadene sendes til Avdeling Nordvik for vurdering.',
      'Søknadene sendes videre til Seksjon for IT og Drift, som retter feil i skjemaet.',
      'Søknadene sendes til Enhet Nordvik Sentrum for vurdering.',
      'Søknadene vert sende til Eining Nordvik Sør før vedtak.',
      'Søknadene leses av saksbehandlerne i Nordvik kommune.',
      'Søknadene blir sett av saksbehandleren og av søkeren selv.',
    ],
  );
});
describe('… a hospital trust (nynorsk)', () => {
  readsAndSilent(
    hospital,
    ['Journalen vert send til Legevakt Vestfjord AS.', 'Tilvisinga vert send til NHO Vestfjord.'],
    [
      'Journalen vert send til Klinikk Vestfjord Nord for vurdering.',
      'Journalen vert send til Avdeling Nord ved Helse Vestfjord.',
      'Journalen blir sett av legane og sjukepleiarane på avdelinga.',
      'Tilvisinga blir lesen av legen og av pasienten sjølv.',
    ],
  );
});
describe('… a bank (English)', () => {
  readsAndSilent(
    bank,
    ['Applications are sent to Vestfjord Debt Collection AS.'],
    [
      'Applications are sent to Division Vestfjord North for review.',
      'Applications are sent to the Vestfjord Credit Department for review.',
      'Applications are seen by our credit officers and by the applicant.',
      'Applications are sent to Department Vestfjord Central before a decision.',
    ],
  );
});
