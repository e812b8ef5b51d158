import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What is said is cleared after this long, so the same words can be said again. */
export const ANNOUNCE_CLEAR_MS = 5000;

/** Says things through a host's polite live region (rendered from `text`). */
export interface Announcer {
  /** Says `text` once, now. */
  say(text: string): void;
  /** Says `text` once nothing else was asked for `delayMs` (e.g. once typing pauses). */
  sayAfterPause(text: string, delayMs: number): void;
  /** Forgets what `sayAfterPause` was still waiting to say. */
  cancelPending(): void;
}

/**
 * The words of the host's live region, and the timers behind them: what was said is cleared
 * later so it can be said again, and what waits for a pause waits for one. Every timer ends
 * when the host leaves the page.
 */
export class AnnouncerController implements ReactiveController, Announcer {
  /** What the live region says now. */
  text = '';

  readonly #host: ReactiveControllerHost;
  readonly #clearAfterMs: number;
  #clear: ReturnType<typeof setTimeout> | undefined;
  #pending: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: { readonly clearAfterMs?: number } = {}) {
    this.#host = host;
    this.#clearAfterMs = options.clearAfterMs ?? ANNOUNCE_CLEAR_MS;
    host.addController(this);
  }

  say(text: string): void {
    this.cancelPending();
    this.#set(text);
    clearTimeout(this.#clear);
    this.#clear = setTimeout(() => {
      this.#clear = undefined;
      if (this.text === text) this.#set('');
    }, this.#clearAfterMs);
  }

  sayAfterPause(text: string, delayMs: number): void {
    this.cancelPending();
    this.#pending = setTimeout(() => {
      this.#pending = undefined;
      this.say(text);
    }, delayMs);
  }

  cancelPending(): void {
    clearTimeout(this.#pending);
    this.#pending = undefined;
  }

  /** Falls silent at once (the conversation started again). */
  silence(): void {
    this.cancelPending();
    clearTimeout(this.#clear);
    this.#clear = undefined;
    this.#set('');
  }

  hostDisconnected(): void {
    this.silence();
  }

  #set(text: string): void {
    if (text === this.text) return;
    this.text = text;
    this.#host.requestUpdate();
  }
}
