import { LitElement, html } from 'lit';

/**
 * A minimal element to hold one controller under test: `inputs` is whatever the controller
 * reads, and every render is counted, so a test sees when the controller asked for one.
 */
export class TestHost extends LitElement {
  static override properties = { inputs: { attribute: false } };
  declare inputs: Record<string, unknown>;
  renders = 0;
  /** What the host shows, from the test's own render function. */
  show: () => unknown = () => '';

  constructor() {
    super();
    this.inputs = {};
  }

  override render() {
    this.renders += 1;
    return html`${this.show()}`;
  }
}
if (!customElements.get('test-controller-host')) customElements.define('test-controller-host', TestHost);

/** A host on the page with a controller made for it, updated once. */
export async function hosted<C>(make: (host: TestHost) => C, inputs: Record<string, unknown> = {}): Promise<{ host: TestHost; controller: C }> {
  const host = document.createElement('test-controller-host') as TestHost;
  host.inputs = inputs;
  const controller = make(host);
  document.body.append(host);
  await host.updateComplete;
  return { host, controller };
}

/** Sets inputs and waits for the update that reads them. */
export async function setInputs(host: TestHost, inputs: Record<string, unknown>): Promise<void> {
  host.inputs = { ...host.inputs, ...inputs };
  await host.updateComplete;
}

/** A promise settled from outside. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Requests to `url` hang until aborted; the signals they were given are kept. Release in a `finally` (twice is harmless). */
export function holdRequestsTo(url: string): { signals: AbortSignal[]; release: () => void } {
  const real = window.fetch;
  const signals: AbortSignal[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    if (!String(input).endsWith(url)) return real(input, init);
    const signal = init?.signal as AbortSignal;
    signals.push(signal);
    return new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  };
  return { signals, release: () => (window.fetch = real) };
}

/**
 * `setTimeout` and `clearTimeout` replaced by a clock that moves only when the test says:
 * `tick(ms)` fires, in order, every timer due within `ms`, and `pending()` counts those left.
 * Nothing depends on how fast the machine is. Restore in an `afterEach` or a `finally`.
 */
export function fakeTimers(): { tick(ms: number): void; pending(): number; restore(): void } {
  const real = { setTimeout: window.setTimeout, clearTimeout: window.clearTimeout };
  const timers = new Map<number, { readonly at: number; readonly callback: () => void }>();
  let now = 0;
  let lastId = 0;
  window.setTimeout = ((callback: () => void, ms = 0) => {
    lastId += 1;
    timers.set(lastId, { at: now + ms, callback });
    return lastId;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
  }) as typeof window.clearTimeout;
  const next = () => [...timers].sort(([idA, a], [idB, b]) => a.at - b.at || idA - idB)[0];
  return {
    tick(ms) {
      const end = now + ms;
      for (let due = next(); due !== undefined && due[1].at <= end; due = next()) {
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
    pending: () => timers.size,
    restore() {
      window.setTimeout = real.setTimeout;
      window.clearTimeout = real.clearTimeout;
    },
  };
}
