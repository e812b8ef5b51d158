import { browserCache, type DataCache } from './cache.js';
import { pageCsvWorker, type SharedCsvWorker } from './csv-worker-client.js';
import type { Encoding } from './decode.js';
import { ShienNaviError } from './errors.js';
import { Download, type FetchOptions } from './fetch.js';
import type { RowObserver } from './parse.js';
import { readOnPage } from './page-reader.js';
import type { SourceResult } from './read-csv.js';
import type { ServiceRecord } from './record.js';
import { defaultYield, forEachInSlices } from './yield.js';

export { NOT_CSV, UnusableCsvError } from './read-errors.js';
export type { SourceResult } from './read-csv.js';

export interface LoadOptions extends FetchOptions {
  readonly encoding?: Encoding;
  /** The bytes of a source as they arrive, when the caller has already started its download; a new `Download` by default. */
  readonly download?: (url: string) => AsyncIterable<Uint8Array>;
  /** Where the last good copy of each file is kept; `browserCache` by default. */
  readonly cache?: DataCache;
  readonly today?: string;
  /** Gives the event loop a turn between slices of parsing. */
  readonly yieldToEventLoop?: () => Promise<void>;
  /** The time now, for the date of saved copies. */
  readonly now?: () => Date;
  /** A new observer of the cells as written for each reading of a file (a file read again as Shift_JIS starts over). */
  readonly observeRows?: () => RowObserver;
  /** The worker that reads the files; the page's one (`pageCsvWorker`) by default. */
  readonly csvWorker?: SharedCsvWorker;
}


export interface LoadedData {
  readonly records: readonly ServiceRecord[];
  readonly sources: readonly SourceResult[];
  /** Every failure, including those covered by a saved copy (the site owner should know). */
  readonly errors: readonly ShienNaviError[];
  /** Newest 最終更新日 among the records, or ''. */
  readonly updated: string;
  /** Oldest date of a saved copy in use (ISO 8601), or '' when everything is fresh. */
  readonly staleSince: string;
}

/**
 * Fetches and parses one CSV source, reading it while it downloads. When it cannot be read
 * and a saved copy of it exists, the copy is used and the failure is returned beside it;
 * otherwise throws ShienNaviError.
 */
export async function loadSource(url: string, sourceKey: string, options: LoadOptions = {}): Promise<SourceResult> {
  const cache = options.cache ?? browserCache;
  try {
    const pieces = options.download?.(url) ?? new Download(url, options);
    const { result, received } = await readSource(pieces, url, sourceKey, options);
    // Not awaited: writing a big copy to disk must not delay showing the data.
    if (result.records.length > 0) void cache.save(url, received, options.now?.() ?? new Date());
    return result;
  } catch (error) {
    const failure = asShienNaviError(error, url);
    if (options.signal?.aborted) throw failure;
    const copy = await cache.read(url);
    if (copy === undefined) throw failure;
    const result = await readCsvBytes(copy.bytes, url, sourceKey, options).catch(() => undefined);
    if (result === undefined) throw failure;
    return { ...result, fallback: { savedAt: copy.savedAt, error: failure } };
  }
}

/** Checks that the bytes of a file are a usable CSV, decodes and parses them. */
export async function readCsvBytes(bytes: Uint8Array, url: string, sourceKey: string, options: LoadOptions = {}): Promise<SourceResult> {
  return (await readSource([bytes], url, sourceKey, options)).result;
}

/**
 * Decodes and parses in the page's CSV worker where one starts, so the page stays responsive
 * however big the file; else here, in slices between which the page can respond. An observer of
 * the rows as written (the checker) reads here: it cannot cross to a worker.
 */
function readSource(pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, url: string, sourceKey: string, options: LoadOptions) {
  const { encoding, today, yieldToEventLoop, observeRows, signal } = options;
  const reading = { ...(encoding ? { encoding } : {}), ...(today ? { today } : {}), ...(yieldToEventLoop ? { yieldToEventLoop } : {}), ...(signal ? { signal } : {}) };
  if (observeRows !== undefined) return readOnPage(pieces, url, sourceKey, options);
  return (options.csvWorker ?? pageCsvWorker).read(pieces, url, sourceKey, reading);
}

/**
 * Loads every source; the records of those that load are merged (the first row with a given
 * 制度番号 wins) and the failures are returned, so one broken file does not hide the others.
 */
export async function loadSources(urls: readonly string[], options: LoadOptions = {}): Promise<LoadedData> {
  const settled = await Promise.allSettled(urls.map((url, index) => loadSource(url, `s${index + 1}`, options)));
  const yieldToEventLoop = options.yieldToEventLoop ?? defaultYield;
  // Merging 100,000 records takes tens of milliseconds: not in the same task as the last rows.
  await yieldToEventLoop();
  const sources: SourceResult[] = [];
  const errors: ShienNaviError[] = [];
  settled.forEach((result, index) => {
    if (result.status === 'rejected') {
      errors.push(asShienNaviError(result.reason, urls[index] ?? ''));
      return;
    }
    sources.push(result.value);
    if (result.value.fallback) errors.push(result.value.fallback.error);
  });
  const { records, updated } = await mergeInSlices(sources.map((source) => source.records), yieldToEventLoop);
  const staleSince = sources
    .map((source) => source.fallback?.savedAt ?? '')
    .filter((date) => date !== '')
    .sort()[0] ?? '';
  return { records, sources, errors, updated, staleSince };
}

/** The records of several sources as one list: the first row with a given 制度番号 wins. */
export function mergeRecords(lists: readonly (readonly ServiceRecord[])[]): ServiceRecord[] {
  const merger = recordMerger();
  for (const list of lists) for (const record of list) merger.add(record);
  return merger.records;
}

/** Collects records, keeping the first of each 制度番号. */
function recordMerger() {
  const seen = new Set<string>();
  const records: ServiceRecord[] = [];
  return {
    records,
    /** False when a record with its 制度番号 came first. */
    add(record: ServiceRecord): boolean {
      if (seen.has(record.id)) return false;
      seen.add(record.id);
      records.push(record);
      return true;
    },
  };
}

/** Records merged between two yields: reading the clock costs more than a record. */
const MERGE_CHECK_EVERY = 512;

/**
 * `mergeRecords`, with the newest 最終更新日, in slices between which the page responds: at
 * 100,000 records one pass is a long task on a phone.
 */
async function mergeInSlices(lists: readonly (readonly ServiceRecord[])[], yieldToEventLoop: () => Promise<void>): Promise<{ records: ServiceRecord[]; updated: string }> {
  const all = lists.length === 1 ? (lists[0] ?? []) : lists.flat();
  const merger = recordMerger();
  let updated = '';
  await forEachInSlices(
    all.length,
    (index) => {
      const record = all[index] as ServiceRecord;
      if (merger.add(record) && record.updated > updated) updated = record.updated;
    },
    MERGE_CHECK_EVERY,
    yieldToEventLoop,
  );
  return { records: merger.records, updated };
}

function asShienNaviError(reason: unknown, url: string): ShienNaviError {
  if (reason instanceof ShienNaviError) return reason;
  const detail = reason instanceof Error ? reason.message : String(reason);
  return new ShienNaviError('parse', `データを読み取れませんでした（${detail}）: ${url}`, url);
}
