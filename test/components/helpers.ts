import { oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { ShienNaviSearchResults } from '../../src/components/search-results/search-results.js';
import type { ShienNavi } from '../../src/components/shien-navi/shien-navi.js';

export const SAMPLE_CSV = '/demo/data/sample.csv';

/** Every element matching `selector`, looking inside open shadow roots at any depth. */
export function deepQueryAll<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll<T>(element.shadowRoot, selector));
  }
  if (root instanceof Element && root.shadowRoot) found.push(...deepQueryAll<T>(root.shadowRoot, selector));
  return found;
}

type LitPart = HTMLElement & { readonly isUpdatePending: boolean; readonly updateComplete: Promise<unknown> };
const isLit = (element: Element): element is LitPart => 'isUpdatePending' in element;

/**
 * Resolves once no part of the widget has an update pending, nor a list cards still to add
 * (`aria-busy`, see ShienNaviResultList): the screen shows its state.
 */
export async function rendered(root: HTMLElement): Promise<void> {
  for (;;) {
    const pending = [root, ...deepQueryAll(root, '*')].filter(isLit).filter((element) => element.isUpdatePending);
    if (pending.length > 0) await Promise.all(pending.map((element) => element.updateComplete));
    else if (deepQueryAll(root, '[aria-busy="true"]').length > 0) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    else return;
  }
}

/** Waits for something a person would see (or a caller could read) to come true; work in the background takes its time. */
export function until(check: () => boolean, what: string): Promise<void> {
  return waitUntil(check, what, { interval: 10, timeout: 10_000 });
}

/**
 * Adds a widget to the page and waits for `shien-navi-ready` and for what follows from the data:
 * the number of services behind each answer, worked out in the background.
 */
export async function readyNavi(create: () => ShienNavi): Promise<ShienNavi> {
  const navi = create();
  const ready = oneEvent(navi, 'shien-navi-ready');
  document.body.append(navi);
  const { detail } = await ready;
  // A launcher's own code loads beside the data (components/lazy-parts.ts).
  if (navi.mode === 'launcher') await until(() => navi.shadowRoot?.querySelector('shien-navi-launcher') !== null, 'the launcher');
  await rendered(navi);
  if (detail.records > 0) await until(() => choiceButtons(navi).every((button) => button.querySelector('.count') !== null), 'the counts behind the answers');
  return navi;
}

export const text = (node: Node | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** What a person can see: parts kept in the DOM but hidden (the conversation while searching) do not count. */
const shown = <T extends Element>(elements: T[]): T[] => elements.filter((element) => element.checkVisibility());
export const choiceButtons = (navi: ShienNavi) => shown(deepQueryAll<HTMLButtonElement>(navi, 'button[part~="choice"]'));
export const choiceLabels = (navi: ShienNavi) => choiceButtons(navi).map((button) => text(button.querySelector('span') ?? button));
export const bubbles = (navi: ShienNavi) => shown(deepQueryAll(navi, '[part~="bubble"]')).map((bubble) => text(bubble.shadowRoot));
export const cards = (navi: ShienNavi) => shown(deepQueryAll(navi, '[part~="card"]'));
/** The 制度名 a card shows. */
export const cardTitle = (card: Element | undefined) => text(card?.shadowRoot?.querySelector('h4'));
export const cardTitles = (navi: ShienNavi) => cards(navi).map(cardTitle);
export const crisisNumbers = (navi: ShienNavi) =>
  deepQueryAll(navi, 'shien-navi-crisis-lines').flatMap((lines) => deepQueryAll(lines, '.number').map(text));

export async function choose(navi: ShienNavi, label: string): Promise<void> {
  const button = choiceButtons(navi).find((candidate) => text(candidate).startsWith(label));
  if (!button) throw new Error(`no choice "${label}" among ${choiceLabels(navi).join(', ')}`);
  button.click();
  await rendered(navi);
}

/** Types into the search box and shows what it shows at once (the crisis lines, before the search itself has loaded). */
export async function typeQueryNow(navi: ShienNavi, query: string): Promise<void> {
  const [input] = deepQueryAll<HTMLInputElement>(navi, 'input[part~="search"]');
  if (!input) throw new Error('no search input');
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await rendered(navi);
}

export const searchResults = (navi: ShienNavi) => deepQueryAll<ShienNaviSearchResults>(navi, 'shien-navi-search-results')[0];

/** Types into the search box and waits for its answer (the search loads at the first keystroke, or once the browser is idle). */
export async function typeQuery(navi: ShienNavi, query: string): Promise<void> {
  await typeQueryNow(navi, query);
  if (query.trim() === '') return;
  await until(() => searchResults(navi)?.result.pending !== true, 'the answer of the search');
  await rendered(navi);
}

export function makeNavi(attributes: Record<string, string> = {}): ShienNavi {
  const navi = document.createElement('shien-navi');
  for (const [name, value] of Object.entries(attributes)) navi.setAttribute(name, value);
  return navi;
}
