import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SETUP_ERRORS, ShienNaviError, type FlowProblemReport } from '../../data/errors.js';
import { fetchBytes } from '../../data/fetch.js';
import type { Flow } from '../../engine/flow.js';
import { validateFlow } from '../../engine/validate.js';
import { HOKKAIDO_FLOW } from '../../flows/hokkaido.js';

export interface FlowSource {
  /** The `flow` property: an object in the flow format, or undefined. */
  readonly property: unknown;
  /** The `flow` attribute: a URL, or ''. */
  readonly url: string;
}

const INLINE_FLOW = ':scope > script[type="application/json"]';
/** A flow file is small; waiting longer than this would leave the person without questions. */
const FLOW_TIMEOUT_MS = 10_000;

/** What became of a flow URL: the flow, or the error to report. */
type Fetched = { readonly flow: Flow } | { readonly error: ShienNaviError };

/**
 * Decides which decision tree the widget runs: the `flow` property, else an inline
 * `<script type="application/json">` child, else the JSON at the `flow` URL, else the bundled
 * Hokkaido flow. Anything invalid is reported (kind `flow`) and the next in line is used.
 * The one place that knows the bundled flow is the default.
 */
export class FlowController implements ReactiveController {
  /** The flow to run. */
  flow: Flow = HOKKAIDO_FLOW;
  /** True while a flow URL is being fetched: the host should not offer questions yet. */
  loading = false;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #source: () => FlowSource;
  readonly #onError: (error: ShienNaviError) => void;
  #property: unknown;
  #url = '';
  #inlineText: string | undefined;
  #observer: MutationObserver | undefined;
  #abort: AbortController | undefined;
  /** Flow URLs already fetched, so updates do not fetch or report twice. */
  #fetched = new Map<string, Fetched>();
  /** Whether a flow was chosen yet (the first update chooses). */
  #chosen = false;

  constructor(host: ReactiveControllerHost & HTMLElement, source: () => FlowSource, onError: (error: ShienNaviError) => void) {
    this.#host = host;
    this.#source = source;
    this.#onError = onError;
    host.addController(this);
  }

  hostConnected(): void {
    // The inline script may be parsed after the element is upgraded, or added later by a framework.
    this.#observer = new MutationObserver(() => this.#readInline());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.#readInline();
    // Moved in the DOM while a flow URL was fetched: that fetch was abandoned, start it again.
    if (this.loading) this.#choose();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#abort?.abort();
    this.#abort = undefined;
  }

  hostUpdate(): void {
    const { property, url } = this.#source();
    if (this.#chosen && property === this.#property && url.trim() === this.#url) return;
    this.#property = property;
    this.#url = url.trim();
    this.#choose();
  }

  #readInline(): void {
    const text = this.#host.querySelector(INLINE_FLOW)?.textContent ?? undefined;
    if (text === this.#inlineText) return;
    this.#inlineText = text;
    // Before the first update, that update chooses.
    if (this.#chosen) this.#choose();
  }

  #choose(): void {
    this.#chosen = true;
    this.#abort?.abort();
    this.#abort = undefined;
    this.loading = false;
    const chosen = this.#fromProperty() ?? this.#fromInline() ?? this.#fromUrl();
    if (chosen !== 'fetching') this.#use(chosen);
  }

  #fromProperty(): Flow | undefined {
    if (this.#property === undefined || this.#property === null) return undefined;
    return this.#validated(this.#property, SETUP_ERRORS.flowProperty);
  }

  #fromInline(): Flow | undefined {
    if (this.#inlineText === undefined) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(this.#inlineText);
    } catch (error) {
      this.#onError(SETUP_ERRORS.inlineNotJson(String(error)));
      return undefined;
    }
    return this.#validated(json, SETUP_ERRORS.inlineFlow);
  }

  /** A flow fetched before, or 'fetching' while it is fetched; undefined when there is no URL or it failed. */
  #fromUrl(): Flow | 'fetching' | undefined {
    const url = this.#url;
    if (url === '') return undefined;
    const fetched = this.#fetched.get(url);
    if (fetched) return 'flow' in fetched ? fetched.flow : undefined;
    this.loading = true;
    const abort = new AbortController();
    this.#abort = abort;
    void fetchFlow(url, abort.signal).then((result) => {
      if (abort.signal.aborted) return;
      this.#fetched.set(url, result);
      this.loading = false;
      if ('error' in result) this.#onError(result.error);
      this.#use('flow' in result ? result.flow : undefined);
    });
    return 'fetching';
  }

  #validated(input: unknown, failure: (problems: readonly FlowProblemReport[]) => ShienNaviError): Flow | undefined {
    const { flow, problems } = validateFlow(input);
    if (flow === undefined) this.#onError(failure(problems.filter((problem) => problem.severity === 'error')));
    return flow;
  }

  /** Runs `flow`, or the bundled one when nothing else could be used. */
  #use(flow: Flow | undefined): void {
    this.flow = flow ?? HOKKAIDO_FLOW;
    this.#host.requestUpdate();
  }
}

async function fetchFlow(url: string, signal: AbortSignal): Promise<Fetched> {
  let json: unknown;
  try {
    const bytes = await fetchBytes(url, { signal, timeoutMs: FLOW_TIMEOUT_MS });
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    if (error instanceof SyntaxError) return { error: SETUP_ERRORS.flowNotJson(url, error.message) };
    return { error: SETUP_ERRORS.flowUnreadable(url, error instanceof ShienNaviError ? error.message : String(error)) };
  }
  const { flow, problems } = validateFlow(json);
  if (flow) return { flow };
  return { error: SETUP_ERRORS.flowInvalid(url, problems.filter((problem) => problem.severity === 'error')) };
}
