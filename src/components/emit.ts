import type { ShienNaviEventMap, ShienNaviEventName } from './events.js';

/**
 * Dispatches a public event: bubbling and composed, so the page can listen on any ancestor
 * of the widget. Returns false when a listener cancelled a `cancelable` one.
 */
export function emit<K extends ShienNaviEventName>(
  target: EventTarget,
  type: K,
  detail: ShienNaviEventMap[K],
  options: { readonly cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}
