import { describe, expect, it } from 'vitest';
import { spokenDuration, spokenDurations } from '../../src/check/spoken-duration.js';

/**
 * src/check/spoken-duration.ts: a period said in words in a retention entry (retention-limit reads it for an entry with no
 * `period`), in bokmål, nynorsk and English, and the lawful wordings whose numbers are no period (R1's re-read, session 12;
 * L, session 13): English «to» is no «two», a minimum is no period, «once a year» is how often.
 */
describe('periods said in words', () => {
  const said: [string, string[]][] = [
    ['Opptak slettes etter 7 dager.', ['P7D']],
    ['Opptaka blir lagra i to veker.', ['P14D']],
    ['Lagres i to år etter siste kontakt.', ['P2Y']],
    ['Recordings are kept up to two years.', ['P2Y']],
    ['Recordings are kept for up to 30 days, then overwritten.', ['P30D']],
    ['Footage is overwritten every 30 days.', ['P30D']],
    ['Kept for no more than six weeks.', ['P42D']],
    ['Slettes etter ein månad.', ['P1M']],
  ];
  it.each(said)('%s → %j', (text, periods) => expect(spokenDurations(text)).toEqual(periods));
});

describe('numbers that are no period', () => {
  const none: string[] = [
    // English «to» before a unit or a verb.
    'Recordings are to be deleted when the case is closed.',
    'Kept from the start of the contract to year end.',
    'The log is reviewed once a year and deleted when no longer needed.',
    'Records are checked twice a month.',
    // A minimum: the law's floor, not how long the body keeps the data.
    'Regnskapsmateriale oppbevares i minst fem år etter regnskapsårets slutt.',
    'Bilag blir oppbevarte i minst 5 år (bokføringslova § 13).',
    'Accounting records are kept for at least 5 years.',
    'Kept for a minimum of 10 years under the Archives Act.',
    'Journalen skal oppbevares i minimum 10 år.',
    'Dokumentasjonen lagres ikke mindre enn tre år.',
  ];
  it.each(none)('%s', (text) => expect(spokenDurations(text)).toEqual([]));
});

describe('the period of several texts', () => {
  it('takes the shortest said, and a maximum beside a minimum', () => {
    expect(spokenDuration(['Opptak slettes etter 7 dager, eller inntil 30 dager ved utlevering til politiet.'])).toBe('P7D');
    expect(spokenDuration(['Kept for at least 5 years and at most 10 years.'])).toBe('P10Y');
    expect(spokenDuration(['Kept up to two years.'])).toBe('P2Y');
  });
});
