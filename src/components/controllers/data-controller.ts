import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Encoding } from '../../data/encodings.js';
import { SETUP_ERRORS, type ShienNaviError } from '../../data/errors.js';
import { Download } from '../../data/fetch.js';
import { lazyModule } from '../../data/lazy-module.js';
import type * as LoadModule from '../../data/load.js';
import type { LoadedData } from '../../data/load.js';
import type { ServiceRecord } from '../../data/record.js';
import { splitSources } from '../../data/sources.js';
import { whenIdle } from './when-idle.js';

export interface DataRequest {
  /** The `src` attribute: one or more URLs separated by spaces. */
  readonly src: string;
  /** A forced encoding, or undefined to detect it. */
  readonly encoding: Encoding | undefined;
}

export interface DataOptions {
  /** Which data to read, asked before each update of the host. */
  readonly source: () => DataRequest;
  /** Once per load, when it has ended (well or not): the same moment for every load. */
  onLoaded(data: LoadedData): void;
  /** Each source that failed, before `onLoaded`. */
  onError(error: ShienNaviError): void;
}

const NOTHING_LOADED: LoadedData = { records: [], sources: [], errors: [], updated: '', staleSince: '' };

/** The CSV reader chunk, fetched once per page however many widgets it has. */
const readerChunk = lazyModule((): Promise<typeof LoadModule> => import('../../data/load.js'));

/**
 * Loads the open-data CSV named by `src` for its host, once per distinct `src` and `encoding`,
 * and abandons a load when the element leaves the page or `src` changes. Every load ends with
 * exactly one `onLoaded`, with data or without (no `src`, or every source failed).
 */
export class DataController implements ReactiveController {
  /** True until the first load ends, and while a later one is under way. */
  loading = true;
  /** Data of the last load that ended. */
  data: LoadedData = NOTHING_LOADED;

  readonly #host: ReactiveControllerHost;
  readonly #options: DataOptions;
  #key: string | undefined;
  #urls: readonly string[] = [];
  #encoding: Encoding | undefined;
  #abort: AbortController | undefined;
  /** A load that ended during an update of the host, reported once that update is done. */
  #ended: LoadedData | undefined;
  #cancelPrefetch: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, options: DataOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The services read from the data, before any filter. */
  get records(): readonly ServiceRecord[] {
    return this.data.records;
  }

  /** Newest 最終更新日 of the data. */
  get updated(): string {
    return this.data.updated;
  }

  hostConnected(): void {
    // Pages that set `src` after the widget is on screen (single-page apps) find the reader
    // already here. The idle callback comes after the first question is painted.
    this.#cancelPrefetch = whenIdle(() => {
      this.#cancelPrefetch = undefined;
      readerChunk.load().catch(() => undefined);
    });
    // Reconnected after a move in the DOM: load again if the last load was cut short.
    if (this.loading && this.#key !== undefined && this.#abort === undefined) void this.#load();
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#cancelPrefetch?.();
    this.#cancelPrefetch = undefined;
  }

  hostUpdate(): void {
    const { src, encoding } = this.#options.source();
    const key = `${encoding ?? ''} ${src}`;
    if (key === this.#key) return;
    this.#key = key;
    this.#urls = splitSources(src);
    this.#encoding = encoding;
    if (this.#urls.length > 0) {
      void this.#load();
      return;
    }
    // Nothing to load: the widget is ready at once, with its crisis lines and no loading note.
    this.#abort?.abort();
    this.#abort = undefined;
    this.#apply(NOTHING_LOADED);
    this.#ended = NOTHING_LOADED;
  }

  hostUpdated(): void {
    const ended = this.#ended;
    this.#ended = undefined;
    if (ended) this.#report(ended);
  }

  async #load(): Promise<void> {
    this.#abort?.abort();
    const abort = new AbortController();
    this.#abort = abort;
    this.loading = true;
    this.#host.requestUpdate();
    const data = await loadWithLoader(this.#urls, { signal: abort.signal, ...(this.#encoding ? { encoding: this.#encoding } : {}) });
    if (abort.signal.aborted) return;
    this.#abort = undefined;
    this.#apply(data);
    this.#report(data);
  }

  #apply(data: LoadedData): void {
    this.data = data;
    this.loading = false;
    this.#host.requestUpdate();
  }

  #report(data: LoadedData): void {
    data.errors.forEach((error) => this.#options.onError(error));
    this.#options.onLoaded(data);
  }
}

/**
 * The CSV reader (papaparse and the loader) is a chunk of its own, so the first question does
 * not wait for it; the downloads start at once, while that chunk is fetched (or was prefetched),
 * and the reader reads what has arrived so far, then the rest as it comes.
 * If the chunk itself cannot be fetched, that is a network failure like any other.
 */
async function loadWithLoader(urls: readonly string[], options: { signal: AbortSignal; encoding?: Encoding }): Promise<LoadedData> {
  // Failures are read by the loader (which may use a saved copy instead), not here.
  const downloads = new Map(urls.map((url) => [url, new Download(url, options)]));
  try {
    const { loadSources } = await readerChunk.load();
    return await loadSources(urls, { ...options, download: (url) => downloads.get(url) ?? new Download(url, options) });
  } catch (error) {
    // Nothing will read them: stop them rather than download for nobody.
    for (const download of downloads.values()) download.cancel();
    const reason = error instanceof Error ? error.message : String(error);
    return { ...NOTHING_LOADED, errors: [SETUP_ERRORS.readerMissing(urls[0] ?? '', reason)] };
  }
}
