import type { ReactiveController, ReactiveControllerHost } from 'lit';
// emit() has a module of its own: the launcher's lazy chunk needs it without the rest of this one.
import { emit } from './emit.js';
import { errorDetail, type ShienNaviError, type ShienNaviErrorDetail } from '../data/errors.js';
import type { LoadedData } from '../data/load.js';
import type { Move } from '../engine/navi-model.js';

export type { ShienNaviErrorDetail } from '../data/errors.js';
export { emit };

/** Public events of `<shien-navi>` (contract). `detail` never holds text the person typed. */
export interface ShienNaviReadyDetail {
  /** How many services can be shown. */
  readonly records: number;
  /** The data URLs that loaded. */
  readonly sources: readonly string[];
  /** Newest 最終更新日 in the data (`YYYY-MM-DD`), or ''. */
  readonly updated: string;
}
export function readyDetail(data: LoadedData): ShienNaviReadyDetail {
  return { records: data.records.length, sources: data.sources.map((source) => source.url), updated: data.updated };
}
export interface ShienNaviStepDetail {
  readonly node: string;
}
export interface ShienNaviGoalDetail {
  readonly goal: string;
  /** How many services the goal shows. */
  readonly results: number;
}
/**
 * `goal` of the only event a sensitive node ever sends, and only with `report-sensitive`:
 * that a sensitive goal was reached, never which (nor its count, which could tell which).
 */
export const SENSITIVE_GOAL = 'sensitive';
export interface ShienNaviSensitiveGoalDetail {
  readonly goal: typeof SENSITIVE_GOAL;
}
/** `detail` of `shien-navi-goal`: which goal and its count, or (with `report-sensitive`) only that a sensitive one was reached. */
export type ShienNaviGoalEventDetail = ShienNaviGoalDetail | ShienNaviSensitiveGoalDetail;
export interface ShienNaviSearchDetail {
  /** How many services match what was typed (the text itself is never included). */
  readonly results: number;
}
export interface ShienNaviExitDetail {
  /** The neutral page the quick exit is about to open. */
  readonly url: string;
}
/** The launcher's panel opened or closed: nothing more to say. */
export type ShienNaviPanelDetail = Readonly<Record<string, never>>;

/** Every public event by name, with its `detail`. */
export interface ShienNaviEventMap {
  'shien-navi-ready': ShienNaviReadyDetail;
  'shien-navi-step': ShienNaviStepDetail;
  'shien-navi-goal': ShienNaviGoalEventDetail;
  'shien-navi-search': ShienNaviSearchDetail;
  'shien-navi-error': ShienNaviErrorDetail;
  'shien-navi-exit': ShienNaviExitDetail;
  'shien-navi-open': ShienNaviPanelDetail;
  'shien-navi-close': ShienNaviPanelDetail;
}
export type ShienNaviEventName = keyof ShienNaviEventMap;

declare global {
  interface HTMLElementEventMap {
    'shien-navi-ready': CustomEvent<ShienNaviReadyDetail>;
    'shien-navi-step': CustomEvent<ShienNaviStepDetail>;
    'shien-navi-goal': CustomEvent<ShienNaviGoalEventDetail>;
    'shien-navi-search': CustomEvent<ShienNaviSearchDetail>;
    'shien-navi-error': CustomEvent<ShienNaviErrorDetail>;
    'shien-navi-exit': CustomEvent<ShienNaviExitDetail>;
    'shien-navi-open': CustomEvent<ShienNaviPanelDetail>;
    'shien-navi-close': CustomEvent<ShienNaviPanelDetail>;
  }
}


/**
 * Public events of a host element, never dispatched while it updates: a page's listener may
 * set properties, which must start an update of their own. Events raised during an update
 * (a flow found invalid, an unknown `start`) follow once it is done, in order.
 */
export class HostEvents implements ReactiveController {
  readonly #host: ReactiveControllerHost & EventTarget & { readonly isUpdatePending: boolean };
  #held: (() => void)[] = [];

  constructor(host: ReactiveControllerHost & EventTarget & { readonly isUpdatePending: boolean }) {
    this.#host = host;
    host.addController(this);
  }

  emit<K extends ShienNaviEventName>(type: K, detail: ShienNaviEventMap[K]): void {
    if (this.#host.isUpdatePending) this.#held.push(() => emit(this.#host, type, detail));
    else emit(this.#host, type, detail);
  }

  /**
   * Tells the page the person reached a step (`shien-navi-step`, and `shien-navi-goal` at a goal).
   * Every script on the page hears public events, analytics and ad tags included: which path
   * about suicide, violence or abuse a person took never leaves the widget; with
   * `reportSensitive`, only that a sensitive goal was reached.
   */
  moved({ node, nodeId, results }: Move, reportSensitive: boolean): void {
    if (!node.sensitive) {
      this.emit('shien-navi-step', { node: nodeId });
      if (node.kind === 'goal') this.emit('shien-navi-goal', { goal: nodeId, results });
    } else if (node.kind === 'goal' && reportSensitive) this.emit('shien-navi-goal', { goal: SENSITIVE_GOAL });
  }

  /** Reports a failure to the page (`shien-navi-error`). */
  fail(error: ShienNaviError): void {
    this.emit('shien-navi-error', errorDetail(error));
  }

  hostUpdated(): void {
    const held = this.#held;
    this.#held = [];
    held.forEach((send) => send());
  }
}
