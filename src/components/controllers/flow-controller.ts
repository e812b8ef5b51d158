import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SETUP_ERRORS, type ShienNaviError } from '../../data/errors.js';
import { lazyModule } from '../../data/lazy-module.js';
import type { Flow } from '../../engine/flow.js';
import { HOKKAIDO_FLOW } from '../../flows/hokkaido.js';
import type * as CustomFlow from './custom-flow.js';
import type { Fetched } from './custom-flow.js';

type Checker = typeof CustomFlow;

export interface FlowSource {
  /** The `flow` property: an object in the flow format, or undefined. */
  readonly property: unknown;
  /** The `flow` attribute: a URL, or ''. */
  readonly url: string;
}

const INLINE_FLOW = ':scope > script[type="application/json"]';
/** The validator's chunk, fetched once per page and only when a site gives its own flow. */
const checkerChunk = lazyModule((): Promise<Checker> => import('./custom-flow.js'));

/**
 * Decides which decision tree the widget runs: the `flow` property, else an inline
 * `<script type="application/json">` child, else the JSON at the `flow` URL, else the bundled
 * Hokkaido flow. Anything invalid is reported (kind `flow`) and the next in line is used.
 * The one place that knows the bundled flow is the default. A site's own flow is checked by a
 * lazy chunk (custom-flow.ts), which also chooses among the site's sources: it is loaded (with
 * `loading` true) as soon as the site gives one.
 */
export class FlowController implements ReactiveController {
  /** The flow to run. */
  flow: Flow = HOKKAIDO_FLOW;
  /** True while a flow URL or the validator is being fetched: the host should not offer questions yet. */
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
    const hasProperty = this.#property !== undefined && this.#property !== null;
    if (!hasProperty && this.#inlineText === undefined && this.#url === '') return this.#use(undefined);
    const abort = new AbortController();
    this.#abort = abort;
    const checker = checkerChunk.now();
    if (checker) return this.#chooseWith(checker, abort.signal);
    this.loading = true;
    checkerChunk.load().then(
      (module) => {
        if (!abort.signal.aborted) this.#chooseWith(module, abort.signal);
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this.loading = false;
        this.#onError(SETUP_ERRORS.flowCheckerMissing(String(error)));
        this.#use(undefined);
      },
    );
  }

  #chooseWith({ siteFlow }: Checker, signal: AbortSignal): void {
    const chosen = siteFlow({ property: this.#property, inlineText: this.#inlineText, url: this.#url }, this.#fetched, signal, this.#onError);
    if (!(chosen instanceof Promise)) {
      this.loading = false;
      return this.#use(chosen);
    }
    this.loading = true;
    void chosen.then((flow) => {
      if (signal.aborted) return;
      this.loading = false;
      this.#use(flow);
    });
  }

  /** Runs `flow`, or the bundled one when nothing else could be used. */
  #use(flow: Flow | undefined): void {
    this.flow = flow ?? HOKKAIDO_FLOW;
    this.#host.requestUpdate();
  }
}
