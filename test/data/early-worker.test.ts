import { afterEach, describe, expect, it, vi } from 'vitest';
import { adoptEarlyCsvWorker, startEarlyCsvWorker } from '../../src/data/early-worker.js';

const WORKER_URL = new URL('https://example.org/shien-navi-csv-worker-x.js');

/** A stand-in for the browser's Worker: records how it was made and whether it was ended. */
class FakeWorker {
  static made: FakeWorker[] = [];
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  terminate(): void {
    this.terminated = true;
  }
}

afterEach(() => {
  FakeWorker.made = [];
  vi.unstubAllGlobals();
  // The page's global, where the entry and the reader meet: a new page for each test.
  Reflect.deleteProperty(globalThis, Symbol.for('shien-navi.csv-worker'));
});

describe('the CSV worker the entry starts', () => {
  it('is started once per page, as a module worker, and handed over once', () => {
    vi.stubGlobal('Worker', FakeWorker);
    startEarlyCsvWorker(WORKER_URL);
    startEarlyCsvWorker(WORKER_URL);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]?.options).toMatchObject({ type: 'module' });
    expect(adoptEarlyCsvWorker()).toBe(FakeWorker.made[0]);
    // Taken once: the reader's own worker after that, and the entry starts no other.
    expect(adoptEarlyCsvWorker()).toBeUndefined();
    startEarlyCsvWorker(WORKER_URL);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]?.terminated).toBe(false);
  });

  it('that could not start is ended, not handed over, and its error is handled', () => {
    vi.stubGlobal('Worker', FakeWorker);
    startEarlyCsvWorker(WORKER_URL);
    const preventDefault = vi.fn();
    FakeWorker.made[0]?.onerror?.({ preventDefault });
    expect(preventDefault).toHaveBeenCalled();
    expect(adoptEarlyCsvWorker()).toBeUndefined();
    expect(FakeWorker.made[0]?.terminated).toBe(true);
  });

  it('is not started where there are no workers, or where the browser refuses it at once', () => {
    vi.stubGlobal('Worker', undefined);
    startEarlyCsvWorker(WORKER_URL);
    expect(adoptEarlyCsvWorker()).toBeUndefined();
    vi.stubGlobal(
      'Worker',
      vi.fn(() => {
        throw new DOMException('refused', 'SecurityError');
      }),
    );
    expect(() => startEarlyCsvWorker(WORKER_URL)).not.toThrow();
    expect(adoptEarlyCsvWorker()).toBeUndefined();
  });

  it('is none when the entry started none, and the entry starts none after the reader has asked (it has its own)', () => {
    vi.stubGlobal('Worker', FakeWorker);
    expect(adoptEarlyCsvWorker()).toBeUndefined();
    startEarlyCsvWorker(WORKER_URL);
    expect(FakeWorker.made).toHaveLength(0);
  });
});
