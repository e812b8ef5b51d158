/**
 * The page's CSV worker, started by the entry (dist/shien-navi.js) before the widget's code has
 * arrived, so that its thread and file are ready by the time the first file is read; handed over
 * to the reader (csv-worker-client.ts), which uses it for every read of the page. The entry and
 * the reader's chunk meet on a global named with `Symbol.for`, as the early downloads do.
 */
const EARLY_WORKER = Symbol.for('shien-navi.csv-worker');

interface EarlyWorker {
  readonly worker: Worker;
  /** It could not start (its file missing, a CSP that refuses it) before it was handed over. */
  failed: boolean;
}

/** `adopted` once handed over: the entry does not start another. */
type Page = { [EARLY_WORKER]?: EarlyWorker | 'adopted' };

/** Starts the worker at `url` now, once per page; does nothing where workers cannot start. */
export function startEarlyCsvWorker(url: URL): void {
  const page = globalThis as Page;
  if (page[EARLY_WORKER] !== undefined || typeof Worker === 'undefined') return;
  try {
    const early: EarlyWorker = { worker: new Worker(url, { type: 'module', name: 'shien-navi-csv' }), failed: false };
    // Handled, so not reported as uncaught: the reader then reads on the page.
    early.worker.onerror = (event) => {
      event.preventDefault();
      early.failed = true;
    };
    page[EARLY_WORKER] = early;
  } catch {
    // Refused at once: the reader tries, and reads on the page.
  }
}

/**
 * The worker the entry started, once, if it has not failed; undefined when none was. Asked for,
 * the entry starts none after: the reader has its own (the page's one worker).
 */
export function adoptEarlyCsvWorker(): Worker | undefined {
  const page = globalThis as Page;
  const early = page[EARLY_WORKER];
  // Taken once: a later worker of the page (after this one failed) is the reader's own.
  page[EARLY_WORKER] = 'adopted';
  if (early === undefined || early === 'adopted') return undefined;
  if (!early.failed) return early.worker;
  early.worker.terminate();
  return undefined;
}
