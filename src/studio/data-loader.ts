import type { Encoding } from '../data/decode.js';
import type { Flow } from '../engine/flow.js';
import type { CheckerRequest, CheckerResult, CheckerSource } from './check-worker.js';
import type { StudioStore } from './model/store.js';
import type { DataSource } from './model/sources.js';

/** A flow being typed is checked against the data once the typing pauses. */
const CHECK_DELAY_MS = 400;

/**
 * Keeps the store's data and its check in step with the sources, the forced encoding and the
 * flow: the worker (check-worker.ts) reads and checks, and the records and the report come
 * back. The worker starts with the page, so nothing is fetched later.
 */
export class DataLoader {
  readonly #store: StudioStore;
  readonly #worker = new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module', name: 'shien-navi-studio-checker' });
  #sources: readonly DataSource[] | undefined;
  #encoding: Encoding | '' = '';
  #flow: Flow | undefined;
  #run = 0;
  #lastRead = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(store: StudioStore) {
    this.#store = store;
    this.#worker.addEventListener('message', (event: MessageEvent<CheckerResult>) => this.#done(event.data));
    store.addEventListener('change', () => this.#changed());
    this.#changed();
  }

  #changed(): void {
    const { sources, settings, flow } = this.#store.state;
    if (sources !== this.#sources || settings.encoding !== this.#encoding) {
      this.#sources = sources;
      this.#encoding = settings.encoding;
      this.#flow = flow;
      this.#read(sources, settings.encoding, flow);
    } else if (flow !== this.#flow) {
      this.#flow = flow;
      clearTimeout(this.#timer);
      if (sources.length > 0) this.#timer = setTimeout(() => this.#post({ kind: 'check', run: (this.#run += 1), flow }), CHECK_DELAY_MS);
    }
  }

  #read(sources: readonly DataSource[], encoding: Encoding | '', flow: Flow | undefined): void {
    clearTimeout(this.#timer);
    this.#lastRead = this.#run += 1;
    if (sources.length === 0) {
      this.#store.update({ data: { status: 'empty', records: [], sources: [], report: undefined } });
      return;
    }
    this.#store.update((state) => ({ data: { ...state.data, status: 'loading' } }));
    const files = sources.map((source): CheckerSource =>
      source.kind === 'file' ? { kind: 'bytes', id: source.id, name: source.name, bytes: source.bytes } : { kind: 'url', id: source.id, url: source.url },
    );
    this.#post({ kind: 'read', run: this.#lastRead, sources: files, encoding, flow });
  }

  #post(request: CheckerRequest): void {
    this.#worker.postMessage(request);
  }

  #done(result: CheckerResult): void {
    const data = this.#store.state.data;
    // Records from the latest read; the report from the latest request of all (older answers are not wanted).
    const records = result.kind === 'read' && result.run === this.#lastRead && result.records && result.sources ? { records: result.records, sources: result.sources } : {};
    const latest = result.run === this.#run;
    if (!latest && Object.keys(records).length === 0) return;
    this.#store.update({ data: { ...data, ...records, ...(latest ? { status: 'ready', report: result.report } : {}) } });
  }
}
