import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The parts that show the current step. */
export interface FocusTargets {
  /** The conversation: scrolled so the newest question is in view. */
  readonly log: { readonly updateComplete: Promise<unknown>; revealLatest(): void } | null;
  /** The current step: its first answer, or the results, takes focus. */
  readonly step: { focusFirst(): Promise<void> } | null;
}

/**
 * Moves focus only after the person's own action (a choice, Back, Start over): once the host
 * has rendered the new step, the newest question is scrolled into view and its first answer
 * (or a goal's results) takes focus. Nothing moves on load or when the data arrives.
 */
export class FocusController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #targets: () => FocusTargets;
  #requested = false;

  constructor(host: ReactiveControllerHost, targets: () => FocusTargets) {
    this.#host = host;
    this.#targets = targets;
    host.addController(this);
  }

  /** Focus the current step after the next update. */
  request(): void {
    this.#requested = true;
    this.#host.requestUpdate();
  }

  /** Not after all: the step was opened by the page, not by the person. */
  cancel(): void {
    this.#requested = false;
  }

  hostUpdated(): void {
    if (!this.#requested) return;
    this.#requested = false;
    void this.#focus();
  }

  hostDisconnected(): void {
    this.#requested = false;
  }

  async #focus(): Promise<void> {
    const { log, step } = this.#targets();
    await log?.updateComplete;
    log?.revealLatest();
    await step?.focusFirst();
  }
}
