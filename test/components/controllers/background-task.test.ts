import { expect } from '@open-wc/testing';
import { Task, TaskStatus } from '@lit/task';
import { BackgroundTask } from '../../../src/components/controllers/background-task.js';
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
    expect([task.status, runs.length]).to.deep.equal([TaskStatus.INITIAL, 0]);

    await setInputs(host, { input: 'a' });
    expect([task.status, runs.map((run) => run.input)]).to.deep.equal([TaskStatus.PENDING, ['a']]);
    const renders = host.renders;
    runs[0]?.resolve('built a');
    await until(() => task.status === TaskStatus.COMPLETE, 'the run to complete');
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
    await until(() => task.status === TaskStatus.COMPLETE, 'the new run to complete');
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
    expect([task.status, task.value]).to.deep.equal([TaskStatus.PENDING, undefined]);
    await setInputs(host, { input: undefined });
    expect([task.status, task.value, runs[1]?.signal.aborted]).to.deep.equal([TaskStatus.INITIAL, undefined, true]);
  });

  it('takes a run abandoned by abort(), that stops by rejecting or ends anyway, for no run at all', async () => {
    const runs: Run[] = [];
    const { host, controller: task } = await hosted((host) => taskOn(host, runs), { input: 'a' });
    task.abort();
    runs[0]?.reject(new DOMException('aborted', 'AbortError'));
    await runs[0]?.done;
    await host.updateComplete;
    expect([task.status, task.value, task.error]).to.deep.equal([TaskStatus.INITIAL, undefined, undefined]);

    void task.run();
    task.abort();
    runs[1]?.resolve('too late');
    await runs[1]?.done;
    await host.updateComplete;
    expect([task.status, task.value]).to.deep.equal([TaskStatus.INITIAL, undefined]);
  });

  it("is @lit/task's Task, so its taskComplete promise gives the current inputs' value", async () => {
    const runs: Run[] = [];
    const { host, controller: task } = await hosted((host) => taskOn(host, runs), { input: 'a' });
    expect(task).to.be.instanceOf(Task);
    await setInputs(host, { input: 'b' });
    const completed = task.taskComplete;
    runs[0]?.resolve('built a');
    runs[1]?.resolve('built b');
    expect(await completed).to.equal('built b');
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
      await until(() => task.status === TaskStatus.ERROR, 'the error state');
      expect([task.error, task.value]).to.deep.equal([failure, undefined]);

      void task.run();
      expect([task.status, task.error, runs.map((run) => run.input)]).to.deep.equal([TaskStatus.PENDING, undefined, ['a', 'a']]);
      runs[1]?.resolve('built a');
      await until(() => task.status === TaskStatus.COMPLETE, 'the retry to complete');
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
    await until(() => task.status === TaskStatus.ERROR, 'the error state');
    expect((task.error as Error).message).to.equal('bad input');
  });

  it('abandons its work when the host leaves the page, and starts again when it comes back', async () => {
    const runs: Run[] = [];
    const { host, controller: task } = await hosted((host) => taskOn(host, runs), { input: 'a' });
    host.remove();
    expect([runs[0]?.signal.aborted, task.status]).to.deep.equal([true, TaskStatus.INITIAL]);
    runs[0]?.resolve('too late');
    await runs[0]?.done;
    expect([task.status, task.value]).to.deep.equal([TaskStatus.INITIAL, undefined]);
    document.body.append(host);
    await host.updateComplete;
    expect([runs.length, task.status]).to.deep.equal([2, TaskStatus.PENDING]);
    runs[1]?.resolve('built a again');
    await until(() => task.status === TaskStatus.COMPLETE, 'the new run');
    expect(task.value).to.equal('built a again');
  });

  it('lets a finished value be, when the host leaves the page and comes back', async () => {
    const runs: Run[] = [];
    const { host, controller: task } = await hosted((host) => taskOn(host, runs), { input: 'a' });
    runs[0]?.resolve('built a');
    await until(() => task.status === TaskStatus.COMPLETE, 'the value');
    host.remove();
    document.body.append(host);
    await host.updateComplete;
    expect([runs.length, task.value]).to.deep.equal([1, 'built a']);
  });
});
