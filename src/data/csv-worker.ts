/// <reference lib="webworker" />
// The CSV worker: decodes and parses files off the page's main thread, with the same reader as
// the page (read-csv.ts), and posts the records back in batches as they are read. One worker
// serves every read of its page (csv-worker-client.ts), several at once, each by its own id. The
// page keeps the download (its limits, timeout and saved copy) and posts the bytes here as they
// arrive. The page reads a file itself if this never answers.
import type { Encoding } from './decode.js';
import { ShienNaviError, type ErrorKind } from './errors.js';
import { TooManyRowsError, type ParseReport } from './parse.js';
import { readCsvPieces, UnusableCsvError, type SourceResult } from './read-csv.js';
import type { ServiceRecord } from './record.js';

/**
 * What the page posts: `hello` (answered by `ready` once this runs); for each read, by its `id`,
 * `start` once, then the file's bytes as they arrive, then `end`.
 */
export type ToCsvWorker =
  | { readonly type: 'hello' }
  | { readonly type: 'start'; readonly id: number; readonly url: string; readonly sourceKey: string; readonly encoding?: Encoding; readonly today?: string }
  | { readonly type: 'bytes'; readonly id: number; readonly bytes: Uint8Array }
  /** `broken`: the download failed after these bytes, or the page gave the read up (the page then reports its own error, unless the bytes already failed). */
  | { readonly type: 'end'; readonly id: number; readonly broken: boolean };

/** A failure, as the page rebuilds it: the same kind, message and class as when read on the page. */
export type CsvWorkerFailure =
  | {
      readonly kind: ErrorKind;
      readonly message: string;
      readonly source: string;
      readonly tooManyRows: boolean;
      readonly unusable?: { readonly encoding: SourceResult['encoding']; readonly report: ParseReport };
    }
  | { readonly unexpected: string }
  /** The bytes read well as far as they went, and the download broke. */
  | { readonly broken: true };

/** What the worker posts: `ready` when it runs, then for each read records in batches, then `done` or `failed`. */
export type FromCsvWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'records'; readonly id: number; readonly records: readonly ServiceRecord[]; readonly restart: boolean }
  | { readonly type: 'done'; readonly id: number; readonly encoding: SourceResult['encoding']; readonly report: ParseReport }
  | { readonly type: 'failed'; readonly id: number; readonly failure: CsvWorkerFailure };

/** Records per message: few enough that the page takes each batch in a few milliseconds. */
const BATCH_RECORDS = 1_000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromCsvWorker): void => scope.postMessage(message);

/** Thrown when the bytes run out because the download broke. */
class BrokenDownload extends Error {}

/** One file being read: the bytes posted so far, read as they come. */
class Reading {
  readonly pieces: Uint8Array[] = [];
  ended = false;
  broken = false;
  wake: (() => void) | undefined;

  async *arriving(): AsyncGenerator<Uint8Array> {
    for (let index = 0; ; ) {
      const piece = this.pieces[index];
      if (piece !== undefined) {
        // Let go of what has been read: the page keeps its own copy.
        this.pieces[index] = new Uint8Array();
        index += 1;
        yield piece;
      } else if (this.broken) throw new BrokenDownload();
      else if (this.ended) return;
      else await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }
}

/** The reads under way, by id. */
const readings = new Map<number, Reading>();

async function read(start: Extract<ToCsvWorker, { type: 'start' }>, reading: Reading): Promise<void> {
  const { id } = start;
  let list: readonly ServiceRecord[] | undefined;
  let posted = 0;
  /** Posts the records read since the last batch (all of them when `last`). */
  const send = (records: readonly ServiceRecord[], last: boolean): void => {
    const restart = list !== undefined && records !== list;
    if (records !== list) posted = 0;
    list = records;
    if (restart) post({ type: 'records', id, records: [], restart });
    // Whole batches while reading; the rest at the end.
    while (records.length - posted >= (last ? 1 : BATCH_RECORDS)) {
      const batch = records.slice(posted, posted + BATCH_RECORDS);
      post({ type: 'records', id, records: batch, restart: false });
      posted += batch.length;
    }
  };
  try {
    const { result } = await readCsvPieces(reading.arriving(), start.url, start.sourceKey, {
      ...(start.encoding ? { encoding: start.encoding } : {}),
      ...(start.today ? { today: start.today } : {}),
      // Nothing else runs in this thread but the arrival of more bytes.
      yieldToEventLoop: () => Promise.resolve(),
      onSlice: (records) => send(records, false),
    });
    send(result.records, true);
    post({ type: 'done', id, encoding: result.encoding, report: result.report });
  } catch (error) {
    post({ type: 'failed', id, failure: describe(error) });
  } finally {
    readings.delete(id);
  }
}

function describe(error: unknown): CsvWorkerFailure {
  if (error instanceof BrokenDownload) return { broken: true };
  if (!(error instanceof ShienNaviError)) return { unexpected: error instanceof Error ? error.message : String(error) };
  const { kind, message, source } = error;
  const unusable = error instanceof UnusableCsvError ? { unusable: { encoding: error.encoding, report: error.report } } : {};
  return { kind, message, source, tooManyRows: error instanceof TooManyRowsError, ...unusable };
}

scope.onmessage = (event: MessageEvent<ToCsvWorker>) => {
  const message = event.data;
  if (message.type === 'hello') {
    post({ type: 'ready' });
    return;
  }
  if (message.type === 'start') {
    const reading = new Reading();
    readings.set(message.id, reading);
    void read(message, reading);
    return;
  }
  // A read that has ended here already (its verdict crossed the page's last bytes) needs nothing more.
  const reading = readings.get(message.id);
  if (reading === undefined) return;
  if (message.type === 'bytes') reading.pieces.push(message.bytes);
  else {
    reading.ended = true;
    reading.broken = message.broken;
  }
  reading.wake?.();
};
