import { describe, expect, it } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';

/**
 * R14, session 33 (#12): consent-for-public-task `consent-demanded-for-task`. A public body's task (Art. 6(1)(e)) whose
 * description demands consent to its privacy statement, or to its processing of the person's data, before a form or a
 * service. Sentences written for the reading (a municipality, a directorate, a county; bokmål, nynorsk, English), none
 * from a test set, with their silent neighbours: read it, confirm having read it, may consent, consent to something
 * else, the past, a negation, a question. Each sentence is the only description of an activity with one purpose.
 */
const registryOf = sentenceRegistry('ropa-s33-r14-');
const PURPOSE_TASK = `behandle søknaden\n    legalBasis:\n      - gdpr: A6-1-e`;

function fired(texts: string[], language: 'nb' | 'nn' | 'en', publicAuthority = true): string[] {
  const byId = Object.fromEntries(texts.map((t, i) => [`s${i}`, t]));
  const f = registryOf(byId, {
    org: 'Nordvik kommune',
    language,
    title: 'Skjema',
    purpose: PURPOSE_TASK,
    rule: 'consent-for-public-task',
    publicAuthority,
  } as never);
  return texts.filter((_, i) => f.some((x) => x.activity === `s${i}` && x.messageId.endsWith('consent-demanded-for-task')));
}

const demands: [lang: 'nb' | 'nn' | 'en', text: string][] = [
  ['nb', 'Du må samtykke i personvernerklæringen før du kan sende søknaden.'],
  ['nb', 'For å bruke tjenesten må du godta personvernerklæringen vår.'],
  ['nb', 'Ved å sende inn skjemaet samtykker du til at vi behandler personopplysningene dine.'],
  ['nb', 'Kryss av for at du godtar personvernerklæringen før du går videre.'],
  ['nb', 'Før søknaden kan behandles, må du akseptere vilkårene i personvernerklæringen.'],
  ['nn', 'Du må samtykkje til personvernerklæringa før du sender inn søknaden.'],
  ['nn', 'For å få tenesta må du godta behandlinga av personopplysningane dine.'],
  ['nn', 'Ved å sende skjemaet samtykkjer du i personvernerklæringa.'],
  ['en', 'You must accept our privacy policy before you can submit the application.'],
  ['en', 'By submitting this form you consent to the processing of your personal data.'],
  ['en', 'Applicants have to agree to the privacy statement to use the service.'],
  ['en', 'Tick the box to confirm that you accept the privacy notice.'],
];
const quiet: [lang: 'nb' | 'nn' | 'en', text: string][] = [
  ['nb', 'Les personvernerklæringen før du sender søknaden.'],
  ['nb', 'Du bekrefter at du har lest personvernerklæringen.'],
  ['nb', 'Du må ikke samtykke i personvernerklæringen for å sende søknaden.'],
  ['nb', 'Tidligere måtte du samtykke i personvernerklæringen.'],
  ['nb', 'Må du samtykke i personvernerklæringen for å sende søknaden?'],
  ['nb', 'Du må samtykke til at barnet blir med på turen.'],
  ['nb', 'Du kan samtykke til at vi sender deg påminnelser på SMS.'],
  ['nn', 'Du treng ikkje samtykkje til personvernerklæringa; vi behandlar søknaden etter lova.'],
  ['nn', 'Les personvernerklæringa før du sender skjemaet.'],
  ['en', 'Read our privacy policy before you submit the application.'],
  ['en', 'You do not need to consent to the privacy policy; we process applications under the law.'],
  ['en', 'You must agree to the terms of the loan before it is paid out.'],
];

describe('consent-for-public-task reads consent demanded for a statutory task', () => {
  for (const lang of ['nb', 'nn', 'en'] as const) {
    it(`fires on every demand (${lang})`, () => {
      const cells = demands.filter(([l]) => l === lang).map(([, t]) => t);
      expect(fired(cells, lang)).toEqual(cells);
    });
    it(`stays silent beside them (${lang})`, () => {
      expect(
        fired(
          quiet.filter(([l]) => l === lang).map(([, t]) => t),
          lang,
        ),
      ).toEqual([]);
    });
  }
  it('stays silent for a private body', () => {
    expect(
      fired(
        demands.filter(([l]) => l === 'nb').map(([, t]) => t),
        'nb',
        false,
      ),
    ).toEqual([]);
  });
});
