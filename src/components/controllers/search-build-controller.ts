import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ServiceRecord } from '../../data/record.js';
import { defaultYield } from '../../data/yield.js';
import type { Flow } from '../../engine/flow.js';
import { loadSearchChunk, searchChunk, type SearchChunk } from '../../engine/load-trouble-search.js';
import type { TroubleMatcher } from '../../engine/troubles.js';
import type { SearchIndex } from '../../search/search-index.js';
import { BackgroundTask } from './background-task.js';
import { whenIdle } from './when-idle.js';

/** The search chunk if it is here already, and how to fetch it (undefined when it cannot be). */
export interface ChunkSource {
  now(): SearchChunk | undefined;
  load(): Promise<SearchChunk | undefined>;
}

const PAGE_CHUNK: ChunkSource = { now: searchChunk, load: loadSearchChunk };

/**
 * The search of one widget, made ready before anyone types: its chunk, fetched once the browser
 * is idle after the first question (or at the first keystroke, `load`), then, in the background,
 * the index over the data as soon as the data is in and the flow's trouble matcher.
 */
export class SearchBuildController implements ReactiveController {
  readonly index: BackgroundTask<readonly [readonly ServiceRecord[], SearchChunk], SearchIndex | undefined>;
  readonly troubles: BackgroundTask<readonly [Flow, SearchChunk], TroubleMatcher | undefined>;
  /** The search chunk did not load (the last try failed). */
  unavailable = false;

  readonly #host: ReactiveControllerHost;
  readonly #source: ChunkSource;
  /** An index built at once, for a keystroke that came before the background build finished. */
  #builtNow: SearchIndex | undefined;
  #cancelPrefetch: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, inputs: () => { readonly records: readonly ServiceRecord[] | undefined; readonly flow: Flow }, source: ChunkSource = PAGE_CHUNK) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
    this.index = new BackgroundTask(host, {
      // Built as soon as there is data, so the first keystroke is instant.
      args: () => {
        const { records } = inputs();
        const chunk = source.now();
        return chunk && records && records.length > 0 ? ([records, chunk] as const) : undefined;
      },
      task: ([records, chunk], signal) => chunk.SearchIndex.buildInSlices(records, defaultYield, { signal }),
    });
    this.troubles = new BackgroundTask(host, {
      args: () => {
        const chunk = source.now();
        return chunk && ([inputs().flow, chunk] as const);
      },
      task: ([flow, chunk], signal) => chunk.TroubleMatcher.buildInSlices(flow, defaultYield, { signal }),
    });
  }

  /** The search chunk, if it is here. */
  get chunk(): SearchChunk | undefined {
    return this.#source.now();
  }

  hostConnected(): void {
    // Once the first question is painted: the first keystroke rarely waits.
    this.#cancelPrefetch = whenIdle(() => {
      this.#cancelPrefetch = undefined;
      this.load();
    });
  }

  hostDisconnected(): void {
    this.#cancelPrefetch?.();
    this.#cancelPrefetch = undefined;
  }

  /** Fetches the search (again, after a failure); the host updates once it is here. */
  load(): void {
    void this.#source.load().then((chunk) => {
      this.unavailable = chunk === undefined;
      this.#host.requestUpdate();
    });
  }

  /** The index over `records`: the background build once done, else one built now (a keystroke cannot wait). */
  indexOver(chunk: SearchChunk, records: readonly ServiceRecord[]): SearchIndex {
    const built = this.index.value;
    if (built?.records === records) {
      this.#builtNow = undefined;
      return built;
    }
    if (this.#builtNow?.records !== records) this.#builtNow = chunk.SearchIndex.build(records);
    return this.#builtNow;
  }

  /** The trouble matcher for `flow`, once built. */
  troublesFor(flow: Flow): TroubleMatcher | undefined {
    return this.troubles.value?.flow === flow ? this.troubles.value : undefined;
  }
}
