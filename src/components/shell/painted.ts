/** Marks the first screen dist/shien-navi.js painted (see paint.ts), until the widget takes it over (take-over.ts). */
export const PAINTED = 'data-shien-navi-shell';
/** Set on the painted screen to the position of the answer tapped before the widget arrived. */
export const CHOSEN = 'data-chosen';

/** Elements matching `selector` under `root`, in its shadow roots too (the painted screen is the widget's parts, each in its own). */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [...(element.matches(selector) ? [element] : []), ...(element.shadowRoot ? deepQueryAll(element.shadowRoot, selector) : [])]);
}
