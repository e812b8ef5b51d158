import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultYield } from '../../data/parse.js';
import type { ServiceRecord } from '../../data/record.js';
import { GoalIndex, ServiceCounts } from '../../engine/counts.js';
import type { Flow } from '../../engine/flow.js';

/**
 * Works out, in slices after the data arrives, which goals each service answers, so that
 * choices can show how many services lie behind them without a long task on big files.
 */
export class GoalIndexController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #index: GoalIndex | undefined;
  #building: { flow: Flow; records: readonly ServiceRecord[]; abort: AbortController } | undefined;
  #counts: { index: GoalIndex; municipality: string; value: ServiceCounts } | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#building?.abort.abort();
    this.#building = undefined;
  }

  /**
   * Counts for this flow, data and municipality, or undefined while they are being worked
   * out (the host is asked to update when they are ready).
   */
  counts(flow: Flow, records: readonly ServiceRecord[], municipality: string): ServiceCounts | undefined {
    const index = this.#index;
    if (index?.flow !== flow || index.records !== records) {
      this.#build(flow, records);
      return undefined;
    }
    if (this.#counts?.index !== index || this.#counts.municipality !== municipality) {
      this.#counts = { index, municipality, value: new ServiceCounts(index, municipality) };
    }
    return this.#counts.value;
  }

  #build(flow: Flow, records: readonly ServiceRecord[]): void {
    if (this.#building?.flow === flow && this.#building.records === records) return;
    this.#building?.abort.abort();
    const abort = new AbortController();
    this.#building = { flow, records, abort };
    void GoalIndex.buildInSlices(flow, records, defaultYield, { signal: abort.signal }).then((index) => {
      if (index === undefined || abort.signal.aborted) return;
      this.#index = index;
      this.#building = undefined;
      this.#host.requestUpdate();
    });
  }
}
