/** Lets input and rendering run: `scheduler.yield()` where the browser has it, else a timer. */
export function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceOptions {
  /** The longest stretch of work between two yields, in milliseconds. Default 8. */
  readonly sliceMs?: number;
  /** Stops the work at the next yield. */
  readonly signal?: AbortSignal;
}

/**
 * Runs `step(index)` for every index below `count` in slices of about `sliceMs`, yielding
 * between them, so work over 100,000 records never holds the page in one long task. The clock
 * is read every `checkEvery` steps (reading it costs more than a cheap step). Resolves false
 * when `signal` aborted the work (it is checked after each yield), true when every step ran.
 */
export async function forEachInSlices(
  count: number,
  step: (index: number) => void,
  checkEvery: number,
  yieldToEventLoop: () => Promise<void>,
  options: SliceOptions = {},
): Promise<boolean> {
  const sliceMs = options.sliceMs ?? 8;
  let sliceStart = performance.now();
  for (let index = 0; index < count; index += 1) {
    step(index);
    if (index % checkEvery === checkEvery - 1 && performance.now() - sliceStart > sliceMs) {
      await yieldToEventLoop();
      if (options.signal?.aborted) return false;
      sliceStart = performance.now();
    }
  }
  return true;
}
