/**
 * The page's side of the CSV worker (csv-worker.ts): posts a file's bytes to it as they arrive
 * and takes its records in batches. Where the worker does not start (a CSP that refuses it, a
 * browser without module workers, a worker file that is not there), the page reads the same
 * bytes itself, with the same result.
 */
import type { CsvWorkerFailure, FromCsvWorker, ToCsvWorker } from './csv-worker.js';
import { ShienNaviError } from './errors.js';
import { Download } from './fetch.js';
import { TooManyRowsError } from './parse.js';
import { readCsvPieces, UnusableCsvError, type ReadOptions, type SourceResult } from './read-csv.js';
import type { ServiceRecord } from './record.js';

/**
 * How long a worker may take to start once the whole file is here. One that is refused says so
 * at once; this is for a worker file that never arrives (a server that stalls on it).
 */
const WORKER_START_MS = 3_000;

type Verdict = Extract<FromCsvWorker, { type: 'done' | 'failed' }> | { readonly type: 'unavailable' };

/**
 * Reads a file in `worker`, which is ended when the reading is. Resolves or rejects as
 * `readCsvPieces` would for the same bytes.
 */
export async function readInWorker(
  worker: Worker,
  pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  url: string,
  sourceKey: string,
  options: ReadOptions & { readonly signal?: AbortSignal },
): Promise<{ result: SourceResult; received: readonly Uint8Array[] }> {
  const records: ServiceRecord[] = [];
  let started = false;
  let settle: (verdict: Verdict) => void = () => undefined;
  const verdict = new Promise<Verdict>((resolve) => (settle = resolve));
  worker.onmessage = (event: MessageEvent<FromCsvWorker>) => {
    const message = event.data;
    if (message.type === 'ready') started = true;
    else if (message.type === 'records') {
      if (message.restart) records.length = 0;
      for (const record of message.records) records.push(record);
    } else settle(message);
  };
  // The worker could not start, or stopped: the page reads the file. Handled, so not reported as uncaught.
  worker.onerror = (event) => {
    event.preventDefault();
    settle({ type: 'unavailable' });
  };
  worker.onmessageerror = () => settle({ type: 'unavailable' });
  const post = (message: ToCsvWorker): void => worker.postMessage(message);
  post({ type: 'start', url, sourceKey, ...(options.encoding ? { encoding: options.encoding } : {}), ...(options.today ? { today: options.today } : {}) });

  const iterator = toAsyncIterator(pieces);
  const received: Uint8Array[] = [];
  let next = iterator.next();
  /** Why the download stopped, when it failed. */
  let downloadFailure: { readonly error: unknown } | undefined;
  const end = (broken: boolean): void => {
    post({ type: 'end', broken });
    if (!started) setTimeout(() => started || settle({ type: 'unavailable' }), WORKER_START_MS);
  };
  try {
    for (;;) {
      let step: IteratorResult<Uint8Array> | Verdict;
      try {
        step = await Promise.race([next, verdict]);
      } catch (error) {
        // As on the page, the bytes that came are read first: a file already refused for what it
        // holds (too many rows) is reported for that, not for the download it stopped.
        if (options.signal?.aborted) throw error;
        downloadFailure = { error };
        end(true);
        break;
      }
      if ('type' in step) break;
      if (step.done) {
        end(false);
        break;
      }
      received.push(step.value);
      // Copied, not transferred: the page keeps the bytes for the saved copy and for reading them itself.
      post({ type: 'bytes', bytes: step.value });
      next = iterator.next();
    }
    const answer = await verdict;
    if (answer.type === 'unavailable') {
      // The bytes already here, then the rest of the download as it comes.
      const rest = (async function* () {
        yield* received;
        for (let step = await next; step.done !== true; step = await iterator.next()) yield step.value;
      })();
      return await readCsvPieces(rest, url, sourceKey, options);
    }
    if (answer.type === 'failed') throw downloadFailure && 'broken' in answer.failure ? downloadFailure.error : rebuild(answer.failure, url);
    if (downloadFailure) throw downloadFailure.error;
    return { result: { url, encoding: answer.encoding, report: answer.report, records }, received };
  } finally {
    worker.terminate();
    // The worker gave its verdict before the file ended (it is not a CSV, or has too many rows): stop the download.
    if (pieces instanceof Download) pieces.cancel();
  }
}

function toAsyncIterator(pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncIterator<Uint8Array> | Iterator<Uint8Array> {
  return Symbol.asyncIterator in pieces ? pieces[Symbol.asyncIterator]() : pieces[Symbol.iterator]();
}

/** The worker's failure as the page's reader would have thrown it. */
function rebuild(failure: CsvWorkerFailure, url: string): Error {
  if ('unexpected' in failure) return new Error(failure.unexpected);
  // Only sent after the page's download broke, whose own error is then thrown.
  if ('broken' in failure) return new Error('the download broke');
  if (failure.tooManyRows) return new TooManyRowsError(url);
  if (failure.unusable) return new UnusableCsvError(failure.message, failure.source, failure.unusable.encoding, failure.unusable.report);
  return new ShienNaviError(failure.kind, failure.message, failure.source);
}
