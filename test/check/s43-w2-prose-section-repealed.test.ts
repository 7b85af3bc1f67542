import { describe, expect, it } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 43, W2 (variants-tannhelse TH71, blind: «Opplysninger til samarbeidende helsepersonell gis etter
 * helsepersonelloven § 45» in a county dental service's referral activity): a section repealed while its law stays in
 * force (helsepersonelloven §§ 21 a, 25 a, 25 b, 45 and 45 a, repealed 1 July 2026 by lov 23. januar 2026 nr. 1;
 * helseforskningsloven § 35 from 1 June 2021; helseregisterloven § 7 from 20 July 2018; spesialisthelsetjenesteloven
 * § 3-2 from 1 July 2026), cited in the activity's own words, rests the text on a provision that no longer exists, as a
 * structured citation of it does (GDPR Art. 5(2), 6(3); data/norwegian-law.json). The prose reader judged whole repealed
 * laws only. READ: such a section named right after the law, in nb, nn and en, in other domains (a hospital, a research
 * institute, a GP, a municipality's care service). SILENT: the section told as history after it, a section still in force,
 * the law named with no section, the repeal denied or told before the law's name, another law's section.
 */
const run = textRegistry('ropa-s43-w2-section-');
const activity = (id: string, text: string): string => `id: ${id}
title: Deling av opplysninger
description: ${JSON.stringify(text)}
status: active
purposes:
  - id: helsehjelp
    description: gi helsehjelp
    legalBasis:
      - gdpr: A6-1-e
recipients: none
`;
const findingsOf = (texts: Record<string, string>) => run(texts, { org: 'Vestvik helseforetak', rule: 'repealed-law', activity, today: '2026-12-05' });

describe('a repealed section of a law in force, cited in the words (repealed-law, prose-section-repealed)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Opplysninger til samarbeidende helsepersonell gis etter helsepersonelloven § 45.',
      'Journalen blir gjort tilgjengeleg for ny behandlar med heimel i helsepersonellova § 45.',
      'Records are made available to the new dentist under helsepersonelloven § 45 a.',
      'Vi kontrollerer loggene fordi helsepersonelloven § 21 a forbyr snoking i journaler.',
      'Drøfting av pasienter i helsefaglige arbeidsfellesskap skjer etter helsepersonelloven §§ 25 a og 25 b.',
      'Forskerne får tilgang til journalopplysninger med dispensasjon etter helseforskningsloven § 35.',
      'Legekontoret sender epikrise etter helsepersonelloven, § 45 a.',
      'The research institute relies on a dispensation under helseforskningslova § 35 to link the data.',
      'Sjukehuset sender ut opplysningane etter spesialisthelsetjenesteloven § 3-2.',
    ],
    [
      'Fram til 1. juli 2026 ble opplysningene gitt etter helsepersonelloven, men nå gjelder § 25.',
      'Opplysningene gis etter helsepersonelloven § 45 (opphevet), nå § 25.',
      'Opplysningar blir gitt etter helsepersonellova § 25 om tilgjengeleggjering for helsehjelp.',
      'Vi gir opplysninger etter helsepersonelloven § 22 når pasienten samtykker.',
      'Opplysningene gis etter helsepersonelloven.',
      'Records are shared under helsepersonelloven § 27 with staff without a treatment relation.',
      'Tidligere helsepersonelloven § 45 gjelder ikke lenger; vi følger § 25.',
      'Vi følger pasientjournalloven § 22 om tilgangsstyring og helsepersonelloven § 21 om taushetsplikt.',
      'Helsepersonelloven § 45, som ble opphevet i 2026, er erstattet av § 25.',
    ],
  );
});

/** One finding per section and activity, also where a structured citation names it too. */
describe('each repealed section once per activity', () => {
  it('reports § 45 once though the words cite it twice', () => {
    const f = findingsOf({ a0: 'Vi gir opplysninger etter helsepersonelloven § 45. Epikrise sendes også etter helsepersonelloven § 45.' });
    expect(f.filter((x) => x.activity === 'a0').map((x) => x.messageId)).toHaveLength(1);
  });
});
