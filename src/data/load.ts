import { decodeBytes, type Encoding } from './decode.js';
import { ShienNaviError } from './errors.js';
import { parseCsv, type ParseReport } from './parse.js';
import type { ServiceRecord } from './record.js';

export interface LoadOptions {
  readonly encoding?: Encoding;
  /** Milliseconds before a request is abandoned. */
  readonly timeoutMs?: number;
  readonly signal?: AbortSignal;
  readonly fetch?: typeof fetch;
  readonly today?: string;
}

export interface SourceResult {
  readonly url: string;
  readonly encoding: Encoding;
  readonly report: ParseReport;
  readonly records: readonly ServiceRecord[];
}

export interface LoadedData {
  readonly records: readonly ServiceRecord[];
  readonly sources: readonly SourceResult[];
  readonly errors: readonly ShienNaviError[];
  /** Newest 最終更新日 among the records, or ''. */
  readonly updated: string;
}

export const DEFAULT_TIMEOUT_MS = 15_000;

/** Splits the `src` attribute: several URLs separated by whitespace. */
export function splitSources(src: string | null | undefined): string[] {
  return (src ?? '').split(/\s+/).filter((url) => url !== '');
}

/** Fetches and parses one CSV source; throws ShienNaviError with the kind that fits. */
export async function loadSource(url: string, sourceKey: string, options: LoadOptions = {}): Promise<SourceResult> {
  const bytes = await fetchBytes(url, options);
  if (bytes.length === 0) {
    throw new ShienNaviError('parse', `データファイルが空です: ${url}`, url);
  }
  const { text, encoding } = decodeBytes(bytes, options.encoding);
  const { records, report } = parseCsv(text, { sourceKey, ...(options.today ? { today: options.today } : {}) });
  if (report.missingColumns.length > 0) {
    throw new ShienNaviError(
      'schema',
      `CSV に必須の列（${report.missingColumns.join('、')}）が見つかりません。制度データの CSV か確認してください: ${url}`,
      url,
    );
  }
  return { url, encoding, report, records };
}

/**
 * Loads every source; the records of those that load are merged (the first row with a given
 * 制度番号 wins) and the failures are returned, so one broken file does not hide the others.
 */
export async function loadSources(urls: readonly string[], options: LoadOptions = {}): Promise<LoadedData> {
  const settled = await Promise.allSettled(urls.map((url, index) => loadSource(url, `s${index + 1}`, options)));
  const sources: SourceResult[] = [];
  const errors: ShienNaviError[] = [];
  settled.forEach((result, index) => {
    if (result.status === 'fulfilled') sources.push(result.value);
    else errors.push(asShienNaviError(result.reason, urls[index] ?? ''));
  });
  const records = mergeRecords(sources.map((source) => source.records));
  const updated = records.reduce((newest, record) => (record.updated > newest ? record.updated : newest), '');
  return { records, sources, errors, updated };
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

/** Fetches a public file without cookies or referrer, with a timeout; throws ShienNaviError (network or http). */
export async function fetchBytes(url: string, options: LoadOptions = {}): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new DOMException('timeout', 'TimeoutError')), timeoutMs);
  const onOuterAbort = (): void => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    const response = await (options.fetch ?? fetch)(url, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (!response.ok) {
      throw new ShienNaviError('http', `データの取得に失敗しました（HTTP ${response.status}）: ${url}`, url);
    }
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    if (error instanceof ShienNaviError) throw error;
    if (controller.signal.aborted && !options.signal?.aborted) {
      throw new ShienNaviError('network', `データの取得が ${timeoutMs / 1000} 秒以内に終わりませんでした: ${url}`, url);
    }
    throw new ShienNaviError(
      'network',
      `データを取得できませんでした。URL、ネットワーク、CORS の設定を確認してください: ${url}`,
      url,
    );
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}
