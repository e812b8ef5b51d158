// `npm run screenshots`: every Storybook story at 375×667 (phone) and 1280×800 (desktop), in
// Debian's Chromium, into screenshots/ (git-ignored). Builds Storybook first unless
// SCREENSHOTS_SKIP_BUILD is set. Look at them: if something looks wrong, it is wrong.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, ensureChromium } from './ensure-chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = new URL('../screenshots/', import.meta.url).pathname;
const SIZES = [
  [375, 667],
  [1280, 800],
];

if (!ensureChromium()) process.exit(1);
if (process.argv.includes('--demo')) {
  const { demoShots } = await import('./demo-shots.mjs');
  const files = await demoShots(root, process.argv.includes('--readme') ? `${root}docs/demo/` : `${out}demo/`);
  console.log(`${files.length} screenshots of the demo`);
  process.exit(0);
}
if (!process.env.SCREENSHOTS_SKIP_BUILD) {
  execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  execFileSync('npx', ['storybook', 'build', '--quiet', '-o', 'storybook-static'], { cwd: root, stdio: 'inherit' });
}
mkdirSync(out, { recursive: true });

const index = JSON.parse(readFileSync(`${root}storybook-static/index.json`, 'utf8'));
const ids = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .map((entry) => entry.id)
  .filter((id) => process.argv.length <= 2 || process.argv.slice(2).some((word) => id.includes(word)));

const server = await startStaticServer({ root: `${root}storybook-static` });
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});
try {
  for (const [width, height] of SIZES) {
    const page = await browser.newPage({ viewport: { width, height } });
    for (const id of ids) {
      await page.goto(`${server.origin}/iframe.html?id=${id}&viewMode=story`);
      await page.locator('shien-navi').first().waitFor({ state: 'attached' });
      // Data, the story's play function and the counts behind the answers.
      await page.waitForTimeout(1200);
      await page.screenshot({ path: `${out}${id}-${width}x${height}.png` });
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${ids.length * SIZES.length} screenshots in screenshots/`);
