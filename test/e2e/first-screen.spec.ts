import { readdirSync, readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { axeViolations } from './studio-helpers.js';
import { expect, pageWith, test, widget } from './helpers.js';

/**
 * dist/shien-navi.js paints the first question at once and asks for the widget's code (the app
 * chunk) beside it. Here that chunk is held back, as on a slow phone, to see the painted screen
 * on its own, what a person does on it, and the widget taking it over, or failing to arrive. The
 * painted screen is the widget's own components rendered when the entry is built
 * (scripts/first-screen.mjs): these tests guard that it is what the widget then shows.
 */

const APP_CHUNK = /\/shien-navi-app-[\w-]+\.js$/;
const DATA = '/demo/data/sample.csv';

/** Holds the requests matching `pattern` until `release()` (or fails them with `fail()`), counting them. */
async function holdRoute(page: Page, pattern: string | RegExp): Promise<{ release(): void; fail(): void; asked(): number }> {
  const held: Route[] = [];
  let asked = 0;
  let decided: 'release' | 'fail' | undefined;
  await page.route(pattern, (route) => {
    asked += 1;
    if (decided === 'release') return route.continue();
    if (decided === 'fail') return route.abort('connectionreset');
    held.push(route);
    return undefined;
  });
  const settle = (how: 'release' | 'fail') => {
    decided = how;
    for (const route of held.splice(0)) void (how === 'release' ? route.continue() : route.abort('connectionreset'));
  };
  return { release: () => settle('release'), fail: () => settle('fail'), asked: () => asked };
}

/** Holds the app chunk back until `release()` (or fails it with `fail()`). */
const holdApp = (page: Page) => holdRoute(page, APP_CHUNK);

const painted = (page: Page) => widget(page).locator('[data-shien-navi-shell]');
const choiceButtons = (page: Page) => widget(page).locator('button[part~="choice"]:visible');
const widgetHasRendered = (page: Page) => page.waitForFunction(() => (document.querySelector('shien-navi') as (HTMLElement & { hasUpdated?: boolean }) | null)?.hasUpdated === true);

test('the first question is on screen before the widget arrives, and nothing moves when it does', async ({ page, server }) => {
  const app = await holdApp(page);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width: 375, height: 667 });
  // Without data: the place picker and the counts that data brings later move things on their own.
  await page.goto(pageWith(server, [{}]));

  await expect(painted(page)).toBeVisible();
  await expect(choiceButtons(page)).toHaveText(['お金のこと', '仕事のこと', '緊急の困りごと', '心とからだの悩み', '家族関係のこと', '人とのつながり・居場所']);
  await expect(widget(page).locator('h2')).toHaveText('支援情報ナビ');
  const before = await choiceButtons(page).evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().toJSON() as DOMRect));
  await page.screenshot({ path: 'test-results/first-screen-painted-375.png' });

  app.release();
  await widgetHasRendered(page);
  await expect(painted(page)).toHaveCount(0);
  await expect(choiceButtons(page).first()).toContainText('お金のこと');
  const after = await choiceButtons(page).evaluateAll((buttons) => buttons.map((button) => button.getBoundingClientRect().toJSON() as DOMRect));
  await page.screenshot({ path: 'test-results/first-screen-widget-375.png' });
  expect(after.length).toBe(6);
  after.forEach((box, index) => {
    const was = before[index];
    if (!was) throw new Error(`answer ${index} was not painted`);
    expect(Math.abs(box.x - was.x), `answer ${index} x`).toBeLessThanOrEqual(1);
    expect(Math.abs(box.y - was.y), `answer ${index} y`).toBeLessThanOrEqual(1);
    expect(Math.abs(box.width - was.width), `answer ${index} width`).toBeLessThanOrEqual(1);
  });
  expect(errors).toEqual([]);
});

for (const lang of ['ja', 'ja-easy', 'en'] as const) {
  test(`the painted screen is the widget's own first screen, to a screen reader too, and passes axe (${lang})`, async ({ page, server }) => {
    const app = await holdApp(page);
    await page.goto(pageWith(server, [{ lang }]));
    await expect(painted(page)).toBeVisible();
    const before = await widget(page).ariaSnapshot();
    expect(before).toContain('button');
    expect(await axeViolations(page)).toEqual([]);
    // From the keyboard: the search field comes first, then the answers.
    await page.keyboard.press('Tab');
    await expect(widget(page).locator('input[part~="search"]')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(choiceButtons(page).first()).toBeFocused();

    app.release();
    await widgetHasRendered(page);
    await expect(painted(page)).toHaveCount(0);
    await expect(choiceButtons(page).first()).toBeFocused();
    expect(await widget(page).ariaSnapshot()).toBe(before);
  });
}

test('under a strict CSP the painted screen is styled, with no violation: its sheets are constructed, not inline', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const app = await holdApp(page);
  const response = await page.goto('/demo/csp.html');
  expect(response?.headers()['content-security-policy']).toContain("style-src 'self'");
  await expect(painted(page)).toBeVisible();
  await expect(widget(page).locator('[part~="header"]')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(choiceButtons(page).first()).toHaveCSS('font-weight', '600');
  await expect(widget(page).locator('[part~="bubble"]').first()).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  app.release();
  await widgetHasRendered(page);
  await expect(painted(page)).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});

test('a page that changes the first screen (heading, categories, start) gets the widget’s own, not the painted one', async ({ page, server }) => {
  const app = await holdApp(page);
  await page.goto(pageWith(server, [{ heading: '<b>相談</b>' }, { categories: 'work money' }, { start: 'emergency' }]));
  await page.waitForLoadState('load');
  for (const index of [0, 1, 2]) expect(await page.locator('shien-navi').nth(index).evaluate((host) => host.shadowRoot)).toBeNull();
  app.release();
  await expect(widget(page, 0).locator('h2')).toHaveText('<b>相談</b>');
  // Styled, though nothing was painted: the widget takes its styles from the entry all the same.
  await expect(widget(page, 0).locator('[part~="header"]')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(widget(page, 1).locator('button[part~="choice"]:visible').first()).toHaveCSS('font-weight', '600');
  await expect(widget(page, 1).locator('button[part~="choice"]:visible')).toHaveText(['仕事のこと', 'お金のこと']);
  await expect(widget(page, 2).locator('a[href="tel:110"]')).toBeVisible();
});

test('the first screen’s styles are shipped once: in the entry, which paints with them, not again in the widget’s code', () => {
  const dist = new URL('../../dist/', import.meta.url);
  const file = (name: string) => readFileSync(new URL(name, dist), 'utf8');
  const appFile = readdirSync(dist).find((name) => APP_CHUNK.test(`/${name}`));
  if (!appFile) throw new Error('no app chunk in dist/: run `npm run build`');
  // From the colour tokens' dark scheme, the bubble and the conversation log.
  const written = ['prefers-color-scheme', 'border-end-start-radius', 'overscroll-behavior:contain'];
  for (const text of written) {
    expect(file('shien-navi.js'), text).toContain(text);
    expect(file(appFile), text).not.toContain(text);
    // The classic script stands alone, with its own.
    expect(file('shien-navi.iife.js').replace(/\s/g, ''), text).toContain(text.replace(/\s/g, ''));
  }
});

test('rules for what the first screen does not show are the widget’s own: not in the entry, and applied once it arrives', async ({ page, server }) => {
  const dist = new URL('../../dist/', import.meta.url);
  const file = (name: string) => readFileSync(new URL(name, dist), 'utf8');
  const appFile = readdirSync(dist).find((name) => APP_CHUNK.test(`/${name}`));
  if (!appFile) throw new Error('no app chunk in dist/: run `npm run build`');
  // The launcher's close button, a calm listening line, a goal's heading, the person's own answer.
  for (const text of ['.close{', '[tone=listening]', '.goal-heading', '[from=user]']) {
    expect(file('shien-navi.js'), text).not.toContain(text);
    expect(file(appFile), text).toContain(text);
  }
  await page.goto(pageWith(server, [{}]));
  await widgetHasRendered(page);
  await choiceButtons(page).first().click();
  const answer = widget(page).locator('shien-navi-bubble[from="user"]').first();
  await expect(answer).toHaveCSS('font-weight', '600');
  await expect(answer).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
});

test('an answer tapped before the widget arrives is answered when it does, with the focus on the next question', async ({ page, server }) => {
  const app = await holdApp(page);
  await page.goto(pageWith(server, [{ src: DATA }]));
  await expect(painted(page)).toBeVisible();
  await choiceButtons(page).filter({ hasText: 'お金のこと' }).click();
  app.release();
  await expect(choiceButtons(page).filter({ hasText: '生活費が足りない' })).toBeVisible();
  await expect(widget(page).locator('[part~="bubble-user"]').last()).toContainText('お金のこと');
  const focused = () =>
    page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.textContent?.trim() ?? '';
    });
  await expect.poll(focused).toContain('生活費が足りない');
});

test('text typed before the widget arrives is searched for, the focus still in the field', async ({ page, server }) => {
  const app = await holdApp(page);
  await page.goto(pageWith(server, [{ src: DATA }]));
  await expect(painted(page)).toBeVisible();
  await widget(page).locator('input[part~="search"]').pressSequentially('フードバンク');
  app.release();
  await expect(widget(page).locator('[part~="card"]:visible h4').first()).toContainText('フードバンク');
  await expect(widget(page).locator('input[part~="search"]')).toHaveValue('フードバンク');
  await expect(widget(page).locator('input[part~="search"]')).toBeFocused();
  // Typing goes on in the widget's own field.
  await page.keyboard.type('緊急');
  await expect(widget(page).locator('input[part~="search"]')).toHaveValue('フードバンク緊急');
});

test('the keyboard focus on an answer stays on it when the widget arrives', async ({ page, server }) => {
  const app = await holdApp(page);
  await page.goto(pageWith(server, [{}]));
  await expect(painted(page)).toBeVisible();
  await choiceButtons(page).nth(2).focus();
  app.release();
  await widgetHasRendered(page);
  await expect(painted(page)).toHaveCount(0);
  await expect(choiceButtons(page).nth(2)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget(page).locator('a[href="tel:110"]')).toBeVisible();
});

test('if the widget cannot be loaded, the painted screen offers the crisis lines instead of dead answers', async ({ page, server }) => {
  const app = await holdApp(page);
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto(pageWith(server, [{ src: DATA }]));
  await expect(painted(page)).toBeVisible();
  app.fail();
  await expect(widget(page).locator('.notice.error')).toBeVisible();
  await expect(widget(page).locator('a[href="tel:0120279338"]')).toBeVisible();
  await expect(widget(page).locator('a[href="tel:110"]')).toBeVisible();
  await expect(widget(page).locator('a[href="tel:119"]')).toBeVisible();
  await expect(choiceButtons(page)).toHaveCount(0);
  // No field or button is left that could not answer.
  await expect(widget(page).locator('input, button')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: 'test-results/first-screen-failed-375.png' });
});

test('a launcher and a page of its own flow are drawn by the widget alone', async ({ page, server }) => {
  const app = await holdApp(page);
  await page.goto(pageWith(server, [{ mode: 'launcher' }, { flow: '/flows/hostile.json' }]));
  await page.waitForLoadState('load');
  await expect(page.locator('shien-navi').nth(0).locator('[data-shien-navi-shell]')).toHaveCount(0);
  await expect(page.locator('shien-navi').nth(1).locator('[data-shien-navi-shell]')).toHaveCount(0);
  app.release();
  await expect(page.locator('shien-navi').nth(0).locator('[part~="launcher"]')).toBeVisible();
});

test('the widget is asked for at once and fetched only once: the import takes the preloaded file', async ({ page, server }) => {
  const SHARED = /\/shien-navi-shared-[\w-]+\.js$/;
  const fetched: string[] = [];
  const shared: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (APP_CHUNK.test(path)) fetched.push(request.url());
    if (SHARED.test(path)) shared.push(request.url());
  });
  const app = await holdApp(page);
  await page.goto(pageWith(server, [{}]));
  await expect(painted(page)).toBeVisible();
  // Asked for while the first question is painted, before the widget runs.
  await expect.poll(() => fetched.length).toBe(1);
  const preload = page.locator('head link[rel="preload"][as="script"][href*="/shien-navi-app-"]');
  await expect(preload).toHaveAttribute('href', APP_CHUNK);
  await expect(preload).toHaveAttribute('crossorigin', 'anonymous');
  // And the code it imports, beside it (a page without data): not found only once it has arrived.
  await expect.poll(() => shared.length).toBeGreaterThan(0);
  const asked = [...shared];

  app.release();
  await widgetHasRendered(page);
  await expect(choiceButtons(page).first()).toContainText('お金のこと');
  expect(fetched).toHaveLength(1);
  // Each fetched once: the import took what was preloaded (the lazy chunks' own come later).
  for (const url of asked) expect(shared.filter((other) => other === url)).toHaveLength(1);
});

test('the launcher’s code is fetched only for a launcher, asked for beside the widget’s, and once', async ({ page, server }) => {
  const LAUNCHER = /\/shien-navi-launcher-element-[\w-]+\.js$/;
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (LAUNCHER.test(new URL(request.url()).pathname)) fetched.push(request.url());
  });
  await page.goto(pageWith(server, [{}]));
  await widgetHasRendered(page);
  await expect(choiceButtons(page).first()).toContainText('お金のこと');
  await choiceButtons(page).first().click();
  await expect(choiceButtons(page).first()).not.toContainText('お金のこと');
  expect(fetched).toEqual([]);

  // A launcher: asked for while the widget's code is still held back, then taken from the preload.
  const app = await holdApp(page);
  await page.goto(pageWith(server, [{ mode: 'launcher' }]));
  await expect.poll(() => fetched.length).toBe(1);
  await expect(page.locator('head link[rel="preload"][as="script"][href*="/shien-navi-launcher-element-"]')).toHaveAttribute('crossorigin', 'anonymous');
  app.release();
  await expect(widget(page).locator('[part~="launcher"]')).toBeVisible();
  await widget(page).locator('[part~="launcher"]').click();
  await expect(choiceButtons(page).first()).toContainText('お金のこと');
  expect(fetched).toHaveLength(1);
});

test('the flow validator is fetched only for a site’s own flow, which is checked before its questions', async ({ page, server }) => {
  const CHECKER = /\/shien-navi-custom-flow-[\w-]+\.js$/;
  const checkers: string[] = [];
  page.on('request', (request) => {
    if (CHECKER.test(new URL(request.url()).pathname)) checkers.push(request.url());
  });
  await page.addInitScript(() => {
    const kinds: string[] = [];
    (window as unknown as { errorKinds: string[] }).errorKinds = kinds;
    document.addEventListener('shien-navi-error', (event) => kinds.push((event as CustomEvent<{ kind: string }>).detail.kind), true);
  });
  await page.goto(pageWith(server, [{}]));
  await widgetHasRendered(page);
  await expect(choiceButtons(page).first()).toContainText('お金のこと');
  await choiceButtons(page).first().click();
  await expect(choiceButtons(page).first()).not.toContainText('お金のこと');
  expect(checkers).toEqual([]);

  // A flow with errors: the checker is fetched, reports it, and the bundled flow runs.
  await page.goto(pageWith(server, [{ flow: '/flows/proto.json' }]));
  await expect.poll(() => page.evaluate(() => (window as unknown as { errorKinds: string[] }).errorKinds)).toEqual(['flow']);
  await expect(choiceButtons(page).first()).toContainText('お金のこと');
  expect(checkers).toHaveLength(1);
});

test('the messages of another language than ja are fetched only for a widget in it, beside the widget’s code', async ({ page, server }) => {
  const MESSAGES_CHUNK = /\/shien-navi-messages-(ja-easy|en)-[\w-]+\.js$/;
  const fetched: string[] = [];
  page.on('request', (request) => {
    const found = MESSAGES_CHUNK.exec(new URL(request.url()).pathname);
    if (found?.[1]) fetched.push(found[1]);
  });
  await page.goto(pageWith(server, [{}]));
  await widgetHasRendered(page);
  await expect(choiceButtons(page).first()).toContainText('お金のこと');
  expect(fetched).toEqual([]);

  // English: asked for while the widget's code is still held back, and never Japanese on screen.
  const app = await holdApp(page);
  await page.goto(pageWith(server, [{ lang: 'en' }]));
  await expect.poll(() => fetched).toEqual(['en']);
  await expect(widget(page).locator('h2')).toHaveText('Support Navigator');
  app.release();
  await widgetHasRendered(page);
  await expect(painted(page)).toHaveCount(0);
  await expect(widget(page).locator('h2')).toHaveText('Support Navigator');
  await expect(choiceButtons(page).first()).toContainText('Money');
  await expect(widget(page).locator('[part~="search"]')).toHaveAttribute('placeholder', 'e.g. cannot pay rent');
  expect(fetched).toEqual(['en']);

  // A language chosen later is loaded then.
  await widget(page).evaluate((navi) => navi.setAttribute('lang', 'ja-easy'));
  await expect(choiceButtons(page).first()).toContainText('おかねの こと');
  await expect(widget(page).locator('h2 rt')).toHaveText('しえん');
  expect(fetched).toEqual(['en', 'ja-easy']);
});

/** Holds the messages chunk of `lang` until `release()` (or fails it with `fail()`), counting the requests for it. */
const holdMessages = (page: Page, lang: 'en' | 'ja-easy') => holdRoute(page, new RegExp(`/shien-navi-messages-${lang}-[\\w-]+\\.js$`));

const paintedScreen = (page: Page) => widget(page).locator('section[data-shien-navi-shell]');
const isDefined = (page: Page) => page.evaluate(() => customElements.get('shien-navi') !== undefined);

test('an en page paints its first question from its messages chunk, not from the entry, while the widget’s code is held back', async ({ page, server }) => {
  const dist = new URL('../../dist/', import.meta.url);
  const messagesFile = readdirSync(dist).find((name) => /^shien-navi-messages-en-[\w-]+\.js$/.test(name));
  if (!messagesFile) throw new Error('no en messages chunk in dist/: run `npm run build`');
  // The English screen's own words (an answer's label and the list's link) are in the messages chunk alone.
  for (const text of ['Company and a place to belong', 'every service in this area']) {
    expect(readFileSync(new URL('shien-navi.js', dist), 'utf8'), text).not.toContain(text);
    expect(readFileSync(new URL(messagesFile, dist), 'utf8'), text).toContain(text);
  }
  const messages = await holdMessages(page, 'en');
  const app = await holdApp(page);
  await page.goto(pageWith(server, [{ lang: 'en' }]));
  await expect.poll(() => messages.asked()).toBe(1);
  // Nothing in Japanese meanwhile, and nothing to tap that would not be in English.
  await expect(widget(page).locator('h2, button, input')).toHaveCount(0);

  messages.release();
  await expect(paintedScreen(page)).toBeVisible();
  await expect(widget(page).locator('h2')).toHaveText('Support Navigator');
  await expect(choiceButtons(page)).toHaveText(['Money', 'Work', 'Urgent help', 'Mind and body', 'Family', 'Company and a place to belong']);
  await expect(choiceButtons(page).first()).toHaveCSS('font-weight', '600');
  expect(await isDefined(page)).toBe(false);
  // An answer tapped on it is answered once the widget is here; the chunk was fetched once.
  await choiceButtons(page).nth(1).click();
  app.release();
  await widgetHasRendered(page);
  await expect(painted(page)).toHaveCount(0);
  await expect(widget(page).locator('[part~="bubble-user"]')).toContainText('Work');
  expect(messages.asked()).toBe(1);
});

test('a widget in another language whose code arrives before its messages waits for them: never Japanese, never taken over blank', async ({ page, server }) => {
  const messages = await holdMessages(page, 'ja-easy');
  const app = await holdApp(page);
  const appUrl = page.waitForRequest(APP_CHUNK).then((request) => request.url());
  await page.goto(pageWith(server, [{ lang: 'ja-easy' }]));
  app.release();
  // The widget's code has arrived and run: its messages are still on the way.
  await page.evaluate((url) => import(url).then(() => undefined), await appUrl);
  await expect.poll(() => messages.asked()).toBe(1);
  expect(await isDefined(page)).toBe(false);
  await expect(widget(page).locator('h2, button, input')).toHaveCount(0);
  messages.release();
  await widgetHasRendered(page);
  await expect(painted(page)).toHaveCount(0);
  await expect(widget(page).locator('h2 rt')).toHaveText('しえん');
  await expect(choiceButtons(page).first()).toContainText('おかねの こと');
  await choiceButtons(page).nth(1).click();
  await expect(widget(page).locator('[part~="bubble-user"]')).toBeVisible();
});

test('an en page whose messages chunk fails still shows the crisis lines when the widget cannot be loaded either', async ({ page, server }) => {
  // The widget's code fails while the messages are still on their way: the crisis lines at once.
  let messages = await holdMessages(page, 'en');
  let app = await holdApp(page);
  await page.goto(pageWith(server, [{ lang: 'en', src: DATA }]));
  await expect.poll(() => messages.asked()).toBe(1);
  app.fail();
  await expect(widget(page).locator('.notice.error')).toHaveText('Some support information could not be loaded. Crisis lines are always available.');
  for (const number of ['0120279338', '110', '119']) await expect(widget(page).locator(`a[href="tel:${number}"]`)).toBeVisible();
  await expect(widget(page).locator('input, button')).toHaveCount(0);
  // Then the messages fail too: the crisis lines stay.
  messages.fail();
  await expect(widget(page).locator('a[href="tel:110"]')).toBeVisible();
  await expect(widget(page).locator('input, button')).toHaveCount(0);

  // The messages fail first: the ja screen is painted, as the widget would speak ja; then the widget's code fails.
  await page.unrouteAll();
  messages = await holdMessages(page, 'en');
  app = await holdApp(page);
  messages.fail();
  await page.goto(pageWith(server, [{ lang: 'en', src: DATA }]));
  await expect(paintedScreen(page)).toBeVisible();
  await expect(choiceButtons(page).first()).toHaveText('お金のこと');
  app.fail();
  await expect(widget(page).locator('.notice.error')).toBeVisible();
  for (const number of ['0120279338', '110', '119']) await expect(widget(page).locator(`a[href="tel:${number}"]`)).toBeVisible();
  await expect(widget(page).locator('input, button')).toHaveCount(0);
});

test('a widget whose language cannot be loaded shows Japanese rather than nothing', async ({ page, server }) => {
  await page.route(/\/shien-navi-messages-en-[\w-]+\.js$/, (route) => route.abort('connectionreset'));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pageWith(server, [{ lang: 'en' }]));
  await widgetHasRendered(page);
  await expect(widget(page).locator('h2')).toHaveText('支援情報ナビ');
  await expect(choiceButtons(page).first()).toContainText('Money');
  expect(errors).toEqual([]);
});

/** Counts the requests for the search's chunks and the page's own CSV reader, none of which the first answer needs. */
function countNotNeeded(page: Page) {
  const patterns = { search: /\/shien-navi-trouble-search-[\w-]+\.js$/, fuzzy: /\/shien-navi-fuzzy-[\w-]+\.js$/, pageReader: /\/shien-navi-read-csv-[\w-]+\.js$/ };
  const asked = { search: 0, fuzzy: 0, pageReader: 0 };
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    for (const [name, pattern] of Object.entries(patterns)) if (pattern.test(path)) asked[name as keyof typeof asked] += 1;
  });
  return asked;
}

/** Two idle periods of the page: a prefetch asked for when it was first idle has been asked for by then. */
const idleTwice = (page: Page) => page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));

test('the first answer’s path carries only what it needs: the search is fetched once the data is in, and the page’s own reader never where the worker reads', async ({ page, server }) => {
  const asked = countNotNeeded(page);
  const data = await holdRoute(page, /\/demo\/data\/sample\.csv$/);
  await page.goto(pageWith(server, [{ src: DATA }]));
  // A person taps to a goal while the data is still on its way (a slow line).
  for (const label of ['お金のこと', '生活費が足りない', 'すぐに必要']) await widget(page).locator('[part~="choice"]:visible', { hasText: label }).click();
  await idleTwice(page);
  expect(asked).toEqual({ search: 0, fuzzy: 0, pageReader: 0 });

  data.release();
  await expect(widget(page).locator('[part~="card"]:visible').first()).toBeVisible();
  // Once the data is in, the search is made ready before anyone types; the worker read the file.
  await expect.poll(() => asked.search).toBe(1);
  await idleTwice(page);
  expect(asked.pageReader).toBe(0);
});

test('typed text fetches the search at once, while the data is still on its way, and crisis words show the lines before it arrives', async ({ page, server }) => {
  const asked = countNotNeeded(page);
  const data = await holdRoute(page, /\/demo\/data\/sample\.csv$/);
  const search = await holdRoute(page, /\/shien-navi-trouble-search-[\w-]+\.js$/);
  await page.goto(pageWith(server, [{ src: DATA }]));
  await expect(choiceButtons(page).first()).toBeVisible();
  await widget(page).locator('[part~="search"]').fill('死にたい');
  await expect.poll(() => search.asked()).toBe(1);
  // Crisis detection is in the widget's own code: the lines do not wait for the search.
  await expect(widget(page).getByText('0120-279-338').first()).toBeVisible();
  search.release();
  data.release();
  expect(asked.pageReader).toBe(0);
});

test('the data, a site’s flow and the CSV reader are asked for while the widget’s code is still on its way, each once, without cookies or referrer', async ({ page, server, context }) => {
  const READER = /\/shien-navi-load-[\w-]+\.js$/;
  const FLOW = '/flows/hostile.json';
  const asked = { data: [] as Record<string, string>[], flow: [] as Record<string, string>[], reader: 0 };
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path === DATA) void request.allHeaders().then((headers) => asked.data.push(headers));
    if (path === FLOW) void request.allHeaders().then((headers) => asked.flow.push(headers));
    if (READER.test(path)) asked.reader += 1;
  });
  await context.addCookies([{ name: 'visitor', value: 'someone', url: server.origin }]);
  await page.addInitScript(() => {
    const ready = new Promise<number>((resolve) => document.addEventListener('shien-navi-ready', (event) => resolve((event as CustomEvent<{ records: number }>).detail.records), { once: true }));
    (window as unknown as { ready: Promise<number> }).ready = ready;
  });
  const app = await holdApp(page);
  await page.goto(pageWith(server, [{ src: DATA, flow: FLOW }]));
  // The widget's code has not arrived, and everything its first answer needs is on its way.
  await expect.poll(() => [asked.data.length, asked.flow.length, asked.reader]).toEqual([1, 1, 1]);

  app.release();
  const records = await page.evaluate(() => (window as unknown as { ready: Promise<number> }).ready);
  expect(records).toBeGreaterThan(0);
  // The site's flow is the one shown: the widget adopted that response too.
  await expect(choiceButtons(page).first()).not.toContainText('お金のこと');
  // Adopted, not asked for again.
  expect([asked.data.length, asked.flow.length, asked.reader]).toEqual([1, 1, 1]);
  for (const headers of [...asked.data, ...asked.flow]) {
    expect(headers.cookie).toBeUndefined();
    expect(headers.referer).toBeUndefined();
  }
});
