import { describe, expect, it } from 'vitest';
import { durationSeconds } from '../../src/util/duration.js';

describe('durationSeconds', () => {
  it('ranks the durations a registry records', () => {
    const order = ['PT12H', 'P1D', 'P1W', 'P30D', 'P1M', 'P6M', 'P1Y', 'P1Y6M', 'P2Y', 'P10Y'];
    const seconds = order.map((d) => durationSeconds(d)!);
    expect([...seconds].sort((a, b) => a - b)).toEqual(seconds);
    expect(new Set(seconds).size).toBe(order.length);
  });

  it('counts a year as twelve months, and a week as seven days', () => {
    expect(durationSeconds('P12M')).toBe(durationSeconds('P1Y'));
    expect(durationSeconds('P36M')).toBe(durationSeconds('P3Y'));
    expect(durationSeconds('P2W')).toBe(durationSeconds('P14D'));
    expect(durationSeconds('PT1M')).toBe(60);
    expect(durationSeconds('P1DT1H')).toBe(90000);
  });

  it('knows no length for what is not a duration', () => {
    for (const s of ['', 'P', '5Y', 'P5', 'five years', 'PT']) expect(durationSeconds(s), s).toBeUndefined();
  });
});
