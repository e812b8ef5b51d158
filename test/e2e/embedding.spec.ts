import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { pageUrl, startCdn, startSite, type Server } from '../servers/embedding-servers.mjs';

/**
 * The widget where site owners put it: loaded from a CDN on another origin (with a `?ver=`
 * query, as WordPress adds), pinned with Subresource Integrity, pasted from the examples, and
 * twice on one page (a theme and a plugin each bringing a copy).
 */

const dist = new URL('../../dist/', import.meta.url);
const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const integrity = JSON.parse(readFileSync(new URL('integrity.json', dist), 'utf8')) as Record<string, string>;

let site: Server;
let cdn: Server;
let cdnWithoutCors: Server;
let otherCdn: Server;

test.beforeAll(async () => {
  [site, cdn, cdnWithoutCors, otherCdn] = await Promise.all([startSite(), startCdn(), startCdn({ cors: false }), startCdn()]);
});
test.afterAll(async () => {
  await Promise.all([site, cdn, cdnWithoutCors, otherCdn].map((server) => server?.close()));
});

/** Uncaught errors on the page, and console errors, as they come. */
function watch(page: Page): { errors: string[]; console: string[] } {
  const seen = { errors: [] as string[], console: [] as string[] };
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('console', (message) => seen.console.push(`${message.type()}: ${message.text()}`));
  return seen;
}

const widget = (page: Page) => page.locator('shien-navi').first();
const choice = (page: Page, label: string) => widget(page).locator('[part~="choice"]:visible', { hasText: label });

/** What a person does first: a service from the data (the CSV reader chunk), then a search with a typo (fuzzy search). */
async function useIt(page: Page): Promise<void> {
  await choice(page, '緊急の困りごと').click();
  await expect(widget(page).locator('a[href="tel:110"]')).toBeVisible();
  await choice(page, '食べるものがない').click();
  await choice(page, 'フードバンクを利用したい').click();
  // A food bank of the sample data (which comes first depends on the town and the data's order).
  await expect(widget(page).locator('[part~="card"]:visible h4').first()).toHaveText(/^【サンプル】.*フードバンク/);
  // One letter wrong: only the fuzzy search finds it.
  await widget(page).locator('[part~="search"]').fill('フードバソク');
  await expect(widget(page).locator('[part~="card"]:visible h4').first()).toContainText('フードバンク');
}

test.describe('from a CDN on another origin', () => {
  test('the ES module loads its chunks from beside itself, whatever the page origin and a ?ver= on the entry', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const seen = watch(page);
    const entry = `${cdn.origin}/shien-navi.js?ver=6.4.2`;
    await page.goto(pageUrl(site, { head: `<script type="module" src="${entry}"></script>` }));
    await useIt(page);

    const scripts = requests.filter((url) => /\/shien-navi[^/]*\.js/.test(url));
    expect(scripts.filter((url) => url.startsWith(site.origin)), 'nothing is looked for on the page origin').toEqual([]);
    expect(scripts.filter((url) => url.includes('/shien-navi.js')), 'the entry loads once, as written').toEqual([entry]);
    for (const chunk of ['shared', 'load', 'fuzzy']) {
      expect(scripts.some((url) => new RegExp(`^${cdn.origin}/shien-navi-${chunk}-[\\w-]+\\.js$`).test(url)), `the ${chunk} chunk, from the CDN`).toBe(true);
    }
    expect(seen.errors).toEqual([]);
  });

  test('an English page paints its first question from its messages chunk on the CDN, beside the entry, fetched once', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const seen = watch(page);
    const entry = `${cdn.origin}/shien-navi.js?ver=6.4.2`;
    await page.goto(pageUrl(site, { head: `<script type="module" src="${entry}"></script>`, body: '<shien-navi lang="en" src="/opendata/seido.csv"></shien-navi>' }));
    await expect(widget(page).locator('h2')).toHaveText('Support Navigator');
    await choice(page, 'Urgent help').click();
    await expect(widget(page).locator('a[href="tel:110"]')).toBeVisible();
    const messages = requests.filter((url) => /\/shien-navi-messages-/.test(url));
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(new RegExp(`^${cdn.origin}/shien-navi-messages-en-[\\w-]+\\.js$`));
    expect(seen.errors).toEqual([]);
  });

  test('(control) without CORS headers the module is refused, so the test above is a real cross-origin load', async ({ page }) => {
    const seen = watch(page);
    await page.goto(pageUrl(site, { head: `<script type="module" src="${cdnWithoutCors.origin}/shien-navi.js"></script>` }));
    await expect.poll(() => seen.console.some((line) => /CORS/.test(line))).toBe(true);
    expect(await page.evaluate(() => customElements.get('shien-navi'))).toBeUndefined();
  });

  test('the classic script with Subresource Integrity runs with the hash from dist/integrity.json, and not with another', async ({ page }) => {
    const tag = (hash: string) => `<script src="${cdn.origin}/shien-navi.iife.js" integrity="${hash}" crossorigin="anonymous" defer></script>`;
    const hash = integrity['shien-navi.iife.js'] ?? '';
    expect(hash).toMatch(/^sha384-[A-Za-z0-9+/]{64}$/);

    const seen = watch(page);
    await page.goto(pageUrl(site, { head: tag(hash) }));
    await useIt(page);
    expect(seen.errors).toEqual([]);

    const tampered = `sha384-${hash.slice(7, 8) === 'A' ? 'B' : 'A'}${hash.slice(8)}`;
    const blocked = watch(page);
    await page.goto(pageUrl(site, { head: tag(tampered) }));
    await expect.poll(() => blocked.console.some((line) => /integrity/i.test(line))).toBe(true);
    expect(await page.evaluate(() => customElements.get('shien-navi'))).toBeUndefined();
  });
});

test.describe('the examples, as written', () => {
  /** The examples load from jsDelivr, pinned to this version; here the CDN's answers come from dist/. */
  async function serveJsDelivr(page: Page): Promise<void> {
    await page.route(`https://cdn.jsdelivr.net/npm/shien-navi@${version}/dist/**`, async (route) => {
      const file = new URL(route.request().url()).pathname.split('/').at(-1) ?? '';
      await route.fulfill({
        body: readFileSync(new URL(file, dist)),
        headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'Access-Control-Allow-Origin': '*' },
      });
    });
  }

  test('examples/html/index.html: the two lines work, pinned to this version', async ({ page }) => {
    const example = readFileSync(new URL('../../examples/html/index.html', import.meta.url), 'utf8');
    expect(example).toContain(`https://cdn.jsdelivr.net/npm/shien-navi@${version}/dist/shien-navi.js`);
    await serveJsDelivr(page);
    const seen = watch(page);
    await page.goto(`${site.origin}/examples/html/index.html`);
    await useIt(page);
    expect(seen.errors).toEqual([]);
  });

  test('examples/wordpress: the カスタム HTML block works in a theme with html { font-size: 62.5% }', async ({ page }) => {
    const block = readFileSync(new URL('../../examples/wordpress/custom-html-block.html', import.meta.url), 'utf8');
    expect(block).toContain(`https://cdn.jsdelivr.net/npm/shien-navi@${version}/dist/shien-navi.iife.js`);
    expect(block, 'a classic script: the block editor keeps it as written').not.toContain('type="module"');
    await serveJsDelivr(page);
    const seen = watch(page);
    const theme = 'html { font-size: 62.5%; } body { font-size: 1.4rem; } .entry-content { max-width: 40rem; margin: 0 auto; }';
    await page.goto(pageUrl(site, { style: theme, body: `<article><div class="entry-content"><h1>相談窓口のご案内</h1>${block}</div></article>` }));
    await useIt(page);
    const input = await widget(page).locator('[part~="search"]').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(input).toBeGreaterThanOrEqual(16);
    expect(seen.errors).toEqual([]);
  });
});

test.describe('two copies on one page', () => {
  const classic = () => `<script src="${cdn.origin}/shien-navi.iife.js" defer></script>`;
  const module = () => `<script type="module" src="${otherCdn.origin}/shien-navi.js?ver=2"></script>`;

  // The module's entry only paints the first screen and asks for the widget's code; the classic
  // script, run right after it, defines the element first when it is first on the page, and
  // usually when it is second: the module's code (fetched at once with what it imports) may
  // arrive before the classic script has been downloaded and run. Whichever copy defines the
  // element first is the one in use, and the other says so once.
  for (const [order, head] of [
    ['the classic script first', () => classic() + module()],
    ['the module first', () => module() + classic()],
  ] as const) {
    test(`${order}: nothing throws, the copy defined first is the one in use, and the widget works once`, async ({ page }) => {
      const seen = watch(page);
      await page.goto(pageUrl(site, { head: head() }));
      await useIt(page);
      // The classic script leaves its exports on window.ShienNavi; the module keeps its own.
      await page.waitForFunction(() => 'ShienNavi' in window);
      const classicInUse = await page.evaluate(() => customElements.get('shien-navi') === (window as unknown as { ShienNavi: { ShienNavi: unknown } }).ShienNavi.ShienNavi);
      if (order === 'the classic script first') expect(classicInUse).toBe(true);
      await expect(widget(page).locator('[data-shien-navi-shell]')).toHaveCount(0);
      await expect(widget(page).locator('[part~="panel"]')).toHaveCount(1);
      expect(seen.errors).toEqual([]);
      await expect.poll(() => seen.console.filter((line) => line.includes('another copy of shien-navi')).length).toBe(1);
    });
  }
});
