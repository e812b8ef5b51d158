import type { ReactiveControllerHost } from 'lit';
import type { ServiceRecord } from '../../data/record.js';
import { defaultYield } from '../../data/yield.js';
import type * as CountsModule from '../../engine/counts.js';
import type { GoalIndex, ServiceCounts } from '../../engine/counts.js';
import type { GoalFallback } from '../../engine/fallback.js';
import type { Flow } from '../../engine/flow.js';
import { BackgroundTask, TASK_STATUS } from './background-task.js';

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
let counting: typeof CountsModule | undefined;
async function loadCounting(): Promise<typeof CountsModule> {
  counting ??= await import('../../engine/counts.js');
  return counting;
}

/**
 * How many services lie behind each answer, and which services each goal shows, for the
 * current flow, data and municipality. The costly part (which goals each service answers) is
 * built in the background once per flow and data (with the code that counts, fetched then);
 * until then, or if it fails, a goal is answered directly from the data.
 */
export class CountsController {
  readonly index: BackgroundTask<readonly [Flow, readonly ServiceRecord[]], GoalIndex | undefined>;
  readonly #inputs: () => CountsInputs;
  #counts: ServiceCounts | undefined;
  #countsFor: { index: GoalIndex; municipality: string } | undefined;
  #townFor: { records: readonly ServiceRecord[]; municipality: string; services: readonly ServiceRecord[] } | undefined;

  constructor(host: ReactiveControllerHost, inputs: () => CountsInputs) {
    this.#inputs = inputs;
    this.index = new BackgroundTask(host, {
      args: () => {
        const { flow, records } = this.#inputs();
        return records && records.length > 0 ? ([flow, records] as const) : undefined;
      },
      task: async ([flow, records], signal) => (await loadCounting()).GoalIndex.buildInSlices(flow, records, defaultYield, { signal }),
    });
  }

  /** Counts for the current municipality, once the index is built. */
  get counts(): ServiceCounts | undefined {
    const index = this.index.value;
    const { flow, records, municipality } = this.#inputs();
    if (counting === undefined || index?.flow !== flow || index.records !== records) return undefined;
    if (this.#countsFor?.index !== index || this.#countsFor.municipality !== municipality) {
      this.#counts = new counting.ServiceCounts(index, municipality);
      this.#countsFor = { index, municipality };
    }
    return this.#counts;
  }

  /** The services a goal shows (none for a question); undefined while the data or the counting code loads. */
  results(nodeId: string): readonly ServiceRecord[] | undefined {
    const { flow, records, municipality } = this.#inputs();
    if (records === undefined) return undefined;
    // No data, or the counting code never arrived: a goal with nothing (and its kind way on).
    if (records.length === 0 || (counting === undefined && this.index.status === TASK_STATUS.error)) return [];
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
    if (municipality.trim() === '') return records;
    if (counting === undefined) return [];
    if (this.#townFor?.records !== records || this.#townFor.municipality !== municipality) {
      this.#townFor = { records, municipality, services: counting.townServices(records, municipality) };
    }
    return this.#townFor.services;
  }

  /** What a goal shows when the town has no service of its own for it (see goalFallback); undefined otherwise. */
  fallback(nodeId: string): GoalFallback | undefined {
    const results = this.results(nodeId);
    const { flow, records, municipality } = this.#inputs();
    return results && records && counting && flow.nodes[nodeId]?.kind === 'goal' ? counting.goalFallback(results, records, municipality) : undefined;
  }
}
