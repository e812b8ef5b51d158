import { PrivateEvent } from '../components/private-event.js';
import type { LocalizedTextChange } from './localized-text/localized-text.js';
import type { SchemeContrast } from './preview/contrast-probe.js';

/**
 * Events between the workbench's elements, kept private as the widget's own are
 * (components/internal-events.ts): a `studio-` prefix, an Event class of their own, and no entry
 * in the global HTMLElementEventMap, so a page's typings only ever see the public `shien-navi-*`
 * events. Each is heard on the element that sent it, by the element whose template holds it:
 * they bubble, but are not composed and never leave the shadow root they were sent in.
 */
export interface StudioEventMap {
  /** A word list's whole new list, after each addition or removal. */
  'studio-words': readonly string[];
  /** The id of the node chosen in the flow's tree. */
  'studio-select': string;
  /** The accent's contrast measured on the previewed widget, per colour scheme. */
  'studio-contrast': readonly SchemeContrast[];
  /** One language of a flow text, as it is typed. */
  'studio-text': LocalizedTextChange;
}
export type StudioEventType = keyof StudioEventMap;

export class StudioEvent<K extends StudioEventType> extends PrivateEvent<StudioEventMap, K> {}

/** Tells the element's parent (whose template holds it) what happened. */
export function tell<K extends StudioEventType>(from: EventTarget, type: K, detail: StudioEventMap[K]): void {
  from.dispatchEvent(new StudioEvent(type, detail));
}
