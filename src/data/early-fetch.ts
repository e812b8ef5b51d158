/**
 * Downloads started by the entry (dist/shien-navi.js) as soon as it sees a widget's `src` or
 * `flow`, before the widget's code has even arrived, and handed over to that code's `Download`
 * of the same URL: one request, made as every download of the widget is (`PUBLIC_FILE_REQUEST`).
 *
 * The entry and the app chunk are separate files sharing nothing but the page: they meet on a
 * global named with `Symbol.for`.
 */
import { PUBLIC_FILE_REQUEST } from './fetch-request.js';

const EARLY_FETCHES = Symbol.for('shien-navi.early-fetches');

interface EarlyFetch {
  readonly response: Promise<Response>;
  readonly abort: AbortController;
}

function earlyFetches(): Map<string, EarlyFetch> {
  const page = globalThis as { [EARLY_FETCHES]?: Map<string, EarlyFetch> };
  return (page[EARLY_FETCHES] ??= new Map());
}

/** Starts the download of `url` now, once per URL, for the widget's code to adopt. */
export function startEarlyFetch(url: string, fetchFile: typeof fetch = fetch): void {
  const started = earlyFetches();
  if (started.has(url)) return;
  const abort = new AbortController();
  // Low: the widget's code, asked for at the same time, cannot be held back by its data, which
  // is read only once that code runs; the data then arrives while the code is being evaluated.
  const response = fetchFile(url, { ...PUBLIC_FILE_REQUEST, priority: 'low', signal: abort.signal });
  // Its failure is read, and reported, by the download that adopts it.
  response.catch(() => undefined);
  started.set(url, { response, abort });
}

/** Stops every download started early that nothing adopted (the widget's code could not load). */
export function dropEarlyFetches(): void {
  const started = earlyFetches();
  for (const early of started.values()) early.abort.abort();
  started.clear();
}

/**
 * A `fetch` of `url` that answers with the download started early, or undefined when none was.
 * Adopted once: a later download of the same URL (a retry, a second widget) asks the network again.
 * Aborting the adopter's request (its timeout, the widget leaving) aborts the early one.
 */
export function adoptEarlyFetch(url: string): typeof fetch | undefined {
  const started = earlyFetches();
  const early = started.get(url);
  if (early === undefined) return undefined;
  started.delete(url);
  return (_input, init) => {
    const signal = init?.signal;
    if (signal?.aborted) early.abort.abort(signal.reason);
    else signal?.addEventListener('abort', () => early.abort.abort(signal.reason), { once: true });
    return early.response;
  };
}
