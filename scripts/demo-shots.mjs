// The README's pictures of the widget itself, from the built demo under a strict CSP
// (`npm run build` first): the first screen, a town only its 振興局 serves, a goal with nothing
// for the town, the hand-off card and 居場所, at 375×667 and 1280×800. Run through
// `node scripts/screenshots.mjs --demo` (into screenshots/demo/; `--readme`: docs/demo/).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './ensure-chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** What each picture shows: a municipality, the answers chosen to get there, what to scroll to. */
const SHOTS = [
  { name: 'first-screen', municipality: '', path: [], show: '[part~="choice"]:has-text("人とのつながり・居場所")' },
  { name: 'area-office', municipality: '栗山町', path: ['お金のこと', '生活費が足りない', 'これからの生活が心配'], show: 'shien-navi-step .goal-heading' },
  { name: 'empty-goal', municipality: '当別町', path: ['仕事のこと', '仕事を失った'], show: 'shien-navi-step .general' },
  { name: 'hand-off', municipality: '', path: ['緊急の困りごと', '食べるものがない', 'フードバンクを利用したい'], show: '[part~="card"] a.request' },
  { name: 'connection', municipality: '', path: ['人とのつながり・居場所', 'だれでも', '会って過ごしたい'], show: 'shien-navi-step .goal-heading' },
];

export async function demoShots(root, out) {
  mkdirSync(out, { recursive: true });
  const server = await startStaticServer({ root: `${root}dist`, headers: () => ({ 'Content-Security-Policy': STRICT_CSP }) });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
  });
  const files = [];
  try {
    for (const [width, height] of [
      [375, 667],
      [1280, 800],
    ]) {
      for (const shot of SHOTS) {
        const page = await browser.newPage({ viewport: { width, height } });
        await page.goto(`${server.origin}/demo/csp.html`);
        const widget = page.locator('shien-navi').first();
        if (shot.municipality) await widget.evaluate((element, town) => element.setAttribute('municipality', town), shot.municipality);
        await widget.locator('[part~="choice"]:visible', { hasText: 'お金のこと' }).locator('.count').waitFor();
        for (const label of shot.path) await widget.locator('[part~="choice"]:visible', { hasText: label }).first().click();
        // The conversation scrolls inside the panel: bring what the picture is about into it.
        const block = shot.name === 'hand-off' || shot.path.length === 0 ? 'center' : 'start';
        await widget.locator(shot.show).first().evaluate((element, where) => element.scrollIntoView({ block: where }), block);
        // Counts, cards and the painted answers settle.
        await page.waitForTimeout(400);
        const file = `${out}${shot.name}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        files.push(file);
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return files;
}
