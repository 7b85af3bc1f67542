import { describe } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 44, FT (variants-tannhelse TH63 «Participants aged 13 and over sign the consent form themselves», TH64 «Barn fra
 * 13 år kan selv bestille time og samtykke til behandlingen», written blind): a young person's own consent from an age under
 * 16, said in the description of an activity with no consent basis. In medical and health research (a research purpose
 * with health data) the age is 16 (helseforskningsloven § 17: `described-research-age`); for health care, 16 (pasient- og
 * brukerrettighetsloven § 4-3 first paragraph (b): `described-health-age`). Each cell is the only description of an
 * activity. READ: studies at a school, a university, a sports club, NAV; care at a physiotherapist, a school nurse, a
 * dentist, a vaccination clinic; nb, nn, en. SILENT: 16 or older, the parents named, § 4-3 cited, a newsletter, a
 * negation, research without health data, a school's own consent outside care.
 */
const run = textRegistry('ropa-s44-ft-own-age-');
const findingsOf = (kind: 'research' | 'care' | 'school') => (texts: Record<string, string>) =>
  run(texts, {
    org: 'Vestvik kommune',
    rule: 'child-consent-age',
    catalogues: {
      'data-categories.yaml':
        kind === 'research'
          ? 'dataCategories:\n  h:\n    name: Helseopplysninger i studien\n    specialCategory: health\n'
          : 'dataCategories:\n  h:\n    name: Kontaktopplysninger\n',
      'data-subjects.yaml': `dataSubjects:\n  p:\n    name: ${kind === 'care' ? 'Pasienter' : kind === 'research' ? 'Deltakere' : 'Elever'}\n`,
    },
    activity: (id, text) => `id: ${id}
title: ${kind === 'care' ? 'Pasientbehandling' : kind === 'research' ? 'Forskningsprosjekt' : 'Skolemiljø'}
description: ${JSON.stringify(text)}
status: active
purposes:
  - id: sak
    description: ${kind === 'care' ? 'gi pasienten helsehjelp' : kind === 'research' ? 'forske på årsaker til skader og sykdom' : 'kartlegge skolemiljøet'}
${kind === 'research' ? '    researchOrStatistics: research\n' : ''}    legalBasis:
      - gdpr: A6-1-e
${kind === 'research' ? '      - gdpr: A9-2-j\n' : ''}dataSubjects:
  - p
dataCategories:
  - h
recipients: none
`,
  });

describe('a young person’s own consent below 16 to health research, in words (child-consent-age described-research-age)', () => {
  readsAndSilent(
    findingsOf('research'),
    [
      'Elever fra 14 år samtykker selv til å delta i studien om søvn og skoleprestasjoner.',
      'Ungdom frå 13 år skriv sjølve under på samtykket til forskingsprosjektet.',
      'Participants aged 12 and over sign the consent form themselves.',
      'Young athletes from 14 give their own consent to the injury study.',
      'Unge brukere av NAV fra 15 år samtykker selv til å delta i undersøkelsen.',
    ],
    [
      'Participants aged 16 and over consent themselves; for younger participants the parents consent.',
      'Barn under 16 år deltar bare med samtykke fra foreldrene.',
      'Deltakerne er 13 til 18 år, og foreldrene signerer samtykket for dem under 16.',
      'Elever fra 14 år samtykker ikke selv; foreldrene samtykker for dem.',
    ],
  );
});
describe('a child’s own consent below 16 to health care, in words (child-consent-age described-health-age)', () => {
  readsAndSilent(
    findingsOf('care'),
    [
      'Pasienter fra 14 år samtykker selv til behandlingen hos fysioterapeuten.',
      'Barn frå 13 år kan sjølve bestille time og samtykkje til undersøkinga.',
      'Children aged 13 and over consent to their own treatment at the clinic.',
      'Ungdom fra 14 år samtykker selv til vaksinasjon på helsestasjonen.',
    ],
    [
      'Fra 12 år samtykker ungdom selv til helsehjelp foreldrene ikke skal informeres om (pasient- og brukerrettighetsloven § 4-3).',
      'Elever fra 13 år samtykker selv til nyhetsbrevet fra helsestasjonen.',
      'Pasienter fra 16 år samtykker selv til behandlingen.',
      'Barn fra 13 år kan ikke samtykke selv; foreldrene samtykker til behandlingen.',
    ],
  );
});
describe('outside health research and care: not read here', () => {
  readsAndSilent(
    findingsOf('school'),
    [],
    ['Elever fra 14 år samtykker selv til spørreundersøkelsen om skolemiljø.', 'Pupils aged 13 and over sign the consent form themselves.'],
  );
});
