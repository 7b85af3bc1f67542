import { describe, expect, it } from 'vitest';
import { notDoneSaid } from '../../src/check/facts.js';

/**
 * facts.ts notDoneSaid for a balancing test's reference (legitimate-interest-assessment): one reader since session 16
 * (B5's «no test» reading and B6's «not done» reading joined, N). An agreement's reference is read without the
 * assessment's words.
 */
describe('a balancing test that is not done', () => {
  it.each([
    'Ikkje gjennomført – det er openbert at interessa vår veg tyngst',
    'Not carried out yet; planned for Q2 2027',
    'Skal utarbeides',
    'TBD',
    'Ikke nødvendig',
    'Planlagt',
    'Ingen interesseavveiing',
    'Det er åpenbart at vi har en berettiget interesse',
    'Q3 2024: ikke gjennomført ennå',
    'Avveiinga er ikkje dokumentert',
    'Not assessed - the interest is obvious',
    'The assessment is pending',
  ])('reads «%s»', (t) => expect(notDoneSaid(t, 'assessment')).toBeDefined());
  it.each([
    'IA-2024-01, ikkje offentleg',
    'Sak 24/0123; ingen vurdering av barn naudsynt',
    'No separate assessment; covered by the DPIA',
    'Vurdering 2023: ikke nødvendig å gjenta',
    'Balancing test on file (HR-LIA-7); next review planned for 2027',
    'Interesseavveiing: se personvernerklæringen',
    // N, session 16: a next or new test planned, a test pending review — one exists.
    'Ny vurdering planlagt i 2027',
    'Interesseavveiing gjennomført; ny gjennomgang planlagt',
    'Årlig vurdering planlagt hver januar, sist 14.01.2026',
    'Assessment pending review by the DPO',
  ])('does not read «%s»', (t) => expect(notDoneSaid(t, 'assessment')).toBeUndefined());
  it.each(['Ikke nødvendig', 'Planned', 'Revisjon planlagt 2027'])('reads no assessment words in an agreement «%s»', (t) =>
    expect(notDoneSaid(t)).toBeUndefined(),
  );
});
