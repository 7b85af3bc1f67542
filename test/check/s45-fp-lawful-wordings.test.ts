import { describe, expect, it } from 'vitest';
import { sentenceRegistry, textRegistry } from '../helpers/sentence-registry.js';
import { tradeCameras } from '../helpers/trade-camera.js';

/**
 * Session 45, FP: the three false alarms of 134 lawful wordings written to probe the session's free-text readers
 * (bodies/lawful-wordings-s45-probe), each fixed as a class and checked on real records, one activity per sentence.
 *
 * 1. processor-location (check/prose-activity.ts places): «… et selskap med morselskap i Storbritannia og driftes i
 *    Finland» read the owner's country as where the data is handled. A place right after an owner's word («morselskap
 *    i», «a parent company in», «owned by a company in») says who owns the supplier, not who handles the data.
 * 2. recipients-stated: «Berre vaktselskapet og dagleg leiar kan sjå opptaka» (W4's fix read only the reverse order,
 *    where the trade firm is the last word): parties joined by «og», «and», each the controller's own or recorded.
 * 3. consent-withdrawal: «Gi beskjed til kontaktsykepleieren, muntlig eller skriftlig» read as a letter only.
 */
const described = sentenceRegistry('ropa-s45-fp-owner-');
const placesAt = (texts: Record<string, string>): string[] =>
  described(texts, {
    org: 'Lyngheim Omsorg AS',
    language: 'nb',
    title: 'Lønn',
    purpose: 'utbetale lønn til de ansatte',
    rule: 'processor-location',
    publicAuthority: false,
    today: '2026-12-05',
  })
    .map((f) => f.activity!)
    .sort();

describe("processor-location: the country of a supplier's owner is not where the data is handled", () => {
  it('stays silent on a parent company or owner abroad', () => {
    expect(
      placesAt({
        fp: 'Lønnssystemet leveres av et selskap med morselskap i Storbritannia og driftes i Finland.',
        nn: 'Lønssystemet kjem frå eit selskap med morselskap i USA og blir drifta i Sverige.',
        en: 'The payroll system comes from a firm with a parent company in the United States and is run in Finland.',
        owned: 'The payroll system is supplied by a firm owned by a company in India and is run in Denmark.',
      }),
    ).toEqual([]);
  });
  it('still reads the party that handles the data abroad', () => {
    expect(
      placesAt({
        support: 'Lønnssystemet leveres av et selskap med morselskap i Storbritannia, og brukerstøtten sitter i India.',
        stored: 'Lønnsdataene lagres hos en leverandør i USA.',
        parents: 'Lønnsslippene sendes til en underleverandør i India.',
      }),
    ).toEqual(['parents', 'stored', 'support']);
  });
});

const camerasAt = tradeCameras('ropa-s45-fp-joined-', { id: 'politiet', name: 'Politiet' });

describe('recipients-stated: parties joined by «og» are each our own or recorded, in either order', () => {
  const joined: Record<string, string> = {
    fp: 'Berre vaktselskapet og dagleg leiar kan sjå opptaka.',
    w4: 'Berre dagleg leiar og vaktselskapet kan sjå opptaka.',
  };
  it('stays silent where the firm of that trade is the recorded processor', () => {
    expect(camerasAt(joined, 'vaktselskap')).toEqual([]);
  });
  it('still reports the firm where no recorded party has the trade, or another party joined', () => {
    expect(camerasAt({ fp: joined.fp! }, 'renhold')).toEqual(['fp']);
    expect(camerasAt({ insurer: 'Berre vaktselskapet og forsikringsselskapet kan sjå opptaka.' }, 'vaktselskap')).toEqual(['insurer']);
  });
});

const newsletters = textRegistry('ropa-s45-fp-withdraw-');
const withdrawalsAt = (cells: Record<string, string>): string[] =>
  newsletters(cells, {
    org: 'Lyngheim Omsorg AS',
    language: 'nb',
    publicAuthority: false,
    rule: 'consent-withdrawal',
    activity: (id, text) => `id: ${id}
title: Nyhetsbrev
description: Vi sender nyhetsbrev til dem som har meldt seg på.
status: active
purposes:
  - id: nyhetsbrev
    description: sende nyhetsbrev om aktiviteter til dem som har meldt seg på
    legalBasis:
      - gdpr: A6-1-a
        consentMethod: opt-in
        consentWithdrawal: ${JSON.stringify(text)}
dataSubjects: [abonnenter]
dataCategories: [e-post]
recipients: none
`,
    catalogues: {
      'data-subjects.yaml': 'dataSubjects:\n  abonnenter:\n    name: Abonnenter\n',
      'data-categories.yaml': 'dataCategories:\n  e-post:\n    name: E-postadresse\n',
    },
    today: '2026-12-05',
  })
    .map((f) => f.activity!)
    .sort();

describe('consent-withdrawal: a withdrawal said face to face is not one by letter only', () => {
  it('stays silent where the person may also say it orally', () => {
    expect(
      withdrawalsAt({
        fp: 'Gi beskjed til kontaktsykepleieren, muntlig eller skriftlig, så stryker vi deg fra lista.',
        nn: 'Sei frå til kontaktsjukepleiaren, munnleg eller skriftleg.',
        en: 'Tell the nurse in charge, orally or in writing, and we take you off the list.',
      }),
    ).toEqual([]);
  });
  it('still reports a withdrawal by letter only', () => {
    expect(
      withdrawalsAt({
        letter: 'Send et signert brev til Lyngheim Omsorg AS, Postboks 1, 6800 Førde.',
        writing: 'Withdraw in writing to our postal address.',
      }),
    ).toEqual(['letter', 'writing']);
  });
});

const purposes = textRegistry('ropa-s45-fp-purpose-');
const vagueAt = (cells: Record<string, string>): string[] =>
  purposes(cells, {
    org: 'Lyngheim Omsorg AS',
    language: 'nb',
    publicAuthority: false,
    rule: 'purpose-stated',
    activity: (id, text) => `id: ${id}
title: Journal
description: Helsepersonell fører journal for hver beboer.
status: active
purposes:
  - id: formal
    description: ${JSON.stringify(text)}
    legalBasis:
      - gdpr: A6-1-c
dataSubjects: [beboere]
dataCategories: [journal]
recipients: none
`,
    catalogues: {
      'data-subjects.yaml': 'dataSubjects:\n  beboere:\n    name: Beboere\n',
      'data-categories.yaml': 'dataCategories:\n  journal:\n    name: Journalopplysninger\n',
    },
    today: '2026-12-05',
  })
    .map((f) => f.activity!)
    .sort();

describe('purpose-stated: a catch-all in new phrasings (FP, session 45 transfer)', () => {
  it('reads «any other», «ulike andre» and a wish after «måtte»', () => {
    expect(
      vagueAt({
        any: 'provide care and any other purposes the board may decide later',
        ulike: 'fakturering samt ulike andre formål',
        matte: 'føre journal og andre føremål vi måtte finne nyttige',
      }),
    ).toEqual(['any', 'matte', 'ulike']);
  });
  it('stays silent on purposes a law, an approval or the contract bounds', () => {
    expect(
      vagueAt({
        compatible:
          'yte og dokumentere helsehjelp til beboeren, og behandle opplysningene til formål som er forenlige med dette etter personvernforordningen artikkel 6 nr. 4, som internkontroll og kvalitetsforbedring',
        law: 'melde, følge opp og lære av avvik, og andre formål som følger av internkontrollforskriften',
        rek: 'gjennomføre forskningsprosjektet slik protokollen godkjent av REK beskriver, og annen forskning bare når ny godkjenning og nytt samtykke foreligger',
        contract: 'sende faktura og følgje opp betaling, og andre føremål som er naudsynte for å oppfylle avtalen om plass',
        any: 'svare på spørsmål og alle andre henvendelser fra pårørende om beboerens hverdag',
      }),
    ).toEqual([]);
  });
});
