import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 38, R29 (variants-ambulanse AM55, AM56): decisions said in words.
 * - DECIDED BY THE MACHINE (prose-activity.ts CASE_DECIDED, DECIDES_FINITE): an application, a claim or a case decided in
 *   the passive with the machine as agent («Søknader om drosje avgjøres av appen», «Krava vert avgjorde av systemet»,
 *   «Applications are decided by the portal»), or the machine deciding them («Systemet avgjør søknader om …»); a person only
 *   on appeal is no person deciding (automated-decision-logic `described-decision`). Near misses: a person as agent, a
 *   proposal, a price, a denial, a caseworker going through every refusal in the clause, nobody's case.
 * - REFUSED WITH NO SAFEGUARD (automated-decision-basis `described-no-safeguard`): a refusal told in words on a contract or
 *   consent, with no review, complaint or person's view said anywhere (Art. 22(3)). Near misses: a grant, a complaint said,
 *   a person who decides, a denial, a proposal, asking for a new assessment.
 * Sentences written for this matrix, none from a test set.
 */
const decisionsOf = ruleMatrix('automated-decision-logic', {
  org: 'Vestvik pasientreiser',
  language: 'nb',
  title: 'Pasientreiser',
  purpose: 'behandle søknader om pasientreiser',
});
const safeguardOf = ruleMatrix('automated-decision-basis', {
  org: 'Vestvik bemanning AS',
  language: 'nb',
  title: 'Rekruttering',
  purpose: 'vurdere søkere',
  publicAuthority: false,
  legalBasis: '      - gdpr: A6-1-b\n',
});

describe('an application decided by the machine in the passive (R29 session 38)', () => {
  readsAndSilent(
    decisionsOf,
    [
      'Søknader om drosje avgjøres av appen ut fra avstand.',
      'Krava vert avgjorde av systemet ut frå avstanden.',
      'Søknadene blir avgjort av fagsystemet; bare avslag som blir påklaget, ser en saksbehandler på.',
      'Sakene om reisetilskudd avgjøres av løsningen.',
      'Systemet avgjør søknader om drosje ut fra avstand.',
      'Applications for taxi are decided by the app from the distance.',
      'Claims are determined by the system, and only appeals reach a caseworker.',
      'The platform decides applications for travel support.',
    ],
    [
      'Søknadene avgjøres av en saksbehandler i systemet.',
      'Appen foreslår reisemåte, og søknaden avgjøres av en saksbehandler.',
      'Prisen bestemmes av systemet.',
      'Ingen søknader avgjøres av systemet.',
      'Søknader om drosje avgjøres av appen, men en saksbehandler går gjennom alle avslag.',
      'Systemet avgjør ikke søknader; det gjør saksbehandleren.',
      'Applications are decided by a caseworker in the case system.',
    ],
  );
});

describe('a refusal told in words on a contract, with no safeguard said (R29 session 38)', () => {
  readsAndSilent(
    safeguardOf,
    [
      'Søkere med under 60 poeng får avslag uten at noen leser søknaden.',
      'Søknader med færre enn tre års erfaring avslås automatisk.',
      'Søknadene blir avviste automatisk når karakterane er for låge.',
      'Applications below the threshold are rejected automatically.',
      'Søkjarar utan førarkort får avslag utan at nokon les søknaden.',
      'Rekrutteringssystemet avviser søkere automatisk når testen er under grensen.',
      'Applicants without a licence are turned down automatically without anyone reading the application.',
      'Søknader avslås av systemet når fagbrevet mangler.',
    ],
    [
      'Søknader med over 60 poeng innvilges automatisk.',
      'Søkere med under 60 poeng får avslag automatisk, men avslaget kan påklages til en av oss.',
      'Systemet foreslår avslag, og lederen avgjør hver søknad.',
      'Ingen søknader avslås automatisk.',
      'Søknader avslås automatisk; du kan be om at en av oss vurderer søknaden på nytt.',
      'Applications below the threshold are rejected automatically, and you may ask a person to review the decision.',
    ],
  );
});
