import { describe, expect, it } from 'vitest';
import { ContextFreeReadings } from '../../src/rules/recipients-stated.js';
import { sentenceRegistry } from '../helpers/sentence-registry.js';

/**
 * Session 45, P45 (#16): recipients-stated keeps the clause reader's answer about a text for the other activities of the run
 * only where the reading asked nothing of its activity (ContextFreeReadings). One text said by several activities of one
 * record, each listing another recipient: each activity's answer is its own, in either order of the activities.
 */
const registryOf = sentenceRegistry('ropa-s45-p45-context-free-');
const bank = (texts: Record<string, string>, listed: Record<string, string>) =>
  registryOf(texts, {
    org: 'Vestfjord Savings Bank',
    language: 'en',
    title: 'Card disputes',
    purpose: 'settle disputed card payments',
    rule: 'recipients-stated',
    publicAuthority: false,
    listed,
  });
const missingOn = (findings: ReturnType<typeof bank>): string[] =>
  findings
    .filter((f) => f.messageId === 'gaps.recipients-stated.described-recipient-missing')
    .map((f) => f.activity!)
    .sort();
const TOLD = 'The insurance company is told who the cardholder is and what the dispute is about.';
const KEPT = 'We keep the cardholder’s name and the disputed amount in the case file.';

describe('recipients-stated: one text in several activities, each with its own listed recipients', () => {
  it('finds the unlisted receiver only where the activity does not list it (listed first)', () => {
    const findings = bank({ a1: TOLD, b1: TOLD, c1: TOLD }, { a1: 'The insurance company', b1: 'The tax administration', c1: 'The insurance company' });
    expect(missingOn(findings)).toEqual(['b1']);
  });
  it('… and where the activity that does not list it comes first', () => {
    const findings = bank({ a1: TOLD, b1: TOLD, c1: TOLD }, { a1: 'The tax administration', b1: 'The insurance company', c1: 'The tax administration' });
    expect(missingOn(findings)).toEqual(['a1', 'c1']);
  });
  it('a text that hands nothing over is silent in every activity', () => {
    const findings = bank({ a1: KEPT, b1: KEPT }, { a1: 'The insurance company', b1: 'The tax administration' });
    expect(missingOn(findings)).toEqual([]);
  });
});

describe('ContextFreeReadings', () => {
  it('keeps an answer read without asking the activity, and reads again one that asked', () => {
    const readings = new ContextFreeReadings();
    let reads = 0;
    const free = (): { answer: string | undefined; asked: boolean } => (reads++, { answer: undefined, asked: false });
    expect(readings.answer('t', free)).toBeUndefined();
    expect(readings.answer('t', free)).toBeUndefined();
    expect(reads).toBe(1);
    const asking = (): { answer: string | undefined; asked: boolean } => (reads++, { answer: 'the bank', asked: true });
    expect(readings.answer('u', asking)).toBe('the bank');
    expect(readings.answer('u', asking)).toBe('the bank');
    expect(reads).toBe(3);
  });
});
