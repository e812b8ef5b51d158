import { TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lazyModule } from '../../data/lazy-module.js';
import type { ServiceRecord } from '../../data/record.js';
import { defaultYield } from '../../data/yield.js';
import type * as CountsModule from '../../engine/counts.js';
import type { GoalIndex } from '../../engine/counts.js';
import type { Flow } from '../../engine/flow.js';
import { loadSearchChunk, searchChunk, type SearchChunk } from '../../engine/load-trouble-search.js';
import type { NaviInputs } from '../../engine/navi-model.js';
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
 * The counting code, a chunk of its own fetched with the data (nothing is counted before). It
 * holds the municipality filter too, with the area table of 179 towns: none of it is needed
 * before there is data to filter.
 */
const countingChunk = lazyModule((): Promise<typeof CountsModule> => import('../../engine/counts.js'));

/** What was fetched and built, for the model (see NaviInputs). */
export type Built = Pick<NaviInputs, 'counting' | 'goalIndex' | 'countingFailed' | 'search' | 'searchUnavailable' | 'searchIndex' | 'troubles' | 'troublesFailed'>;

/** The flow as offered, and the data once it has loaded. */
export interface BuildInputs {
  readonly flow: Flow;
  readonly records: readonly ServiceRecord[] | undefined;
}

/**
 * The costly work of one widget, done in the background after the update that gives it its
 * inputs: which goals each service answers (with the counting code, fetched with the data), and
 * the search made ready before anyone types: its chunk, fetched once the data is in and the browser
 * is idle (or at the first keystroke, `load`), then the index over the data and the flow's trouble
 * matcher.
 */
export class BuildController implements ReactiveController {
  readonly goals: BackgroundTask<readonly [Flow, readonly ServiceRecord[]], GoalIndex | undefined>;
  readonly index: BackgroundTask<readonly [readonly ServiceRecord[], SearchChunk], SearchIndex | undefined>;
  readonly troubles: BackgroundTask<readonly [Flow, SearchChunk], TroubleMatcher | undefined>;

  readonly #host: ReactiveControllerHost;
  readonly #source: ChunkSource;
  /** The search chunk did not load (the last try failed). */
  #unavailable = false;
  readonly #inputs: () => BuildInputs;
  /** The search is to be fetched ahead of the first keystroke, once the first answer's data is in. */
  #prefetchWanted = false;
  #cancelPrefetch: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, inputs: () => BuildInputs, source: ChunkSource = PAGE_CHUNK) {
    this.#host = host;
    this.#source = source;
    this.#inputs = inputs;
    host.addController(this);
    this.goals = new BackgroundTask(host, {
      args: () => {
        const { flow, records } = inputs();
        return records && records.length > 0 ? ([flow, records] as const) : undefined;
      },
      task: async ([flow, records], signal) => (await countingChunk.load()).GoalIndex.buildInSlices(flow, records, defaultYield, { signal }),
    });
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

  get built(): Built {
    return {
      counting: countingChunk.now(),
      goalIndex: this.goals.value,
      countingFailed: this.goals.status === TaskStatus.ERROR,
      search: this.#source.now(),
      searchUnavailable: this.#unavailable,
      searchIndex: this.index.value,
      troubles: this.troubles.value,
      troublesFailed: this.troubles.status === TaskStatus.ERROR,
    };
  }

  hostConnected(): void {
    this.#prefetchWanted = true;
    this.#schedulePrefetch();
  }

  hostUpdated(): void {
    this.#schedulePrefetch();
  }

  hostDisconnected(): void {
    this.#cancelPrefetch?.();
    this.#cancelPrefetch = undefined;
  }

  /**
   * Once the data is in (or failed, or there is none) and the browser is idle: the first
   * keystroke rarely waits. Not before: on a slow line the search's 70 KB would share it with
   * the first answer's app chunk, data and reader, and come between a person's taps and the
   * cards. A keystroke fetches it at once (`load`) whatever the data's state.
   */
  #schedulePrefetch(): void {
    if (!this.#prefetchWanted || this.#cancelPrefetch !== undefined || this.#inputs().records === undefined) return;
    this.#cancelPrefetch = whenIdle(() => {
      this.#cancelPrefetch = undefined;
      this.#prefetchWanted = false;
      this.load();
    });
  }

  /** Fetches the search unless it is here (again, after a failure); the host updates once it is. */
  load(): void {
    if (this.#source.now()) return;
    void this.#source.load().then((chunk) => {
      this.#unavailable = chunk === undefined;
      this.#host.requestUpdate();
    });
  }
}
