import { browserCache, type DataCache } from './cache.js';
import { readInWorker } from './csv-worker-client.js';
import { startCsvWorker } from './csv-worker-start.js';
import type { Encoding } from './decode.js';
import { ShienNaviError } from './errors.js';
import { Download, type FetchOptions } from './fetch.js';
import type { RowObserver } from './parse.js';
import { readCsvPieces, type SourceResult } from './read-csv.js';
import type { ServiceRecord } from './record.js';
import { defaultYield } from './yield.js';

export { NOT_CSV, UnusableCsvError, type SourceResult } from './read-csv.js';

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
 * Decodes and parses in the CSV worker where one starts, so the page stays responsive however
 * big the file; else here, in slices between which the page can respond. An observer of the
 * rows as written (the checker) reads here: it cannot cross to a worker.
 */
function readSource(pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, url: string, sourceKey: string, options: LoadOptions) {
  const { encoding, today, yieldToEventLoop, observeRows, signal } = options;
  const reading = { ...(encoding ? { encoding } : {}), ...(today ? { today } : {}), ...(yieldToEventLoop ? { yieldToEventLoop } : {}), ...(signal ? { signal } : {}) };
  const worker = observeRows === undefined ? startCsvWorker() : undefined;
  return worker ? readInWorker(worker, pieces, url, sourceKey, reading) : readCsvPieces(pieces, url, sourceKey, options);
}

/**
 * Loads every source; the records of those that load are merged (the first row with a given
 * 制度番号 wins) and the failures are returned, so one broken file does not hide the others.
 */
export async function loadSources(urls: readonly string[], options: LoadOptions = {}): Promise<LoadedData> {
  const settled = await Promise.allSettled(urls.map((url, index) => loadSource(url, `s${index + 1}`, options)));
  // Merging 100,000 records takes tens of milliseconds: not in the same task as the last rows.
  await (options.yieldToEventLoop ?? defaultYield)();
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
  const records = mergeRecords(sources.map((source) => source.records));
  const updated = records.reduce((newest, record) => (record.updated > newest ? record.updated : newest), '');
  const staleSince = sources
    .map((source) => source.fallback?.savedAt ?? '')
    .filter((date) => date !== '')
    .sort()[0] ?? '';
  return { records, sources, errors, updated, staleSince };
}

/** The records of several sources as one list: the first row with a given 制度番号 wins. */
export function mergeRecords(lists: readonly (readonly ServiceRecord[])[]): ServiceRecord[] {
  const seen = new Set<string>();
  const merged: ServiceRecord[] = [];
  for (const list of lists) {
    for (const record of list) {
      if (seen.has(record.id)) continue;
      seen.add(record.id);
      merged.push(record);
    }
  }
  return merged;
}

function asShienNaviError(reason: unknown, url: string): ShienNaviError {
  if (reason instanceof ShienNaviError) return reason;
  const detail = reason instanceof Error ? reason.message : String(reason);
  return new ShienNaviError('parse', `データを読み取れませんでした（${detail}）: ${url}`, url);
}
