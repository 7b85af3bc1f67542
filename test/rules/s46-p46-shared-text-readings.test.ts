import { describe, expect, it } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';

/**
 * Session 46, P46 (#16): readings of a text that several activities share are remembered per text where they depend on the
 * text alone, and the part that depends on the activity is read for each activity. notice-art14 keeps a description's
 * sentences that say someone is not told (notToldClauses) and matches each activity's own data subjects against them: one
 * text said by activities about different people is each activity's own finding, in either order of the activities.
 */
const run = textRegistry('ropa-s46-p46-shared-');
const SUBJECTS = 'dataSubjects:\n  barn:\n    name: Barn\n  pensjonister:\n    name: Pensjonister\n';
const notToldOn = (texts: Record<string, string>, subjectOf: Record<string, string>): string[] =>
  run(texts, {
    org: 'Vestvik kommune',
    rule: 'notice-art14',
    catalogues: { 'data-subjects.yaml': SUBJECTS },
    activity: (id, text) => `id: ${id}
title: Tjeneste
description: ${JSON.stringify(text)}
status: active
purposes:
  - id: sak
    description: gi tjenesten
    legalBasis:
      - gdpr: A6-1-e
recipients: none
dataSubjects:
  - ${subjectOf[id]!}
information:
  method:
    - art13
`,
  })
    .filter((f) => f.messageId === 'gaps.notice-art14.described-not-told')
    .map((f) => f.activity!)
    .sort();

const SAID = 'Barna blir ikke informert om at opplysningene kommer fra helsestasjonen.';
const OTHER = 'Vi lagrer navn og adresse i fagsystemet.';

describe('notice-art14: one description in activities about different people (described-not-told)', () => {
  it('finds the people not told only in the activities about them (theirs first)', () => {
    expect(notToldOn({ a1: SAID, b1: SAID, c1: SAID }, { a1: 'barn', b1: 'pensjonister', c1: 'barn' })).toEqual(['a1', 'c1']);
  });
  it('… and where an activity about other people comes first', () => {
    expect(notToldOn({ a1: SAID, b1: SAID, c1: SAID }, { a1: 'pensjonister', b1: 'barn', c1: 'pensjonister' })).toEqual(['b1']);
  });
  it('a description that says no one is kept uninformed is silent in every activity', () => {
    expect(notToldOn({ a1: OTHER, b1: OTHER }, { a1: 'barn', b1: 'pensjonister' })).toEqual([]);
  });
});
