import { describe, expect, it } from 'vitest';
import { defaultJobs } from '../../src/validate/parallel.js';

/**
 * The parsing threads a run starts by default: one per idle core, counting its own, less one left to
 * V8's own threads; never none, never more than four.
 */
describe('defaultJobs', () => {
  it('uses the cores nobody else is using, less one', () => {
    expect(defaultJobs(4, 0)).toBe(3);
    expect(defaultJobs(3, 0.4)).toBe(2);
    expect(defaultJobs(8, 2.2)).toBe(4);
    expect(defaultJobs(6, 2.6)).toBe(2);
  });

  it('keeps to this thread on two cores, idle or not, and when the other cores are busy', () => {
    expect(defaultJobs(2, 0)).toBe(1);
    expect(defaultJobs(2, 0.4)).toBe(1);
    expect(defaultJobs(4, 2.2)).toBe(1);
    expect(defaultJobs(2, 12.5)).toBe(1);
    expect(defaultJobs(1, 0)).toBe(1);
  });

  it('never starts more than four, nor more than the cores', () => {
    expect(defaultJobs(16, 0)).toBe(4);
    expect(defaultJobs(3, -1)).toBe(3);
  });
});
