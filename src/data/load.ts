import { browserCache, type DataCache } from './cache.js';
import { decodeBytesInSlices, sniffFileKind, FILE_KINDS, type DecodedText, type Encoding, type FileKind } from './decode.js';
import { ShienNaviError } from './errors.js';
import { fetchBytes, type FetchOptions } from './fetch.js';
import { parseCsvInChunks, type ParseReport } from './parse.js';
import type { ServiceRecord } from './record.js';
import { defaultYield } from './yield.js';

export interface LoadOptions extends FetchOptions {
  readonly encoding?: Encoding;
  /** The bytes of a source whose download the caller has already started; fetchBytes by default. */
  readonly download?: (url: string) => Promise<Uint8Array>;
  /** Where the last good copy of each file is kept; `browserCache` by default. */
  readonly cache?: DataCache;
  readonly today?: string;
  /** Gives the event loop a turn between slices of parsing. */
  readonly yieldToEventLoop?: () => Promise<void>;
  /** The time now, for the date of saved copies. */
  readonly now?: () => Date;
}

export interface SourceResult {
  readonly url: string;
  readonly encoding: DecodedText['encoding'];
  readonly report: ParseReport;
  readonly records: readonly ServiceRecord[];
  /** Set when the source could not be read and its last good copy was used instead. */
  readonly fallback?: { readonly savedAt: string; readonly error: ShienNaviError };
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
 * Fetches and parses one CSV source. When it cannot be read and a saved copy of it exists,
 * the copy is used and the failure is returned beside it; otherwise throws ShienNaviError.
 */
export async function loadSource(url: string, sourceKey: string, options: LoadOptions = {}): Promise<SourceResult> {
  const cache = options.cache ?? browserCache;
  try {
    const bytes = await (options.download ?? ((source) => fetchBytes(source, options)))(url);
    const result = await readCsvBytes(bytes, url, sourceKey, options);
    // Not awaited: writing a big copy to disk must not delay showing the data.
    if (result.records.length > 0) void cache.save(url, bytes, options.now?.() ?? new Date());
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

/** Checks that downloaded bytes are a usable CSV, decodes and parses them. */
export async function readCsvBytes(bytes: Uint8Array, url: string, sourceKey: string, options: LoadOptions = {}): Promise<SourceResult> {
  const kind = sniffFileKind(bytes);
  if (kind !== FILE_KINDS.text) throw new ShienNaviError('parse', `${NOT_CSV[kind]}: ${url}`, url);
  const yieldToEventLoop = options.yieldToEventLoop ?? defaultYield;
  const { text, encoding } = await decodeBytesInSlices(bytes, options.encoding, yieldToEventLoop);
  const { records, report } = await parseCsvInChunks(text, { sourceKey, ...(options.today ? { today: options.today } : {}) }, yieldToEventLoop);
  if (report.missingColumns.length > 0) {
    throw new ShienNaviError(
      'schema',
      `CSV に必須の列（${report.missingColumns.join('、')}）が見つかりません。制度データの CSV か、1 行目が見出しになっているか確認してください: ${url}`,
      url,
    );
  }
  if (records.length === 0) {
    const why = report.rows === 0 ? 'データの行がありません' : `${report.rows} 行すべてが、制度名がないか公開・受付の期限を過ぎています`;
    throw new ShienNaviError('schema', `表示できる制度がありません（${why}）: ${url}`, url);
  }
  return { url, encoding, report, records };
}

const NOT_CSV: Record<Exclude<FileKind, 'text'>, string> = {
  empty: 'データファイルが空です',
  html: 'CSV ではなく HTML（ウェブページ）が返されました。URL が CSV ファイルを直接指しているか、サーバーのエラーページでないか確認してください',
  json: 'CSV ではなく JSON が返されました。CSV 形式のファイルの URL を指定してください',
  excel: 'Excel ファイルは読めません。Excel で「CSV（コンマ区切り）」として保存したファイルを指定してください',
  pdf: 'PDF ファイルは読めません。CSV 形式のファイルを指定してください',
  binary: 'CSV ではないファイル（文字のデータではありません）が返されました',
};

/**
 * Loads every source; the records of those that load are merged (the first row with a given
 * 制度番号 wins) and the failures are returned, so one broken file does not hide the others.
 */
export async function loadSources(urls: readonly string[], options: LoadOptions = {}): Promise<LoadedData> {
  const settled = await Promise.allSettled(urls.map((url, index) => loadSource(url, `s${index + 1}`, options)));
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

function mergeRecords(lists: readonly (readonly ServiceRecord[])[]): ServiceRecord[] {
  const seen = new Set<string>();
  const merged: ServiceRecord[] = [];
  for (const record of lists.flat()) {
    if (seen.has(record.id)) continue;
    seen.add(record.id);
    merged.push(record);
  }
  return merged;
}

function asShienNaviError(reason: unknown, url: string): ShienNaviError {
  if (reason instanceof ShienNaviError) return reason;
  const detail = reason instanceof Error ? reason.message : String(reason);
  return new ShienNaviError('parse', `データを読み取れませんでした（${detail}）: ${url}`, url);
}
