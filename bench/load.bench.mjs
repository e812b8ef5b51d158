// CSV load-to-ready through the real widget, and the longest main-thread task while loading,
// beside a baseline of the same bytes read with TextDecoder and split into lines.
import { generateCsv } from './generate-csv.mjs';

const SIZES = [
  { rows: 1_000, runs: 7 },
  { rows: 10_000, runs: 7 },
  { rows: 100_000, runs: 3 },
];
/** After ready, how long long tasks are still collected (indexes are built in slices then). */
const SETTLE_MS = 2_500;

/** Used JS heap, after a full garbage collection, through the DevTools protocol. */
async function heapScale(page) {
  const cdp = await page.context().newCDPSession(page);
  return async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  };
}

const HEAP_ROWS = 10_000;
const MB = 1024 * 1024;

export default async function load({ browser, origin, routes, median }) {
  const rows = [];
  const budgets = [];
  let heap;
  for (const { rows: count, runs } of SIZES) {
    const bytes = Buffer.from(generateCsv(count), 'utf8');
    const path = `/__bench/rows-${count}.csv`;
    routes[path] = (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(bytes);
    };
    const ready = [];
    const baseline = [];
    const longest = [];
    for (let run = 0; run < runs; run += 1) {
      const page = await browser.newPage();
      await page.goto(`${origin}/bench/pages/load.html`);
      await page.evaluate(() => customElements.whenDefined('shien-navi'));
      const weighHeap = count === HEAP_ROWS && run === 0 ? await heapScale(page) : undefined;
      const heapBefore = await weighHeap?.();
      baseline.push(
        await page.evaluate(async (url) => {
          const start = performance.now();
          const text = new TextDecoder().decode(await (await fetch(url, { cache: 'no-store' })).arrayBuffer());
          const lines = text.split('\n').length;
          return lines > 0 ? performance.now() - start : NaN;
        }, path),
      );
      const result = await page.evaluate(
        ([url, settle]) =>
          new Promise((resolve) => {
            // The widget is on screen first (as on a real page), then its data is loaded.
            const navi = document.createElement('shien-navi');
            document.body.append(navi);
            navi.addEventListener('shien-navi-ready', function measure(event) {
              if (event.detail.records === 0) return;
              navi.removeEventListener('shien-navi-ready', measure);
              const readyMs = performance.now() - start;
              setTimeout(() => {
                const during = window.longTasks.filter((task) => task.start + task.duration >= start);
                resolve({ readyMs, records: event.detail.records, longestMs: Math.max(0, ...during.map((task) => task.duration)) });
              }, settle);
            });
            let start = 0;
            requestAnimationFrame(() =>
              setTimeout(() => {
                start = performance.now();
                navi.setAttribute('src', url);
              }, 100),
            );
          }),
        [path, SETTLE_MS],
      );
      if (result.records !== count) throw new Error(`expected ${count} records, the widget read ${result.records}`);
      ready.push(result.readyMs);
      longest.push(result.longestMs);
      if (weighHeap && heapBefore !== undefined) heap = { before: heapBefore, after: await weighHeap(), csvBytes: bytes.length };
      await page.close();
    }
    const readyMedian = median(ready);
    const baselineMedian = median(baseline);
    rows.push([
      count.toLocaleString('en'),
      (bytes.length / 1024 / 1024).toFixed(1),
      readyMedian.toFixed(0),
      baselineMedian.toFixed(0),
      `${(readyMedian / baselineMedian).toFixed(1)}×`,
      Math.max(...longest).toFixed(0),
    ]);
    if (count === 10_000) budgets.push({ what: '10,000 rows: load → ready (median)', value: Math.round(readyMedian), limit: 300, unit: 'ms' });
    budgets.push({ what: `${count.toLocaleString('en')} rows: longest main-thread task`, value: Math.round(Math.max(...longest)), limit: 200, unit: 'ms' });
    routes[path] = undefined;
  }
  return {
    title: 'CSV load → ready (shien-navi-ready), in Chromium',
    columns: ['rows', 'MB', 'ready ms (median)', 'baseline ms (median)', 'ratio', 'longest task ms (max of runs)'],
    rows,
    notes: [
      'Ready: from setting `src` on a widget already on screen to its shien-navi-ready event (fetch, decode, parse, merge). Baseline: the same bytes fetched, decoded with TextDecoder and split into lines, in the same page.',
      `Longest task: PerformanceObserver long tasks (over 50 ms; 0 means none) from the start of loading until ${SETTLE_MS / 1000} s after ready, including the goal index built in slices.`,
      heap
        ? `JS heap after loading ${HEAP_ROWS.toLocaleString('en')} records (after garbage collection, with the goal and search indexes built): ${(heap.after / MB).toFixed(1)} MB; the page with the script loaded and no widget: ${(heap.before / MB).toFixed(1)} MB; so ${((heap.after - heap.before) / MB).toFixed(1)} MB for the widget and its data, ${((heap.after - heap.before) / heap.csvBytes).toFixed(1)}× the ${(heap.csvBytes / MB).toFixed(1)} MB CSV file.`
        : '',
    ].filter((note) => note !== ''),
    budgets,
    heap,
  };
}
