import { ShienNaviError } from './errors.js';

export interface FetchOptions {
  /** Milliseconds before a request is abandoned. */
  readonly timeoutMs?: number;
  /** Largest file accepted, in bytes. */
  readonly maxBytes?: number;
  readonly signal?: AbortSignal;
  readonly fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * 40 MB holds well over 100,000 typical rows; anything bigger is almost certainly the wrong
 * file, and would take minutes to download and parse on an old phone.
 */
export const DEFAULT_MAX_BYTES = 40 * 1024 * 1024;

function httpMessage(status: number, url: string): string {
  if (status === 404 || status === 410) return `データファイルが見つかりません（HTTP ${status}）。URL を確認してください: ${url}`;
  if (status === 401 || status === 403) return `データファイルへのアクセスが許可されていません（HTTP ${status}）: ${url}`;
  if (status >= 500) return `データのサーバーでエラーが起きています（HTTP ${status}）。時間をおいて確認してください: ${url}`;
  return `データの取得に失敗しました（HTTP ${status}）: ${url}`;
}

/**
 * Fetches a public file without cookies or referrer, with a timeout and a size limit;
 * throws ShienNaviError of kind `network`, `http` or `parse` (too large).
 */
export async function fetchBytes(url: string, options: FetchOptions = {}): Promise<Uint8Array> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = (): void => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    const response = await (options.fetch ?? fetch)(url, {
      signal: controller.signal,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
    if (!response.ok) throw new ShienNaviError('http', httpMessage(response.status, url), url);
    const declared = Number(response.headers.get('content-length') ?? '0');
    if (declared > maxBytes) throw tooLarge(url, maxBytes);
    return await readBody(response, maxBytes, url, controller);
  } catch (error) {
    if (error instanceof ShienNaviError) throw error;
    if (timedOut) {
      throw new ShienNaviError('network', `データの取得が ${timeoutMs / 1000} 秒以内に終わりませんでした。サーバーが応答していません: ${url}`, url);
    }
    if (options.signal?.aborted) throw new ShienNaviError('network', `データの取得を中止しました: ${url}`, url);
    throw new ShienNaviError(
      'network',
      `データを取得できませんでした。ネットワークにつながっていないか、データのサーバーがこのサイトからの読み込みを許可していません（CORS）: ${url}`,
      url,
    );
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onOuterAbort);
  }
}

function tooLarge(url: string, maxBytes: number): ShienNaviError {
  return new ShienNaviError('parse', `データファイルが大きすぎます（${Math.round(maxBytes / 1024 / 1024)} MB まで）: ${url}`, url);
}

/**
 * Reads the body. With a declared length (already checked) in one go; otherwise while
 * counting, so a huge file is refused without holding it all.
 */
async function readBody(response: Response, maxBytes: number, url: string, controller: AbortController): Promise<Uint8Array> {
  if (response.body === null || response.headers.has('content-length')) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > maxBytes) throw tooLarge(url, maxBytes);
    return bytes;
  }
  const reader = response.body.getReader();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > maxBytes) {
      controller.abort();
      throw tooLarge(url, maxBytes);
    }
    parts.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}
