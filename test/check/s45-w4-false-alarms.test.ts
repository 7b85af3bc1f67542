import { describe, expect, it } from 'vitest';
import { sentenceRegistry, textRegistry } from '../helpers/sentence-registry.js';

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
const CAMERA_CATALOGUES = {
  'processors.yaml': `processors:
  vaktselskap:
    name: Vestfold Vakt AS
    country: "NO"
    service: Drift av kameraanlegget.
    agreement: DBA 2023-10
  renhold:
    name: Fjord Reinhald AS
    country: "NO"
    service: Reinhald av bygga.
    agreement: DBA 2024-01
`,
  'data-subjects.yaml': 'dataSubjects:\n  besokende:\n    name: Besøkende\n',
  'data-categories.yaml': 'dataCategories:\n  opptak:\n    name: Kameraopptak\n',
};
/** A camera activity (nynorsk) whose description is `text`, with the security company as its processor. */
const camera =
  (processor: string) =>
  (id: string, text: string): string => `id: ${id}
title: Kameraovervaking
description: ${JSON.stringify(text)}
status: active
purposes:
  - id: sikring
    description: førebyggje innbrot og skadeverk ved inngangane
    legalBasis:
      - gdpr: A6-1-f
        legitimateInterest: Verne bygningane mot innbrot.
        interestAssessment: Interesseavveging 2024-05
dataSubjects: [besokende]
dataCategories: [opptak]
processors: [${processor}]
recipients: none
`;
const cameras = textRegistry('ropa-s45-w4-trade-firm-');
const camerasAt = (cells: Record<string, string>, processor: string): string[] =>
  cameras(cells, {
    org: 'Lyngheim Omsorg AS',
    language: 'nn',
    publicAuthority: false,
    rule: 'recipients-stated',
    activity: camera(processor),
    catalogues: CAMERA_CATALOGUES,
    today: '2026-12-05',
  })
    .map((f) => f.activity!)
    .sort();

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
