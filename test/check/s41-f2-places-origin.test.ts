import { describe } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 41, F2 (a risk named by session 40's R34): the places reader took where people come from for where their data
 * goes («Our office in Oslo handles the applications from people in India» gave a transfer to IN). People, candidates,
 * patients, pupils, residents in or from a country are its PERSONS_PLACE (no party there); a party there still is. Cells
 * from a recruiter, a bank, a hospital, a school and a municipality.
 */
const registryOf = sentenceRegistry('ropa-s41-f2-origin-');
const recruiter = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Vestfjord Recruitment AS',
    language: 'en',
    title: 'Applications',
    purpose: 'handle job applications',
    rule: 'processor-location',
    publicAuthority: false,
  });
const municipality = (texts: Record<string, string>) =>
  registryOf(texts, { org: 'Nordvik kommune', language: 'nb', title: 'Søknader', purpose: 'behandle søknader', rule: 'processor-location' });

describe('where people come from is no destination (F2 session 41; processor-location described-transfer)', () => {
  readsAndSilent(
    recruiter,
    [
      'Our office in India handles the applications.',
      'The applications are handled by our partner in India.',
      'Applications from candidates in Brazil are processed by a recruitment company in India.',
    ],
    [
      'Our office in Oslo handles the applications from people in India.',
      'Our team in Bergen handles applications from candidates in Brazil and Kenya.',
      'Our office in Oslo handles enquiries from people in India.',
      'The clinic in Tromsø handles referrals for patients in Russia.',
      'The bank in Bergen processes loan applications from individuals in the United States.',
      'The school office handles applications from pupils in China.',
      'Our office handles applications from refugees from Syria.',
    ],
  );
});
describe('… nb, nn', () => {
  readsAndSilent(
    municipality,
    ['Søknadene behandles av en leverandør i India.'],
    [
      'Kontoret vårt i Oslo behandler søknader fra folk i India.',
      'Servicetorget håndterer søknader fra personer i Brasil.',
      'Kontoret vårt i Førde handsamar søknadene frå folk i India.',
      'Tenesta handsamar søknader frå flyktningar frå Syria.',
      'Legevakta håndterer henvendelser fra turister fra USA.',
      'Skulen handsamar søknader frå elevar som bur i Kina.',
    ],
  );
});
