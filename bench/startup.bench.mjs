// Script evaluated → first question on screen, in headless Chromium, median of many page loads,
// for shien-navi and for the peer a site owner would otherwise pick (deep-chat), on the same
// page template.
import { measureSizes } from '../scripts/size.mjs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const LOADS = 15;
const PEER_FILE = 'node_modules/deep-chat/dist/deepChat.bundle.js';

/** Medians of script mark → first question painted, loading the pages in turn so drift on a busy machine hits all alike. */
export async function measureStartup({ browser, origin, median }, paths) {
  const painted = paths.map(() => []);
  const responds = paths.map(() => []);
  for (let load = 0; load < LOADS; load += 1) {
    for (const [index, path] of paths.entries()) {
      const page = await browser.newPage({
        viewport: { width: 375, height: 667 },
      });
      await page.goto(`${origin}${path}`);
      const times = await page.evaluate(async () => ({
        ...(await window.firstRender),
        ...(await window.firstResponse),
      }));
      painted[index].push(times.painted);
      responds[index].push(times.responds);
      await page.close();
    }
  }
  return { painted: painted.map(median), responds: responds.map(median) };
}

export default async function startup(context) {
  const {
    painted: [ours, peer, plain, scripted],
    responds: [oursResponds],
  } = await measureStartup(context, ['/bench/pages/startup.html', '/bench/pages/startup-deep-chat.html', '/bench/pages/startup-static.html', '/bench/pages/startup-script.html']);
  const sizes = measureSizes(context.root);
  const oursGzip = sizes.firstPaintGzip;
  const peerGzip = gzipSync(readFileSync(`${context.root}/${PEER_FILE}`), {
    level: 9,
  }).length;
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  return {
    title: 'Side by side with deep-chat: size and script evaluated → first question on screen',
    columns: ['widget', 'gzip KB before the first question', 'first question painted (ms, median)'],
    rows: [
      ['shien-navi', kb(oursGzip), ours.toFixed(1)],
      ['shien-navi: its answers respond (its code has arrived)', kb(sizes.startupGzip), oursResponds.toFixed(1)],
      ['deep-chat 2 (peer)', kb(peerGzip), peer.toFixed(1)],
      ['**ratio shien-navi / deep-chat**', `${(oursGzip / peerGzip).toFixed(2)}×`, `${(ours / peer).toFixed(2)}×`],
      ['baseline: the same first screen as static HTML', '0', plain.toFixed(1)],
      ['**ratio shien-navi / baseline**', '', `${(ours / plain).toFixed(2)}×`],
      ['floor: the same screen inserted by a module script', '0', scripted.toFixed(1)],
      ['**ratio shien-navi / floor**', '', `${(ours / scripted).toFixed(2)}×`],
    ],
    notes: [
      `Median of ${LOADS} page loads each, the four pages loaded in turn. From a mark taken just before the widget's module is evaluated to the first contentful paint of a page that holds only the widget, checked to show the first question (ours: with its five answers; deep-chat: as its intro message). deep-chat is ${PEER_FILE}, its self-contained bundle. dist/shien-navi.js paints the first question at once while it loads the widget's code (its app chunk); the second row is the frame from which that code runs the screen.`,
      "Baseline: the widget's first screen (heading, search field, greeting, question, five answers, Back and Start over, with the widget's texts: test/bench/pages.test.ts) as plain HTML, marked just before its markup, so that it too is measured from the moment its source is in hand. (Marked after the page has been parsed, as until 2026-11-29, the mark often came after the browser had laid the screen out or painted it, and the baseline measured only part of its work.) Floor: the same elements appended by a module script (bench/pages/startup-script.js).",
    ],
    // DESIGN.md: relative to the same screen as plain HTML in the same run, because a shared
    // machine cannot judge an absolute number of milliseconds.
    budgets: [
      {
        what: 'desktop: script → first question painted, ratio to static HTML',
        value: Number((ours / plain).toFixed(2)),
        limit: 2,
        unit: '×',
      },
      {
        what: 'desktop: first question painted, ratio to deep-chat',
        value: Number((ours / peer).toFixed(2)),
        limit: 1,
        unit: '×',
      },
    ],
  };
}
