import { afterEach, describe, expect, it, vi } from 'vitest';
import { forEachInSlices } from '../../src/data/yield.js';

/** A clock that moves one millisecond per step, so slices are exact. */
function steppingClock() {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  return { tick: () => (now += 1) };
}

afterEach(() => vi.restoreAllMocks());

describe('forEachInSlices', () => {
  it('runs every step in order, yielding only when a slice has run past its time, at a check', async () => {
    const clock = steppingClock();
    const log: string[] = [];
    const done = await forEachInSlices(
      10,
      (index) => {
        clock.tick();
        log.push(`step ${index}`);
      },
      2,
      () => {
        log.push('yield');
        return Promise.resolve();
      },
      { sliceMs: 3 },
    );
    expect(done).toBe(true);
    // The clock is read after steps 1, 3, 5, 7, 9: 2 ms, then 4 ms (> 3: yield), 2 ms, 4 ms (yield), 2 ms.
    expect(log).toEqual(['step 0', 'step 1', 'step 2', 'step 3', 'yield', 'step 4', 'step 5', 'step 6', 'step 7', 'yield', 'step 8', 'step 9']);
  });

  it('never yields for work that fits one slice', async () => {
    const yields = vi.fn(() => Promise.resolve());
    const seen: number[] = [];
    expect(await forEachInSlices(5, (index) => seen.push(index), 1, yields, { sliceMs: 1_000 })).toBe(true);
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(yields).not.toHaveBeenCalled();
  });

  it('stops at the first yield after the signal aborts, and says so', async () => {
    const clock = steppingClock();
    const abort = new AbortController();
    const seen: number[] = [];
    const done = await forEachInSlices(
      100,
      (index) => {
        clock.tick();
        seen.push(index);
        if (index === 2) abort.abort();
      },
      1,
      () => Promise.resolve(),
      { sliceMs: 0, signal: abort.signal },
    );
    expect(done).toBe(false);
    expect(seen).toEqual([0, 1, 2]);
  });
});
