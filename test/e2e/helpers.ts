import { test as base, type Page } from '@playwright/test';
import { startHostileServer } from '../servers/hostile-server.mjs';

export { expect } from '@playwright/test';
export type HostileServer = Awaited<ReturnType<typeof startHostileServer>>;

/** Playwright's `test` with `server`: the hostile test server (test/servers/hostile-server.mjs), one per worker. */
export const test = base.extend<object, { server: HostileServer }>({
  server: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads which fixtures a fixture needs from this pattern.
    async ({}, use) => {
      const server = await startHostileServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

/** The test server's page holding one widget per attribute set. */
export const pageWith = (server: HostileServer, widgets: readonly Record<string, string>[]) =>
  `${server.origin}/page?widgets=${encodeURIComponent(JSON.stringify(widgets))}`;

export const widget = (page: Page, index = 0) => page.locator('shien-navi').nth(index);
export const choices = (page: Page, index = 0) => widget(page, index).locator('[part~="choice"]:visible');
export const choice = (page: Page, label: string, index = 0) => widget(page, index).locator('[part~="choice"]:visible', { hasText: label });

/** What the widgets on a page reported: every shien-navi-error, and the records of the last shien-navi-ready (-1 before). */
export interface Outcome {
  errors: { kind: string; message: string }[];
  records: number;
}

/**
 * Opens `url`, keeping what its widgets report and what goes wrong on the page (uncaught
 * errors, dialogs, frames navigated), and waits for a widget to be ready. The problems array
 * fills as the test goes on.
 */
export async function openWidgets(page: Page, url: string): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    if (frame !== page.mainFrame()) problems.push(`frame navigated: ${frame.url()}`);
  });
  await page.addInitScript(() => {
    const outcome: Outcome = { errors: [], records: -1 };
    (window as unknown as { outcome: Outcome }).outcome = outcome;
    document.addEventListener('shien-navi-error', (event) => outcome.errors.push((event as CustomEvent<Outcome['errors'][number]>).detail), true);
    document.addEventListener('shien-navi-ready', (event) => (outcome.records = (event as CustomEvent<{ records: number }>).detail.records), true);
  });
  await page.goto(url);
  await whenReady(page);
  return problems;
}

/** Waits for a widget opened by `openWidgets` to be ready (again, after a reload) and returns what was reported. */
export async function whenReady(page: Page): Promise<Outcome> {
  await page.waitForFunction(() => (window as unknown as { outcome: Outcome }).outcome.records >= 0, undefined, { timeout: 40_000 });
  return page.evaluate(() => (window as unknown as { outcome: Outcome }).outcome);
}
