import { describe, expect, it } from 'vitest';
import { cellMatrix, firedCells, readsAndLeaves } from '../helpers/cell-matrix.js';
import { textRegistry } from '../helpers/sentence-registry.js';

/**
 * Session 46, W5: what the blind set variants-ferje (Fjordlinja Ferjer AS, a made-up private ferry company) found in three
 * rules at first sight. Each matrix writes one activity per cell in a real record and runs the one rule.
 *
 * 1. applicant-health (arbeidsmiljøloven § 9-3): the clean base's recruitment says the seafarer's health certificate is
 *    checked «først når en kandidat har fått tilbud om stilling», in another activity; read as health asked of the
 *    applicants (control FC17), it also hid FJ28 and FJ65. A check made after the offer is asked of the one selected.
 * 2. vital-interests (Art. 6(1)(d), recital 46): a private company's statutory passenger list on vital interests alone
 *    (FJ23) was not read: `statutory-collection` was asked of public authorities only, but a duty laid on a private
 *    controller by law is Art. 6(1)(c) as much.
 * 3. repealed-law: sjødyktighetsloven of 1903 (repealed by skipssikkerhetsloven from 1 July 2007; FJ31) and sjømannsloven
 *    of 1975 (repealed by skipsarbeidsloven from 20 August 2013) were unknown to data/norwegian-law.json.
 */
const LAWS = `laws:
  skipssikkerhetsloven:
    title: skipssikkerhetsloven
    lovdataId: LOV-2007-02-16-9
  skipsarbeidsloven:
    title: skipsarbeidsloven
    lovdataId: LOV-2013-06-21-102
  sjodyktighetsloven:
    title: sjødyktighetsloven
    lovdataId: LOV-1903-06-09-7
  sjomannsloven:
    title: sjømannsloven
    lovdataId: LOV-1975-05-30-18
  passasjerforskriften:
    title: forskrift om registrering av personer om bord på passasjerskip
`;
describe('applicant-health: a check made only after the job offer is not asked of the applicants', () => {
  const recruitment = (id: string, text: string): string => `id: ${id}
title: Rekruttering
description: ${JSON.stringify(`Vi vurderer søknader og intervjuer kandidater. ${text}`)}
status: active
purposes:
  - id: vurdere
    description: vurdere søkerne og velge hvem som skal få tilbud om stillingen
    legalBasis:
      - gdpr: A6-1-b
dataSubjects: [sokere]
dataCategories: [cv]
recipients: none
`;
  const findings = cellMatrix('ropa-s46-w5-applicant-', {
    org: 'Fjordlinja Ferjer AS',
    rule: 'applicant-health',
    activity: recruitment,
    catalogues: {
      'data-subjects.yaml': 'dataSubjects:\n  sokere:\n    name: Jobbsøkere\n',
      'data-categories.yaml': 'dataCategories:\n  cv:\n    name: Søknad og CV\n',
    },
  });
  const afterOffer: Record<string, string> = {
    'base-sentence': 'Helseerklæring og sertifikater kontrolleres først når en kandidat har fått tilbud om stilling.',
    'after-offer-nn': 'Vi ber om helseattest etter at tilbod om stilling er gitt.',
    'conditional-offer': 'We check the medical certificate only after a conditional job offer.',
    'offered-the-job': 'The health declaration is requested once the candidate has been offered the job.',
    jobbtilbud: 'Legeerklæring innhentes når kandidaten har takket ja til jobbtilbudet.',
  };
  const asked: Record<string, string> = {
    'fj65-form': 'Søkere til stillinger om bord oppgir i søknadsskjemaet om de har eller har hatt sykdommer, og om de bruker faste medisiner.',
    'before-offer': 'Søkere må før tilbud om stilling oppgi om de har hatt sykdommer.',
    'every-applicant': 'Alle søkere fyller ut et helseskjema om tidligere sykdommer.',
    'interview-en': 'In the interview we ask candidates about previous illnesses.',
  };
  readsAndLeaves(findings({ ...asked, ...afterOffer }), asked, afterOffer, [
    'still reads health asked of applicants, before any offer',
    'leaves a health check after the offer alone',
  ]);
});

describe('vital-interests: a private controller’s statutory collection on vital interests alone', () => {
  const LIST = 'vite hvem som er om bord, slik at redningsaksjoner kan gjennomføres';
  /** `text`: the collection's requirement, then «+c» for a second purpose on the legal obligation. */
  const activity = (id: string, text: string): string => {
    const [requirement, more] = text.split('+');
    return `id: ${id}
title: Registrering av personer om bord
status: active
purposes:
  - id: registrere
    description: ${LIST}
    legalBasis:
      - gdpr: A6-1-d
${
  more === 'c'
    ? `  - id: lovplikt
    description: føre passasjerliste slik forskriften krever
    legalBasis:
      - gdpr: A6-1-c
        law: [{ law: passasjerforskriften }]
`
    : ''
}collection:
  requirement: ${requirement}
  consequences: Den som ikke oppgir navn, kan ikke reise.
dataSubjects: [reisende]
dataCategories: [liste]
recipients: none
`;
  };
  const run = textRegistry('ropa-s46-w5-vital-');
  const findings = (cells: Record<string, string>, publicAuthority: boolean) =>
    run(cells, {
      org: publicAuthority ? 'Fjordvik kommune' : 'Fjordlinja Ferjer AS',
      publicAuthority,
      rule: 'vital-interests',
      activity,
      catalogues: {
        'laws.yaml': LAWS,
        'data-subjects.yaml': 'dataSubjects:\n  reisende:\n    name: Reisende\n',
        'data-categories.yaml': 'dataCategories:\n  liste:\n    name: Passasjerliste\n',
      },
      today: '2026-12-05',
    });
  const cells = { statutory: 'statutory', voluntary: 'voluntary', 'with-duty': 'statutory+c', contractual: 'contract-prerequisite' };
  it('tells a private company that the law demanding the data is the basis', () => {
    const fs = findings(cells, false);
    expect(fs.map((f) => `${f.activity} ${f.messageId}`)).toEqual(['statutory gaps.vital-interests.statutory-collection']);
  });
  it('reads a public authority as before', () => {
    expect(findings(cells, true).map((f) => f.activity)).toEqual(['statutory']);
  });
});

describe('repealed-law: the maritime acts skipssikkerhetsloven and skipsarbeidsloven replaced', () => {
  const activity = (id: string, law: string): string => `id: ${id}
title: Mannskap og sikkerhet om bord
status: active
purposes:
  - id: plikt
    description: oppfylle rederiets plikter overfor mannskapet
    legalBasis:
      - gdpr: A6-1-c
        law: [{ law: ${law}, section: § 2 }]
dataSubjects: [mannskap]
dataCategories: [ansatt]
recipients: none
`;
  const cells = {
    sjodyktighetsloven: 'sjodyktighetsloven',
    sjomannsloven: 'sjomannsloven',
    skipssikkerhetsloven: 'skipssikkerhetsloven',
    skipsarbeidsloven: 'skipsarbeidsloven',
  };
  const n = cellMatrix('ropa-s46-w5-repealed-', {
    org: 'Fjordlinja Ferjer AS',
    rule: 'repealed-law',
    activity,
    catalogues: {
      'laws.yaml': LAWS,
      'data-subjects.yaml': 'dataSubjects:\n  mannskap:\n    name: Mannskap\n    employees: true\n',
      'data-categories.yaml': 'dataCategories:\n  ansatt:\n    name: Personalopplysninger\n',
    },
  })(cells);
  it('reports the 1903 and 1975 acts and leaves their successors alone', () => {
    expect(firedCells(n, cells)).toEqual(['sjodyktighetsloven', 'sjomannsloven']);
  });
});
