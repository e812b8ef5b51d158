// Refusing a row bomb: a 4 MB CSV of one-character lines (2,000,000 rows under a valid header)
// through the real widget in Chromium, and through the loader in Node (as `npx shien-navi check`
// reads it). Peak heap while it is read and refused, sampled every few milliseconds; the reader
// stops at its 200,000-row cap with kind `parse`. Before the cap the same file took 742 MB.
import { clearInterval, setInterval } from 'node:timers';
import { rowBombCsv } from '../test/fixtures/hostile/corpus.mjs';

const MB = 1024 * 1024;
/** The budget for the whole tab while refusing the bomb. */
const PEAK_LIMIT_MB = 300;
const RUNS = 3;

/** Node: the built loader on the same bytes, its heap sampled on a timer (the loader yields between slices). */
async function inNode(root, bytes) {
  const { readCsvBytes } = await import(new URL('dist/npm/data/load.js', `file://${root}/`));
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  let kind = 'none';
  try {
    await readCsvBytes(bytes, 'bomb.csv', 's1');
  } catch (error) {
    kind = error.kind;
  }
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return { peak: peak / MB, added: (peak - before) / MB, kind };
}

export default async function rowBomb({ root, browser, origin, routes, median }) {
  const bytes = Buffer.from(rowBombCsv(), 'utf8');
  routes['/__bench/row-bomb.csv'] = (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(bytes);
  };
  const peaks = [];
  const kinds = new Set();
  for (let run = 0; run < RUNS; run += 1) {
    const page = await browser.newPage();
    await page.goto(`${origin}/bench/pages/load.html`);
    await page.evaluate(() => customElements.whenDefined('shien-navi'));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    let peak = 0;
    let sampling = true;
    const sample = (async () => {
      while (sampling) {
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        peak = Math.max(peak, usedSize);
      }
    })();
    const kind = await page.evaluate(
      (url) =>
        new Promise((resolve) => {
          const navi = document.createElement('shien-navi');
          navi.addEventListener('shien-navi-error', (event) => resolve(event.detail.kind), { once: true });
          navi.addEventListener('shien-navi-ready', () => resolve('ready'), { once: true });
          navi.setAttribute('src', url);
          document.body.append(navi);
        }),
      '/__bench/row-bomb.csv',
    );
    sampling = false;
    await sample;
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    peaks.push(Math.max(peak, usedSize) / MB);
    kinds.add(kind);
    await page.close();
  }
  const node = await inNode(root, bytes);
  const chromiumPeak = Math.round(median(peaks));
  return {
    title: 'Refusing a row bomb (4 MB, 2,000,000 one-character rows)',
    columns: ['where', 'peak heap (MB)', 'refused as'],
    rows: [
      [`Chromium, the widget (median of ${RUNS})`, chromiumPeak, [...kinds].join(', ')],
      ['Node, the loader (as the CLI)', Math.round(node.peak), node.kind],
    ],
    notes: ['Heap sampled while loading, so the true peak may be a little higher. Without the row cap the same file took 742 MB in desktop Chromium.'],
    budgets: [{ what: 'peak JS heap refusing the bomb in Chromium', value: chromiumPeak, limit: PEAK_LIMIT_MB, unit: 'MB' }],
  };
}
