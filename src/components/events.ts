import type { ErrorKind } from '../data/errors.js';

/** Public events of `<shien-navi>` (contract). `detail` never holds text the person typed. */
export interface ShienNaviReadyDetail {
  /** How many services can be shown. */
  readonly records: number;
  /** The data URLs that loaded. */
  readonly sources: readonly string[];
  /** Newest 最終更新日 in the data (`YYYY-MM-DD`), or ''. */
  readonly updated: string;
}
export interface ShienNaviStepDetail {
  readonly node: string;
}
export interface ShienNaviGoalDetail {
  readonly goal: string;
  /** How many services the goal shows. */
  readonly results: number;
}
export interface ShienNaviSearchDetail {
  /** How many services match what was typed (the text itself is never included). */
  readonly results: number;
}
export interface ShienNaviExitDetail {
  /** The neutral page the quick exit is about to open. */
  readonly url: string;
}
export interface ShienNaviErrorDetail {
  readonly kind: ErrorKind;
  /** For the site owner (Japanese), naming the URL when there is one. */
  readonly message: string;
  /** Flow problems, for kind `flow`. */
  readonly problems?: readonly { readonly code: string; readonly node?: string; readonly message: string }[];
}

declare global {
  interface HTMLElementEventMap {
    'shien-navi-ready': CustomEvent<ShienNaviReadyDetail>;
    'shien-navi-step': CustomEvent<ShienNaviStepDetail>;
    'shien-navi-goal': CustomEvent<ShienNaviGoalDetail>;
    'shien-navi-search': CustomEvent<ShienNaviSearchDetail>;
    'shien-navi-error': CustomEvent<ShienNaviErrorDetail>;
    'shien-navi-exit': CustomEvent<ShienNaviExitDetail>;
  }
}

/** Public events cross the shadow boundary so the page can listen on any ancestor. */
export function publicEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}
