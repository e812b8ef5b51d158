import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Encoding } from '../../data/decode.js';
import { ShienNaviError } from '../../data/errors.js';
import { Download } from '../../data/fetch.js';
import type * as LoadModule from '../../data/load.js';
import type { LoadedData } from '../../data/load.js';
import type { ServiceRecord } from '../../data/record.js';
import { splitSources } from '../../data/sources.js';

export const DATA_STATUS = {
  idle: 'idle',
  loading: 'loading',
  ready: 'ready',
} as const;
export type DataStatus = (typeof DATA_STATUS)[keyof typeof DATA_STATUS];

export interface DataCallbacks {
  onLoaded(data: LoadedData): void;
  onError(error: ShienNaviError): void;
}

const EMPTY: readonly ServiceRecord[] = [];

type Reader = typeof LoadModule;
/** The CSV reader chunk, fetched once per page however many widgets it has. */
let reader: Promise<Reader> | undefined;
function loadReader(): Promise<Reader> {
  reader ??= import('../../data/load.js').catch((error: unknown) => {
    reader = undefined; // a later load may try again
    throw error;
  });
  return reader;
}

/** After the first question is on screen, when the browser is idle. */
function whenIdle(callback: () => void): () => void {
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(callback, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 200);
  return () => clearTimeout(id);
}

/**
 * Loads the open-data CSV named by `src` for its host, once per distinct `src`+`encoding`,
 * and abandons a load when the element leaves the page or `src` changes.
 */
export class DataController implements ReactiveController {
  status: DataStatus = DATA_STATUS.idle;
  records: readonly ServiceRecord[] = EMPTY;
  updated = '';
  /** Failures of the last load, for the message shown to the person. */
  failed = 0;
  /** When a saved copy stands in for a source that is down: the oldest copy's date (ISO). */
  staleSince = '';

  readonly #host: ReactiveControllerHost;
  readonly #callbacks: DataCallbacks;
  #key = '';
  #request: { src: string | undefined; encoding: Encoding | undefined } = { src: undefined, encoding: undefined };
  #abort: AbortController | undefined;
  #cancelPrefetch: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, callbacks: DataCallbacks) {
    this.#host = host;
    this.#callbacks = callbacks;
    host.addController(this);
  }

  /** Starts a load when the sources changed; call from the host's `willUpdate`. */
  request(src: string | undefined, encoding: Encoding | undefined): void {
    const key = `${encoding ?? ''} ${src ?? ''}`;
    if (key === this.#key) return;
    this.#key = key;
    this.#request = { src, encoding };
    void this.#load(splitSources(src), encoding);
  }

  hostConnected(): void {
    // Pages that set `src` after the widget is on screen (single-page apps) find the reader
    // already here. The idle callback comes after the first question is painted.
    this.#cancelPrefetch = whenIdle(() => {
      this.#cancelPrefetch = undefined;
      loadReader().catch(() => undefined);
    });
    // Reconnected after a move in the DOM: load again if the last load was cut short.
    if (this.status === DATA_STATUS.loading && this.#abort === undefined) {
      void this.#load(splitSources(this.#request.src), this.#request.encoding);
    }
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#cancelPrefetch?.();
    this.#cancelPrefetch = undefined;
  }

  async #load(urls: readonly string[], encoding: Encoding | undefined): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.status = DATA_STATUS.loading;
    this.#host.requestUpdate();
    const data = await loadWithLoader(urls, { signal: abort.signal, ...(encoding ? { encoding } : {}) });
    if (abort.signal.aborted) return;
    this.#abort = undefined;
    this.records = data.records;
    this.updated = data.updated;
    this.failed = data.errors.length;
    this.staleSince = data.staleSince;
    this.status = DATA_STATUS.ready;
    data.errors.forEach((error) => this.#callbacks.onError(error));
    this.#callbacks.onLoaded(data);
    this.#host.requestUpdate();
  }
}

/**
 * The CSV reader (papaparse and the loader) is a chunk of its own, so the first question does
 * not wait for it; the downloads start at once, while that chunk is fetched (or was prefetched),
 * and the reader reads what has arrived so far, then the rest as it comes.
 * If the chunk itself cannot be fetched, that is a network failure like any other.
 */
async function loadWithLoader(urls: readonly string[], options: { signal: AbortSignal; encoding?: Encoding }): Promise<LoadedData> {
  if (urls.length === 0) return noData([]);
  // Failures are read by the loader (which may use a saved copy instead), not here.
  const downloads = new Map(urls.map((url) => [url, new Download(url, options)]));
  try {
    const { loadSources } = await loadReader();
    return await loadSources(urls, { ...options, download: (url) => downloads.get(url) ?? new Download(url, options) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const failure = new ShienNaviError('network', `データを読む部品を読み込めませんでした（${reason}）`, urls[0] ?? '');
    return noData([failure]);
  }
}

function noData(errors: readonly ShienNaviError[]): LoadedData {
  return { records: [], sources: [], errors, updated: '', staleSince: '' };
}
