// The phone of someone in trouble: navigation → first question painted under CPU and network
// throttling (DevTools protocol), for shien-navi, deep-chat and the same screen as static HTML,
// loaded in turn, served as files on disk (uncompressed: the issue's reference measurement) and
// again gzip-compressed as a real host serves them, with the bytes transferred before the first
// question; and the time to the first useful answer with the demo data, beside the same result
// list as plain HTML.
import { startStaticServer } from '../scripts/static-server.mjs';

/** Chromium, 375×667, 4× CPU slowdown, 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up. */
export const PHONE = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBitsPerSecond: 1_600_000,
  uploadBitsPerSecond: 750_000,
};
const LOADS = 5;
/** A path through three questions to a goal of the bundled flow, as a person would tap it. */
const ANSWERS = ['お金のこと', '生活費が足りない', 'すぐに必要'];

async function phonePage(browser) {
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: PHONE.latencyMs,
    downloadThroughput: PHONE.downloadBitsPerSecond / 8,
    uploadThroughput: PHONE.uploadBitsPerSecond / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  return { page, close: () => context.close() };
}

/** Navigation → first question painted, and the bytes transferred by then, on the phone profile. */
async function firstQuestion(browser, url) {
  const { page, close } = await phonePage(browser);
  try {
    await page.goto(url);
    return await page.evaluate(async () => {
      const { paintedAt } = await window.firstRender;
      const { respondsAt } = await window.firstResponse;
      return {
        paintedAt,
        respondsAt,
        bytes: window.bytesBefore(paintedAt),
        bytesResponding: window.bytesBefore(respondsAt),
      };
    });
  } finally {
    await close();
  }
}

/** Navigation → data ready, and → the results of a three-answer path painted (answers tapped as soon as they show). */
async function firstAnswer(browser, url) {
  const { page, close } = await phonePage(browser);
  try {
    await page.goto(url);
    return await page.evaluate(async (answers) => {
      const choice = (label) => window.deepAll('button[part~="choice"]').find((button) => button.textContent.trim().startsWith(label));
      for (const label of answers) {
        await window.frameWhen(() => choice(label) !== undefined);
        choice(label).click();
      }
      const resultsAt = await window.frameWhen(() => window.deepAll('[part~="card"]').length > 0);
      const cards = window.deepAll('[part~="card"]').map((card) => ({
        name: card.shadowRoot.querySelector('h4')?.textContent.trim() ?? '',
        lines: [...card.shadowRoot.querySelectorAll('p, a')].map((node) => node.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean),
      }));
      return { readyAt: await window.dataReady, resultsAt, cards };
    }, ANSWERS);
  } finally {
    await close();
  }
}

/** A person's pace: each answer tapped about a second after its screen shows. */
const PACE_MS = 1000;

/** Last tap → the first frame with result cards, the three answers tapped at a person's pace. */
async function atPersonsPace(browser, url) {
  const { page, close } = await phonePage(browser);
  try {
    await page.goto(url);
    return await page.evaluate(
      async ({ answers, paceMs }) => {
        const choice = (label) => window.deepAll('button[part~="choice"]').find((button) => button.textContent.trim().startsWith(label));
        let tappedAt = 0;
        for (const label of answers) {
          await window.frameWhen(() => choice(label) !== undefined);
          await new Promise((resolve) => setTimeout(resolve, paceMs));
          tappedAt = performance.now();
          choice(label).click();
        }
        const resultsAt = await window.frameWhen(() => window.deepAll('[part~="card"]').length > 0);
        return { tappedAt, resultsAt };
      },
      { answers: ANSWERS, paceMs: PACE_MS },
    );
  } finally {
    await close();
  }
}

const escape = (text) => text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);

/** The same result list as plain HTML: what the browser alone needs to paint it. */
function staticResultPage(cards) {
  const list = cards.map((card) => `<article><h4>${escape(card.name)}</h4>${card.lines.map((line) => `<p>${escape(line)}</p>`).join('')}</article>`).join('\n');
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>answer bench: the same results as static HTML</title><script src="/bench/pages/answer-ready.js"></script></head>
<body><section><h2>支援情報ナビ</h2><p>${ANSWERS.map(escape).join(' → ')}</p>${list}</section></body></html>`;
}

/** Navigation → first contentful paint of a static page. */
async function staticPaint(browser, url) {
  const { page, close } = await phonePage(browser);
  try {
    await page.goto(url);
    return await page.evaluate(
      () =>
        new Promise((resolve) => {
          new PerformanceObserver((list, observer) => {
            const paint = list.getEntriesByName('first-contentful-paint')[0];
            if (paint) {
              observer.disconnect();
              resolve(paint.startTime);
            }
          }).observe({ type: 'paint', buffered: true });
        }),
    );
  } finally {
    await close();
  }
}

const PAGES = [
  ['shien-navi', '/bench/pages/startup.html'],
  ['deep-chat 2 (peer)', '/bench/pages/startup-deep-chat.html'],
  ['static HTML (baseline)', '/bench/pages/startup-static.html'],
];

/** Medians of navigation → first question and bytes by then, the three pages loaded in turn. */
async function firstQuestions(browser, origin, median) {
  const runs = PAGES.map(() => []);
  for (let load = 0; load < LOADS; load += 1) {
    for (const [index, [, path]] of PAGES.entries()) runs[index].push(await firstQuestion(browser, `${origin}${path}`));
  }
  return runs.map((samples) => ({
    painted: median(samples.map((sample) => sample.paintedAt)),
    bytes: median(samples.map((sample) => sample.bytes)),
    responds: median(samples.map((sample) => sample.respondsAt)),
    bytesResponding: median(samples.map((sample) => sample.bytesResponding)),
  }));
}

export default async function phone({ browser, origin, root, median }) {
  const [ours, peer, plain] = await firstQuestions(browser, origin, median);
  // The first answer too is measured as a real host serves it: compressed.
  const routes = {};
  const gzipServer = await startStaticServer({ root, compress: true, routes });
  let gzipped;
  const answers = [];
  const staticList = [];
  const paced = [];
  try {
    gzipped = await firstQuestions(browser, gzipServer.origin, median);
    const answerPage = `${gzipServer.origin}/bench/pages/answer.html`;
    for (let load = 0; load < LOADS; load += 1) answers.push(await firstAnswer(browser, answerPage));
    const staticPath = '/__bench/answer-static.html';
    const html = staticResultPage(answers[0].cards);
    routes[staticPath] = (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(html);
    };
    // Turn about: the widget at tap speed, the same cards as static HTML, the widget at a person's pace.
    for (let load = 0; load < LOADS; load += 1) {
      staticList.push(await staticPaint(browser, `${gzipServer.origin}${staticPath}`));
      paced.push(await atPersonsPace(browser, answerPage));
    }
  } finally {
    await gzipServer.close();
  }
  const [oursGzip, peerGzip, plainGzip] = gzipped;
  const lastTapToCards = median(paced.map((run) => run.resultsAt - run.tappedAt));
  const readyAt = median(answers.map((answer) => answer.readyAt));
  const resultsAt = median(answers.map((answer) => answer.resultsAt));
  const staticAt = median(staticList);

  const kb = (bytes) => (bytes / 1024).toFixed(1);
  const ms = (value) => value.toFixed(0);
  const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
  return {
    title: `Phone profile (${PHONE.cpuSlowdown}× CPU, ${PHONE.latencyMs} ms RTT, ${PHONE.downloadBitsPerSecond / 1e6} Mbit/s): navigation → first question, and → first answer`,
    columns: ['page', 'files as on disk: ms (median)', 'KB transferred', 'ratio to static', 'gzip on: ms (median)', 'KB transferred', 'ratio to static'],
    rows: [
      ['shien-navi: first question', ms(ours.painted), kb(ours.bytes), ratio(ours.painted, plain.painted), ms(oursGzip.painted), kb(oursGzip.bytes), ratio(oursGzip.painted, plainGzip.painted)],
      [
        'shien-navi: its answers respond (its code has arrived)',
        ms(ours.responds),
        kb(ours.bytesResponding),
        ratio(ours.responds, plain.painted),
        ms(oursGzip.responds),
        kb(oursGzip.bytesResponding),
        ratio(oursGzip.responds, plainGzip.painted),
      ],
      ['deep-chat 2: first message', ms(peer.painted), kb(peer.bytes), ratio(peer.painted, plain.painted), ms(peerGzip.painted), kb(peerGzip.bytes), ratio(peerGzip.painted, plainGzip.painted)],
      ['static HTML: the same first screen', ms(plain.painted), kb(plain.bytes), '1.00×', ms(plainGzip.painted), kb(plainGzip.bytes), '1.00×'],
      ['**ratio shien-navi / deep-chat**', ratio(ours.painted, peer.painted), '', '', ratio(oursGzip.painted, peerGzip.painted), '', ''],
      ['shien-navi: demo data ready', '', '', '', ms(readyAt), '', ''],
      [`shien-navi: first answer at tap speed, ${ANSWERS.join(' → ')} (${answers[0].cards.length} cards)`, '', '', '', ms(resultsAt), '', ratio(resultsAt, staticAt)],
      ['static HTML: the same cards', '', '', '', ms(staticAt), '', '1.00×'],
      [`shien-navi: a person's pace (a tap ${PACE_MS / 1000} s after each screen shows), last tap → cards`, '', '', '', ms(lastTapToCards), '', ''],
    ],
    notes: [
      `Median of ${LOADS} loads of each page, the three startup pages loaded in turn, each in a new browser context with the cache off, under DevTools CPU throttling (${PHONE.cpuSlowdown}×) and network emulation (${PHONE.latencyMs} ms latency, ${PHONE.downloadBitsPerSecond / 1e6} Mbit/s down). "Files as on disk": served uncompressed, as in the reference measurement of issue 15 (the budgets); "gzip on": the same pages from a server that compresses text as a real host does. "Painted": navigation start → the first contentful paint that shows the first question (else the first frame that does). KB: transfer sizes (headers + bodies) of the responses complete by then. dist/shien-navi.js paints the first question itself while the widget's code (its app chunk) arrives; an answer tapped or text typed meanwhile is taken up when it does. "Its answers respond": the first frame in which the widget's own code runs that screen.`,
      `First answer (gzip on, as a real host serves it): the widget with demo/data/sample.csv; each answer is tapped by script in the first frame it shows ("tap speed"); the row is navigation → the first frame with result cards. Baseline: the same cards' text as a static HTML page, navigation → its first contentful paint. "A person's pace": the same three answers, each tapped ${PACE_MS} ms after its screen shows; the last tap → the first frame with result cards (one frame budget: 100 ms).`,
    ],
    budgets: [
      {
        what: 'phone: first question painted, ratio to static HTML',
        value: Number((ours.painted / plain.painted).toFixed(2)),
        limit: 1.5,
        unit: '×',
      },
      {
        what: 'phone, gzip on: first question painted, ratio to static HTML',
        value: Number((oursGzip.painted / plainGzip.painted).toFixed(2)),
        limit: 1.35,
        unit: '×',
      },
      {
        what: 'phone: first answer at tap speed, ratio to the same cards as static HTML',
        value: Number((resultsAt / staticAt).toFixed(2)),
        limit: 1.5,
        unit: '×',
      },
      {
        what: "phone: a person's pace, last tap → cards",
        value: Math.round(lastTapToCards),
        limit: 100,
        unit: 'ms',
      },
      {
        what: 'phone: first question painted, ratio to deep-chat',
        value: Number((ours.painted / peer.painted).toFixed(2)),
        limit: 0.4,
        unit: '×',
      },
    ],
  };
}
