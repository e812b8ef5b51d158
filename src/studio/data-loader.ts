import type { Encoding } from '../data/decode.js';
import type { ShienNaviError } from '../data/errors.js';
import type { SourceResult } from '../data/load.js';
import type { ReadRequest, ReadResult } from './check-worker.js';
import type { StudioStore } from './model/store.js';
import type { DataSource } from './model/sources.js';

/** One source as the loader got it: its result, or why it could not be read. */
export interface SourceOutcome {
  /** The file name or URL as given. */
  readonly source: string;
  readonly result?: SourceResult;
  readonly error?: ShienNaviError;
}

/**
 * Keeps the store's data in step with its sources: whenever the sources or the forced encoding
 * change, the reader in the worker (check-worker.ts) reads them and the records come back.
 * The worker starts with the page, so nothing is fetched later.
 */
export class DataLoader {
  readonly #store: StudioStore;
  readonly #worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module', name: 'shien-navi-studio-reader' });
  #sources: readonly DataSource[] | undefined;
  #encoding: Encoding | '' = '';
  #run = 0;

  constructor(store: StudioStore) {
    this.#store = store;
    this.#worker.addEventListener('message', (event: MessageEvent<ReadResult>) => this.#done(event.data));
    store.addEventListener('change', () => this.#maybeRead());
    this.#maybeRead();
  }

  #maybeRead(): void {
    const { sources, settings } = this.#store.state;
    if (sources === this.#sources && settings.encoding === this.#encoding) return;
    this.#sources = sources;
    this.#encoding = settings.encoding;
    const run = (this.#run += 1);
    if (sources.length === 0) {
      this.#store.update({ data: { status: 'empty', records: [], sources: [] } });
      return;
    }
    this.#store.update((state) => ({ data: { ...state.data, status: 'loading' } }));
    const request: ReadRequest = {
      run,
      encoding: settings.encoding,
      sources: sources.map((source) => (source.kind === 'file' ? { id: source.id, name: source.name, bytes: source.bytes } : { id: source.id, url: source.url })),
    };
    this.#worker.postMessage(request);
  }

  #done(result: ReadResult): void {
    // An answer for sources changed since is not wanted any more.
    if (result.run !== this.#run) return;
    this.#store.update({ data: { status: 'ready', records: result.records, sources: result.sources } });
  }

  dispose(): void {
    this.#worker.terminate();
  }
}
