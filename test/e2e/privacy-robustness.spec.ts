import type { Page, Request } from '@playwright/test';
import { HOSTILE_COLUMNS, HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';
import { choice, expect, pageWith, test, widget } from './helpers.js';

// What the person does stays on the page; several widgets live side by side; a widget that
// leaves the page leaves nothing running behind it.

const DATA = '/demo/data/sample.csv';

/** Everything the page keeps: cookies, both storages, IndexedDB, Cache Storage. */
async function stored(page: Page) {
  const cookies = await page.context().cookies();
  const inPage = await page.evaluate(async () => {
    const cached: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) cached.push(`${name} ${new URL(request.url).pathname}`);
    return {
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      indexedDB: (await indexedDB.databases()).map((database) => database.name),
      cached,
      url: location.href,
      documentCookie: document.cookie,
    };
  });
  return { cookies, ...inPage };
}

/** The public events, each kept with its detail as JSON, to look for what was typed. */
const EVENTS = ['shien-navi-ready', 'shien-navi-step', 'shien-navi-goal', 'shien-navi-search', 'shien-navi-error', 'shien-navi-exit', 'shien-navi-open', 'shien-navi-close'];

test('nothing the person chooses or types leaves the page or is stored', async ({ page, server }) => {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  const logged: string[] = [];
  page.on('console', (message) => logged.push(message.text()));
  await page.addInitScript((names) => {
    const seen: string[] = [];
    (window as unknown as { eventsSeen: string[] }).eventsSeen = seen;
    for (const name of names) document.addEventListener(name, (event) => seen.push(`${name} ${JSON.stringify((event as CustomEvent<unknown>).detail)}`), true);
  }, EVENTS);
  const url = pageWith(server, [{ src: DATA }]);
  await page.goto(url);
  await expect(choice(page, 'お金のこと')).toContainText('件');
  // The lazy chunks (CSV reader, fuzzy search) have arrived too.
  await page.waitForLoadState('networkidle');

  const before = await stored(page);
  expect(before).toEqual({
    cookies: [],
    localStorage: [],
    sessionStorage: [],
    indexedDB: [],
    // The public CSV only, as the last good copy for when its server is down.
    cached: [`shien-navi-data-v1 ${DATA}`],
    url,
    documentCookie: '',
  });
  const loaded = requests.length;

  // A whole session: a path, Back, Start over, a municipality, typed searches, a card opened.
  const SECRET = 'わたしの秘密の相談ごと';
  await choice(page, '緊急の困りごと').click();
  await choice(page, '暴力を受けている').click();
  await widget(page).locator('[part~="nav"] button').first().click();
  await choice(page, '食べるものがない').click();
  await choice(page, 'フードバンクを利用したい').click();
  await expect(widget(page).locator('[part~="card"]:visible').first()).toBeVisible();
  await widget(page).locator('[part~="nav"] button').last().click();
  await widget(page).locator('shien-navi-municipality-picker input').fill('札幌市');
  await widget(page).locator('shien-navi-municipality-picker input').press('Enter');
  await widget(page).locator('[part~="search"]').fill(SECRET);
  // A trouble in plain words, its shortcut and Back to it, and a cry for help.
  const TROUBLE = '家賃が払えない';
  await widget(page).locator('[part~="search"]').fill(TROUBLE);
  await widget(page).locator('button.shortcut', { hasText: TROUBLE }).click();
  await widget(page).locator('[part~="nav"] button').first().click();
  await expect(widget(page).locator('[part~="search"]')).toHaveValue(TROUBLE);
  const CRY = '死にたい';
  await widget(page).locator('[part~="search"]').fill(CRY);
  await expect(widget(page).locator('shien-navi-search-results shien-navi-crisis-lines').first()).toBeVisible();
  // A euphemism of a cry, and a weary line: their lines show, and the words go nowhere either.
  const EUPHEMISM = '明日が来なければいいのに';
  await widget(page).locator('[part~="search"]').fill(EUPHEMISM);
  await expect(widget(page).locator('shien-navi-search-results shien-navi-crisis-lines[tone="crisis"]').first()).toBeVisible();
  const WEARY = 'もう限界で誰にも言えない';
  await widget(page).locator('[part~="search"]').fill(WEARY);
  await expect(widget(page).locator('shien-navi-search-results shien-navi-crisis-lines[tone="listening"]').first()).toBeVisible();
  await widget(page).locator('[part~="search"]').fill('サポステ');
  await expect(widget(page).locator('[part~="card"]:visible').first()).toBeVisible();
  const opened = widget(page).locator('[part~="card"]:visible button[aria-expanded]').first();
  await opened.click();
  // The last action has taken effect and nothing is left in flight.
  await expect(opened).toHaveAttribute('aria-expanded', 'true');
  await page.waitForLoadState('networkidle');

  expect(await stored(page)).toEqual(before);
  // Events say what happened, in counts and node ids: never what was typed nor what it matched.
  const events = await page.evaluate(() => (window as unknown as { eventsSeen: string[] }).eventsSeen);
  expect(events.filter((event) => event.startsWith('shien-navi-search ')).length).toBeGreaterThan(2);
  for (const event of events.filter((seen) => seen.startsWith('shien-navi-search '))) expect(event).toMatch(/^shien-navi-search \{"results":\d+\}$/);
  // Nor which path about violence or suicide was taken: no event names a sensitive node.
  expect(events.filter((event) => /emergency-violence|emergency-suicide|family-abuse|health-mind/.test(event))).toEqual([]);
  for (const typed of [SECRET, TROUBLE, CRY, EUPHEMISM, WEARY, 'サポステ']) {
    for (const event of events) expect(event).not.toContain(typed);
    for (const line of logged) expect(line).not.toContain(typed);
  }
  // No request after the widget loaded, and none ever to another host or with what was typed.
  expect(requests.slice(loaded).map((request) => request.url())).toEqual([]);
  for (const request of requests) {
    expect(new URL(request.url()).origin).toBe(server.origin);
    for (const typed of [SECRET, TROUBLE, CRY]) expect(decodeURIComponent(request.url())).not.toContain(typed);
    expect(request.postData()).toBeNull();
    expect(await request.allHeaders()).not.toHaveProperty('cookie');
  }
  expect(requests.map((request) => new URL(request.url()).pathname).sort()).toEqual(
    expect.arrayContaining(['/page', DATA, '/dist/shien-navi.js']),
  );
  const paths = new Set(requests.map((request) => new URL(request.url()).pathname));
  for (const path of paths) expect(path === '/page' || path === DATA || /^\/dist\/shien-navi[\w.-]*\.js$/.test(path), path).toBe(true);
});

test('a flow URL is the only other request, and it is fetched without cookies or referrer', async ({ page, context, server }) => {
  await context.addCookies([{ name: 'site-session', value: 'secret', url: server.origin }]);
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(pageWith(server, [{ src: DATA, flow: '/test/fixtures/flows/small.json' }]));
  // The flow's own first answer, with a count: both the flow and the data have arrived.
  await expect(choice(page, '食べ物のこと')).toContainText('件');
  await page.waitForLoadState('networkidle');
  const fetched = requests.filter((request) => request.resourceType() === 'fetch');
  expect(fetched.map((request) => new URL(request.url()).pathname).sort()).toEqual([DATA, '/test/fixtures/flows/small.json'].sort());
  for (const request of fetched) {
    const headers = await request.allHeaders();
    expect(headers).not.toHaveProperty('cookie');
    expect(headers).not.toHaveProperty('referer');
  }
});

test('three widgets with different data on one page work independently', async ({ page, server }) => {
  await page.goto(
    pageWith(server, [
      { src: DATA },
      { src: '/test/fixtures/encoding.cp932.csv', lang: 'en' },
      { src: '/data/hostile.csv', start: 'emergency', municipality: '札幌市' },
    ]),
  );
  // The elements are defined once the widget's code has arrived (dist/shien-navi.js paints first).
  const counts = await page.evaluate(async () => {
    await customElements.whenDefined('shien-navi');
    const widgets = [...document.querySelectorAll('shien-navi')] as unknown as (HTMLElement & { records: readonly unknown[] })[];
    return Promise.all(
      widgets.map(
        (navi) =>
          new Promise<number>((resolve) => {
            if (navi.records.length > 0) resolve(navi.records.length);
            else navi.addEventListener('shien-navi-ready', (event) => resolve((event as CustomEvent<{ records: number }>).detail.records), { once: true });
          }),
      ),
    );
  });
  // The hostile file: one row per payload per column, every one shown but the one whose 制度名 is
  // only zero-width characters (dropped as invisible, it has no name left to show).
  expect(counts).toEqual([52, 2, HOSTILE_STRINGS.length * HOSTILE_COLUMNS.length - 1]);

  await choice(page, '緊急の困りごと', 0).click();
  await expect(choice(page, '食べるものがない', 0)).toBeVisible();
  // The others stay where they were.
  await expect(choice(page, 'Money', 1)).toBeVisible();
  await expect(choice(page, '食べるものがない', 2)).toBeVisible();
  await expect(choice(page, '緊急の困りごと', 2)).toHaveCount(0);

  await widget(page, 1).locator('[part~="search"]').fill('髙橋');
  await expect(widget(page, 1).locator('[part~="card"]:visible h4')).toHaveText(['【サンプル】髙橋記念①相談']);
  await expect(widget(page, 0).locator('[part~="card"]:visible')).toHaveCount(0);
  await expect(widget(page, 2).locator('[part~="card"]:visible')).toHaveCount(0);
  await expect(widget(page, 0).locator('[part~="search"]')).toHaveValue('');

  await widget(page, 2).locator('[part~="search"]').fill('検証');
  await expect(widget(page, 2).locator('[part~="card"]:visible').first()).toBeVisible();
  await expect(widget(page, 1).locator('[part~="card"]:visible h4')).toHaveText(['【サンプル】髙橋記念①相談']);
  // Each announces in its own live region.
  const regions = await page.evaluate(() => [...document.querySelectorAll('shien-navi')].map((navi) => navi.shadowRoot?.querySelectorAll('[aria-live]').length ?? 0));
  expect(regions.every((count) => count >= 1)).toBe(true);
});

test('removing and re-adding the widget 100 times leaves no listeners, timers, nodes or workers behind', async ({ page, server }) => {
  test.setTimeout(120_000);
  // Counts the timers the page has pending; the widget's must all end when it leaves.
  await page.addInitScript(() => {
    const pending = new Map<number, string>();
    const { setTimeout: later, setInterval: every, clearTimeout: clear } = window;
    const where = () => new Error().stack?.split('\n').slice(3, 6).join(' ') ?? '';
    window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      const id: number = later(
        (...args: unknown[]) => {
          pending.delete(id);
          if (typeof handler === 'function') (handler as (...values: unknown[]) => void)(...args);
        },
        delay,
        ...rest,
      );
      pending.set(id, `timeout ${delay ?? 0} ms ${where()}`);
      return id;
    }) as typeof window.setTimeout;
    window.setInterval = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
      const id = every(handler, delay, ...rest);
      pending.set(id, `interval ${delay ?? 0} ms ${where()}`);
      return id;
    }) as typeof window.setInterval;
    // Timeouts and intervals share one pool of ids: either clear function ends either kind.
    window.clearTimeout = window.clearInterval = ((id?: number) => {
      if (id !== undefined) pending.delete(id);
      clear(id);
    }) as typeof window.clearTimeout;
    (window as unknown as { timers: () => string[] }).timers = () => [...pending.values()];
  });
  await page.goto(pageWith(server, [{ src: DATA }]));
  await expect(choice(page, 'お金のこと')).toContainText('件');
  const cdp = await page.context().newCDPSession(page);
  const timers = () => page.evaluate(() => (window as unknown as { timers: () => string[] }).timers());
  const counters = async () => {
    // Every timer the widget started ends once it has left the page (a leaked one never does).
    await expect.poll(timers, { message: 'pending timers', timeout: 10_000 }).toEqual([]);
    await cdp.send('HeapProfiler.collectGarbage');
    const { jsEventListeners, nodes } = await cdp.send('Memory.getDOMCounters');
    return { jsEventListeners, nodes };
  };
  // Each measurement is taken with the widget off the page; one round first, so lazily loaded
  // parts and caches exist in both.
  await page.evaluate(() => {
    (window as unknown as { navi: Element }).navi = document.querySelector('shien-navi') as Element;
    document.querySelector('shien-navi')?.remove();
  });
  const cycle = (times: number) =>
    page.evaluate(async (count) => {
      const navi = (window as unknown as { navi: HTMLElement }).navi;
      for (let round = 0; round < count; round += 1) {
        document.body.append(navi);
        await new Promise((resolve) => requestAnimationFrame(resolve));
        // Open the emergency path each time, so every part of the widget is made and dropped.
        const buttons = (root: ParentNode): HTMLButtonElement[] =>
          [...root.querySelectorAll('*')].flatMap((element) => [
            ...(element.localName === 'button' ? [element as HTMLButtonElement] : []),
            ...(element.shadowRoot ? buttons(element.shadowRoot) : []),
          ]);
        const emergency = buttons(navi.shadowRoot as ShadowRoot).find((button) => button.textContent?.includes('緊急の困りごと'));
        if (!emergency) throw new Error('no emergency choice to press');
        emergency.click();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        if (!buttons(navi.shadowRoot as ShadowRoot).some((button) => button.textContent?.includes('食べるものがない'))) throw new Error('the emergency question did not open');
        (navi as unknown as { restart(): void }).restart();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        navi.remove();
      }
    }, times);
  await cycle(1);
  const first = await counters();
  // The page's one CSV worker stays for every later read (data/csv-worker-client.ts): the widget leaving does not end it.
  const workers = page.workers().length;
  await cycle(100);
  const after = await counters();
  console.log(`after 1 round: ${JSON.stringify(first)}; after 100 more: ${JSON.stringify(after)}`);
  expect(after.jsEventListeners, `listeners: ${first.jsEventListeners} → ${after.jsEventListeners}`).toBeLessThanOrEqual(first.jsEventListeners);
  // Nodes may differ by a few (text nodes of the live region); 100 rounds of leaking would add thousands.
  expect(after.nodes, `nodes: ${first.nodes} → ${after.nodes}`).toBeLessThan(first.nodes + 50);
  expect(workers).toBeLessThanOrEqual(1);
  expect(page.workers()).toHaveLength(workers);
  await page.evaluate(() => document.body.append((window as unknown as { navi: HTMLElement }).navi));
  await expect(choice(page, 'お金のこと')).toContainText('件');
});

test('the CSV reader is fetched once, when the page is idle after the first question, for widgets given data later', async ({ page, server }) => {
  const readers: string[] = [];
  page.on('request', (request) => {
    if (/shien-navi-load-[\w-]+\.js$/.test(request.url())) readers.push(request.url());
  });
  await page.goto(pageWith(server, [{}, { lang: 'en' }]));
  await expect(choice(page, 'お金のこと')).toBeVisible();
  await expect.poll(() => readers.length).toBe(1);
  // A single-page app gives one of them its data now: no second fetch of the reader.
  await page.evaluate((src) => {
    const navi = document.querySelector('shien-navi') as HTMLElement;
    navi.addEventListener('shien-navi-ready', (event) => ((window as unknown as { records: number }).records = (event as CustomEvent<{ records: number }>).detail.records));
    navi.setAttribute('src', src);
  }, DATA);
  await expect.poll(() => page.evaluate(() => (window as unknown as { records?: number }).records)).toBe(52);
  await expect(choice(page, 'お金のこと')).toContainText('件');
  expect(readers).toHaveLength(1);
});
