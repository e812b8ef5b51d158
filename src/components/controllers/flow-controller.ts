import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ShienNaviError } from '../../data/errors.js';
import { fetchBytes } from '../../data/fetch.js';
import type { Flow } from '../../engine/flow.js';
import { validateFlow, type FlowProblem } from '../../engine/validate.js';
import { HOKKAIDO_FLOW } from '../../flows/hokkaido.js';

export interface FlowErrorReport {
  readonly message: string;
  readonly problems?: readonly FlowProblem[];
}

const INLINE_FLOW = ':scope > script[type="application/json"]';
/** A flow file is small; waiting longer than this would leave the person without questions. */
const FLOW_TIMEOUT_MS = 10_000;

/**
 * Decides which decision tree the widget runs: the `flow` property, else an inline
 * `<script type="application/json">` child, else the JSON at the `flow` URL, else the bundled
 * Hokkaido flow. Anything invalid is reported (kind `flow`) and the next in line is used.
 */
export class FlowController implements ReactiveController {
  /** The flow to run; the bundled one until something better is known. */
  flow: Flow = HOKKAIDO_FLOW;
  /** True while a flow URL is being fetched: the host should not offer questions yet. */
  loading = false;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onError: (report: FlowErrorReport) => void;
  #property: unknown;
  #url = '';
  #inlineText: string | undefined;
  #observer: MutationObserver | undefined;
  #abort: AbortController | undefined;
  /** Results of URLs already fetched, so re-renders do not fetch or report twice. */
  #fetched = new Map<string, Flow | undefined>();

  constructor(host: ReactiveControllerHost & HTMLElement, onError: (report: FlowErrorReport) => void) {
    this.#host = host;
    this.#onError = onError;
    host.addController(this);
  }

  hostConnected(): void {
    // The inline script may be parsed after the element is upgraded, or added later by a framework.
    this.#observer = new MutationObserver(() => this.#readInline());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#readInline();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
  }

  /** Call from the host's `willUpdate` when the `flow` property or attribute changed. */
  request(property: unknown, url: string): void {
    this.#property = property;
    this.#url = url.trim();
    this.#choose();
  }

  #readInline(): void {
    const text = this.#host.querySelector(INLINE_FLOW)?.textContent ?? undefined;
    if (text === this.#inlineText) return;
    this.#inlineText = text;
    this.#choose();
  }

  #choose(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.loading = false;
    const next =
      this.#fromProperty() ?? this.#fromInline() ?? (this.#url === '' ? HOKKAIDO_FLOW : this.#fromUrl(this.#url));
    if (next !== undefined) this.#use(next);
  }

  #fromProperty(): Flow | undefined {
    if (this.#property === undefined || this.#property === null) return undefined;
    return this.#validated(this.#property, 'flow プロパティのフローに誤りがあるため、使いません');
  }

  #fromInline(): Flow | undefined {
    if (this.#inlineText === undefined) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(this.#inlineText);
    } catch (error) {
      this.#onError({ message: `<script type="application/json"> のフローが JSON として読めません（${String(error)}）` });
      return undefined;
    }
    return this.#validated(json, '<script type="application/json"> のフローに誤りがあるため、使いません');
  }

  /** Returns a flow fetched before, or starts fetching and returns undefined. */
  #fromUrl(url: string): Flow | undefined {
    if (this.#fetched.has(url)) return this.#fetched.get(url) ?? HOKKAIDO_FLOW;
    this.loading = true;
    const abort = new AbortController();
    this.#abort = abort;
    void this.#fetch(url, abort.signal).then((flow) => {
      if (abort.signal.aborted) return;
      this.#fetched.set(url, flow);
      this.loading = false;
      this.#use(flow ?? HOKKAIDO_FLOW);
    });
    return undefined;
  }

  async #fetch(url: string, signal: AbortSignal): Promise<Flow | undefined> {
    let json: unknown;
    try {
      const bytes = await fetchBytes(url, { signal, timeoutMs: FLOW_TIMEOUT_MS });
      json = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      if (signal.aborted) return undefined;
      const reason =
        error instanceof ShienNaviError ? error.message : error instanceof SyntaxError ? `JSON として読めません（${error.message}）` : String(error);
      this.#onError({ message: `フロー ${url} を読み込めないため、標準のフローを使います: ${reason}` });
      return undefined;
    }
    return this.#validated(json, `フロー ${url} に誤りがあるため、標準のフローを使います`);
  }

  #validated(input: unknown, message: string): Flow | undefined {
    const { flow, problems } = validateFlow(input);
    if (flow === undefined) this.#onError({ message, problems: problems.filter((problem) => problem.severity === 'error') });
    return flow;
  }

  #use(flow: Flow): void {
    if (flow === this.flow && !this.loading) {
      this.#host.requestUpdate();
      return;
    }
    this.flow = flow;
    this.#host.requestUpdate();
  }
}
