/**
 * The page's side of the CSV worker (csv-worker.ts): one worker per page, reused for every read,
 * several at once. It posts a file's bytes to the worker as they arrive and takes its records in
 * batches. Where the worker does not start (a CSP that refuses it, a browser without module
 * workers, a worker file that is not there or never arrives), the page reads the same bytes
 * itself, with the same result, and reads every later file itself too.
 */
import type { CsvWorkerFailure, FromCsvWorker, ToCsvWorker } from './csv-worker.js';
import { startCsvWorker } from './csv-worker-start.js';
import { adoptEarlyCsvWorker } from './early-worker.js';
import { ShienNaviError } from './errors.js';
import { Download } from './fetch.js';
import { readOnPage } from './page-reader.js';
import type { ReadOptions, SourceResult } from './read-csv.js';
import { TooManyRowsError, UnusableCsvError } from './read-errors.js';
import type { ServiceRecord } from './record.js';

/**
 * How long a worker may take to start once the whole file is here. One that is refused says so
 * at once; this is for a worker file that never arrives (a server that stalls on it).
 */
const WORKER_START_MS = 3_000;

type Verdict = Extract<FromCsvWorker, { type: 'done' | 'failed' }> | { readonly type: 'unavailable' };
type Answer = Exclude<FromCsvWorker, { type: 'ready' }> | { readonly type: 'unavailable' };

/**
 * One worker, started when first needed (by `start`, or by the first read) and kept for every
 * read after. Once it cannot start, every read is the page's own.
 */
export class SharedCsvWorker {
  readonly #start: () => Worker | undefined;
  #worker: Worker | undefined;
  /** It answered `hello`: it runs. */
  #started = false;
  #failed = false;
  readonly #reads = new Map<number, (answer: Answer) => void>();
  #nextId = 0;

  /** `start` makes the worker: undefined where none can start. */
  constructor(start: () => Worker | undefined) {
    this.#start = start;
  }

  /** Starts the worker now, if it has not started or failed, so that the first read does not wait for it. */
  start(): void {
    if (this.#worker !== undefined || this.#failed) return;
    const worker = this.#start();
    if (worker === undefined) return;
    this.#worker = worker;
    worker.onmessage = (event: MessageEvent<FromCsvWorker>) => {
      const message = event.data;
      if (message.type === 'ready') this.#started = true;
      else this.#reads.get(message.id)?.(message);
    };
    // It could not start, or stopped: the page reads. Handled, so not reported as uncaught.
    worker.onerror = (event) => {
      event.preventDefault();
      this.#fail();
    };
    worker.onmessageerror = () => this.#fail();
    // Queued until it runs; answered once it does.
    worker.postMessage({ type: 'hello' } satisfies ToCsvWorker);
  }

  /** Reads a file in the worker, or on the page where it does not run; resolves or rejects as `readCsvPieces` would. */
  read(
    pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    url: string,
    sourceKey: string,
    options: ReadOptions & { readonly signal?: AbortSignal },
  ): Promise<{ result: SourceResult; received: readonly Uint8Array[] }> {
    this.start();
    return this.#worker === undefined ? readOnPage(pieces, url, sourceKey, options) : this.#readInWorker(this.#worker, pieces, url, sourceKey, options);
  }

  /** The worker cannot serve: every read under way, and every later one, is the page's. */
  #fail(): void {
    this.#failed = true;
    this.#worker?.terminate();
    this.#worker = undefined;
    for (const settle of this.#reads.values()) settle({ type: 'unavailable' });
    this.#reads.clear();
  }

  async #readInWorker(
    worker: Worker,
    pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    url: string,
    sourceKey: string,
    options: ReadOptions & { readonly signal?: AbortSignal },
  ): Promise<{ result: SourceResult; received: readonly Uint8Array[] }> {
    const id = (this.#nextId += 1);
    const records: ServiceRecord[] = [];
    let settle: (verdict: Verdict) => void = () => undefined;
    const verdict = new Promise<Verdict>((resolve) => (settle = resolve));
    this.#reads.set(id, (answer) => {
      if (answer.type === 'records') {
        if (answer.restart) records.length = 0;
        for (const record of answer.records) records.push(record);
      } else settle(answer);
    });
    const post = (message: ToCsvWorker): void => worker.postMessage(message);
    post({ type: 'start', id, url, sourceKey, ...(options.encoding ? { encoding: options.encoding } : {}), ...(options.today ? { today: options.today } : {}) });

    const iterator = toAsyncIterator(pieces);
    const received: Uint8Array[] = [];
    let next = iterator.next();
    /** Why the download stopped, when it failed. */
    let downloadFailure: { readonly error: unknown } | undefined;
    let ended = false;
    const end = (broken: boolean): void => {
      ended = true;
      post({ type: 'end', id, broken });
      if (!this.#started) setTimeout(() => this.#started || worker !== this.#worker || this.#fail(), WORKER_START_MS);
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
        post({ type: 'bytes', id, bytes: step.value });
        next = iterator.next();
      }
      const answer = await verdict;
      if (answer.type === 'unavailable') {
        // The bytes already here, then the rest of the download as it comes.
        const rest = (async function* () {
          yield* received;
          for (let step = await next; step.done !== true; step = await iterator.next()) yield step.value;
        })();
        return await readOnPage(rest, url, sourceKey, options);
      }
      if (answer.type === 'failed') throw downloadFailure && 'broken' in answer.failure ? downloadFailure.error : rebuild(answer.failure, url);
      if (downloadFailure) throw downloadFailure.error;
      return { result: { url, encoding: answer.encoding, report: answer.report, records }, received };
    } finally {
      this.#reads.delete(id);
      // Given up before the file ended (aborted): the worker lets go of what it holds for it.
      if (!ended && worker === this.#worker) post({ type: 'end', id, broken: true });
      // The worker gave its verdict before the file ended (it is not a CSV, or has too many rows): stop the download.
      if (pieces instanceof Download) pieces.cancel();
    }
  }
}

/** The page's worker: the one the entry started early (early-worker.ts), else its own, started when first needed. */
export const pageCsvWorker = new SharedCsvWorker(() => adoptEarlyCsvWorker() ?? startCsvWorker());

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
