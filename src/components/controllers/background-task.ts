import { Task, TaskStatus, initialState, shallowArrayEquals } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';

export interface BackgroundTaskOptions<Args extends readonly unknown[], T> {
  /** The inputs, read after each update of the host; undefined when there is nothing to do yet. */
  readonly args: () => Args | undefined;
  /** The work. It should stop soon after `signal` aborts; what it returns then is dropped. */
  readonly task: (args: Args, signal: AbortSignal) => Promise<T>;
}

/**
 * Costly work (an index over the data) done in the background for its host, again whenever
 * an input changes (compared by identity): `@lit/task`'s `Task` (most recent run wins, the
 * older one is aborted; a failure is an error state; `run()` retries), with what a widget that
 * comes and goes needs besides:
 * - inputs may be absent (`args` returns undefined): the task is then idle, with no value;
 * - `value` and `error` always belong to the current inputs (`Task` keeps the last value while
 *   a new run is pending, and a run abandoned through its signal could still complete late);
 * - leaving the page aborts the work under way, and coming back starts it again.
 */
export class BackgroundTask<Args extends readonly unknown[], T> extends Task<Args, T> {
  readonly #host: ReactiveControllerHost;
  readonly #inputs: () => Args | undefined;
  /** The inputs of the current value, or of the run under way; undefined when idle. */
  #args: Args | undefined;
  #interrupted = false;

  constructor(host: ReactiveControllerHost, options: BackgroundTaskOptions<Args, T>) {
    super(host, {
      // No `args`: this class decides when to run (inputs may be absent, and the host may leave).
      // 'afterUpdate' makes `Task` ask for the update that shows a run pending after the current one, not during it.
      autoRun: 'afterUpdate',
      task: async (args, { signal }) => {
        try {
          const value = await options.task(args, signal);
          return signal.aborted ? initialState : value;
        } catch (error) {
          if (signal.aborted) return initialState;
          throw error;
        }
      },
    });
    this.#host = host;
    this.#inputs = options.args;
  }

  override get status(): TaskStatus {
    return this.#args === undefined ? TaskStatus.INITIAL : super.status;
  }

  override get value(): T | undefined {
    return this.status === TaskStatus.COMPLETE ? super.value : undefined;
  }

  override get error(): unknown {
    return this.status === TaskStatus.ERROR ? super.error : undefined;
  }

  // After the update, like `autoRun: 'afterUpdate'`: the inputs are the ones just shown, whatever the order of the host's controllers.
  override hostUpdated(): void {
    const args = this.#inputs();
    if (!sameArgs(args, this.#args)) void this.run(args);
  }

  hostConnected(): void {
    if (!this.#interrupted) return;
    this.#interrupted = false;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.status !== TaskStatus.PENDING) return;
    this.abort();
    this.#args = undefined; // so the next update starts it again
    this.#interrupted = true;
  }

  /** Runs the task now (again, after a failure) with these inputs, by default the current ones. */
  override run(args: Args | undefined = this.#inputs()): Promise<void> {
    this.#args = args;
    if (args !== undefined) return super.run(args);
    this.abort();
    return Promise.resolve();
  }
}

/** `Task`'s own comparison of inputs (each by identity), with none as inputs of their own. */
function sameArgs(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  return a === undefined || b === undefined ? a === b : shallowArrayEquals(a, b);
}
