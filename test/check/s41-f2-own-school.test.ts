import { describe } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 41, F2 (a risk named by session 40's R34): a school's own roles read as outside parties in a municipality's or a
 * school's record. «rektor», «kontaktlæraren vår», «the principal» (facts.ts reads «principal» as a client), «Vestfjord
 * School» in Vestfjord Municipality's record are its own; a GP («fastlegen din», «your GP»), a private school or a driving
 * school is another party. Staff «på barneskolen», «at the school» stay read as another unit's where the record does not
 * name the school its own (variants-bibliotek BB28: a library's camera footage shown to «rektor på ungdomsskolen»).
 */
const registryOf = sentenceRegistry('ropa-s41-f2-school-');
const municipality = (texts: Record<string, string>) =>
  registryOf(texts, { org: 'Nordvik kommune', language: 'nb', title: 'Fravær i grunnskolen', purpose: 'følge opp fravær', rule: 'recipients-stated' });
const municipalityNn = (texts: Record<string, string>) =>
  registryOf(texts, { org: 'Vestfjord kommune', language: 'nn', title: 'Fråvær i grunnskulen', purpose: 'følgje opp fråvær', rule: 'recipients-stated' });
const school = (texts: Record<string, string>) =>
  registryOf(texts, { org: 'Nordvik skole', language: 'nb', title: 'Fravær', purpose: 'følge opp fravær', rule: 'recipients-stated' });
const municipalityEn = (texts: Record<string, string>) =>
  registryOf(texts, { org: 'Vestfjord Municipality', language: 'en', title: 'Pupil absence', purpose: 'follow up absence', rule: 'recipients-stated' });

describe("a school's own roles in a municipality's record (F2 session 41)", () => {
  readsAndSilent(
    municipality,
    ['Vi sender epikrisen til fastlegen din.', 'Instruktørene på trafikkskolen får oversikt over fraværet.'],
    [
      'Karakterene sendes til rektor.',
      'Fraværsmeldingen sendes til kontaktlæreren din.',
      'Kontaktlæraren vår får fraværslista.',
      'Rektor får kopi av vedtaket om spesialundervisning.',
      'Saksbehandleren sender vedtaket til rektor og kontaktlærer.',
      'Rektor ved Nordvik skole får fraværslista.',
    ],
  );
});
describe('… nynorsk', () => {
  readsAndSilent(
    municipalityNn,
    ['Vi sender epikrisen til fastlegen din.'],
    ['Karakterane vert sende til rektor.', 'Kontaktlæraren din får fråværslista.', 'Rektor får kopi av vedtaket.'],
  );
});
describe("… a school's own record", () => {
  readsAndSilent(
    school,
    ['Vi sender epikrisen til fastlegen din.'],
    [
      'Karakterene sendes til rektor ved skolen.',
      'Kontaktlæreren vår får kopi av vedtaket.',
      'Vi sender fraværslista til kontaktlæreren og inspektøren.',
      'Skolens rektor får varsel om fraværet.',
      'Rektor ved Nordvik skole får fraværslista.',
    ],
  );
});
describe('… English', () => {
  readsAndSilent(
    municipalityEn,
    ['We send the discharge summary to your GP.', 'The head teacher at Vestfjord Montessori School gets the absence list.'],
    [
      'The decision is sent to the principal and the form teacher.',
      'The decision is sent to the principal.',
      'The head teacher at Vestfjord School gets the absence list.',
      'The absence list is sent to our form teachers.',
      'Absence reports are sent to your form teacher.',
    ],
  );
});
