import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SETUP_ERRORS, type ShienNaviError } from '../../data/errors.js';
import type { Flow } from '../../engine/flow.js';
import { withCategories } from '../../engine/transcript.js';
import * as walker from '../../engine/walker.js';

export interface WalkInputs {
  /** The flow chosen (see FlowController). */
  readonly flow: Flow;
  /** The `categories` attribute: ids of the top-level answers to offer, in order. */
  readonly categories: string;
  /** The `start` attribute: id of the node to open on, or ''. */
  readonly start: string;
}

export interface WalkOptions {
  readonly inputs: () => WalkInputs;
  /** After each move the person (or the page, through `goTo`/`restart`) made. */
  onMove(walk: walker.WalkState): void;
  /** The flow, categories or start changed: the conversation opened afresh. */
  onReset(): void;
  onError(error: ShienNaviError): void;
}

/**
 * Where the person is in the flow: the flow as offered (only the `categories` chosen), the node
 * it opens on (`start`), and every move through it. A new flow, `categories` or `start` opens
 * the conversation afresh.
 */
export class WalkController implements ReactiveController {
  readonly #options: WalkOptions;
  #inputs: WalkInputs | undefined;
  #flow: Flow | undefined;
  #state: walker.WalkState | undefined;
  /** Steps opened with a way to return (a search's shortcut), newest last, and what Back from each brings back. */
  #returns: { readonly at: walker.WalkState; readonly returnTo: () => void }[] = [];

  constructor(host: ReactiveControllerHost, options: WalkOptions) {
    this.#options = options;
    host.addController(this);
  }

  /** The flow as offered. */
  get flow(): Flow {
    this.#sync();
    return this.#flow as Flow;
  }

  get state(): walker.WalkState {
    this.#sync();
    return this.#state as walker.WalkState;
  }

  get nodeId(): string {
    return walker.currentStep(this.state).nodeId;
  }

  get node(): walker.StopNode {
    return walker.currentNode(this.state);
  }

  get canGoBack(): boolean {
    return walker.canGoBack(this.state);
  }

  hostUpdate(): void {
    this.#sync();
  }

  /** Back to the node the conversation opens on. */
  restart(): void {
    this.#move(walker.startWalk(this.flow, this.#startNode()));
  }

  /**
   * Opens a node by id, keeping the way back; false (and a `flow` error) for an unknown id.
   * `returnTo` runs when Back leaves that node again (after the move), e.g. to bring back the
   * search the node was opened from.
   */
  goTo(nodeId: string, returnTo?: () => void): boolean {
    if (!Object.hasOwn(this.flow.nodes, nodeId)) {
      this.#options.onError(SETUP_ERRORS.unknownNode(nodeId));
      return false;
    }
    const state = walker.goTo(this.state, nodeId);
    if (returnTo) this.#returns.push({ at: state, returnTo });
    this.#move(state);
    return true;
  }

  choose(index: number): void {
    this.#move(walker.choose(this.state, index));
  }

  /** One of the top-level categories, chosen from anywhere (a search that found nothing). */
  chooseCategory(index: number): void {
    this.#move(walker.choose(walker.startWalk(this.flow), index));
  }

  back(): void {
    const opened = this.#returns.at(-1);
    const leaving = opened !== undefined && this.state.steps.length === opened.at.steps.length && walker.passesThrough(this.state, opened.at);
    this.#move(walker.back(this.state));
    if (leaving) opened.returnTo();
  }

  #move(state: walker.WalkState): void {
    this.#state = state;
    // A return belongs to its step: gone once the walk no longer passes through it.
    this.#returns = this.#returns.filter((opened) => walker.passesThrough(state, opened.at));
    this.#options.onMove(state);
  }

  #sync(): void {
    const inputs = this.#options.inputs();
    const last = this.#inputs;
    if (last && last.flow === inputs.flow && last.categories === inputs.categories && last.start === inputs.start) return;
    this.#inputs = inputs;
    this.#flow = withCategories(inputs.flow, inputs.categories.split(/\s+/).filter(Boolean));
    this.#state = walker.startWalk(this.#flow, this.#startNode());
    this.#returns = [];
    if (last) this.#options.onReset();
  }

  #startNode(): string {
    const flow = this.#flow as Flow;
    const start = (this.#inputs?.start ?? '').trim();
    if (start === '') return flow.start;
    if (Object.hasOwn(flow.nodes, start)) return start;
    this.#options.onError(SETUP_ERRORS.unknownStart(start));
    return flow.start;
  }
}
