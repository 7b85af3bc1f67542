import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 38, R30 (variants-paraphrase2 PB052): the person's profiles or accounts on a public site, looked at by the
 * controller, named with an adjective between the owner and the site («a check of the applicants' public social media
 * accounts», «their open Facebook profiles») or by a Norwegian genitive without an apostrophe («søkernes LinkedIn-profil»,
 * «kandidatens åpne Facebook-profil»): the site is a source of personal data not obtained from the person (GDPR Art. 14(1),
 * (2)(f): «from which source the personal data originate, and if applicable, whether it came from publicly accessible
 * sources»). Each cell is one activity's description in a recruitment record with no source recorded. Sentences written for
 * this matrix but the planted one (first).
 */
const findingsOf = ruleMatrix('notice-source', {
  org: 'Vestvik bedriftshelseteneste',
  language: 'nb',
  title: 'Rekruttering',
  purpose: 'vurdere søkere og velge hvem vi ansetter',
  subjects: ['Søkere'],
});

describe("the person's public profiles on a site, checked (notice-source; PB052)", () => {
  readsAndSilent(
    findingsOf,
    [
      "assess applicants and choose whom to employ, including a check of the applicants' public social media accounts",
      "We check the candidates' public LinkedIn profiles before the interview.",
      "Before the interview we look at the applicant's open Instagram account.",
      'Vi sjekker søkernes åpne Facebook-profiler før intervjuet.',
      'Før intervjuet sjekker vi kandidatens offentlige LinkedIn-profil.',
      'Vi sjekkar søkjarens opne Instagram-konto før intervjuet.',
      'Rekrutteringsrådgiveren søker opp søkerens offentlige profiler på Facebook.',
      "The adviser searches the applicants' public Twitter accounts.",
    ],
    [
      "We check that the applicants' public social media accounts are not linked to our company page.",
      'Vi sjekker ikke søkernes åpne Facebook-profiler.',
      'Søkerne kan selv sjekke sine åpne Facebook-profiler før de søker.',
      'Vi sjekker vår egen offentlige Facebook-side for kommentarer om stillingen.',
      "We look at the applicant's public LinkedIn profile only if the applicant asks us to.",
      'Vi ser på søkernes CV og attester.',
    ],
  );
});
