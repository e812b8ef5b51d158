import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { takeOverShell, type ShellState } from '../shell/take-over.js';

export interface ShellActions {
  /** Answer the current question, by the answer's position. */
  choose(index: number): void;
  /** Search for what was typed. */
  search(text: string): void;
}

type Part = Element & {
  readonly updateComplete?: Promise<unknown>;
  readonly renderRoot?: ParentNode;
};

/** `selector` in the shadow root of `part`, once `part` has rendered. */
async function inside(part: Part | null | undefined, selector: string): Promise<Part | null> {
  await part?.updateComplete;
  return part?.renderRoot?.querySelector<Part>(selector) ?? null;
}

/**
 * Carries on from the first screen that dist/shien-navi.js painted before the widget's code had
 * arrived (components/shell): the painted screen is taken over when the host is upgraded, and after
 * the first render the text typed is searched for, and the focus goes
 * back where it was, so the person notices nothing but a screen that starts to respond.
 */
export class ShellController implements ReactiveController {
  readonly #host: Part & ReactiveControllerHost;
  readonly #actions: ShellActions;
  #state: ShellState | undefined;

  /**
   * Created with the host: an element painted by dist/shien-navi.js is upgraded when the widget's
   * code defines it, and then already has the painted shadow root, which Lit renders into.
   */
  constructor(host: Part & ReactiveControllerHost, actions: ShellActions) {
    this.#host = host;
    this.#actions = actions;
    // Cleared before Lit first looks at the root (it renders before whatever it finds there).
    this.#state = host.shadowRoot ? takeOverShell(host.shadowRoot) : undefined;
    host.addController(this);
  }

  /**
   * The answer tapped on the painted screen, chosen in the first update once the host's model has
   * its inputs and before it renders: the screen the person already left is never drawn again
   * (on a phone, a whole render and layout between the widget's code arriving and the next screen).
   * Choosing moves the focus on, as a tap on the widget's own answer does.
   */
  choosePainted(): void {
    const choice = this.#state?.choice;
    if (choice === undefined) return;
    this.#state = undefined;
    this.#actions.choose(choice);
  }

  hostUpdated(): void {
    const state = this.#state;
    if (state === undefined) return;
    this.#state = undefined;
    if (state.query !== '') this.#actions.search(state.query);
    if (state.focus !== undefined) void this.#refocus(state.focus);
  }

  async #refocus(focus: 'search' | number): Promise<void> {
    const target =
      focus === 'search'
        ? await inside(await inside(this.#host, 'shien-navi-search-box'), 'input')
        : await inside(await inside(await inside(this.#host, 'shien-navi-step'), 'shien-navi-choice-list'), `li:nth-child(${focus + 1}) button`);
    if (target instanceof HTMLElement) target.focus({ preventScroll: true });
  }
}
