import { expect } from '@open-wc/testing';
import { BackgroundTask, TASK_STATUS } from '../../../src/components/controllers/background-task.js';
import { until } from '../helpers.js';
import { deferred, hosted, setInputs, type TestHost } from './host.js';

/** One call of the task: its inputs, its signal, and how to end it. */
interface Run {
  readonly input: string;
  readonly signal: AbortSignal;
  /** Settles after the task's own handlers have seen the result. */
  readonly done: Promise<unknown>;
  resolve(value: string): void;
  reject(error: unknown): void;
}

/** A task over `host.inputs.input` whose runs the test ends by hand. */
function taskOn(host: TestHost, runs: Run[]) {
  return new BackgroundTask<readonly [string], string>(host, {
    args: () => (typeof host.inputs['input'] === 'string' ? [host.inputs['input']] : undefined),
    task: ([input], signal) => {
      const { promise, resolve, reject } = deferred<string>();
      runs.push({ input, signal, resolve, reject, done: promise.catch(() => undefined) });
      return promise;
    },
  });
}

afterEach(() => document.querySelectorAll('test-controller-host').forEach((host) => host.remove()));

describe('BackgroundTask', () => {
  it('waits for inputs, runs once per change of them, and asks its host to show the result', async () => {
    const runs: Run[] = [];
    const { host, controller: task } = await hosted((host) => taskOn(host, runs));
    expect([task.status, runs.length]).to.deep.equal([TASK_STATUS.idle, 0]);

    await setInputs(host, { input: 'a' });
    expect([task.status, runs.map((run) => run.input)]).to.deep.equal([TASK_STATUS.pending, ['a']]);
    const renders = host.renders;
    runs[0]?.resolve('built a');
    await until(() => task.status === TASK_STATUS.complete, 'the run to complete');
    expect(task.value).to.equal('built a');
    await host.updateComplete;
    expect(host.renders).to.equal(renders + 1);

    // Other updates with the same inputs do not run it again.
    host.requestUpdate();
    await host.updateComplete;
    expect(runs).to.have.length(1);
  });

  it('aborts the run under way when the inputs change, and the most recent run wins', async () => {
    const runs: Run[] = [];
    const { host, controller: task } = await hosted((host) => taskOn(host, runs), { input: 'old' });
    await setInputs(host, { input: 'new' });
    const [old, fresh] = runs;
    expect([old?.signal.aborted, fresh?.signal.aborted]).to.deep.equal([true, false]);
    expect(task.value).to.equal(undefined);
    // The old run ends after the new one: its value never replaces the newer one.
    fresh?.resolve('built new');
    await until(() => task.status === TASK_STATUS.complete, 'the new run to complete');
    old?.resolve('built old');
    await old?.done;
    expect(task.value).to.equal('built new');
  });

  it('drops the value of older inputs at once, and goes idle when the inputs go away', async () => {
    const runs: Run[] = [];
    const { host, controller: task } = await hosted((host) => taskOn(host, runs), { input: 'a' });
    runs[0]?.resolve('built a');
    await until(() => task.value === 'built a', 'the first value');
    await setInputs(host, { input: 'b' });
    expect([task.status, task.value]).to.deep.equal([TASK_STATUS.pending, undefined]);
    await setInputs(host, { input: undefined });
    expect([task.status, task.value, runs[1]?.signal.aborted]).to.deep.equal([TASK_STATUS.idle, undefined, true]);
  });

  it('keeps a failure as an error state, not an unhandled rejection, and runs again on retry', async () => {
    const runs: Run[] = [];
    const unhandled: unknown[] = [];
    const onUnhandled = (event: PromiseRejectionEvent) => unhandled.push(event.reason);
    window.addEventListener('unhandledrejection', onUnhandled);
    try {
      const { controller: task } = await hosted((host) => taskOn(host, runs), { input: 'a' });
      const failure = new Error('out of memory');
      runs[0]?.reject(failure);
      await until(() => task.status === TASK_STATUS.error, 'the error state');
      expect([task.error, task.value]).to.deep.equal([failure, undefined]);

      task.run();
      expect([task.status, task.error, runs.map((run) => run.input)]).to.deep.equal([TASK_STATUS.pending, undefined, ['a', 'a']]);
      runs[1]?.resolve('built a');
      await until(() => task.status === TASK_STATUS.complete, 'the retry to complete');
      expect(task.value).to.equal('built a');
      expect(unhandled).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onUnhandled);
    }
  });

  it('fails like any other failure when the task throws before it starts', async () => {
    const { controller: task } = await hosted(
      (host) =>
        new BackgroundTask<readonly [string], string>(host, {
          args: () => ['a'],
          task: () => {
            throw new TypeError('bad input');
          },
        }),
    );
    await until(() => task.status === TASK_STATUS.error, 'the error state');
    expect((task.error as Error).message).to.equal('bad input');
  });

  it('abandons its work when the host leaves the page, and starts again when it comes back', async () => {
    const runs: Run[] = [];
    const { host, controller: task } = await hosted((host) => taskOn(host, runs), { input: 'a' });
    host.remove();
    expect([runs[0]?.signal.aborted, task.status]).to.deep.equal([true, TASK_STATUS.idle]);
    runs[0]?.resolve('too late');
    await runs[0]?.done;
    expect([task.status, task.value]).to.deep.equal([TASK_STATUS.idle, undefined]);
    document.body.append(host);
    await host.updateComplete;
    expect([runs.length, task.status]).to.deep.equal([2, TASK_STATUS.pending]);
    runs[1]?.resolve('built a again');
    await until(() => task.status === TASK_STATUS.complete, 'the new run');
    expect(task.value).to.equal('built a again');
  });

  it('lets a finished value be, when the host leaves the page and comes back', async () => {
    const runs: Run[] = [];
    const { host, controller: task } = await hosted((host) => taskOn(host, runs), { input: 'a' });
    runs[0]?.resolve('built a');
    await until(() => task.status === TASK_STATUS.complete, 'the value');
    host.remove();
    document.body.append(host);
    await host.updateComplete;
    expect([runs.length, task.value]).to.deep.equal([1, 'built a']);
  });
});
