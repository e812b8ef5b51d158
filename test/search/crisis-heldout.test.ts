import { describe, expect, it } from 'vitest';
import { heldoutCrisisFigures } from './crisis-quality.js';

// The frozen held-out set (test/search/heldout/), never tuned on line by line. First contact
// (2026-12-07, before any fix): 70 of 108 acts showed crisis lines (69 the right one first),
// 20 of 35 distress lines got a listening line, 5 of 180 ordinary queries raised crisis lines.
// With the search loaded (crisis.ts and crisis-meaning.ts), 2026-12-07: 106 of 108 acts show the
// right line first (96 with crisis.ts alone). This set has been seen since: its classes guided the
// second stage, so it is no longer a measure of unseen wordings (test/search/heldout-2/ is).
// With the third stage (the flow's crisis situations understood, crisis-situation.ts), 2026-12-07:
// the same 106 of 108, all distress, 3 of 180 ordinary (none added by it); its gains are on its
// dev lines (test/search/crisis-situation.test.ts) and, it is hoped, on the blind set.
// With the described classes (issue #23 item 3: violence told by the act, sexual violence by kin or
// a boss, affairs settled, everyday distress; test/search/crisis-described.test.ts), 2026-12-07:
// 107 of 108, all distress, the same 3 of 180 ordinary (none added).
describe('cries for help on the held-out set', () => {
  const figures = heldoutCrisisFigures();

  it(`show crisis lines, the right one first, for the acts and wishes (${figures.actsRightFirst} of ${figures.acts}; the aim is all)`, () => {
    expect(figures.acts).toBeGreaterThanOrEqual(90);
    // Not yet all: see the misses below. This guards what is reached; a fall is a regression.
    expect(figures.actsRightFirst / figures.acts).toBeGreaterThanOrEqual(0.98);
    expect(figures.actsWithLines).toBeGreaterThanOrEqual(figures.actsRightFirst);
    // Before the search loads, crisis.ts alone: as it was (the second stage only adds).
    expect(figures.actsRightFirstAlone / figures.acts).toBeGreaterThanOrEqual(0.88);
    expect(figures.actsRightFirst).toBeGreaterThanOrEqual(figures.actsRightFirstAlone);
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
