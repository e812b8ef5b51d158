import { expect, test } from '@playwright/test';
import { generateCsv } from '../../bench/generate-csv.mjs';

// A goal with more services than a page, in the built widget on the strict-CSP demo page: the
// first page, "show more" from the keyboard, focus on the first new card, and no CSP violation.
test('a long goal pages its cards under a strict CSP, from the keyboard', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  // 300 generated rows: every tenth is a food bank (【サンプル】, 000- numbers), 30 for the goal.
  await page.route('**/demo/data/sample.csv', (route) => route.fulfill({ contentType: 'text/csv; charset=utf-8', body: generateCsv(300) }));
  await page.setViewportSize({ width: 375, height: 667 });
  await page.goto('/demo/csp.html');

  const widget = page.locator('shien-navi');
  for (const answer of ['緊急の困りごと', '食べるものがない', 'フードバンクを利用したい']) {
    await widget.locator('[part~="choice"]:visible', { hasText: answer }).click();
  }
  await expect(widget.locator('shien-navi-result-list .summary').first()).toHaveText('30件の相談先・制度があります');
  await expect(widget.locator('shien-navi-result-list').first().locator('[part~="card"]')).toHaveCount(20);
  const more = widget.locator('shien-navi-result-list button.more').first();
  await expect(more).toHaveText('さらに 10 件を見る（残り 10 件）');

  await more.focus();
  await page.keyboard.press('Enter');
  await expect(widget.locator('shien-navi-result-list').first().locator('[part~="card"]')).toHaveCount(30);
  await expect(more).toHaveCount(0);
  const focused = await page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return { tag: element?.localName, name: element?.querySelector('shien-navi-result-card')?.shadowRoot?.querySelector('h4')?.textContent };
  });
  expect(focused.tag).toBe('li');
  expect(focused.name).toMatch(/^【サンプル】フードバンク緊急食料支援 第\d+号$/);

  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
