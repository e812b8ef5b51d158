// `npm run screenshots`: every Storybook story at 375×667 (phone) and 1280×800 (desktop), in
// Debian's Chromium, into screenshots/ (git-ignored). `-- --engine webkit|firefox` takes them in
// WebKitGTK or Firefox ESR instead (into screenshots/webkit/ or screenshots/firefox/; WebKit's
// phone size is 480×667, see otherEngine). Builds Storybook first unless SCREENSHOTS_SKIP_BUILD is
// set. Other words filter the stories. Look at them: if something looks wrong, it is wrong.
/* global document -- in the page functions of otherEngine() */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, ensureChromium } from './ensure-chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const engineAt = args.indexOf('--engine');
const engine = engineAt >= 0 ? args[engineAt + 1] : 'chromium';
const words = args.filter((_, index) => engineAt < 0 || (index !== engineAt && index !== engineAt + 1));
if (!['chromium', 'webkit', 'firefox'].includes(engine)) throw new Error('--engine must be chromium, webkit or firefox');
const out = new URL(`../screenshots/${engine === 'chromium' ? '' : `${engine}/`}`, import.meta.url).pathname;
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
  .filter((id) => words.length === 0 || words.some((word) => id.includes(word)));

if (engine !== 'chromium') {
  await otherEngine();
  process.exit();
}

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

/**
 * The same screenshots in WebKitGTK or Firefox ESR (test/smoke/engine-page.mjs drives them).
 * MiniBrowser's window cannot be narrower than its toolbar (447 px): WebKit's phone screenshots
 * are 480 px wide, the widest a phone gets in the widget's own breakpoint (max-width: 480px), so
 * the same phone layout.
 */
async function otherEngine() {
  const { openEngine } = await import('../test/smoke/engine-page.mjs');
  const server = await startStaticServer({ root: `${root}storybook-static` });
  const page = await openEngine(engine);
  let count = 0;
  const missing = [];
  try {
    for (const [asked, height] of SIZES) {
      const width = engine === 'webkit' ? Math.max(asked, 480) : asked;
      await page.setViewport(width, height);
      for (const id of ids) {
        let shot = false;
        for (let attempt = 0; attempt < 2 && !shot; attempt += 1) {
          await page.goto(`${server.origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
          await page.waitFor(() => [...document.querySelectorAll('*')].some((element) => element.localName.startsWith('shien-navi')), [], `${id}: the story`);
          // Data, the story's play function and the counts behind the answers.
          await new Promise((resolve) => setTimeout(resolve, 1200));
          // A screenshot that does not answer (WebKitWebDriver's did, with compositing off) is given up after 10 s.
          const timeout = new Promise((resolve) => setTimeout(() => resolve(false), 10000));
          shot = await Promise.race([page.screenshot(`${out}${id}-${width}x${height}.png`).then(() => true), timeout]);
        }
        if (shot) count += 1;
        else missing.push(`${id}-${width}x${height}`);
      }
    }
  } finally {
    await page.close();
    await server.close();
  }
  console.log(`${count} screenshots in ${out}`);
  if (missing.length > 0) {
    console.log(`not taken (the engine did not answer twice): ${missing.join(', ')}`);
    process.exitCode = 1;
  }
}
