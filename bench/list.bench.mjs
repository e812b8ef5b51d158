// The 支援員's list (view="list") at 10,000 records, in the real widget: from data ready to the
// list's first screen rendered and laid out, and a filter keystroke to the narrowed list
// rendered and laid out (the same search as the conversation's). Budgets (issue #26): ≤ 16 ms each.
import { generateCsv } from './generate-csv.mjs';

const COUNT = 10_000;
const OPENINGS = 20;
/** Typed one character at a time into the list's filter: names, then troubles in plain words. */
const QUERIES = ['フードバンク', 'さぽすて', '子育て', 'ハローワーフ', '住居確保', 'ひとり親 手当', 'やちんがはらえない', '仕事をクビになった'];

export default async function list({ browser, origin, routes, percentile }) {
  const path = `/__bench/list-${COUNT}.csv`;
  const bytes = Buffer.from(generateCsv(COUNT), 'utf8');
  routes[path] = (_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(bytes);
  };
  const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
  await page.goto(`${origin}/bench/pages/search.html`);
  const result = await page.evaluate(
    async ([url, queries, openings]) => {
      await customElements.whenDefined('shien-navi');
      const navi = document.createElement('shien-navi');
      const ready = new Promise((resolve) => navi.addEventListener('shien-navi-ready', resolve, { once: true }));
      navi.setAttribute('src', url);
      document.body.append(navi);
      await ready;
      // The indexes build in the background while the person reads, as in the search bench.
      await new Promise((resolve) => setTimeout(resolve, 1500));

      const elements = (root) => {
        const found = [];
        for (const element of root.querySelectorAll('*')) {
          if (element.updateComplete) found.push(element);
          if (element.shadowRoot) found.push(...elements(element.shadowRoot));
        }
        return found;
      };
      const settled = async () => {
        for (let round = 0; round < 4; round += 1) {
          await navi.updateComplete;
          await Promise.all(elements(navi.shadowRoot).map((element) => element.updateComplete));
        }
      };
      const listOf = () => navi.shadowRoot.querySelector('shien-navi-service-list');
      const layout = () => {
        navi.getBoundingClientRect();
        void listOf()?.scrollHeight;
      };

      // Fetch the list's chunk once: a visitor pays that round trip once, not per opening.
      navi.view = 'list';
      while (!listOf()) await new Promise((resolve) => setTimeout(resolve, 10));
      await settled();
      navi.view = 'conversation';
      await settled();

      const firstScreen = [];
      let cards = 0;
      for (let opening = 0; opening < openings; opening += 1) {
        const start = performance.now();
        navi.view = 'list';
        await settled();
        layout();
        firstScreen.push(performance.now() - start);
        cards = listOf().shadowRoot.querySelectorAll('[part~="card"]').length;
        navi.view = 'conversation';
        await settled();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      }

      navi.view = 'list';
      await settled();
      const input = listOf().shadowRoot.querySelector('input');
      const keystrokes = [];
      for (let pass = 0; pass < 2; pass += 1) {
        for (const query of queries) {
          for (let length = 1; length <= query.length; length += 1) {
            const start = performance.now();
            input.value = query.slice(0, length);
            input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
            await settled();
            layout();
            keystrokes.push(performance.now() - start);
          }
          input.value = '';
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await settled();
        }
      }
      return { firstScreen, keystrokes, cards, records: navi.records.length };
    },
    [path, QUERIES, OPENINGS],
  );
  await page.close();
  routes[path] = undefined;
  if (result.records !== COUNT) throw new Error(`expected ${COUNT} records, the widget read ${result.records}`);
  const first95 = percentile(result.firstScreen, 95);
  const key95 = percentile(result.keystrokes, 95);
  return {
    title: "支援員's list (view=\"list\"), 10,000 records, in Chromium",
    columns: ['what', 'samples', 'p50 ms', 'p95 ms', 'cards rendered'],
    rows: [
      ['data ready → first screen', result.firstScreen.length, percentile(result.firstScreen, 50).toFixed(1), first95.toFixed(1), result.cards],
      ['filter keystroke → list rendered', result.keystrokes.length, percentile(result.keystrokes, 50).toFixed(1), key95.toFixed(1), ''],
    ],
    notes: [
      `First screen: from view="list" on loaded data (its chunk fetched once before) until every part has rendered and the page is laid out, ${OPENINGS} times.`,
      `Filter: ${QUERIES.join(', ')} typed one character at a time, twice, into the list's filter (answerQuery over the whole town, grouped).`,
    ],
    budgets: [
      { what: '10,000 records: list first screen, p95', value: Number(first95.toFixed(1)), limit: 16, unit: 'ms' },
      { what: '10,000 records: list filter keystroke → rendered, p95', value: Number(key95.toFixed(1)), limit: 16, unit: 'ms' },
    ],
  };
}
