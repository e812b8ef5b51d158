import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const TASK_STATUS = {
  /** Nothing to do: no inputs yet. */
  idle: 'idle',
  pending: 'pending',
  complete: 'complete',
  error: 'error',
} as const;
export type TaskStatus = (typeof TASK_STATUS)[keyof typeof TASK_STATUS];

export interface BackgroundTaskOptions<Args extends readonly unknown[], T> {
  /** The inputs, read after each update of the host; undefined when there is nothing to do yet. */
  readonly args: () => Args | undefined;
  /** The work. It should stop soon after `signal` aborts; what it returns then is dropped. */
  readonly task: (args: Args, signal: AbortSignal) => Promise<T>;
}

/**
 * Costly work (an index over the data) done in the background for its host, again whenever
 * an input changes (compared by identity), in the manner of `@lit/task`: typed inputs, an
 * `AbortSignal`, a status, the error of a failed run and `run()` to retry. The most recent
 * run wins: a newer one aborts the one under way, and an older result never replaces a newer.
 * `value` always belongs to the current inputs. Leaving the page aborts the work; coming back
 * starts it again.
 */
export class BackgroundTask<Args extends readonly unknown[], T> implements ReactiveController {
  status: TaskStatus = TASK_STATUS.idle;
  value: T | undefined;
  error: unknown;

  readonly #host: ReactiveControllerHost;
  readonly #options: BackgroundTaskOptions<Args, T>;
  /** The inputs of `value`, or of the run under way. */
  #args: Args | undefined;
  #run: AbortController | undefined;
  #interrupted = false;

  constructor(host: ReactiveControllerHost, options: BackgroundTaskOptions<Args, T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  // After the update, like `@lit/task`'s `autoRun: 'afterUpdate'`: the inputs are the ones just shown, whatever the order of the host's controllers.
  hostUpdated(): void {
    const args = this.#options.args();
    if (!sameArgs(args, this.#args)) this.run(args);
  }

  hostConnected(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.status !== TASK_STATUS.pending) return;
    this.abort();
    this.#args = undefined; // so the next update starts it again
    this.#interrupted = true;
  }

  /**
   * Runs the task now (again, after a failure) with these inputs, by default the current ones.
   * The host is asked to update when the run ends (not now: a new run shows nothing new).
   */
  run(args: Args | undefined = this.#options.args()): void {
    this.abort();
    this.#args = args;
    this.value = undefined;
    this.error = undefined;
    if (args === undefined) {
      this.status = TASK_STATUS.idle;
      return;
    }
    this.status = TASK_STATUS.pending;
    const run = new AbortController();
    this.#run = run;
    attempt(() => this.#options.task(args, run.signal)).then(
      (value) => this.#settle(run, TASK_STATUS.complete, value, undefined),
      (error: unknown) => this.#settle(run, TASK_STATUS.error, undefined, error),
    );
  }

  /** Abandons the run under way, if any; `run()` starts it again. */
  abort(): void {
    this.#run?.abort();
    this.#run = undefined;
    if (this.status === TASK_STATUS.pending) this.status = TASK_STATUS.idle;
  }

  #settle(run: AbortController, status: TaskStatus, value: T | undefined, error: unknown): void {
    if (run !== this.#run || run.signal.aborted) return;
    this.#run = undefined;
    this.status = status;
    this.value = value;
    this.error = error;
    this.#host.requestUpdate();
  }
}

/** A task that throws at once fails like one that rejects: never in the host's update. */
function attempt<T>(start: () => Promise<T>): Promise<T> {
  try {
    return start();
  } catch (error) {
    return Promise.reject(error);
  }
}

function sameArgs(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
