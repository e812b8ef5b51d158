import { expect, test, type Page } from '@playwright/test';
import { pageUrl, startSite, type Server } from '../servers/embedding-servers.mjs';

/**
 * Inside other people's pages: the widget's text follows the page's text size (a theme's
 * 62.5 % root, a CMS 文字サイズ button on body, browser zoom), never gets smaller than
 * readable, keeps the search field at 16 px or more (below that iOS zooms the page on focus),
 * and reflows without sideways scrolling at 320 CSS px and at 200 % zoom (WCAG 1.4.4, 1.4.10).
 */

let site: Server;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => {
  await site?.close();
});

const SCRIPT = '<script type="module" src="/dist/shien-navi.js"></script>';
const WIDGET = '<p class="page-text">このページの文章です。</p><shien-navi src="/opendata/seido.csv"></shien-navi>';
const widget = (page: Page) => page.locator('shien-navi');
const choice = (page: Page, label: string) => widget(page).locator('[part~="choice"]:visible', { hasText: label });
/** A font size in the widget's own screen: the painted first screen may be taken over while it is read. */
async function px(page: Page, selector: string): Promise<number> {
  await page.waitForFunction(() => (document.querySelector('shien-navi') as (HTMLElement & { hasUpdated?: boolean }) | null)?.hasUpdated === true);
  return widget(page)
    .locator(selector)
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}
const pageText = (page: Page) => page.locator('.page-text').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));

/** To a goal with services on cards, with the crisis lines above them: the most crowded screen. */
async function toResults(page: Page): Promise<void> {
  await choice(page, '緊急の困りごと').click();
  await choice(page, '食べるものがない').click();
  await choice(page, 'フードバンクを利用したい').click();
  await expect(widget(page).locator('[part~="card"]:visible').first()).toBeVisible();
}

/** The smallest text a person can see in the widget (furigana left out), in px. */
function smallestText(page: Page): Promise<{ size: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: '' };
    const visit = (root: ParentNode) => {
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (element.closest('rt') || !element.checkVisibility() || element.closest('.visually-hidden')) continue;
        const own = [...element.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()).map((node) => node.textContent?.trim());
        if (own.length === 0) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < smallest.size) smallest = { size, text: own.join(' ') };
      }
    };
    visit(document.querySelector('shien-navi')?.shadowRoot as ShadowRoot);
    return smallest;
  });
}

/** What scrolls sideways: the page itself, or any scrolling box in the widget, and anything sticking out of the viewport. */
function sidewaysScroll(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`the page: ${root.scrollWidth} > ${root.clientWidth}`);
    const width = root.clientWidth;
    const visit = (parent: ParentNode) => {
      for (const element of parent.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot);
        if (!element.checkVisibility() || element.closest('.visually-hidden')) continue;
        const name = `${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className}` : ''}`;
        const style = getComputedStyle(element);
        if (/(auto|scroll)/.test(style.overflowX) && element.scrollWidth > element.clientWidth + 1) found.push(`${name} scrolls: ${element.scrollWidth} > ${element.clientWidth}`);
        const box = element.getBoundingClientRect();
        if (box.width > 0 && (box.right > width + 1 || box.left < -1)) found.push(`${name} sticks out: ${Math.round(box.left)}–${Math.round(box.right)} of ${width}`);
      }
    };
    visit(document.querySelector('shien-navi')?.shadowRoot as ShadowRoot);
    return found;
  });
}

test.describe('text size from the host page', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('html { font-size: 62.5% } (CMS themes): the page text is 10px, the widget stays readable and the search field 16px', async ({ page }) => {
    await page.goto(pageUrl(site, { head: SCRIPT, body: WIDGET, style: 'html { font-size: 62.5%; }' }));
    await expect(choice(page, '緊急の困りごと')).toBeVisible();
    expect(await pageText(page)).toBe(10);
    expect(await px(page, '[part~="choice"]')).toBe(16);
    expect(await px(page, '[part~="search"]')).toBe(16);
    await toResults(page);
    const smallest = await smallestText(page);
    expect(smallest.size, `smallest text: "${smallest.text}"`).toBeGreaterThanOrEqual(13);
  });

  test('body { font-size: 125% } (a 文字サイズ「大」 button): the widget grows with the page', async ({ page }) => {
    await page.goto(pageUrl(site, { head: SCRIPT, body: WIDGET, style: 'body { font-size: 125%; }' }));
    await expect(choice(page, '緊急の困りごと')).toBeVisible();
    expect(await pageText(page)).toBe(20);
    expect(await px(page, '[part~="choice"]')).toBe(20);
    expect(await px(page, '[part~="search"]')).toBe(20);
    expect(await px(page, '[part~="header"] h2')).toBe(22.5);
    expect(await sidewaysScroll(page)).toEqual([]);
  });

  test('a text-size button that changes body after the widget is on screen reaches it at once', async ({ page }) => {
    await page.goto(pageUrl(site, { head: SCRIPT, body: WIDGET }));
    await expect(choice(page, '緊急の困りごと')).toBeVisible();
    expect(await px(page, '[part~="choice"]')).toBe(16);
    await page.evaluate(() => document.body.classList.add('large'));
    await page.addStyleTag({ content: 'body.large { font-size: 150%; }' });
    expect(await px(page, '[part~="choice"]')).toBe(24);
    expect(await px(page, '[part~="search"]')).toBe(24);
  });

  test('a page with small body text (14px) does not make the widget smaller than 16px', async ({ page }) => {
    await page.goto(pageUrl(site, { head: SCRIPT, body: WIDGET, style: 'body { font-size: 14px; }' }));
    await expect(choice(page, '緊急の困りごと')).toBeVisible();
    expect(await px(page, '[part~="choice"]')).toBe(16);
    expect(await px(page, '[part~="search"]')).toBe(16);
  });
});

test.describe('reflow without sideways scrolling', () => {
  for (const [name, viewport, deviceScaleFactor, style] of [
    ['320 CSS px wide (1280 px at 400 %)', { width: 320, height: 568 }, 1, ''],
    ['200 % browser zoom of a 1280×800 window', { width: 640, height: 400 }, 2, ''],
    ['text at 200 % on a 375 px phone', { width: 375, height: 667 }, 2, 'body { font-size: 200%; }'],
  ] as const) {
    test.describe(name, () => {
      test.use({ viewport, deviceScaleFactor });

      test('first question, results with crisis lines, and search results fit the width', async ({ page }) => {
        await page.goto(pageUrl(site, { head: SCRIPT, body: WIDGET, style }));
        await expect(choice(page, '緊急の困りごと')).toBeVisible();
        expect(await sidewaysScroll(page), 'first question').toEqual([]);
        await toResults(page);
        expect(await sidewaysScroll(page), 'results').toEqual([]);
        await widget(page).locator('[part~="search"]').fill('相談');
        await expect(widget(page).locator('[part~="card"]:visible').first()).toBeVisible();
        expect(await sidewaysScroll(page), 'search results').toEqual([]);
      });
    });
  }
});

test.describe('text spacing (WCAG 1.4.12)', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test('letter, word and line spacing set on the widget by a user style reach it, and nothing is cut off or scrolls sideways', async ({ page }) => {
    const spacing = 'shien-navi { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';
    await page.goto(pageUrl(site, { head: SCRIPT, body: WIDGET, style: spacing }));
    await expect(choice(page, '緊急の困りごと')).toBeVisible();
    // Read from the widget's own answers: the painted first screen may be taken over while it is read.
    await page.waitForFunction(() => (document.querySelector('shien-navi') as (HTMLElement & { hasUpdated?: boolean }) | null)?.hasUpdated === true);
    expect(await choice(page, '緊急の困りごと').evaluate((element) => getComputedStyle(element).letterSpacing)).toBe('1.92px');
    await toResults(page);
    expect(await sidewaysScroll(page)).toEqual([]);
    const cut = await page.evaluate(() => {
      const found: string[] = [];
      const visit = (root: ParentNode) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.shadowRoot) visit(element.shadowRoot);
          // A clamped summary is cut on purpose, with "続きを読む" to open it.
          if (!element.checkVisibility() || element.closest('.visually-hidden') || element.hasAttribute('data-clamped')) continue;
          const style = getComputedStyle(element);
          if (style.overflowY === 'hidden' && element.scrollHeight > element.clientHeight + 1) found.push(`${element.localName}.${String(element.className)}`);
        }
      };
      visit(document.querySelector('shien-navi')?.shadowRoot as ShadowRoot);
      return found;
    });
    expect(cut).toEqual([]);
  });
});

