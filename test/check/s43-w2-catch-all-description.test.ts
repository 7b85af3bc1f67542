import { describe } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 43, W2 (variants-tannhelse TH81, blind: «Opplysningene brukes også til andre administrative formål» in a county
 * dental service's Helfo settlement): a description that widens the activity's purposes to a catch-all lets the data be
 * used for anything, so the purposes recorded no longer limit its use (GDPR Art. 5(1)(b), 30(1)(b)). purpose-stated read a
 * catch-all only in a purpose's own words (CATCH_ALL, variants-legevakt LV26). READ: a verb of using the data and a
 * catch-all after it, in nb, nn, en, in other domains (a school, a library, a union, a web shop). SILENT: the further use
 * denied (the lawful wordings of bodies/lawful-wordings-s23-n*), bounded (only with consent, if the law allows, a
 * compatible purpose), a named further purpose, «other purposes than …».
 */
const run = textRegistry('ropa-s43-w2-catch-all-');
const activity = (id: string, text: string): string => `id: ${id}
title: Registeret
description: ${JSON.stringify(text)}
status: active
purposes:
  - id: drift
    description: registrere medlemmer og sende faktura for kontingent
    legalBasis:
      - gdpr: A6-1-b
recipients: none
`;
const findingsOf = (texts: Record<string, string>) =>
  run(texts, { org: 'Nordvik bibliotek og skule', publicAuthority: false, rule: 'purpose-stated', activity, today: '2026-12-05' });

describe('a description that widens the purposes to a catch-all (purpose-stated, catch-all-in-description)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Opplysningene brukes også til andre administrative formål.',
      'Opplysningane blir òg brukte til andre føremål.',
      'We may also use your information for other business purposes.',
      'The data is also used for other purposes we may have from time to time.',
      'Vi bruker opplysningene dine også til andre interne formål.',
      'Informasjonen benyttes dessuten til andre formål som skolen måtte ha behov for.',
      'Opplysningane vert òg nytta til andre føremål knytte til drifta av biblioteket.',
      'Member data are used for other related purposes.',
      'Dataene brukes i tillegg til lignende formål.',
    ],
    [
      'Opplysningene brukes ikke til andre formål.',
      'Opplysningane blir ikkje brukte til andre formål.',
      'The data is not used for any other purpose than those listed here.',
      'Opplysningene brukes bare til andre formål dersom loven krever det.',
      'We only use your data for other purposes with your consent.',
      'Data may be used for other purposes compatible with the original one, after an assessment under Article 6(4).',
      'Opplysningene brukes også til statistikk over utlån.',
      'Opplysningene kan brukes til andre formål enn markedsføring bare etter lov.',
      'Vil vi bruke opplysningane til eit nytt formål, vurderer vi først om det er foreinleg med det opphavlege.',
      'Opplysningene brukes bare til statistikken som er nevnt her, og ikke til andre formål.',
      'Andre formål enn disse er ikke tillatt.',
    ],
  );
});
