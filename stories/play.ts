/**
 * Small helpers for stories that act like a person (choose answers, type a search). Plain DOM,
 * so the same `play` functions run in Storybook and in the component tests.
 */

function all(root: ParentNode, selector: string): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...all(element.shadowRoot, selector));
  }
  return found;
}

async function until<T>(find: () => T | undefined, what: string): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`not found: ${what}`);
}

/** Clicks the visible answers with these labels, one after another. */
export async function choose(canvas: HTMLElement, ...labels: string[]): Promise<void> {
  for (const label of labels) {
    const button = await until(
      () =>
        all(canvas, 'button[part~="choice"]').find(
          (candidate) => candidate.checkVisibility() && (candidate.querySelector('.label')?.textContent ?? '').trim() === label,
        ),
      `answer ${label}`,
    );
    button.click();
  }
}

/** Types into the search box as a person would (one input event for the whole text). */
export async function search(canvas: HTMLElement, text: string): Promise<void> {
  const input = await until(() => all(canvas, 'input[part~="search"]')[0] as HTMLInputElement | undefined, 'search box');
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

/** Whether the widget says it is still loading (its data, or a flow URL). */
export const loading = (canvas: HTMLElement): boolean => all(canvas, '.notice[role="status"]:not(.error)').length > 0;

/** Waits until the widget shows its first step and has its data (or has given up on it). */
export async function ready(canvas: HTMLElement): Promise<void> {
  await until(
    () => (all(canvas, 'button[part~="choice"], [part~="card"], shien-navi-crisis-lines').length > 0 && !loading(canvas) ? true : undefined),
    'the widget with its data',
  );
}

/** Text of an element including what its shadow roots (at any depth) show. */
function deepText(node: Node): string {
  const own = node instanceof Element && node.shadowRoot ? deepText(node.shadowRoot) : '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  return own + [...node.childNodes].map(deepText).join('');
}

/** Elements matching `selector`, where `a >>> b` finds b inside the shadow root of an a. */
function deepAll(root: ParentNode, selector: string): HTMLElement[] {
  const [first = '', ...rest] = selector.split(/\s*>>>\s*/);
  const found = all(root, first);
  if (rest.length === 0) return found;
  return found.flatMap((host) => (host.shadowRoot ? deepAll(host.shadowRoot, rest.join(' >>> ')) : []));
}

/**
 * The check at the end of a `play`: waits until an element matching `selector` (in any shadow
 * root; `a >>> b` for b inside a's) is visible and, when given, shows `text`; throws otherwise,
 * so the story fails in Storybook's interactions panel and in the component tests.
 */
export async function expectShown(canvas: HTMLElement, selector: string, text = ''): Promise<HTMLElement> {
  return until(
    () => deepAll(canvas, selector).find((element) => element.checkVisibility() && deepText(element).includes(text)),
    `${selector}${text ? ` showing "${text}"` : ''}`,
  );
}

/** How many elements matching `selector` are visible now. */
export function countShown(canvas: HTMLElement, selector: string): number {
  return deepAll(canvas, selector).filter((element) => element.checkVisibility()).length;
}
