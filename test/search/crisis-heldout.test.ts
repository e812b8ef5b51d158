import { describe, expect, it } from 'vitest';
import { heldoutCrisisFigures } from './crisis-quality.js';

// The frozen held-out set (test/search/heldout/), never tuned on line by line. First contact
// (2026-12-07, before any fix): 70 of 108 acts showed crisis lines (69 the right one first),
// 20 of 35 distress lines got a listening line, 5 of 180 ordinary queries raised crisis lines.
describe('cries for help on the held-out set', () => {
  const figures = heldoutCrisisFigures();

  it(`show crisis lines, the right one first, for the acts and wishes (${figures.actsRightFirst} of ${figures.acts}; the aim is all)`, () => {
    expect(figures.acts).toBeGreaterThanOrEqual(90);
    // Not yet all: see the misses below. This guards what is reached; a fall is a regression.
    expect(figures.actsRightFirst / figures.acts).toBeGreaterThanOrEqual(0.88);
    expect(figures.actsWithLines).toBeGreaterThanOrEqual(figures.actsRightFirst);
  });

  it('give every line of distress a line to a person', () => {
    expect(figures.misses.filter((miss) => miss.startsWith('distress'))).toEqual([]);
    expect(figures.distressListened).toBe(figures.distress);
  });

  it('raise crisis lines for at most 2 % of ordinary queries, and the listening line for none', () => {
    expect(figures.ordinary).toBeGreaterThanOrEqual(150);
    expect(figures.ordinaryWithLines / figures.ordinary).toBeLessThanOrEqual(0.02);
    expect(figures.ordinaryListening).toBe(0);
  });
});
