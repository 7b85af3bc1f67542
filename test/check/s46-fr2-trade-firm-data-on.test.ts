import { describe, expect, it } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { tradeCameras } from '../helpers/trade-camera.js';

/**
 * Session 46, FR2 (issue #12): recipients-stated takes a firm named by the trade of a recorded party's name for that party
 * (W4, session 45: «vaktselskapet» beside the processor «Vestfold Vakt AS»), but knew the Norwegian compound only: «the
 * security company» beside the same processor was reported as a recipient the list leaves out. An English trade before
 * «company», «firm», «agency», «contractor», «provider» is read with the Norwegian words that translate it
 * (check/parties.ts ENGLISH_TRADES). A private nursing home's camera activity, one per sentence.
 *
 * notice-source read «data on X» as what the data is about in English only (W4, session 45: check/clause.ts DATA_ON); in
 * Norwegian «på» after «data», «tal», «statistikk», «målingar» says the same («Vi hentar inn data på leverandørane»), while
 * «opplysningar på skolen», where «på» is as often the place, and a «fra» after the data are still read as the source.
 */
const camerasAt = tradeCameras('ropa-s46-fr2-trade-english-');
const english: Record<string, string> = {
  only: 'Only the manager and the security company can view the recordings.',
  guard: 'The guarding company has access to the recordings to run the system.',
  joined: 'Only the security company and the manager can see the recordings.',
};

describe('recipients-stated: an English firm named by the trade of a recorded processor is that processor', () => {
  it('stays silent beside Vestfold Vakt AS', () => {
    expect(camerasAt(english, 'vaktselskap')).toEqual([]);
  });
  it('reads the cleaning company as Fjord Reinhald AS, and not as the guard firm', () => {
    expect(camerasAt({ cleaning: 'The cleaning contractor can view the recordings when it cleans the entrance.' }, 'renhold')).toEqual([]);
    expect(camerasAt({ cleaning: 'The cleaning contractor can view the recordings when it cleans the entrance.' }, 'vaktselskap')).toEqual(['cleaning']);
  });
  it('still reports a firm of a trade no recorded party has', () => {
    expect(camerasAt(english, 'renhold')).toEqual(['guard', 'joined', 'only']);
    expect(camerasAt({ insurer: 'After vandalism we send the recordings to our insurance company.' }, 'vaktselskap')).toEqual(['insurer']);
  });
});

const research = sentenceRegistry('ropa-s46-fr2-data-paa-');
const sourcesAt = (texts: Record<string, string>): string[] =>
  research(texts, {
    org: 'Lyngheim Omsorg AS',
    language: 'nb',
    title: 'Forskingsprosjekt',
    purpose: 'FallFri-studien om fallførebygging',
    rule: 'notice-source',
    subjects: ['Bebuarar'],
    publicAuthority: false,
    legalBasis: '      - gdpr: A6-1-a\n        consentWithdrawal: Sei frå til sjukepleiaren.\n',
  })
    .map((f) => f.activity!)
    .sort();

describe('notice-source: Norwegian «data på X» says what the data is about, not where it comes from', () => {
  it('stays silent on data about something', () => {
    expect(sourcesAt({ nb: 'Vi henter inn data på leverandørene.', nn: 'Vi hentar inn statistikk på leverandørane.' })).toEqual([]);
  });
  it('still reads a source after «fra», and «på» after what may be the place', () => {
    expect(
      sourcesAt({
        fra: 'Vi henter inn data på leverandørene fra Brønnøysundregistrene.',
        place: 'Vi henter opplysninger på skolen.',
      }),
    ).toEqual(['fra', 'place']);
  });
});
