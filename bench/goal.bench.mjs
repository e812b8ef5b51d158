// A goal that holds 5,000 services, in the real widget: from the tap that opens the goal to its
// first cards rendered and laid out, beside the same cards written as static HTML and laid out in
// the same page. Budget (issue #29): ≤ 16 ms. The goal builds its first 4 cards in the tap's frame
// and the rest of its page (20) once painted: the bench measures that frame's work.
import { generateCsv } from './generate-csv.mjs';

const COUNT = 5_000;
const OPENINGS = 20;
/** One question, one goal that every generated row matches (each row's お困りごと holds お金). */
const FLOW = {
  version: 1,
  id: 'bench-goal',
  start: 'start',
  nodes: {
    start: { kind: 'question', text: 'ベンチの質問です。', choices: [{ label: 'すべて', next: 'all' }] },
    all: { kind: 'goal', text: 'すべての相談先です。', query: { troubles: ['お金'] } },
  },
};

export default async function goal({ browser, origin, routes, percentile }) {
  const path = `/__bench/goal-${COUNT}.csv`;
  const bytes = Buffer.from(generateCsv(COUNT), 'utf8');
  routes[path] = (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(bytes);
  };
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${origin}/bench/pages/search.html`);
  const result = await page.evaluate(
    async ([url, flow, openings]) => {
      await customElements.whenDefined('shien-navi');
      const navi = document.createElement('shien-navi');
      navi.flow = flow;
      const ready = new Promise((resolve) => navi.addEventListener('shien-navi-ready', resolve, { once: true }));
      let found = 0;
      navi.addEventListener('shien-navi-goal', (event) => {
        found = event.detail.results;
      });
      navi.setAttribute('src', url);
      document.body.append(navi);
      await ready;
      await new Promise((resolve) => setTimeout(resolve, 1500));

      const elements = (root) => {
        const all = [];
        for (const element of root.querySelectorAll('*')) {
          if (element.updateComplete) all.push(element);
          if (element.shadowRoot) all.push(...elements(element.shadowRoot));
        }
        return all;
      };
      const settled = async () => {
        for (let round = 0; round < 4; round += 1) {
          await navi.updateComplete;
          await Promise.all(elements(navi.shadowRoot).map((element) => element.updateComplete));
        }
      };
      const cardsOf = () => elements(navi.shadowRoot).filter((element) => element.localName === 'shien-navi-result-card');
      const layout = () => {
        navi.getBoundingClientRect();
        void document.body.scrollHeight;
      };
      const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

      // Warm: the goal's chunks (cards, handout actions) are fetched once, as a visitor pays once.
      navi.goTo('all');
      await settled();
      await nextFrame();
      await settled();
      navi.restart();
      await settled();

      const widget = [];
      let cards = 0;
      let statik = '';
      for (let opening = 0; opening < openings; opening += 1) {
        await nextFrame();
        const start = performance.now();
        navi.goTo('all');
        await settled();
        layout();
        widget.push(performance.now() - start);
        const shown = cardsOf();
        cards = shown.length;
        // The same cards as static HTML: what each card's shadow root holds, styles left out.
        statik ||= shown
          .map((card) => `<li>${[...card.shadowRoot.children].filter((child) => child.localName !== 'style').map((child) => child.outerHTML).join('')}</li>`)
          .join('');
        await nextFrame();
        await settled();
        navi.restart();
        await settled();
      }

      const host = document.createElement('ul');
      document.body.append(host);
      const baseline = [];
      for (let opening = 0; opening < openings; opening += 1) {
        await nextFrame();
        const start = performance.now();
        host.innerHTML = statik;
        layout();
        baseline.push(performance.now() - start);
        host.replaceChildren();
        layout();
      }
      host.remove();
      return { widget, baseline, cards, found, records: navi.records.length };
    },
    [path, FLOW, OPENINGS],
  );
  await page.close();
  routes[path] = undefined;
  if (result.records !== COUNT) throw new Error(`expected ${COUNT} records, the widget read ${result.records}`);
  if (result.found !== COUNT) throw new Error(`expected a goal of ${COUNT} services, it found ${result.found}`);
  const widget95 = percentile(result.widget, 95);
  return {
    title: 'A goal of 5,000 services, desktop, in Chromium',
    columns: ['what', 'samples', 'p50 ms', 'p95 ms', 'cards rendered'],
    rows: [
      ['tap → goal\'s first cards (widget)', result.widget.length, percentile(result.widget, 50).toFixed(1), widget95.toFixed(1), result.cards],
      ['the same cards as static HTML', result.baseline.length, percentile(result.baseline, 50).toFixed(1), percentile(result.baseline, 95).toFixed(1), result.cards],
    ],
    notes: [
      `Widget: goTo() the goal on loaded data (its chunks fetched once before) until every part has rendered and the page is laid out, ${OPENINGS} times.`,
      'Static: the rendered cards\' markup (shadow roots flattened, no styles) set as innerHTML and laid out, in the same page.',
    ],
    budgets: [{ what: "5,000-result goal: first cards, p95", value: Number(widget95.toFixed(1)), limit: 16, unit: 'ms' }],
  };
}
