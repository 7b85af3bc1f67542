import { describe, expect, it } from 'vitest';
import { otherAims } from '../../src/rules/consent-valid.js';

/**
 * consent-valid's reading of aims beside a strictly necessary cookie (src/rules/consent-valid.ts otherAims): the user's own
 * choices about analytics and marketing, which the cookie remembers, are no aim of it (AIM_CHOICES, L, session 13); the
 * aims themselves are. Hostile words (R1, session 13): a word glued of aims and «og» split in exponentially many ways
 * under the unbounded list (a 400-character purpose, 90 s; these cases did not return before the fix), and a long list
 * of aims is read once. Speed itself is measured by scripts/reader-timings.js, not here.
 */
const rep = (s: string, n: number): string => s.repeat(Math.ceil(n / s.length)).slice(0, n);
describe('consent-valid otherAims', () => {
  it.each([
    'Strictly necessary cookies remember analytics and marketing choices made in the cookie banner.',
    'En nødvendig informasjonskapsel husker brukerens valg om statistikk og markedsføring i samtykkebanneret.',
    'Ein naudsynt informasjonskapsel lagrar samtykket til analyse og marknadsføring som brukaren gav i banneret.',
    'Necessary cookies store your preferences for statistics, analytics or marketing so the banner is not shown again.',
    'Necessary cookies store your analytics, statistics, measurement, tracking, marketing and advertising preferences.',
    'Ein naudsynt informasjonskapsel hugsar vala om statistikk, analyse, måling, sporing og marknadsføring.',
  ])('a choice about the aims is no aim: %s', (text) => {
    expect(otherAims(text)).toBe(false);
  });
  it.each([
    'Cookies for analytics and marketing.',
    'Informasjonskapsler for statistikk og markedsføring.',
    'Informasjonskapslar til måling av bruken.',
    'Strictly necessary cookies remember your login; we also use them for analytics choices and marketing.',
  ])('an aim is read: %s', (text) => {
    expect(otherAims(text)).toBe(true);
  });
  it('a word glued of aims is read once, as an aim', () => {
    expect(otherAims(rep('analyogstatisti', 2000))).toBe(true);
    expect(otherAims(`Informasjonskapsler for ${rep('analyogstatisti', 2000)} og sporing.`)).toBe(true);
  });
  it('a list of 20,000 characters of aims with no choice is read as aims', () => {
    expect(otherAims(rep('analytics, marketing, ', 20_000))).toBe(true);
    expect(otherAims(rep('analyse og markedsføring og ', 20_000))).toBe(true);
  });
});
