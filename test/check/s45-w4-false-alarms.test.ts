import { describe, expect, it } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { tradeCameras } from '../helpers/trade-camera.js';

/**
 * Session 45, W4: the two false alarms of variants-sykehjem's clean base (a private nursing-home chain), each fixed as a
 * class and checked on real records, one activity per sentence.
 *
 * 1. recipients-stated: «Berre dagleg leiar og vaktselskapet kan sjå opptaka» beside the camera system's recorded processor
 *    «Vestfold Vakt AS»: a firm named by its trade in a compound («vaktselskapet», «reinhaldsfirmaet») is the recorded
 *    party whose name has that trade (check/parties.ts `firmOfRecordedTrade`). A firm of a trade no recorded party has
 *    is still a recipient the list leaves out.
 * 2. notice-source: «collect and pseudonymise data on falls and walking for the FallFri study» read «falls and walking» as
 *    where the data comes from. «On» right after a data noun says what the data is about (check/clause.ts `DATA_ON`); a
 *    «from» after it still names the source.
 */
const camerasAt = tradeCameras('ropa-s45-w4-trade-firm-');

describe('recipients-stated: a firm named by the trade a recorded processor has is that processor', () => {
  const trade: Record<string, string> = {
    sykehjem: 'Berre dagleg leiar og vaktselskapet kan sjå opptaka, og berre når det har skjedd ei hending.',
    sender: 'Ved innbrot sender vi opptaka til vaktselskapet, som går gjennom dei.',
    nb: 'Vaktselskapet har tilgang til opptakene for å drifte anlegget.',
  };
  it('stays silent where the recorded processor has the trade (Vestfold Vakt AS)', () => {
    expect(camerasAt(trade, 'vaktselskap')).toEqual([]);
  });
  it('still reports the firm where no recorded party has the trade', () => {
    expect(camerasAt(trade, 'renhold')).toEqual(['nb', 'sender', 'sykehjem']);
    expect(
      camerasAt(
        {
          insurer: 'Ved skadeverk sender vi opptaka til forsikringsselskapet vårt.',
          guard: 'Vi sender opptaka til vektarselskapet ved innbrot.',
        },
        'vaktselskap',
      ),
    ).toEqual(['guard', 'insurer']);
  });
});

const research = sentenceRegistry('ropa-s45-w4-data-on-');
const sourcesAt = (texts: Record<string, string>): string[] =>
  research(texts, {
    org: 'Lyngheim Omsorg AS',
    language: 'en',
    title: 'Research project',
    purpose: 'the FallFri study of fall prevention in nursing homes',
    rule: 'notice-source',
    subjects: ['Residents'],
    publicAuthority: false,
    legalBasis: '      - gdpr: A6-1-a\n        consentWithdrawal: Tell the nurse in charge.\n',
  })
    .map((f) => f.activity!)
    .sort();

describe('notice-source: «data on X» says what the data is about, not where it comes from', () => {
  it('stays silent on data about something', () => {
    expect(
      sourcesAt({
        sykehjem: 'We collect and pseudonymise data on falls and walking for the FallFri study of fall prevention in nursing homes, and hand it to USN.',
        info: 'Our nurses collect information on sleep and night-time unrest in the weeks of the study.',
        stats: 'We obtain statistics on falls in each unit, with no names.',
      }),
    ).toEqual([]);
  });
  it('still reads a source named after «from», and «on» after what is no data noun', () => {
    expect(
      sourcesAt({
        from: 'We collect data on the pupils from the school they attend.',
        employer: 'We obtain information on each applicant from the previous employer.',
      }),
    ).toEqual(['employer', 'from']);
  });
});
