// `npm run screenshots`: every Storybook story at 375×667 (phone) and 1280×800 (desktop), in
// Debian's Chromium, into screenshots/ (git-ignored). `-- --engine webkit|firefox` takes them in
// WebKitGTK or Firefox ESR instead (into screenshots/webkit/ or screenshots/firefox/): WebKit's
// window cannot be narrower than its toolbar, so there each story is shown in a frame of the size
// (its media queries follow the frame). Builds Storybook first unless SCREENSHOTS_SKIP_BUILD is
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
  process.exit(0);
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

/** The same screenshots in WebKitGTK or Firefox ESR (test/smoke/engine-page.mjs drives them). */
async function otherEngine() {
  const { openEngine } = await import('../test/smoke/engine-page.mjs');
  // A story in a frame of the size asked for (WebKit's window is at least 447 px wide).
  const frame = (request, response) => {
    const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
    const [width, height] = [Number(query.get('width')), Number(query.get('height'))];
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html><body style="margin:0;background:#888"><iframe id="story" src="/iframe.html?id=${encodeURIComponent(query.get('id') ?? '')}&viewMode=story" ` +
        `width="${width}" height="${height}" style="border:0;display:block;background:#fff"></iframe></body></html>`,
    );
  };
  const server = await startStaticServer({ root: `${root}storybook-static`, routes: { '/frame.html': frame } });
  const page = await openEngine(engine);
  try {
    for (const [width, height] of SIZES) {
      if (engine === 'webkit') await page.setViewport(1300, 850);
      else await page.setViewport(width, height);
      for (const id of ids) {
        const path = `${out}${id}-${width}x${height}.png`;
        if (engine === 'webkit') {
          await page.goto(`${server.origin}/frame.html?id=${encodeURIComponent(id)}&width=${width}&height=${height}`);
          await page.waitFor(() => !!document.getElementById('story').contentDocument?.querySelector('shien-navi'), [], `${id}: the widget`);
        } else {
          await page.goto(`${server.origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
          await page.waitFor(() => !!document.querySelector('shien-navi'), [], `${id}: the widget`);
        }
        // Data, the story's play function and the counts behind the answers.
        await new Promise((resolve) => setTimeout(resolve, 1200));
        if (engine === 'webkit') await page.screenshotElement('#story', path);
        else await page.screenshot(path);
      }
    }
  } finally {
    await page.close();
    await server.close();
  }
  console.log(`${ids.length * SIZES.length} screenshots in ${out}`);
}
