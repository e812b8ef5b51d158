import type { Page } from '@playwright/test';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';
import { choice, expect, openWidgets, pageWith, test, widget } from './helpers.js';

// The search that understands troubles, in the built widget: a trouble described in plain words
// opens its place in the questions; a cry for help shows the crisis lines whatever fails.

const DATA = '/demo/data/sample.csv';
const SEARCH_CHUNK = /shien-navi-trouble-search-[\w-]+\.js$/;

const search = (page: Page) => widget(page).locator('[part~="search"]');
const shortcut = (page: Page, label: string) => widget(page).locator('button.shortcut', { hasText: label });
const cardTitles = (page: Page) => widget(page).locator('[part~="card"]:visible h4');
const crisisLines = (page: Page) => widget(page).locator('shien-navi-search-results shien-navi-crisis-lines').first();

test('a trouble in plain words → its shortcut → the goal → Back returns to the search as it was', async ({ page, server }) => {
  expect(await openWidgets(page, pageWith(server, [{ src: DATA }]))).toEqual([]);
  await search(page).fill('家賃が払えない');
  await expect(shortcut(page, '家賃が払えない')).toBeVisible();
  await expect(shortcut(page, '家賃が払えない')).toContainText('お金のこと');
  await expect(cardTitles(page)).toContainText(['【サンプル】住居確保給付金']);
  const shown = await cardTitles(page).allTextContents();

  await shortcut(page, '家賃が払えない').click();
  await expect(search(page)).toHaveValue('');
  await expect(shortcut(page, '家賃が払えない')).toHaveCount(0);
  await expect(cardTitles(page)).toContainText(['【サンプル】住居確保給付金']);

  await widget(page).locator('[part~="nav"] button', { hasText: '戻る' }).click();
  await expect(search(page)).toHaveValue('家賃が払えない');
  await expect(shortcut(page, '家賃が払えない')).toBeFocused();
  expect(await cardTitles(page).allTextContents()).toEqual(shown);
  // Back again leaves the search for the questions.
  await widget(page).locator('[part~="nav"] button', { hasText: '戻る' }).click();
  await expect(search(page)).toHaveValue('');
  await expect(choice(page, 'お金のこと')).toBeVisible();
});

test('a cry no word list holds is heard by the cry model once the search has loaded, its lines first', async ({ page, server }) => {
  expect(await openWidgets(page, pageWith(server, [{ src: DATA }]))).toEqual([]);
  // Neither crisis.ts nor the word classes hear this one (test/search/crisis-model.test.ts); the model does.
  await search(page).fill('同棲してる彼に毎晩けられてあざだらけ');
  const lines = widget(page).locator('shien-navi-search-results shien-navi-crisis-lines[tone="crisis"]').first();
  await expect(lines.locator('a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:110');
  await expect(lines).toContainText('#8008');
  const first = await widget(page).locator('shien-navi-search-results').evaluate((results) => results.shadowRoot?.firstElementChild?.localName);
  expect(first).toBe('shien-navi-crisis-lines');
  // The same words in an ordinary errand raise nothing.
  await search(page).fill('夫に頼まれて荷物を出しに行く');
  await expect(widget(page).locator('shien-navi-search-results shien-navi-crisis-lines[tone="crisis"]:visible')).toHaveCount(0);
});

test('the search chunk cannot be fetched: a cry still shows the crisis lines, other queries say so kindly', async ({ page, server }) => {
  let blocked = 0;
  await page.route(SEARCH_CHUNK, (route) => {
    blocked += 1;
    return route.abort('connectionreset');
  });
  expect(await openWidgets(page, pageWith(server, [{ src: DATA }]))).toEqual([]);
  await search(page).fill('死にたい');
  await expect(crisisLines(page).locator('a[href^="tel:"]').first()).toBeVisible();
  await expect(widget(page).getByText('見つかりませんでした')).toHaveCount(0);
  expect(blocked).toBeGreaterThan(0);
  await search(page).fill('家賃が払えない');
  await expect(widget(page).getByText('支援情報の一部を読み込めませんでした', { exact: false })).toBeVisible();
  await expect(choice(page, 'お金のこと')).toBeVisible();
  // No crisis line for an ordinary query; nothing can be found, so a line to a person, its number shown.
  await expect(widget(page).locator('shien-navi-search-results shien-navi-crisis-lines[tone="crisis"]:visible')).toHaveCount(0);
  await expect(widget(page).locator('shien-navi-search-results shien-navi-crisis-lines[tone="listening"] .number')).toHaveText('0120-279-338');
  // The questions still lead to the services.
  await search(page).fill('');
  await choice(page, 'お金のこと').click();
  await choice(page, '家賃が払えない').click();
  await expect(cardTitles(page)).toContainText(['【サンプル】住居確保給付金']);
});

test('the data fails to load: a cry still shows the crisis lines, first', async ({ page, server }) => {
  await openWidgets(page, pageWith(server, [{ src: '/data/no-such-file.csv' }]));
  await search(page).fill('しにたい');
  await expect(crisisLines(page).locator('a[href^="tel:"]').first()).toBeVisible();
  await expect(widget(page).getByText('見つかりませんでした')).toHaveCount(0);
  const first = await widget(page).locator('shien-navi-search-results').evaluate((results) => results.shadowRoot?.firstElementChild?.localName);
  expect(first).toBe('shien-navi-crisis-lines');
});

/** Elements that would carry injected markup, inside the widget: a count per tag. */
const markupIn = (page: Page) =>
  page.evaluate(() => {
    const found: Record<string, number> = {};
    const walk = (root: ShadowRoot): void => {
      for (const element of root.querySelectorAll('script, iframe, img, svg, form, style, link, meta, object, embed, a')) found[element.localName] = (found[element.localName] ?? 0) + 1;
      for (const element of root.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
    };
    const root = document.querySelector('shien-navi')?.shadowRoot;
    if (root) walk(root);
    return found;
  });

test('the hostile corpus typed into the search never crashes and never becomes markup', async ({ page, server }) => {
  const problems = await openWidgets(page, pageWith(server, [{ src: DATA }]));
  // Answers come from the search chunk: have it here, so every string goes through it.
  await search(page).fill('zqxwvjk');
  await expect(widget(page).getByText('見つかりませんでした')).toBeVisible();
  const before = await markupIn(page);
  for (const hostile of HOSTILE_STRINGS) {
    await search(page).fill(hostile);
    await expect(widget(page).locator('shien-navi-search-results')).toBeVisible();
  }
  await search(page).fill('zqxwvjk');
  await expect(widget(page).getByText('見つかりませんでした')).toBeVisible();
  expect(await markupIn(page)).toEqual(before);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  // Still answering.
  await search(page).fill('家賃が払えない');
  await expect(shortcut(page, '家賃が払えない')).toBeVisible();
  expect(problems).toEqual([]);
});
