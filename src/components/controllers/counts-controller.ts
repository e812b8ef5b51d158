import type { ReactiveControllerHost } from 'lit';
import { lazyModule } from '../../data/lazy-module.js';
import type { ServiceRecord } from '../../data/record.js';
import { lastAnswer } from '../../data/remembered.js';
import { defaultYield } from '../../data/yield.js';
import type * as CountsModule from '../../engine/counts.js';
import type { GoalIndex, ServiceCounts } from '../../engine/counts.js';
import type { GoalFallback } from '../../engine/fallback.js';
import type { Flow } from '../../engine/flow.js';
import { BackgroundTask } from './background-task.js';

export interface CountsInputs {
  readonly flow: Flow;
  /** The data, once it has loaded; undefined while it loads. */
  readonly records: readonly ServiceRecord[] | undefined;
  readonly municipality: string;
}

/**
 * The counting code, a chunk of its own fetched with the data (nothing is counted before). It
 * holds the municipality filter too, with the area table of 179 towns: none of it is needed
 * before there is data to filter.
 */
const countingChunk = lazyModule((): Promise<typeof CountsModule> => import('../../engine/counts.js'));

/**
 * How many services lie behind each answer, and which services each goal shows, for the
 * current flow, data and municipality. The costly part (which goals each service answers) is
 * built in the background once per flow and data (with the code that counts, fetched then);
 * until then, or if it fails, a goal is answered directly from the data.
 */
export class CountsController {
  readonly index: BackgroundTask<readonly [Flow, readonly ServiceRecord[]], GoalIndex | undefined>;
  readonly #inputs: () => CountsInputs;
  readonly #countsIn = lastAnswer((counting: typeof CountsModule, index: GoalIndex, municipality: string): ServiceCounts => new counting.ServiceCounts(index, municipality));
  readonly #townOf = lastAnswer((counting: typeof CountsModule, records: readonly ServiceRecord[], municipality: string) => counting.townServices(records, municipality));

  constructor(host: ReactiveControllerHost, inputs: () => CountsInputs) {
    this.#inputs = inputs;
    this.index = new BackgroundTask(host, {
      args: () => {
        const { flow, records } = this.#inputs();
        return records && records.length > 0 ? ([flow, records] as const) : undefined;
      },
      task: async ([flow, records], signal) => (await countingChunk.load()).GoalIndex.buildInSlices(flow, records, defaultYield, { signal }),
    });
  }

  /** Counts for the current municipality, once the index is built. */
  get counts(): ServiceCounts | undefined {
    const counting = countingChunk.now();
    const index = this.index.value;
    const { flow, records, municipality } = this.#inputs();
    if (counting === undefined || index?.flow !== flow || index.records !== records) return undefined;
    return this.#countsIn(counting, index, municipality);
  }

  /** The services a goal shows (none for a question); undefined while the data or the counting code loads. */
  results(nodeId: string): readonly ServiceRecord[] | undefined {
    const { flow, records, municipality } = this.#inputs();
    const counting = countingChunk.now();
    if (records === undefined) return undefined;
    // No data, or the counting code never arrived: a goal with nothing (and its kind way on).
    if (records.length === 0 || (counting === undefined && this.index.status === 'error')) return [];
    if (counting === undefined) return undefined;
    const counts = this.counts;
    if (counts) return counts.results(nodeId);
    // The index of a big file is still being built: answer this one goal directly.
    const node = flow.nodes[nodeId];
    return node?.kind === 'goal' ? counting.runQuery(node.query, records, municipality) : [];
  }

  /**
   * Every service the town sees (engine/town.ts), for the list; none until the counting code
   * (which holds the municipality rule and its 179-town table) has arrived with the data.
   */
  town(records: readonly ServiceRecord[], municipality: string): readonly ServiceRecord[] {
    const counting = countingChunk.now();
    if (municipality.trim() === '') return records;
    if (counting === undefined) return [];
    return this.#townOf(counting, records, municipality);
  }

  /** What a goal shows when the town has no service of its own for it (see goalFallback); undefined otherwise. */
  fallback(nodeId: string): GoalFallback | undefined {
    const results = this.results(nodeId);
    const { flow, records, municipality } = this.#inputs();
    const counting = countingChunk.now();
    return results && records && counting && flow.nodes[nodeId]?.kind === 'goal' ? counting.goalFallback(results, records, municipality) : undefined;
  }
}
