import type { Page } from '@playwright/test';
import { FAULTS } from '../servers/hostile-server.mjs';
import { choice, expect, openWidgets, pageWith, test, widget, type HostileServer, type Outcome } from './helpers.js';

// The CSV is decoded and parsed in a module worker beside the entry (src/data/csv-worker.ts)
// where the page allows it, and on the page where it does not: a CSP that refuses workers, a
// browser without them, the classic script. Every way gives the same records, the same errors
// and the same screens, with no error of the widget's in the console.

const WORKER_FILE = /\/dist\/shien-navi-csv-worker-[\w-]+\.js$/;
/** What Chromium itself prints when a CSP refuses a worker: the browser's report, not the widget's. */
const CSP_REFUSAL = /^Creating a worker from '.*shien-navi-csv-worker-[\w-]+\.js' violates the following Content Security Policy directive: "worker-src 'none'"/;

const WAYS = {
  worker: { worker: true, setUp: async () => undefined },
  'a CSP that refuses workers': {
    worker: false,
    setUp: (page: Page) =>
      page.route(/\/page\?/, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'none'" } });
      }),
  },
  'a browser without workers': { worker: false, setUp: (page: Page) => page.addInitScript(() => Reflect.deleteProperty(window, 'Worker')) },
  'the classic script': {
    worker: false,
    setUp: (page: Page) =>
      page.route(/\/page\?/, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace('<script type="module" src="/dist/shien-navi.js"></script>', '<script src="/dist/shien-navi.iife.js" defer></script>');
        if (!body.includes('shien-navi.iife.js')) throw new Error('the test page no longer loads dist/shien-navi.js');
        await route.fulfill({ response, body });
      }),
  },
} as const;
type Way = keyof typeof WAYS;

/** Opens a widget reading `src` the given way; returns what it reported, the workers started and the console's errors. */
async function open(page: Page, server: HostileServer, way: Way, src: string, view = 'conversation'): Promise<Outcome & { workers: string[]; consoleErrors: string[]; problems: string[] }> {
  const workers: string[] = [];
  const consoleErrors: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  page.on('console', (message) => {
    if (message.type() !== 'error' || message.location().url.endsWith('/favicon.ico')) return;
    if (!(way === 'a CSP that refuses workers' && CSP_REFUSAL.test(message.text()))) consoleErrors.push(`${message.text()} ${message.location().url}`);
  });
  await WAYS[way].setUp(page);
  const problems = await openWidgets(page, pageWith(server, [{ src, view }]));
  const outcome = await page.evaluate(() => (window as unknown as { outcome: Outcome }).outcome);
  return { ...outcome, workers, consoleErrors, problems };
}

/** The titles of a goal's cards, and the crisis lines on the way there. */
async function foodBankCards(page: Page): Promise<string[]> {
  await choice(page, '緊急の困りごと').click();
  await expect(widget(page).locator('a[href="tel:110"]')).toBeVisible();
  await choice(page, '食べるものがない').click();
  await choice(page, 'フードバンクを利用したい').click();
  await expect(widget(page).locator('[part~="card"]:visible h4').first()).toBeVisible();
  return widget(page).locator('[part~="card"]:visible h4').allTextContents();
}

for (const way of Object.keys(WAYS) as Way[]) {
  test(`${way}: the sample data, its cards, and no console error`, async ({ page, server }) => {
    server.setFault('ok');
    const opened = await open(page, server, way, '/switch.csv');
    expect(opened.problems).toEqual([]);
    expect({ records: opened.records, errors: opened.errors }).toEqual({ records: 52, errors: [] });
    if (WAYS[way].worker) {
      expect(opened.workers).toHaveLength(1);
      expect(opened.workers[0]).toMatch(WORKER_FILE);
    } else expect(opened.workers).toEqual([]);
    expect(await foodBankCards(page)).toEqual(['【サンプル】フードバンク緊急食料支援', '【サンプル】さっぽろフードバンク']);
    expect(opened.consoleErrors).toEqual([]);
  });
}

test('the injection corpus gives the same records and list with the worker and without', async ({ browser, server }) => {
  const seen: { records: number; groups: string[]; cards: string[] }[] = [];
  for (const way of ['worker', 'a browser without workers'] as const) {
    const page = await browser.newPage();
    const opened = await open(page, server, way, '/data/hostile.csv', 'list');
    expect(opened.workers).toHaveLength(way === 'worker' ? 1 : 0);
    await expect(widget(page).locator('[part~="card"]:visible h4').first()).toBeVisible();
    const groups = await widget(page).locator('shien-navi-service-list ul.groups button').allTextContents();
    seen.push({ records: opened.records, groups, cards: await widget(page).locator('[part~="card"]:visible h4').allTextContents() });
    expect(opened.consoleErrors).toEqual([]);
    await page.close();
  }
  expect(seen[0]?.records).toBeGreaterThan(0);
  expect(seen[0]?.cards.length).toBeGreaterThan(0);
  expect(seen[0]).toEqual(seen[1]);
});

/** Bad files: each fails in the worker as it does on the page, with a plain notice and the crisis lines. */
const BAD: readonly { fault: keyof typeof FAULTS & string; kind: string; message: RegExp }[] = [
  { fault: 'htmlAsCsv', kind: 'parse', message: /CSV ではなく HTML/ },
  { fault: 'binary', kind: 'parse', message: /CSV ではないファイル/ },
  { fault: 'huge', kind: 'parse', message: /データの行が多すぎます（200,000 行まで/ },
];

for (const { fault, kind, message } of BAD) {
  test(`${fault} (${FAULTS[fault]}) fails in the worker as on the page, with the crisis lines`, async ({ browser, server }) => {
    server.setFault(fault);
    const errors: Outcome['errors'][] = [];
    for (const way of ['worker', 'a browser without workers'] as const) {
      const page = await browser.newPage();
      const opened = await open(page, server, way, '/switch.csv');
      expect(opened.records).toBe(0);
      expect(opened.errors.map((error) => error.kind)).toEqual([kind]);
      expect(opened.errors[0]?.message).toMatch(message);
      errors.push(opened.errors);
      await expect(widget(page).locator('.notice')).toHaveText('支援情報の一部を読み込めませんでした。緊急の相談先はいつでも表示されます。');
      await choice(page, '緊急の困りごと').click();
      await expect(widget(page).locator('a[href="tel:110"]')).toBeVisible();
      await expect(widget(page).locator('a[href="tel:119"]')).toBeVisible();
      expect(opened.consoleErrors).toEqual([]);
      await page.close();
    }
    expect(errors[0]).toEqual(errors[1]);
  });
}

test('a row bomb is refused by the worker with the row count, as on the page', async ({ page, server }) => {
  const opened = await open(page, server, 'worker', '/data/row-bomb.csv');
  expect(opened.workers).toHaveLength(1);
  expect(opened.errors).toEqual([{ kind: 'parse', message: 'データの行が多すぎます（200,000 行まで読み込めます。200,001 行目で読むのをやめました）: /data/row-bomb.csv' }]);
  await choice(page, '緊急の困りごと').click();
  await expect(widget(page).locator('a[href="tel:110"]')).toBeVisible();
  expect(opened.consoleErrors).toEqual([]);
});

test('a saved copy is read in the worker when the source is down', async ({ page, server }) => {
  server.setFault('ok');
  const first = await open(page, server, 'worker', '/switch.csv');
  expect(first.records).toBe(52);
  server.setFault('serverError');
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { outcome: Outcome }).outcome.records >= 0);
  const outcome = await page.evaluate(() => (window as unknown as { outcome: Outcome }).outcome);
  expect(outcome.records).toBe(52);
  expect(outcome.errors.map((error) => error.kind)).toEqual(['http']);
  // One worker for each load of the page: after the reload, the one that waited for the download
  // (started with it, ready when the bytes come) reads the copy once the download has failed.
  expect(first.workers).toHaveLength(2);
  await expect(widget(page).locator('.notice')).toContainText('に保存した情報を表示しています');
  expect(await foodBankCards(page)).toEqual(['【サンプル】フードバンク緊急食料支援', '【サンプル】さっぽろフードバンク']);
  expect(first.consoleErrors.filter((text) => !/500 \(Internal Server Error\)/.test(text))).toEqual([]);
});

test('a worker file that never arrives: the page reads the file itself once it is here', async ({ page, server }) => {
  server.setFault('ok');
  const asked: string[] = [];
  // Never answered, as a server that stalls on it.
  await page.route(/shien-navi-csv-worker-[\w-]+\.js$/, (route) => void asked.push(route.request().url()));
  const opened = await open(page, server, 'worker', '/switch.csv');
  expect(asked).toHaveLength(1);
  expect({ records: opened.records, errors: opened.errors }).toEqual({ records: 52, errors: [] });
  expect(await foodBankCards(page)).toEqual(['【サンプル】フードバンク緊急食料支援', '【サンプル】さっぽろフードバンク']);
  expect(opened.consoleErrors).toEqual([]);
});
