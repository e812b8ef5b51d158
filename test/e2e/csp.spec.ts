import { expect, test } from '@playwright/test';

// The widget must work fully on a page served with
// Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'.
test('works under a strict CSP with no violation reported', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });

  const response = await page.goto('/demo/csp.html');
  expect(response?.headers()['content-security-policy']).toBe("default-src 'self'; script-src 'self'; style-src 'self'");

  const widget = page.locator('shien-navi');
  await widget.locator('[part~="choice"]:visible', { hasText: '緊急の困りごと' }).click();
  await expect(widget.locator('a[href="tel:110"]')).toBeVisible();
  await widget.locator('[part~="choice"]:visible', { hasText: '食べるものがない' }).click();
  await widget.locator('[part~="choice"]:visible', { hasText: 'フードバンクを利用したい' }).click();
  await expect(widget.locator('[part~="card"]:visible h4').first()).toHaveText('【サンプル】フードバンク緊急食料支援');
  await widget.locator('[part~="search"]').fill('サポステ');
  await expect(widget.locator('[part~="card"]:visible h4').first()).toHaveText('【サンプル】地域若者サポートステーション');
  // The search chunk: a trouble's shortcut, its goal, and a cry's crisis lines.
  await widget.locator('[part~="search"]').fill('家賃が払えない');
  await widget.locator('button.shortcut', { hasText: '家賃が払えない' }).click();
  await expect(widget.locator('[part~="card"]:visible h4', { hasText: '住居確保給付金' }).first()).toBeVisible();
  await widget.locator('[part~="search"]').fill('死にたい');
  await expect(widget.locator('shien-navi-search-results shien-navi-crisis-lines a[href^="tel:"]').first()).toBeVisible();
  await widget.locator('[part~="search"]').fill('zqxwvjk');
  // Nothing found: a line to a person, its number shown at once.
  await expect(widget.locator('shien-navi-crisis-lines[tone="listening"] a[href^="tel:"]').first()).toBeVisible();
  // Styles applied: the header carries the accent background, not the browser default.
  await expect(widget.locator('[part~="header"]')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');

  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  expect(refused).toEqual([]);
});
