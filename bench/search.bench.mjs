// Search keystroke → results rendered in the real widget, beside a baseline: a plain
// normalised substring scan of the same records in the same page.
import { generateCsv } from './generate-csv.mjs';

const SIZES = [1_000, 10_000, 100_000];
/** Typed one character at a time, as a person would: names, then troubles in plain words. */
const QUERIES = ['フードバンク', 'さぽすて', '子育て', 'ハローワーフ', '住居確保', 'ひとり親 手当', 'しょうがい', 'やちんがはらえない', '仕事をクビになった', 'ひきこもってる'];
/** Pasted whole, a few times: a long, rambling trouble of 2,000 characters (the most the search reads). */
const LONG_QUERY = '先月から仕事のシフトを減らされて家賃が払えなくなり、大家さんから電話が来るのが怖くて、子どものご飯も満足に用意できず、誰に相談したらいいのかわかりません。'.repeat(40).slice(0, 2000);
const LONG_PASTES = 5;

export default async function search({ browser, origin, routes, percentile }) {
  const rows = [];
  const budgets = [];
  for (const count of SIZES) {
    const path = `/__bench/search-${count}.csv`;
    const bytes = Buffer.from(generateCsv(count), 'utf8');
    routes[path] = (_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(bytes);
    };
    const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
    await page.goto(`${origin}/bench/pages/search.html`);
    const result = await page.evaluate(
      async ([url, queries, longQuery, longPastes]) => {
        await customElements.whenDefined('shien-navi');
        const navi = document.createElement('shien-navi');
        const ready = new Promise((resolve) => navi.addEventListener('shien-navi-ready', resolve, { once: true }));
        navi.setAttribute('src', url);
        document.body.append(navi);
        await ready;
        // Let the indexes finish building in the background, as they would while the person reads.
        await new Promise((resolve) => setTimeout(resolve, navi.records.length > 50_000 ? 5000 : 1500));
        const input = navi.shadowRoot.querySelector('shien-navi-search-box').shadowRoot.querySelector('input');

        /** Every Lit element inside `root`, at any depth. */
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

        const fold = (text) =>
          text
            .normalize('NFKC')
            .toLowerCase()
            .replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60))
            .replace(/[\sー・]/g, '');
        const folded = navi.records.map((record) => fold(`${record.name} ${record.alias}`));

        const ours = [];
        const baseline = [];
        for (let pass = 0; pass < 2; pass += 1) {
          for (const query of queries) {
            for (let length = 1; length <= query.length; length += 1) {
              const typed = query.slice(0, length);
              const start = performance.now();
              input.value = typed;
              input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
              await settled();
              // Style and layout of what changed: the work the next frame has to do.
              navi.getBoundingClientRect();
              void navi.shadowRoot.querySelector('shien-navi-conversation-log').scrollHeight;
              ours.push(performance.now() - start);

              const scanStart = performance.now();
              const needle = fold(typed);
              let hits = 0;
              for (const text of folded) if (text.includes(needle)) hits += 1;
              baseline.push(performance.now() - scanStart + (hits < 0 ? 1 : 0));
            }
            input.value = '';
            input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
            await settled();
          }
        }
        const long = [];
        for (let paste = 0; paste < longPastes; paste += 1) {
          const start = performance.now();
          input.value = longQuery;
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await settled();
          navi.getBoundingClientRect();
          long.push(performance.now() - start);
          input.value = '';
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await settled();
        }
        return { ours, baseline, long, records: navi.records.length };
      },
      [path, QUERIES, LONG_QUERY, LONG_PASTES],
    );
    await page.close();
    routes[path] = undefined;
    if (result.records !== count) throw new Error(`expected ${count} records, the widget read ${result.records}`);
    const p50 = percentile(result.ours, 50);
    const p95 = percentile(result.ours, 95);
    const base95 = percentile(result.baseline, 95);
    rows.push([
      count.toLocaleString('en'),
      result.ours.length,
      p50.toFixed(1),
      p95.toFixed(1),
      percentile(result.baseline, 50).toFixed(2),
      base95.toFixed(2),
      `${(p95 / Math.max(base95, 0.01)).toFixed(0)}×`,
      Math.max(...result.long).toFixed(1),
    ]);
    if (count === 10_000) budgets.push({ what: '10,000 records: a pasted 2,000-character query → results rendered, slowest', value: Number(Math.max(...result.long).toFixed(1)), limit: 50, unit: 'ms' });
    if (count === 10_000) budgets.push({ what: '10,000 records: keystroke → results rendered, p95', value: Number(p95.toFixed(1)), limit: 16, unit: 'ms' });
    if (count === 100_000) budgets.push({ what: '100,000 records: keystroke → results rendered, p95', value: Number(p95.toFixed(1)), limit: 50, unit: 'ms' });
  }
  return {
    title: 'Search: keystroke → results rendered, in Chromium',
    columns: ['records', 'keystrokes', 'p50 ms', 'p95 ms', 'baseline p50 ms', 'baseline p95 ms', 'ratio p95', `2,000 chars pasted, slowest of ${LONG_PASTES} ms`],
    rows,
    notes: [
      `Queries typed one character at a time, twice: ${QUERIES.join(', ')}. Measured from the input event until every part of the widget has rendered and the page has been laid out.`,
      'Baseline: a plain substring scan of the same records (NFKC, lower case, katakana → hiragana) in the same page, without ranking or rendering.',
    ],
    budgets,
  };
}
