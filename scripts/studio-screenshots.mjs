// `node scripts/studio-screenshots.mjs [--readme]`: the workbench (dist/studio/, build first) in
// Debian's Chromium at 375×667 and 1280×800, in the states its guide shows, into screenshots/studio/
// (git-ignored). With --readme, the ones the README shows are also written to docs/studio/.
/* global document, window -- used in a callback that runs in the page */
import { copyFileSync, mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, ensureChromium } from './ensure-chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = `${root}screenshots/studio/`;
const docs = `${root}docs/studio/`;
const SAMPLE = `${root}demo/data/sample.csv`;

if (!ensureChromium()) process.exit(1);
mkdirSync(out, { recursive: true });
const server = await startStaticServer({ root: `${root}dist` });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'] });

const panel = (page, job) => page.locator(`#panel-${job}`);
const ready = (page, job) => panel(page, job).locator('shien-navi-studio-preview[data-state="ready"]').waitFor({ timeout: 20_000 });

/** Each state: the job it shows, and what an editor did to get there. */
const STATES = {
  async check(page) {
    await panel(page, 'check').locator('shien-navi-studio-data-sources input[type="file"]').setInputFiles(SAMPLE);
    await panel(page, 'check').locator('shien-navi-studio-data-sources').getByText(/表示できる制度/).first().waitFor();
  },
  async widget(page) {
    const form = panel(page, 'widget');
    await form.locator('shien-navi-studio-data-sources input[type="file"]').setInputFiles(SAMPLE);
    await form.locator('#municipality').fill('札幌市');
    await form.locator('#municipality').press('Enter');
    await form.locator('#accent').fill('#7a2e8e');
    await form.locator('#accent').press('Enter');
    await ready(page, 'widget');
    await form.locator('#accent-check li').first().waitFor();
  },
  async questions(page) {
    await panel(page, 'check').locator('shien-navi-studio-data-sources input[type="file"]').setInputFiles(SAMPLE);
    await panel(page, 'questions').locator('shien-navi-studio-flow-tree button', { hasText: '家賃の支払いを助ける' }).click();
    await ready(page, 'questions');
  },
  async write(page) {
    await panel(page, 'write').getByRole('button', { name: 'ひな形から新しく作る' }).click();
    await panel(page, 'write').locator('shien-navi-result-card').waitFor();
  },
};

const shots = [];
try {
  for (const [width, height] of [
    [375, 667],
    [1280, 800],
  ]) {
    for (const [job, setUp] of Object.entries(STATES)) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(`${server.origin}/studio/#${job}`);
      await panel(page, job).waitFor();
      await setUp(page);
      // Let the preview's widget finish drawing what it just read: its answers or cards are on screen.
      // (Not 'networkidle': a blob: read the page lets go of can stay "in flight" for ever.)
      if (job !== 'check' && job !== 'write') await page.frameLocator(`#panel-${job} shien-navi-studio-preview iframe`).locator('#page shien-navi :is([part~="choice"], [part~="card"])').first().waitFor({ timeout: 20_000 });
      // From the top, as a person arriving sees it (setting up scrolled to the last control used).
      await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        active?.blur();
        window.scrollTo(0, 0);
      });
      const file = `${out}${job}-${width}.png`;
      await page.screenshot({ path: file, fullPage: process.argv.includes('--full') });
      shots.push(file);
      if (job === 'widget' && width === 375) {
        // On a phone the preview and the snippet come after the form.
        await panel(page, 'widget').locator('#preview-heading').evaluate((heading) => heading.scrollIntoView());
        const preview = `${out}widget-preview-375.png`;
        await page.screenshot({ path: preview });
        shots.push(preview);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(shots.join('\n'));
/** The ones the README's guide shows. */
const README_SHOTS = ['check-1280.png', 'widget-1280.png', 'widget-preview-375.png', 'questions-1280.png', 'write-1280.png'];
if (process.argv.includes('--readme')) {
  mkdirSync(docs, { recursive: true });
  for (const name of README_SHOTS) copyFileSync(`${out}${name}`, `${docs}${name}`);
}
