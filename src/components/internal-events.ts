import type { ServiceRecord } from '../data/record.js';
import { PrivateEvent } from './private-event.js';

/**
 * Events between the parts of one widget, kept apart from the public ones: their own `navi-`
 * prefix, an Event class of their own, and no entry in the global HTMLElementEventMap, so a
 * page's typings only ever see the `shien-navi-*` events. They bubble but are not composed:
 * each stops at the shadow root it was dispatched in, and a part passes one on to its own
 * host with `forward`. None of them leaves `<shien-navi>`.
 */
export interface InternalEventMap {
  /** An answer was chosen: its index among the choices shown. */
  'navi-choose': number;
  /** A search's shortcut into the questions was taken: the id of the node it opens. */
  'navi-shortcut': string;
  /** The search box's text, at each keystroke. */
  'navi-query': string;
  /** Show more search results. */
  'navi-more': undefined;
  /** The municipality chosen, '' for every area. */
  'navi-municipality': string;
  /** Whether the launcher's panel should be open. */
  'navi-toggle': boolean;
  /** Print a handout of these services and crisis lines (by id). */
  'navi-print': { readonly records: readonly ServiceRecord[]; readonly lines: readonly string[] };
  /** Share a link back to what is on screen. */
  'navi-share': undefined;
}
export type InternalEventType = keyof InternalEventMap;

export class InternalEvent<K extends InternalEventType> extends PrivateEvent<InternalEventMap, K> {}

/** Tells the part's host (through the shadow root it sits in) what happened. */
export function tell<K extends InternalEventType>(from: EventTarget, type: K, detail: InternalEventMap[K]): void {
  from.dispatchEvent(new InternalEvent(type, detail));
}

/** A listener that passes an internal event from inside `host`'s shadow root on, out of `host`. */
export function forward(host: EventTarget): <K extends InternalEventType>(event: InternalEvent<K>) => void {
  return (event) => tell(host, event.type, event.detail);
}
