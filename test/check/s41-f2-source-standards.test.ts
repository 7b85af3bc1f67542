import { describe } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 41, F2 (a risk named by session 40's F1): a recorded source named in one written standard and said in the other
 * («Tenesta ber skulen om …» beside a recorded «Skolen»; «kommuna»/«Kommunen», «sjukehuset»/«Sykehuset») is the same party
 * (check/party-twins.ts: «skulen» is «skule» + the definite «n»). A source not recorded still fires. Cells from a
 * municipality's services for children, in nynorsk with bokmål names and in bokmål with nynorsk names.
 */
const registryOf = sentenceRegistry('ropa-s41-f2-standards-');
const recordedNb = (language: 'nb' | 'nn') => (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Vestfjord kommune',
    language,
    title: 'Tilrettelegging',
    purpose: 'gi tenester til barn og unge',
    rule: 'notice-source',
    subjects: ['Innbyggere'],
    sources: ['Skolen', 'Kommunen', 'Sykehuset', 'Barnehagen', 'Fastlegen'],
  });
const recordedNn = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Vestfjord kommune',
    language: 'nb',
    title: 'Tilrettelegging',
    purpose: 'gi tjenester til barn og unge',
    rule: 'notice-source',
    subjects: ['Innbyggere'],
    sources: ['Skulen', 'Kommuna', 'Sjukehuset', 'Legevakta'],
  });
describe('nn text, nb names', () => {
  readsAndSilent(
    recordedNb('nn'),
    ['Tenesta hentar opplysningar frå Skatteetaten.'],
    [
      'Tenesta ber skulen om opplysningar om eleven.',
      'Me hentar opplysningar frå skulen.',
      'Tenesta får epikrisen frå sjukehuset.',
      'Me får opplysningar frå kommuna der barnet bur.',
      'Tenesta innhentar opplysningar frå sjukehuset og skulen.',
      'Me får rapportar frå barnehagen.',
    ],
  );
});
describe('nb text, nn names', () => {
  readsAndSilent(
    recordedNn,
    ['Tjenesten henter opplysninger fra Skatteetaten.'],
    [
      'Tjenesten ber skolen om opplysninger om eleven.',
      'Vi henter opplysninger fra skolen.',
      'Tjenesten får epikrisen fra sykehuset.',
      'Vi får opplysninger fra kommunen der barnet bor.',
      'Vi innhenter opplysninger fra sykehuset og skolen.',
      'Vi får melding fra legevakten.',
    ],
  );
});
