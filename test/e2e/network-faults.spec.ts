import type { Page } from '@playwright/test';
import { closedPort, FAULTS } from '../servers/hostile-server.mjs';
import { choice, expect, openWidgets, pageWith, test, whenReady, widget, type HostileServer, type Outcome } from './helpers.js';

// Every way a data server fails, against the built widget: a clear message, a shien-navi-error
// of the right kind, a widget that still works, the crisis lines, and the last good copy used
// where one was saved.

/** The fault, the error kind it must give, and how long it may take (the stall waits for the 15 s timeout). */
const CASES: readonly { fault: keyof typeof FAULTS & string; kind: string; message: RegExp; slow?: boolean }[] = [
  { fault: 'notFound', kind: 'http', message: /HTTP 404/ },
  { fault: 'serverError', kind: 'http', message: /HTTP 500/ },
  { fault: 'reset', kind: 'network', message: /取得できませんでした/ },
  { fault: 'stall', kind: 'network', message: /15 秒以内に終わりませんでした/, slow: true },
  { fault: 'truncated', kind: 'network', message: /取得できませんでした/ },
  { fault: 'htmlAsCsv', kind: 'parse', message: /HTML/ },
  // Its 200,001st row comes long before its 40th MB: refused for its rows.
  { fault: 'huge', kind: 'parse', message: /データの行が多すぎます（200,000 行まで/ },
  { fault: 'binary', kind: 'parse', message: /CSV ではない/ },
];

/** Opens a page with one widget reading `src` and waits for its shien-navi-ready. */
async function open(page: Page, server: HostileServer, src: string): Promise<Outcome> {
  const problems = await openWidgets(page, pageWith(server, [{ src }]));
  expect(problems).toEqual([]);
  return whenReady(page);
}

/** The person can still walk the questions and reach the crisis lines. */
async function expectUsable(page: Page): Promise<void> {
  await choice(page, '緊急の困りごと').click();
  await expect(widget(page).locator('a[href="tel:110"]')).toBeVisible();
  await expect(widget(page).locator('a[href="tel:119"]')).toBeVisible();
  await choice(page, '食べるものがない').click();
  await choice(page, 'フードバンクを利用したい').click();
}

for (const { fault, kind, message, slow } of CASES) {
  test.describe(`${fault}: ${FAULTS[fault]}`, () => {
    if (slow) test.setTimeout(90_000);

    test(`with nothing saved: ${kind} error, a plain message, and the crisis lines`, async ({ page, server }) => {
      server.setFault(fault);
      const outcome = await open(page, server, '/switch.csv');
      expect(outcome.records).toBe(0);
      expect(outcome.errors.map((error) => error.kind)).toEqual([kind]);
      expect(outcome.errors[0]?.message).toMatch(message);
      await expect(widget(page).locator('.notice')).toHaveText('支援情報の一部を読み込めませんでした。緊急の相談先はいつでも表示されます。');
      await expectUsable(page);
      await expect(widget(page).locator('[part~="card"]:visible')).toHaveCount(0);
    });

    test(`with a saved copy: the copy is shown with its date, and the ${kind} error is still reported`, async ({ page, server }) => {
      server.setFault('ok');
      const good = await open(page, server, '/switch.csv');
      expect(good.records).toBe(45);
      server.setFault(fault);
      await page.reload();
      const outcome = await whenReady(page);
      expect(outcome.records).toBe(45);
      expect(outcome.errors.map((error) => error.kind)).toEqual([kind]);
      await expect(widget(page).locator('.notice')).toContainText('に保存した情報を表示しています');
      await expectUsable(page);
      await expect(widget(page).locator('[part~="card"]:visible h4').first()).toHaveText('【サンプル】フードバンク緊急食料支援');
    });
  });
}

test('a CSV served as application/octet-stream is still read: the content decides, not the header', async ({ page, server }) => {
  server.setFault('csvAsOctetStream');
  const outcome = await open(page, server, '/switch.csv');
  expect(outcome).toEqual({ errors: [], records: 45 });
});

test('connection refused: a network error, a plain message, and the crisis lines', async ({ page, server }) => {
  const port = await closedPort();
  const outcome = await open(page, server, `http://127.0.0.1:${port}/data.csv`);
  expect(outcome.records).toBe(0);
  expect(outcome.errors.map((error) => error.kind)).toEqual(['network']);
  expect(outcome.errors[0]?.message).toContain('CORS');
  await expectUsable(page);
});

test('the CSV reader chunk cannot be fetched: a network error, and the crisis lines', async ({ page, server }) => {
  await page.route(/shien-navi-load-[\w-]+\.js$/, (route) => route.abort('connectionreset'));
  const outcome = await open(page, server, '/data/hostile.csv');
  expect(outcome.records).toBe(0);
  expect(outcome.errors.map((error) => error.kind)).toEqual(['network']);
  await expectUsable(page);
});

test('the fuzzy-search chunk cannot be fetched: exact search still works, near misses of names are not found but troubles still are', async ({ page, server }) => {
  await page.route(/shien-navi-fuzzy-[\w-]+\.js$/, (route) => route.abort('connectionreset'));
  const outcome = await open(page, server, '/demo/data/sample.csv');
  expect(outcome).toEqual({ errors: [], records: 45 });
  const search = widget(page).locator('[part~="search"]');
  await search.fill('サポステ');
  await expect(widget(page).locator('[part~="card"]:visible h4').first()).toHaveText('【サンプル】地域若者サポートステーション');
  // Not read as a near miss of a name; the trouble search still knows the situation: no dead end.
  await search.fill('ハローワーフ');
  await expect(widget(page).locator('button.shortcut', { hasText: '仕事を探している' })).toBeVisible();
  await expect(widget(page).getByText('見つかりませんでした。')).toHaveCount(0);
  await search.fill('zqxwvjk');
  await expect(widget(page).getByText('見つかりませんでした。')).toBeVisible();
  await expect(choice(page, '仕事のこと')).toBeVisible();
});
