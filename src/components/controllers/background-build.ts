import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Builds something costly (an index over the data) in the background, once per set of inputs,
 * and asks the host to update when it is ready. A newer request, or the element leaving the
 * page, abandons the build under way.
 */
export class BackgroundBuild<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #build: (inputs: readonly unknown[], signal: AbortSignal) => Promise<T | undefined>;
  #done: { inputs: readonly unknown[]; value: T } | undefined;
  #running: { inputs: readonly unknown[]; abort: AbortController } | undefined;

  constructor(host: ReactiveControllerHost, build: (inputs: readonly unknown[], signal: AbortSignal) => Promise<T | undefined>) {
    this.#host = host;
    this.#build = build;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#running?.abort.abort();
    this.#running = undefined;
  }

  /** The value for these inputs (compared by identity), or undefined while it is being built. */
  get(...inputs: readonly unknown[]): T | undefined {
    if (this.#done && same(this.#done.inputs, inputs)) return this.#done.value;
    if (this.#running && same(this.#running.inputs, inputs)) return undefined;
    this.#running?.abort.abort();
    const abort = new AbortController();
    this.#running = { inputs, abort };
    void this.#build(inputs, abort.signal).then((value) => {
      if (value === undefined || abort.signal.aborted) return;
      this.#done = { inputs, value };
      this.#running = undefined;
      this.#host.requestUpdate();
    });
    return undefined;
  }
}

function same(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
