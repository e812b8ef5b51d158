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
export const loading = (canvas: HTMLElement): boolean => all(canvas, '.notice[role="status"]').length > 0;

/** Waits until the widget shows its first step and has its data (or has given up on it). */
export async function ready(canvas: HTMLElement): Promise<void> {
  await until(
    () => (all(canvas, 'button[part~="choice"], [part~="card"], shien-navi-crisis-lines').length > 0 && !loading(canvas) ? true : undefined),
    'the widget with its data',
  );
}
