// The CSV read in the worker (src/data/csv-worker.ts): 10,000 rows → ready beside a page that
// only fetches, decodes and splits the same file, and the longest main-thread task at 100,000
// rows with the worker and without it (Worker removed, so the page reads in slices, as the
// classic script and a page whose CSP refuses workers do). Tasks are read from a Chromium trace
// of the page's main thread, so tasks under 50 ms are measured too.
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { generateCsv } from './generate-csv.mjs';

const READY_ROWS = 10_000;
const READY_RUNS = 7;
const TASK_ROWS = 100_000;
const TASK_RUNS = 3;
/** After ready, how long tasks are still counted (the goal and search indexes are built in slices then). */
const SETTLE_MS = 2_500;
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink.user_timing'];

function serve(routes, count) {
  const bytes = Buffer.from(generateCsv(count), 'utf8');
  const path = `/__bench/csv-${count}.csv`;
  routes[path] = (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(bytes);
  };
  return { path, bytes };
}

/** Sets `src` on a widget already on screen; resolves with ms to its shien-navi-ready, marking `csv-start`, `csv-ready` and `csv-settled`. */
function loadInWidget([url, settle]) {
  return new Promise((resolve) => {
    const navi = document.createElement('shien-navi');
    document.body.append(navi);
    let start = 0;
    navi.addEventListener('shien-navi-ready', function measure(event) {
      if (event.detail.records === 0) return;
      navi.removeEventListener('shien-navi-ready', measure);
      const readyMs = performance.now() - start;
      performance.mark('csv-ready');
      setTimeout(() => {
        performance.mark('csv-settled');
        resolve({ readyMs, records: event.detail.records });
      }, settle);
    });
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('csv-start');
        start = performance.now();
        navi.setAttribute('src', url);
      }, 100),
    );
  });
}

/** The same file fetched, decoded with TextDecoder and split into lines: the floor for "ready". */
async function fetchDecodeSplit(url) {
  const start = performance.now();
  const text = new TextDecoder().decode(await (await fetch(url, { cache: 'no-store' })).arrayBuffer());
  const lines = text.split('\n').length;
  return lines > 0 ? performance.now() - start : NaN;
}

/** The CSV worker's file in dist/. */
function workerFile(root) {
  const name = readdirSync(`${root}/dist`).find((file) => /^shien-navi-csv-worker-[\w-]+\.js$/.test(file));
  if (!name) throw new Error('dist/ has no CSV worker: run the build');
  return name;
}

/**
 * Reads a file with the CSV worker, timing how long the page takes to get each batch of records
 * out of its message (Chromium deserialises a message's data when it is first read); then the
 * same batches as JSON in a buffer, as a worker could transfer them, decoded and parsed.
 */
async function compareTransports([workerUrl, csvUrl]) {
  const bytes = new Uint8Array(await (await fetch(csvUrl, { cache: 'no-store' })).arrayBuffer());
  const worker = new globalThis.Worker(workerUrl, { type: 'module' });
  const batches = [];
  const cloneMs = [];
  await new Promise((resolve, reject) => {
    worker.onmessage = (event) => {
      const start = performance.now();
      const message = event.data;
      const took = performance.now() - start;
      if (message.type === 'records') {
        cloneMs.push(took);
        batches.push(message.records);
      } else if (message.type === 'done') resolve();
      else if (message.type === 'failed') reject(new Error(JSON.stringify(message.failure)));
    };
    worker.postMessage({ type: 'start', url: csvUrl, sourceKey: 's1' });
    worker.postMessage({ type: 'bytes', bytes });
    worker.postMessage({ type: 'end', broken: false });
  });
  worker.terminate();
  const buffers = batches.map((batch) => new TextEncoder().encode(JSON.stringify(batch)).buffer);
  const jsonMs = buffers.map((buffer) => {
    const start = performance.now();
    JSON.parse(new TextDecoder().decode(buffer));
    return performance.now() - start;
  });
  const total = (values) => values.reduce((sum, value) => sum + value, 0);
  return { cloneTotal: total(cloneMs), cloneMax: Math.max(...cloneMs), jsonTotal: total(jsonMs), jsonMax: Math.max(...jsonMs) };
}

/**
 * The splitting into cells alone, in a worker (bench/pages/split-worker.js): papaparse against
 * a minimal RFC 4180 splitter, on the same text; and the CSV worker's whole reading of the file
 * (cells → records) for scale.
 */
async function compareSplitters([splitterUrl, workerUrl, csvUrl]) {
  const text = await (await fetch(csvUrl, { cache: 'no-store' })).text();
  const splitter = new globalThis.Worker(splitterUrl);
  const split = await new Promise((resolve, reject) => {
    splitter.onmessage = (event) => resolve(event.data);
    splitter.onerror = (event) => reject(new Error(`the splitting worker failed: ${event.message}`));
    splitter.postMessage(text);
  });
  splitter.terminate();
  const reading = [];
  for (let run = 0; run < 3; run += 1) {
    const worker = new globalThis.Worker(workerUrl, { type: 'module' });
    await new Promise((resolve) => (worker.onmessage = (event) => event.data.type === 'ready' && resolve()));
    const start = performance.now();
    await new Promise((resolve) => {
      worker.onmessage = (event) => event.data.type === 'done' && resolve();
      worker.postMessage({ type: 'start', url: csvUrl, sourceKey: 's1' });
      worker.postMessage({ type: 'bytes', bytes: new TextEncoder().encode(text) });
      worker.postMessage({ type: 'end', broken: false });
    });
    reading.push(performance.now() - start);
    worker.terminate();
  }
  return { ...split, readingMs: reading.sort((a, b) => a - b)[1] };
}

/** The longest tasks of the page's main thread between the marks, from a trace. */
function longestTasks(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const mark = (name) => events.find((event) => event.name === name && event.cat.includes('blink.user_timing'));
  const [start, ready, settled] = ['csv-start', 'csv-ready', 'csv-settled'].map(mark);
  if (!start || !ready || !settled) throw new Error('the trace lacks the marks');
  const tasks = events.filter((event) => event.name === 'RunTask' && event.ph === 'X' && event.pid === start.pid && event.tid === start.tid);
  const longest = (from, to, key) => Math.max(0, ...tasks.filter((task) => task.ts + task.dur >= from && task.ts <= to).map((task) => (task[key] ?? 0) / 1000));
  // `tdur` is the thread's own CPU time: on a shared machine a task's wall time includes the time it waited for a core.
  const cpuSpent = tasks.filter((task) => task.ts >= start.ts && task.ts <= ready.ts).reduce((sum, task) => sum + (task.tdur ?? 0) / 1000, 0);
  return { toReady: longest(start.ts, ready.ts, 'dur'), toSettled: longest(start.ts, settled.ts, 'dur'), cpuToReady: longest(start.ts, ready.ts, 'tdur'), cpuSpent };
}

export default async function csv({ root, browser, origin, routes, median }) {
  const rows = [];
  const budgets = [];

  // 10,000 rows → ready, with the worker and without, in turns with the baseline in the same page.
  const small = serve(routes, READY_ROWS);
  const ready = { worker: [], page: [] };
  const baseline = [];
  for (let run = 0; run < READY_RUNS; run += 1) {
    for (const way of ['worker', 'page']) {
      const page = await browser.newPage();
      if (way === 'page') await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
      await page.goto(`${origin}/bench/pages/load.html`);
      await page.evaluate(() => customElements.whenDefined('shien-navi'));
      if (way === 'worker') baseline.push(await page.evaluate(fetchDecodeSplit, small.path));
      const result = await page.evaluate(loadInWidget, [small.path, 0]);
      if (result.records !== READY_ROWS) throw new Error(`expected ${READY_ROWS} records, the widget read ${result.records}`);
      ready[way].push(result.readyMs);
      await page.close();
    }
  }
  const readyMedian = median(ready.worker);
  const baselineMedian = median(baseline);
  const megabytes = (bytes) => (bytes.length / 1024 / 1024).toFixed(1);
  rows.push([
    `${READY_ROWS.toLocaleString('en')} rows (${megabytes(small.bytes)} MB) → ready, with the worker, median of ${READY_RUNS}`,
    `${readyMedian.toFixed(0)} ms`,
    `fetch + decode + split: ${baselineMedian.toFixed(0)} ms`,
    `${(readyMedian / baselineMedian).toFixed(2)}×`,
  ]);
  rows.push([
    `${READY_ROWS.toLocaleString('en')} rows → ready without the worker (slices on the page), median of ${READY_RUNS}`,
    `${median(ready.page).toFixed(0)} ms`,
    `fetch + decode + split: ${baselineMedian.toFixed(0)} ms`,
    `${(median(ready.page) / baselineMedian).toFixed(2)}×`,
  ]);
  budgets.push({ what: '10,000 rows → ready, vs fetch + decode + split (median)', value: Number((readyMedian / baselineMedian).toFixed(2)), limit: 2, unit: '×' });

  // 100,000 rows: the longest main-thread task, with the worker and with none.
  const big = serve(routes, TASK_ROWS);
  const tasks = { worker: [], page: [] };
  for (let run = 0; run < TASK_RUNS; run += 1) {
    for (const way of ['worker', 'page']) {
      const page = await browser.newPage();
      if (way === 'page') await page.addInitScript(() => Reflect.deleteProperty(window, 'Worker'));
      await page.goto(`${origin}/bench/pages/load.html`);
      await page.evaluate(() => customElements.whenDefined('shien-navi'));
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      const result = await page.evaluate(loadInWidget, [big.path, SETTLE_MS]);
      const trace = await browser.stopTracing();
      if (result.records !== TASK_ROWS) throw new Error(`expected ${TASK_ROWS} records, the widget read ${result.records}`);
      tasks[way].push({ ...longestTasks(trace), readyMs: result.readyMs });
      await page.close();
    }
  }
  const figure = (way, key) => median(tasks[way].map((task) => task[key]));
  for (const [key, what] of [
    ['toReady', 'src → ready'],
    ['toSettled', `src → ${SETTLE_MS / 1000} s after ready`],
    ['cpuToReady', 'src → ready, its CPU time only'],
    ['cpuSpent', 'all of them, src → ready, CPU time'],
  ]) {
    rows.push([
      `${TASK_ROWS.toLocaleString('en')} rows (${megabytes(big.bytes)} MB): ${key === 'cpuSpent' ? 'main-thread tasks' : 'longest main-thread task'}, ${what}, median of ${TASK_RUNS}`,
      `with the worker: ${figure('worker', key).toFixed(0)} ms`,
      `without (slices on the page): ${figure('page', key).toFixed(0)} ms`,
      `${(figure('worker', key) / figure('page', key)).toFixed(2)}×`,
    ]);
  }
  rows.push([
    `${TASK_ROWS.toLocaleString('en')} rows → ready while traced, median of ${TASK_RUNS}`,
    `with the worker: ${figure('worker', 'readyMs').toFixed(0)} ms`,
    `without: ${figure('page', 'readyMs').toFixed(0)} ms`,
    `${(figure('worker', 'readyMs') / figure('page', 'readyMs')).toFixed(2)}×`,
  ]);
  // How the records cross to the page: structured clone (what the worker does) against JSON in a transferred buffer.
  const transport = [];
  for (let run = 0; run < TASK_RUNS; run += 1) {
    const page = await browser.newPage();
    await page.goto(`${origin}/bench/pages/load.html`);
    transport.push(await page.evaluate(compareTransports, [`/dist/${workerFile(root)}`, big.path]));
    await page.close();
  }
  const cost = (key) => median(transport.map((figures) => figures[key]));
  rows.push([
    `${TASK_ROWS.toLocaleString('en')} records to the page in batches of 1,000: page's time to take them, all batches (longest batch), median of ${TASK_RUNS}`,
    `structured clone: ${cost('cloneTotal').toFixed(0)} ms (${cost('cloneMax').toFixed(0)})`,
    `JSON in a transferred ArrayBuffer (decode + parse): ${cost('jsonTotal').toFixed(0)} ms (${cost('jsonMax').toFixed(0)})`,
    `${(cost('cloneTotal') / cost('jsonTotal')).toFixed(2)}×`,
  ]);
  // Would another parser be faster? The splitting into cells, papaparse against a minimal splitter.
  const splitters = [];
  for (let run = 0; run < TASK_RUNS; run += 1) {
    const page = await browser.newPage();
    await page.goto(`${origin}/bench/pages/load.html`);
    splitters.push(await page.evaluate(compareSplitters, ['/bench/pages/split-worker.js', `/dist/${workerFile(root)}`, big.path]));
    await page.close();
  }
  const split = (key) => median(splitters.map((figures) => (key === 'readingMs' ? figures.readingMs : figures[key].ms)));
  if (splitters.some((figures) => Math.abs(figures.papaparse.rows - figures.minimal.rows) > 1)) throw new Error(`the splitters disagree: ${JSON.stringify(splitters[0])}`);
  rows.push([
    `${TASK_ROWS.toLocaleString('en')} rows split into cells in a worker (the reader's whole work, cells → records, for scale: ${split('readingMs').toFixed(0)} ms), median of ${TASK_RUNS}`,
    `papaparse: ${split('papaparse').toFixed(0)} ms`,
    `a minimal RFC 4180 splitter: ${split('minimal').toFixed(0)} ms`,
    `${(split('papaparse') / split('minimal')).toFixed(2)}×`,
  ]);
  budgets.push({ what: '100,000 rows: longest main-thread task src → ready, with the worker (median)', value: Math.round(figure('worker', 'toReady')), limit: 50, unit: 'ms' });
  routes[small.path] = undefined;
  routes[big.path] = undefined;
  return {
    title: 'CSV in the worker, in Chromium (desktop)',
    columns: ['what', 'shien-navi', 'compared with', 'ratio'],
    rows,
    notes: [
      'Ready: from setting `src` on a widget already on screen to its shien-navi-ready event. The baseline fetches the same file in the same page, decodes it with TextDecoder and splits it into lines.',
      `Longest task: RunTask events of the page's main thread in a Chromium trace, from setting src to ready, and on until ${SETTLE_MS / 1000} s after ready (the goal and search indexes, built in slices, not by the reader). Without the worker: Worker removed from the page before it loads, as in a browser without workers.`,
      `Transport: the page's time to read each batch out of its message (structured clone), against decoding and parsing the same batch sent as JSON in a transferred buffer.`,
      `Load average at the end: ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores (other work on the machine slows the wall times; CPU times are the thread's own).`,
    ],
    budgets,
  };
}
