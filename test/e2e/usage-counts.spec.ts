import { choice, expect, pageWith, test, widget } from './helpers.js';

// Issue 27: counting use with a site's own analytics (README「利用の数え方」). A recipe listens
// on the page for the widget's events; this shows that every shien-navi-* event the widget
// dispatches, on a walk to a goal and on typed searches, carries counts and ids only: never the
// text typed, nor the names of what it matched.

const DATA = '/demo/data/sample.csv';

/** Each key a public event's detail may hold, and what its value is. */
const ALLOWED: Readonly<Record<string, Readonly<Record<string, (value: unknown) => boolean>>>> = {
  'shien-navi-ready': {
    records: (value) => Number.isInteger(value),
    sources: (value) => Array.isArray(value) && value.every((url) => typeof url === 'string' && new URL(url, 'http://page.invalid').pathname === DATA),
    updated: (value) => typeof value === 'string' && /^(\d{4}-\d{2}-\d{2})?$/.test(value),
  },
  'shien-navi-step': { node: (value) => typeof value === 'string' && /^[\w-]+$/.test(value) },
  'shien-navi-goal': { goal: (value) => typeof value === 'string' && /^[\w-]+$/.test(value), results: (value) => Number.isInteger(value) },
  'shien-navi-search': { results: (value) => Number.isInteger(value) },
};

interface Seen {
  readonly type: string;
  readonly detail: string;
  readonly reachesPage: boolean;
}

test('the events a usage recipe can see carry counts and ids, never typed or matched text', async ({ page, server }) => {
  await page.addInitScript(() => {
    const seen: Seen[] = [];
    const recipe: string[] = [];
    Object.assign(window, { eventsSeen: seen, recipeSaw: recipe });
    // Every event whose name starts with shien-navi-, wherever it is dispatched, not a list of known names.
    const dispatch = EventTarget.prototype.dispatchEvent;
    EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
      if (event.type.startsWith('shien-navi-')) seen.push({ type: event.type, detail: JSON.stringify((event as CustomEvent<unknown>).detail ?? null), reachesPage: event.bubbles && event.composed });
      return dispatch.call(this, event);
    };
    // What a recipe on the page gets: the documented events, heard on document.
    for (const name of ['shien-navi-ready', 'shien-navi-step', 'shien-navi-goal', 'shien-navi-search']) document.addEventListener(name, () => recipe.push(name));
  });
  await page.goto(pageWith(server, [{ src: DATA }]));
  await expect(choice(page, 'お金のこと')).toContainText('件');

  // A walk to a goal.
  await choice(page, '緊急の困りごと').click();
  await choice(page, '食べるものがない').click();
  await choice(page, 'フードバンクを利用したい').click();
  const cards = widget(page).locator('[part~="card"]:visible h4');
  await expect(cards.first()).toBeVisible();
  const matched = new Set(await cards.allTextContents());
  // Typed searches: a service's common name and a trouble in plain words.
  await widget(page).locator('[part~="nav"] button').last().click();
  const typed = ['サポステ', '家賃が払えない'];
  for (const text of typed) {
    await widget(page).locator('[part~="search"]').fill(text);
    await expect(widget(page).locator('[part~="card"]:visible').first()).toBeVisible();
    for (const title of await widget(page).locator('[part~="card"]:visible h4').allTextContents()) matched.add(title);
    for (const shortcut of await widget(page).locator('button.shortcut').allTextContents()) matched.add(shortcut.trim());
  }
  await expect.poll(() => page.evaluate(() => (window as unknown as { recipeSaw: string[] }).recipeSaw.filter((name) => name === 'shien-navi-search').length)).toBeGreaterThanOrEqual(typed.length);

  const seen = await page.evaluate(() => (window as unknown as { eventsSeen: Seen[] }).eventsSeen);
  const recipe = await page.evaluate(() => (window as unknown as { recipeSaw: string[] }).recipeSaw);
  expect(new Set(seen.map((event) => event.type))).toEqual(new Set(['shien-navi-ready', 'shien-navi-step', 'shien-navi-goal', 'shien-navi-search']));
  // The recipe hears each of them, as many times as they were dispatched.
  expect(recipe).toEqual(seen.filter((event) => event.reachesPage).map((event) => event.type));
  expect(matched.size).toBeGreaterThan(3);
  for (const event of seen) {
    const detail = JSON.parse(event.detail) as Record<string, unknown>;
    const allowed = ALLOWED[event.type] ?? {};
    for (const [key, value] of Object.entries(detail)) expect(allowed[key]?.(value), `${event.type} ${key}: ${JSON.stringify(value)}`).toBe(true);
    for (const text of [...typed, ...matched]) expect(event.detail, `${event.type} holds「${text}」`).not.toContain(text);
  }
});
