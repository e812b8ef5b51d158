import { expect, test, type Page } from '@playwright/test';
import { choice, widget } from './helpers.js';

// Paths through every category of the bundled flow, each ending at a goal with CSV records.
const PATHS: readonly { path: readonly string[]; expectCard: string }[] = [
  { path: ['お金のこと', '家賃が払えない'], expectCard: '【サンプル】住居確保給付金' },
  { path: ['仕事のこと', '仕事を失った'], expectCard: '【サンプル】雇用保険の基本手当' },
  { path: ['緊急の困りごと', '食べるものがない', 'フードバンクを利用したい'], expectCard: '【サンプル】フードバンク緊急食料支援' },
  { path: ['心とからだの悩み', 'ひきこもり'], expectCard: '【サンプル】ひきこもり地域支援センター' },
  { path: ['家族関係のこと', '介護'], expectCard: '【サンプル】地域包括支援センター' },
];

const cardTitles = (page: Page) => widget(page).locator('[part~="card"]:visible h4');

async function openDemo(page: Page, path = '/demo/'): Promise<void> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path);
  await expect(choice(page, 'お金のこと')).toBeVisible();
  await expect(choice(page, 'お金のこと')).toContainText('件');
  expect(errors).toEqual([]);
}

test.describe('built demo page (dist/shien-navi.js)', () => {
  for (const { path, expectCard } of PATHS) {
    test(`${path.join(' → ')} shows services from the CSV`, async ({ page }) => {
      await openDemo(page);
      for (const label of path) await choice(page, label).click();
      await expect(cardTitles(page).first()).toBeVisible();
      await expect(cardTitles(page)).toContainText([expectCard]);
      const call = widget(page).locator('[part~="card"]:visible', { hasText: expectCard }).locator('a[href^="tel:"]');
      await expect(call).toHaveAttribute('href', /^tel:000\d+$/);
      for (const label of path) await expect(widget(page).locator('[part~="bubble-user"]', { hasText: label })).toBeVisible();
    });
  }

  test('the emergency category leads with the crisis lines', async ({ page }) => {
    await openDemo(page);
    await choice(page, '緊急の困りごと').click();
    await expect(widget(page).locator('a[href="tel:110"]')).toBeVisible();
    await expect(widget(page).locator('a[href="tel:0120279338"]')).toBeVisible();
  });

  test('finds a record by typing part of its 通称', async ({ page }) => {
    await openDemo(page);
    await widget(page).locator('[part~="search"]').fill('ひとり親の');
    await expect(cardTitles(page).first()).toHaveText('【サンプル】児童扶養手当');
    await widget(page).locator('[part~="search"]').fill('ふーどばんく');
    await expect(cardTitles(page)).toContainText(['【サンプル】フードバンク緊急食料支援']);
  });

  test('Back and Start over work', async ({ page }) => {
    await openDemo(page);
    await choice(page, '仕事のこと').click();
    await choice(page, '職場の悩み').click();
    await expect(cardTitles(page).first()).toBeVisible();
    await widget(page).locator('[part~="nav"] button', { hasText: '戻る' }).click();
    await expect(choice(page, '職場の悩み')).toBeVisible();
    await widget(page).locator('[part~="nav"] button', { hasText: '最初から' }).click();
    await expect(choice(page, '家族関係のこと')).toBeVisible();
  });
});

test.describe('classic-script page (dist/shien-navi.iife.js)', () => {
  test('runs from a plain <script>, filtered to 札幌市, opening on emergencies', async ({ page }) => {
    await page.goto('/demo/iife.html');
    await expect(widget(page).locator('a[href="tel:110"]')).toBeVisible();
    await choice(page, '食べるものがない').click();
    await choice(page, 'フードバンクを利用したい').click();
    // The town's own food bank first, then the prefecture-wide one.
    await expect(cardTitles(page)).toHaveText(['【サンプル】さっぽろフードバンク', '【サンプル】フードバンク緊急食料支援']);
  });
});
