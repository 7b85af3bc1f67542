import { describe, expect, it } from 'vitest';
import { clauseFacts } from '../../src/check/clause.js';
import { clauseAt, pastAt, pastOrRejected, mayTellPast } from '../../src/check/past.js';
import { readText } from '../../src/check/prose-activity.js';

/**
 * The readings kept for a text or a clause that is a long comma list (session 33, I: a clause of thousands of parts, each
 * with a verb, was read whole once per part — quadratic). These assert the same answers as the plain reading; the time is
 * measured by scripts/reader-timings.js («source list, a verb in each part»), not here.
 */
const plainPastAt = (text: string, index: number): boolean => {
  if (!mayTellPast(text)) return false;
  const { start, end } = clauseAt(text, index);
  const next = end < text.length ? clauseAt(text, end + 1) : undefined;
  return pastOrRejected(text.slice(start, end), next === undefined ? undefined : text.slice(next.start, next.end));
};

describe('pastAt kept per text', () => {
  const texts = [
    'Vi sendte tidlegare lister til NAV, men det har vi slutta med. No sender vi dei til kommunen, og kommunen får kopi.',
    'We used to send the lists to the bank; we stopped in 2019. We now send them to the tax office, and it keeps them.',
    'Vi vurderte å hente opplysninger fra Folkeregisteret, men gjorde det ikke. Vi henter dem fra søkeren; søkeren sender dem.',
    'Ingen fortid her, berre notid: vi sender, vi får, vi lagrar.',
  ];
  it('answers as the plain reading at every index, with texts asked in turn', () => {
    for (let round = 0; round < 2; round++)
      for (const text of texts) for (let i = 0; i <= text.length; i += 3) expect([text, i, pastAt(text, i)]).toEqual([text, i, plainPastAt(text, i)]);
  });
  it('answers as the plain reading when two texts alternate index by index', () => {
    const [a, b] = [texts[0]!, texts[1]!];
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      expect(pastAt(a, i)).toBe(plainPastAt(a, i));
      expect(pastAt(b, i)).toBe(plainPastAt(b, i));
    }
  });
});

describe('a verb in a long comma list', () => {
  const part = 'sender vi timelistene til Visma';
  it('reads the same party, negation and choice for the last part of a long list as of a short one', () => {
    const short = clauseFacts(`${part}, ${part}`);
    const long = clauseFacts(Array.from({ length: 400 }, () => part).join(', '));
    expect(long.length).toBe(400);
    const pick = (f: (typeof short)[number]) => [f.kind, f.voice, f.party, f.negated, f.modal];
    expect(pick(long.at(-1)!)).toEqual(pick(short.at(-1)!));
    expect(new Set(long.map((f) => JSON.stringify(pick(f)))).size).toBe(1);
  });
  it('still reads a negation and a choice next to the verb far down a long list', () => {
    const list = Array.from({ length: 300 }, () => 'henter timar fra Visma').join(', ');
    const facts = clauseFacts(`${list}, og vi sender ikkje lønnslistene til banken`);
    const last = facts.at(-1)!;
    expect([last.kind, last.negated]).toEqual(['give', true]);
    const chosen = clauseFacts(`${list}, og vi kan sende lønnslistene til banken`).at(-1)!;
    expect([chosen.kind, chosen.modal]).toEqual(['give', true]);
  });
  it('reads a source ended and deleted in a clause read part by part, and not one that goes on', () => {
    const list = Array.from({ length: 200 }, () => 'henta vi timar frå Visma i 2019').join(', ');
    expect(readText.source(`${list}. Ordninga er avslutta og opplysningane er sletta.`)).toBe(false);
    expect(readText.source(`${list}. Vi hentar framleis timar frå Visma.`)).toBe(true);
  });
});
