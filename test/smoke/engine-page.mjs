// One small page API over the two clients that can drive Debian's other engines: webdriverio for
// WebKitGTK (classic WebDriver, WebKitWebDriver) and puppeteer-core for Firefox ESR (WebDriver
// BiDi). Clicks and keys are real input events at the element's place, as a person's would be;
// what is on screen is read by scripts run in the page, looking through shadow roots.
import { Key, remote } from 'webdriverio';
import puppeteer from 'puppeteer-core';
import { ensureEngine, firefoxLaunchOptions, startWebKitDriver } from '../../scripts/engines.mjs';
import { sizeViewport } from '../../scripts/wtr-webdriver-viewport.mjs';

export const ENGINES = ['webkit', 'firefox'];

/** Functions every page script may use (they run in the page, before the script's own function). */
const PAGE_HELPERS = String.raw`
  // Every match under root, in its shadow root and in every shadow root below.
  const deepAll = (selector, root = document) => {
    if (root.shadowRoot) return [...root.querySelectorAll(selector), ...deepAll(selector, root.shadowRoot)];
    const found = [...root.querySelectorAll(selector)];
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepAll(selector, element.shadowRoot));
    return found;
  };
  const visible = (element) => !!element && element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  // The text a person sees of an element, its shadow root's and slotted text included.
  const deepText = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.localName === 'style' || node.localName === 'script') return '';
    if (node.localName === 'slot') return node.assignedNodes({ flatten: true }).map(deepText).join('');
    return [...(node.shadowRoot ?? node).childNodes].map(deepText).join('');
  };
  const textOf = (element) => (element ? deepText(element) : '').replace(/\s+/g, ' ').trim();
  // 'a >>> b': a b inside an a's shadow root (or anywhere below it).
  const deepChain = (selector, root = document) =>
    selector.split('>>>').reduce((roots, part) => roots.flatMap((at) => deepAll(part.trim(), at.shadowRoot ?? at)), [root]);
  const pick = (selector, text) => deepChain(selector).filter(visible).find((element) => text == null || textOf(element).includes(text));
  const deepActive = () => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element;
  };
`;

const KEYS = { Escape: Key.Escape, Enter: Key.Enter, Tab: Key.Tab };

/**
 * Opens `engine` ('webkit' or 'firefox'). The page has: goto, run(fn, ...args) (fn runs in the
 * page with the helpers above; its value, awaited, comes back), waitFor(fn, args, what), click
 * (selector, text), type(text), press(key), setViewport(width, height), screenshot(path), close.
 */
export async function openEngine(engine) {
  if (!ensureEngine(engine)) throw new Error(`${engine} is not installed`);
  const client = engine === 'webkit' ? await webkitClient() : await firefoxClient();
  const script = (fn, args) => `(async () => { ${PAGE_HELPERS}\n return (${fn})(...${JSON.stringify(args)}); })()`;
  const page = {
    engine,
    goto: (url) => client.goto(url),
    run: (fn, ...args) => client.evaluate(script(fn, args)),
    /** Runs `fn` until it returns something truthy (and returns that); fails after `ms`. */
    async waitFor(fn, args, what, ms = 20000) {
      const until = Date.now() + ms;
      let last;
      for (;;) {
        last = await page.run(fn, ...args).catch((error) => ({ error: String(error) }));
        if (last && !last.error) return last;
        if (Date.now() > until) throw new Error(`${engine}: timed out waiting for ${what}${last?.error ? ` (${last.error})` : ''}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    /** A real pointer click in the middle of the first visible `selector` (containing `text`). */
    async click(selector, text) {
      const point = await page.waitFor(
        (selector, text) => {
          const element = pick(selector, text);
          if (!element) return null;
          element.scrollIntoView({ block: 'center' });
          const box = element.getBoundingClientRect();
          return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
        },
        [selector, text],
        `${selector}${text === undefined ? '' : ` with "${text}"`}`,
      );
      await client.click(point.x, point.y);
    },
    type: (text) => client.type(text),
    /** Runs a classic script's source in the page (as a <script> element: its globals stay). */
    inject: (source) => page.run((source) => {
      const script = document.createElement('script');
      script.textContent = source;
      document.head.append(script);
      return true;
    }, source),
    press: (key) => client.press(key),
    setViewport: (width, height) => client.setViewport(width, height),
    screenshot: (path) => client.screenshot(path),
    close: () => client.close(),
  };
  return page;
}

async function webkitClient() {
  const webkit = await startWebKitDriver();
  let browser;
  try {
    browser = await remote(webkit.options);
  } catch (error) {
    webkit.stop();
    throw error;
  }
  return {
    goto: (url) => browser.url(url),
    evaluate: (expression) => browser.execute(`return ${expression}`),
    click: (x, y) => browser.action('pointer', { parameters: { pointerType: 'mouse' } }).move({ x, y, origin: 'viewport' }).down({ button: 0 }).up({ button: 0 }).perform(),
    type: (text) => browser.keys([...text]),
    press: (key) => browser.keys(KEYS[key] ?? key),
    setViewport: (width, height) => sizeViewport(browser, width, height),
    screenshot: (path) => browser.saveScreenshot(path),
    async close() {
      await browser.deleteSession().catch(() => {});
      webkit.stop();
    },
  };
}

async function firefoxClient() {
  const browser = await puppeteer.launch(firefoxLaunchOptions());
  const page = await browser.newPage();
  return {
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (expression) => page.evaluate(expression),
    click: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    setViewport: (width, height) => page.setViewport({ width, height }),
    screenshot: (path) => page.screenshot({ path }),
    close: () => browser.close(),
  };
}
