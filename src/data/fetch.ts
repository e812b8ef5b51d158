import { adoptEarlyFetch } from './early-fetch.js';
import { ShienNaviError } from './errors.js';
import { PUBLIC_FILE_REQUEST } from './fetch-request.js';

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
 * A download of a public file, started at once (or adopted from the entry, which may have started
 * it already), without cookies or referrer, with a timeout
 * and a size limit. Read it as it arrives with `for await`; stopping early cancels it. Fails
 * with ShienNaviError of kind `network`, `http` or `parse` (too large).
 */
export class Download implements AsyncIterable<Uint8Array> {
  readonly url: string;
  readonly #pieces: Uint8Array[] = [];
  readonly #controller = new AbortController();
  #finished = false;
  #failure: ShienNaviError | undefined;
  #wake: (() => void) | undefined;

  constructor(url: string, options: FetchOptions = {}) {
    this.url = url;
    void this.#run(options);
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    let index = 0;
    try {
      for (;;) {
        const piece = this.#pieces[index];
        if (piece !== undefined) {
          index += 1;
          yield piece;
        } else if (this.#failure !== undefined) {
          throw this.#failure;
        } else if (this.#finished) {
          return;
        } else {
          await new Promise<void>((resolve) => (this.#wake = resolve));
        }
      }
    } finally {
      // The reader stopped early (the file is not a CSV, the widget left the page).
      if (!this.#finished) this.#controller.abort();
    }
  }

  /** Stops the download (nothing more is wanted of it); a reader then gets kind `network`. */
  cancel(): void {
    if (!this.#finished) this.#controller.abort();
  }

  /** The whole file. */
  async bytes(): Promise<Uint8Array> {
    const pieces: Uint8Array[] = [];
    for await (const piece of this) pieces.push(piece);
    return joinBytes(pieces);
  }

  async #run(options: FetchOptions): Promise<void> {
    const url = this.url;
    const controller = this.#controller;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onOuterAbort = (): void => controller.abort(options.signal?.reason);
    if (options.signal?.aborted) controller.abort();
    options.signal?.addEventListener('abort', onOuterAbort, { once: true });
    let response: Response | undefined;
    try {
      // The entry may have started this very request already, before the widget's code arrived.
      const fetchFile = options.fetch ?? adoptEarlyFetch(url) ?? fetch;
      response = await fetchFile(url, { ...PUBLIC_FILE_REQUEST, signal: controller.signal });
      if (!response.ok) throw new ShienNaviError('http', httpMessage(response.status, url), url);
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > maxBytes) throw tooLarge(url, maxBytes);
      await this.#readBody(response, maxBytes);
    } catch (error) {
      // A refused response (an HTTP error, too large) is still open: stop it, or its body keeps
      // coming (and a command-line check keeps running) after the verdict.
      controller.abort();
      if (response?.body && !response.bodyUsed) void response.body.cancel().catch(() => undefined);
      this.#failure = asFetchError(error, url, timedOut ? timeoutMs : undefined, options.signal);
    } finally {
      this.#finished = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onOuterAbort);
      this.#wake?.();
    }
  }

  /** Keeps each piece as it comes, counting, so a huge file is refused without holding it all. */
  async #readBody(response: Response, maxBytes: number): Promise<void> {
    if (response.body === null) {
      this.#pieces.push(new Uint8Array(await response.arrayBuffer()));
      if ((this.#pieces[0]?.length ?? 0) > maxBytes) throw tooLarge(this.url, maxBytes);
      return;
    }
    const reader = response.body.getReader();
    // A fetch that is not the browser's may ignore the signal for the body: cancel the body too.
    this.#controller.signal.addEventListener('abort', () => void reader.cancel().catch(() => undefined), { once: true });
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      length += value.length;
      if (length > maxBytes) {
        this.#controller.abort();
        throw tooLarge(this.url, maxBytes);
      }
      this.#pieces.push(value);
      this.#wake?.();
    }
  }
}

function asFetchError(error: unknown, url: string, timeoutMs: number | undefined, signal: AbortSignal | undefined): ShienNaviError {
  if (error instanceof ShienNaviError) return error;
  if (timeoutMs !== undefined) {
    return new ShienNaviError('network', `データの取得が ${timeoutMs / 1000} 秒以内に終わりませんでした。サーバーが応答していません: ${url}`, url);
  }
  if (signal?.aborted) return new ShienNaviError('network', `データの取得を中止しました: ${url}`, url);
  return new ShienNaviError(
    'network',
    `データを取得できませんでした。ネットワークにつながっていないか、データのサーバーがこのサイトからの読み込みを許可していません（CORS）: ${url}`,
    url,
  );
}

/** Fetches a whole public file; see `Download`. */
export function fetchBytes(url: string, options: FetchOptions = {}): Promise<Uint8Array> {
  return new Download(url, options).bytes();
}

export function tooLarge(url: string, maxBytes: number): ShienNaviError {
  return new ShienNaviError('parse', `データファイルが大きすぎます（${Math.round(maxBytes / 1024 / 1024)} MB まで）: ${url}`, url);
}

export function joinBytes(pieces: readonly Uint8Array[]): Uint8Array {
  if (pieces.length === 1 && pieces[0] !== undefined) return pieces[0];
  const bytes = new Uint8Array(pieces.reduce((total, piece) => total + piece.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    bytes.set(piece, offset);
    offset += piece.length;
  }
  return bytes;
}
