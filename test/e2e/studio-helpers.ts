import { expect, type Locator, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

/** Helpers for the workbench's end-to-end tests (dist/studio/, served by `npm start` at /studio/). */
export type Job = 'check' | 'widget' | 'questions' | 'write';

export const panel = (page: Page, job: Job): Locator => page.locator(`#panel-${job}`);
export const preview = (page: Page, job: Job): Locator => panel(page, job).locator('shien-navi-studio-preview');
/** The real widget inside a job's preview frame. */
export const previewWidget = (page: Page, job: Job): Locator => page.frameLocator(`#panel-${job} shien-navi-studio-preview iframe`).locator('#page shien-navi');
export const snippetOf = (page: Page): Promise<string> => panel(page, 'widget').locator('shien-navi-studio-snippet-box textarea').first().inputValue();
/** The iframe snippet, beside the script one. */
export const iframeSnippetOf = (page: Page): Promise<string> => panel(page, 'widget').locator('shien-navi-studio-snippet-box textarea').nth(1).inputValue();
/** The workbench's own note (a refused import, a restored draft). */
export const appNotice = (page: Page): Locator => page.locator('shien-navi-studio main > [role="status"] > .notice');
export const tab = (page: Page, name: string): Locator => page.getByRole('tab', { name });

/** What went wrong on the page while a test ran: uncaught errors and CSP violations. */
export interface PageProblems {
  readonly errors: string[];
}

/** Opens the workbench on a job and waits until it has restored (or found no) kept work. */
export async function openStudio(page: Page, job: Job = 'check'): Promise<PageProblems> {
  const problems: PageProblems = { errors: [] };
  page.on('pageerror', (error) => problems.errors.push(error.message));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} in ${location.pathname} ${event.sourceFile}:${event.lineNumber} ${event.sample}`));
  });
  await page.goto(`/studio/#${job}`);
  await expect(panel(page, job)).toBeVisible();
  return problems;
}

/** Picks files with the data picker of a job, as a person choosing them would. */
export async function addFiles(page: Page, job: Job, files: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await panel(page, job).locator('shien-navi-studio-data-sources input[type="file"]').setInputFiles(files);
}

/** Drops a file on a job's drop zone (a real drop event carrying a File). */
export async function dropFile(page: Page, job: Job, name: string, bytes: Buffer): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type: 'text/csv' }));
      return transfer;
    },
    { name, data: [...bytes] },
  );
  await panel(page, job).locator('shien-navi-studio-data-sources .drop').dispatchEvent('drop', { dataTransfer: transfer });
}

/** Waits for a job's preview to show the widget with its data read. */
export async function previewReady(page: Page, job: Job): Promise<void> {
  await expect(preview(page, job)).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core (WCAG 2.2 A/AA) on the workbench itself: every violation, readably. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(document, { iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    if (result.passes.length < 10) return ['axe checked almost nothing'];
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(' | ')}`);
  });
}

/** Presses Tab until the focused element (inside shadow roots too) matches `describe`, as a keyboard user would. */
export async function tabTo(page: Page, wanted: string, { backwards = false, limit = 120 } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active) return '';
      const label = active.id ? `#${active.id}` : '';
      return `${active.localName}${label} ${active.getAttribute('aria-label') ?? ''} ${(active.textContent ?? '').trim().slice(0, 40)}`.replace(/\s+/g, ' ');
    });
    if (focused.includes(wanted)) return;
  }
  throw new Error(`${wanted} was not reached with ${limit} presses of Tab`);
}
