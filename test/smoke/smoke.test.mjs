// End-to-end smoke over the built files (dist/, served as `npm start` serves them) in the engine
// named by SMOKE_ENGINE: 'webkit' (WebKitGTK, what every iPhone browser runs) or 'firefox'
// (Firefox ESR). The Chromium end-to-end tests (test/e2e/, Playwright) go deeper; this walks what
// a person does in each engine. Run: `npm run test:webkit` or `npm run test:firefox`.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { startDemoServer } from '../../scripts/start-demo.mjs';
import { ENGINES, openEngine } from './engine-page.mjs';

const engine = process.env.SMOKE_ENGINE ?? '';
if (!ENGINES.includes(engine)) throw new Error(`SMOKE_ENGINE must be one of ${ENGINES.join(', ')}`);

const root = new URL('../../', import.meta.url).pathname;
const APP_CHUNK = readdirSync(`${root}dist`).find((file) => /^shien-navi-app-[\w-]+\.js$/.test(file));
if (!APP_CHUNK) throw new Error('dist/ has no app chunk: run `npm run build` first');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Holds the widget's code (the app chunk) back, as on a slow phone, until release(). */
const held = { waiting: [], holding: false };
const release = () => {
  held.holding = false;
  for (const send of held.waiting.splice(0)) send();
};

const page = (body) => (request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(`<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/shien-navi.js"></script></head><body><main><h1>smoke</h1>${body}</main></body></html>`);
};

const routes = {
  [`/${APP_CHUNK}`]: (request, response) => {
    const send = () => {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(readFileSync(`${root}dist/${APP_CHUNK}`));
    };
    if (held.holding) held.waiting.push(send);
    else send();
  },
  '/smoke/launcher.html': page(`<p>本文</p><shien-navi mode="launcher" src="/demo/data/sample.csv"></shien-navi>
<script>window.heard = []; for (const type of ['shien-navi-open', 'shien-navi-close']) document.addEventListener(type, () => window.heard.push(type));</script>`),
  '/smoke/exit.html': page('<shien-navi src="/demo/data/sample.csv" exit-url="/smoke/left.html"></shien-navi>'),
  '/smoke/left.html': page('<p>left</p>'),
  // A CMS theme's small root text: iOS Safari zooms into a field whose text is under 16 px.
  '/smoke/small-text.html': page('<style>html { font-size: 62.5%; }</style><p>本文</p><shien-navi src="/demo/data/sample.csv"></shien-navi>'),
};

const server = await startDemoServer({ port: Number(process.env.E2E_PORT ?? 0), routes });
const url = (path) => `${server.origin}${path}`;
let browser;

/** Waits for the answers of the first question, with the counts the data brings. */
const answersReady = () => browser.waitFor(() => pick('button[part~="choice"]', 'お金のこと')?.textContent.includes('件'), [], 'the first question with its counts');
const cardTitles = () => browser.run(() => deepChain('[part~="card"] >>> h4').filter(visible).map(textOf));
const choose = async (...labels) => {
  for (const label of labels) await browser.click('button[part~="choice"]', label);
};

describe(`${engine}: the built widget`, () => {
  before(async () => {
    browser = await openEngine(engine);
    await browser.setViewport(1024, 768);
  });
  after(async () => {
    await browser?.close();
    await server.close();
  });

  test('the painted first screen takes a tap before the widget arrives, and the widget answers it', async () => {
    held.holding = true;
    try {
      await browser.goto(url('/demo/'));
      const painted = await browser.waitFor(
        () => {
          const texts = deepChain('[data-shien-navi-shell] >>> button[part~="choice"]').filter(visible).map(textOf);
          return texts.length > 0 && texts.every(Boolean) && texts;
        },
        [],
        'the painted first question',
      );
      assert.deepEqual(painted.length, 6, 'the bundled flow\'s six categories');
      assert.match(painted[0], /お金のこと/, JSON.stringify(painted));
      assert.equal(await browser.run(() => document.querySelector('shien-navi').hasUpdated === true), false, 'the widget is held back');
      await browser.click('[data-shien-navi-shell] >>> button[part~="choice"]', 'お金のこと');
    } finally {
      release();
    }
    await browser.waitFor(() => document.querySelector('shien-navi').hasUpdated === true && deepAll('[data-shien-navi-shell]').length === 0, [], 'the widget taking over');
    await browser.waitFor(() => !!pick('button[part~="choice"]', '生活費が足りない'), [], 'the next question, answered from the tap');
    assert.match(await browser.run(() => textOf(deepAll('[part~="bubble-user"]').at(-1))), /お金のこと/);
  });

  test('a walk to a goal shows its cards, each with a call button', async () => {
    await browser.goto(url('/demo/'));
    await answersReady();
    await choose('緊急の困りごと', '食べるものがない', 'フードバンクを利用したい');
    await browser.waitFor(() => deepChain('[part~="card"] >>> h4').filter(visible).length > 0, [], 'the cards');
    assert.ok((await cardTitles()).includes('【サンプル】フードバンク緊急食料支援'));
    const calls = await browser.run(() => deepAll('[part~="card"]').filter(visible).map((card) => deepAll('a[href^="tel:"]', card).map((link) => link.getAttribute('href'))));
    assert.ok(calls.length > 0 && calls.every((hrefs) => hrefs.length > 0 && hrefs.every((href) => /^tel:000\d+$/.test(href))), JSON.stringify(calls));
    const said = await browser.run(() => deepAll('[part~="bubble-user"]').map(textOf));
    for (const label of ['緊急の困りごと', '食べるものがない', 'フードバンクを利用したい']) assert.ok(said.some((text) => text.includes(label)), label);
  });

  test('a typed trouble finds its place; 死にたい shows いのちの電話 first; no match offers a line to a person', async () => {
    await browser.goto(url('/demo/'));
    await answersReady();
    await browser.click('input[part~="search"]');
    await browser.type('家賃が払えない');
    await browser.click('button.shortcut', '家賃が払えない');
    await browser.waitFor(() => deepChain('[part~="card"] >>> h4').filter(visible).some((title) => textOf(title).includes('住居確保給付金')), [], 'the trouble’s goal');

    await browser.click('input[part~="search"]');
    await browser.run(() => pick('input[part~="search"]').select());
    await browser.type('死にたい');
    const lines = await browser.waitFor(
      () => {
        const results = deepAll('shien-navi-search-results')[0];
        const links = results ? deepAll('shien-navi-crisis-lines', results.shadowRoot).flatMap((lines) => deepAll('a[href^="tel:"]', lines.shadowRoot ?? lines)) : [];
        return links.length > 0 && links.map(textOf);
      },
      [],
      'the crisis lines for a cry',
    );
    assert.match(lines[0], /いのちの電話/);

    await browser.run(() => pick('input[part~="search"]').select());
    await browser.type('zqxwvjk');
    await browser.waitFor(() => textOf(document.querySelector('shien-navi')).includes('見つかりませんでした'), [], 'nothing found, said');
    await browser.waitFor(() => !!pick('shien-navi-crisis-lines[tone="listening"] >>> a[href^="tel:"]'), [], 'a line to a person with its number under no match');
  });

  test('the launcher opens with the focus inside, Escape closes it back to the button, and the page hears both', async () => {
    await browser.goto(url('/smoke/launcher.html'));
    await browser.click('button[part~="launcher"]');
    await browser.waitFor(() => deepAll('dialog')[0]?.open === true, [], 'the panel open');
    await browser.waitFor(() => document.activeElement?.localName === 'shien-navi' && !deepActive()?.matches('[part~="launcher"]'), [], 'the focus inside the panel');
    await browser.press('Escape');
    await browser.waitFor(() => deepAll('dialog')[0]?.open === false, [], 'the panel closed');
    await browser.waitFor(() => deepActive()?.matches('[part~="launcher"]'), [], 'the focus back on the button');
    assert.deepEqual(await browser.run(() => window.heard), ['shien-navi-open', 'shien-navi-close']);
  });

  test('the quick exit on a sensitive goal replaces the page with the exit page', async () => {
    await browser.goto(url('/smoke/exit.html'));
    await answersReady();
    await choose('緊急の困りごと', '暴力を受けている');
    await browser.click('shien-navi-quick-exit >>> button');
    await browser.waitFor(() => location.pathname === '/smoke/left.html', [], 'the exit page');
  });

  test('the search field keeps 16 px text under a theme with html { font-size: 62.5% } (no zoom on focus in iOS Safari)', async () => {
    await browser.goto(url('/smoke/small-text.html'));
    await answersReady();
    const sizes = await browser.run(() => ({ page: parseFloat(getComputedStyle(document.querySelector('p')).fontSize), field: parseFloat(getComputedStyle(pick('input[part~="search"]')).fontSize) }));
    assert.equal(sizes.page, 10);
    assert.ok(sizes.field >= 16, `the field's text is ${sizes.field}px`);
  });

  test('works under the strict CSP page, with no violation', async () => {
    await browser.goto(url('/demo/csp.html'));
    await browser.run(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    assert.equal(await browser.run(async () => (await fetch(location.href)).headers.get('content-security-policy')), "default-src 'self'; script-src 'self'; style-src 'self'");
    await answersReady();
    await choose('緊急の困りごと', '食べるものがない', 'フードバンクを利用したい');
    await browser.waitFor(() => deepChain('[part~="card"] >>> h4').filter(visible).some((title) => textOf(title).includes('フードバンク緊急食料支援')), [], 'the goal');
    await browser.click('input[part~="search"]');
    await browser.type('死にたい');
    await browser.waitFor(() => deepAll('shien-navi-search-results').length > 0 && !!pick('shien-navi-search-results >>> a[href^="tel:"]'), [], 'the crisis lines (the search chunk loaded)');
    assert.notEqual(await browser.run(() => getComputedStyle(deepAll('[part~="header"]')[0]).backgroundColor), 'rgba(0, 0, 0, 0)', 'the styles applied');
    assert.deepEqual(await browser.run(() => window.violations), []);
  });

  test('the classic script runs, filtered to 札幌市 and opening on emergencies', async () => {
    await browser.goto(url('/demo/iife.html'));
    await browser.waitFor(() => !!pick('a[href="tel:110"]'), [], 'the emergency start');
    await choose('食べるものがない', 'フードバンクを利用したい');
    await browser.waitFor(() => deepChain('[part~="card"] >>> h4').filter(visible).length === 2, [], 'two cards');
    // The town's own row first, then the one for all of Hokkaido (#25).
    assert.deepEqual(await cardTitles(), ['【サンプル】さっぽろフードバンク', '【サンプル】フードバンク緊急食料支援']);
  });

  test('the workbench reads a dropped Shift_JIS file', async () => {
    await browser.goto(url('/studio/#check'));
    await browser.waitFor(() => visible(deepAll('#panel-check')[0]), [], 'the check panel');
    const bytes = [...readFileSync(`${root}test/fixtures/encoding.cp932.csv`)];
    await browser.waitFor(
      (bytes) => {
        const drop = deepAll('#panel-check')
          .flatMap((panel) => deepAll('shien-navi-studio-data-sources', panel))
          .flatMap((sources) => deepAll('.drop', sources.shadowRoot ?? sources))[0];
        if (!drop) return false;
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(bytes)], 'encoding.cp932.csv', { type: 'text/csv' }));
        drop.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        return true;
      },
      [bytes],
      'the drop zone',
    );
    const report = await browser.waitFor(
      () => {
        const panel = deepAll('#panel-check')[0];
        const source = deepAll('section.source', panel)[0];
        const title = textOf(source?.querySelector('h3'));
        return title.includes('encoding.cp932.csv') && { title, facts: textOf(source.querySelector('.facts')), summary: textOf(deepAll('.summary', panel)[0]) };
      },
      [],
      'the file’s report',
    );
    assert.equal(report.title, '✓ encoding.cp932.csv');
    assert.match(report.facts, /文字コード\s*Shift_JIS/);
    assert.match(report.facts, /表示できる制度\s*2/);
    assert.match(report.summary, /読めない誤りはありません/);
  });

  test("the 支援員's list for a town (view=list): its own and the prefecture's services, no other town's", async () => {
    await browser.goto(url(`/demo/index.html#shien-navi?view=list&town=${encodeURIComponent('旭川市')}`));
    await browser.waitFor(() => textOf(deepAll('shien-navi-service-list')[0]).includes('旭川市の支援一覧'), [], 'the list headed with the town');
    const cards = await browser.waitFor(() => {
      const shown = deepChain('shien-navi-service-list >>> [part~="card"]').filter(visible).map(textOf);
      return shown.length > 0 && shown;
    }, [], 'the first cards of the list');
    assert.ok(cards.every((card) => card.includes('地域：旭川市') || card.includes('北海道全域')), JSON.stringify(cards.map((card) => card.slice(0, 60))));
  });

  test('axe (WCAG 2.2 A/AA) finds nothing on the first screen nor at a goal', async () => {
    const violations = async () => {
      await browser.inject(AXE_SOURCE);
      return browser.run(async (tags) => {
        const result = await window.axe.run(document.querySelector('shien-navi'), { runOnly: { type: 'tag', values: tags } });
        return { passes: result.passes.length, violations: result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`) };
      }, AXE_TAGS);
    };
    await browser.goto(url('/demo/'));
    await answersReady();
    const first = await violations();
    assert.deepEqual(first.violations, []);
    assert.ok(first.passes > 5, `axe checked ${first.passes} rules`);
    await choose('お金のこと', '家賃が払えない');
    await browser.waitFor(() => deepChain('[part~="card"] >>> h4').filter(visible).length > 0, [], 'the goal');
    const goal = await violations();
    assert.deepEqual(goal.violations, []);
    assert.ok(goal.passes > 5, `axe checked ${goal.passes} rules`);
  });
});
