import { describe, expect, it } from 'vitest';
import { readText } from '../../src/check/prose-activity.js';

// variants-fiskeri's clean base (B7, session 16): data «frå X» that the sentence says are sent on to a party: the party
// after «til», «to» receives them; X (an inspection, a case) is no source. A source named before the sending stays read.
describe('a source read before the data are sent on (integrator, session 16)', () => {
  it.each([
    'Meldinga og dokumentasjonen frå kontrollen blir sende til politidistriktet.',
    'Rapporten og bileta frå inspeksjonen vert sende vidare til påtalemakta.',
    'Meldingen og dokumentasjonen fra kontrollen blir sendt til politiet.',
    'The report and the evidence from the inspection are forwarded to the police district.',
    'Meldinga frå kontrollen sender vi til Kystverket.',
    'Notes from the meeting are sent on to the employer.',
  ])('«%s» names no source', (t) => expect(readText.source(t)).toBe(false));
  it.each([
    'Vi får melding frå politiet, og den blir sendt til saksbehandlaren.',
    'Vi henter opplysninger fra Skatteetaten som blir sendt til kommunen.',
    'We obtain the records from the police district, and they are forwarded to the case officer.',
    'Meldinga frå politidistriktet blir sendt til oss og lagra i saka.',
    'Vi mottar melding fra arbeidsgiveren.',
  ])('«%s» names a source', (t) => expect(readText.source(t)).toBe(true));
});
