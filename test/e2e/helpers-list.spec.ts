import { expect, test, type Locator, type Page } from '@playwright/test';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';
import { addFiles, iframeSnippetOf, openStudio, panel, previewReady } from './studio-helpers.js';

const SAMPLE_FILE = 'demo/data/sample.csv';

// The 支援員's list, the printed handout with its QR code, and dist/embed.html (issue #26).

const widget = (page: Page) => page.locator('shien-navi').first();
const town = (name: string) => encodeURIComponent(name);

/** Counts window.print() instead of opening the print dialog, and keeps page errors and dialogs. */
async function watch(page: Page): Promise<string[]> {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const seen = { printed: 0, errors: [] as string[], csp: [] as string[] };
    (window as unknown as { seen: typeof seen }).seen = seen;
    window.print = () => {
      seen.printed += 1;
    };
    document.addEventListener('shien-navi-error', (event) => seen.errors.push((event as CustomEvent<{ kind: string }>).detail.kind), true);
    document.addEventListener('securitypolicyviolation', (event) => seen.csp.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return problems;
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: { printed: number; errors: string[]; csp: string[] } }).seen);

/** Every card of the list, scrolling down as a person would until the list has rendered them all. */
async function everyCard(list: Locator): Promise<string[]> {
  const cards = list.locator('[part~="card"]');
  while (await list.locator('button.more').count()) {
    const before = await cards.count();
    await list.evaluate((element) => element.scrollTo(0, element.scrollHeight));
    await expect.poll(() => cards.count()).toBeGreaterThan(before);
  }
  return list.locator('[part~="card"]').evaluateAll((cards) => cards.map((card) => card.shadowRoot?.textContent ?? ''));
}

test('the list for a town shows its own and the whole prefecture’s services, and no other town’s', async ({ page }) => {
  const problems = await watch(page);
  await page.goto(`/demo/#shien-navi?view=list&town=${town('旭川市')}`);
  const list = widget(page).locator('shien-navi-service-list');
  await expect(list.getByRole('heading', { name: '旭川市の支援一覧' })).toBeVisible();
  // The first screen is a few cards, not the whole list.
  await expect(list.locator('[part~="card"]')).toHaveCount(4);
  const total = Number((await list.locator('.meta').first().textContent())?.match(/(\d+)件/)?.[1]);
  const cards = await everyCard(list);
  expect(cards).toHaveLength(total);
  expect(cards.some((text) => text.includes('地域：旭川市'))).toBe(true);
  expect(cards.some((text) => text.includes('北海道全域'))).toBe(true);
  for (const other of ['札幌市', '函館市', '釧路市', '帯広市']) expect(cards.filter((text) => text.includes(`地域：${other}`))).toEqual([]);
  // Groups by 行政サービス分類 in the template's order, with counts that add up.
  const groups = await list.locator('section > h4').allTextContents();
  expect(groups.reduce((sum, text) => sum + Number(text.match(/（(\d+)件）/)?.[1]), 0)).toBe(total);
  expect(groups.findIndex((text) => text.startsWith('相談'))).toBeGreaterThan(groups.findIndex((text) => text.startsWith('手当・助成金等')));
  // The filter is the conversation's search, and a cry for help shows the crisis lines first.
  await list.getByLabel('一覧を絞り込む').fill('フードバンク');
  await expect(list.locator('[part~="card"] >> h4').first()).toContainText('フードバンク');
  await list.getByLabel('一覧を絞り込む').fill('死にたい');
  await expect(list.locator('shien-navi-crisis-lines a[href^="tel:"]').first()).toBeVisible();
  // Back to the questions, and the list again from the panel's link.
  await widget(page).getByRole('button', { name: '質問に戻る' }).click();
  await expect(widget(page).locator('[part~="choice"]:visible', { hasText: 'お金のこと' })).toBeVisible();
  await widget(page).getByRole('button', { name: /支援員向け/ }).click();
  await expect(list.getByRole('heading', { name: '旭川市の支援一覧' })).toBeFocused();
  expect(problems).toEqual([]);
});

for (const chosen of ['栗山町', '014290']) {
  test(`the list for a small town (${chosen}) served by its 振興局 shows that office and 全道 rows, and not another area’s office`, async ({ page }) => {
    const problems = await watch(page);
    // 栗山町's area is 空知 (#25), whose office the sample names in 市区町村名. A site may give the town by
    // its code (municipality="014290"), and the list still names it as people know it.
    const byCode = /^\d+$/.test(chosen);
    await page.goto(byCode ? `/embed.html?src=${encodeURIComponent('./demo/data/sample.csv')}&municipality=${chosen}&view=list` : `/demo/#shien-navi?view=list&town=${town(chosen)}`);
    const list = widget(page).locator('shien-navi-service-list');
    await expect(list.getByRole('heading', { name: '栗山町の支援一覧' })).toBeVisible();
    await expect(widget(page).locator('shien-navi-municipality-picker input')).toHaveValue('栗山町');
    // The link shared (and printed on the handout) names the town too, so it opens the same list.
    await list.getByRole('button', { name: 'リンクを共有' }).click();
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toContain('town=栗山町');
    const cards = await everyCard(list);
    expect(cards.some((text) => text.includes('そらち生活サポートセンター'))).toBe(true);
    expect(cards.some((text) => text.includes('北海道全域'))).toBe(true);
    // 石狩's office (当別町's area) and other towns' own rows are not 栗山町's.
    expect(cards.filter((text) => text.includes('とうべつ'))).toEqual([]);
    for (const other of ['札幌市', '旭川市', '函館市']) expect(cards.filter((text) => text.includes(`地域：${other}`))).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('print: the handout shows contacts and a QR code, every control is hidden, and the link is written only then', async ({ page }) => {
  const problems = await watch(page);
  await page.goto(`/demo/#shien-navi?goal=money-living-now&town=${town('札幌市')}`);
  const navi = widget(page);
  await expect(navi.getByRole('button', { name: '印刷する' })).toBeVisible();
  // Opened from the address: the focus stays on the page.
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  await page.evaluate(() => history.replaceState(null, '', location.pathname));
  await navi.getByRole('button', { name: '印刷する' }).click();
  await expect.poll(async () => (await seen(page)).printed).toBe(1);
  expect(await page.evaluate(() => decodeURIComponent(location.hash))).toBe('#shien-navi?goal=money-living-now&town=札幌市');

  await page.emulateMedia({ media: 'print' });
  const handout = navi.locator('shien-navi-handout');
  await expect(handout).toBeVisible();
  await expect(handout.getByRole('img', { name: /QR/ })).toBeVisible();
  await expect(handout.locator('svg[role="img"] path')).toHaveAttribute('d', /M/);
  await expect(handout).toContainText('000-000-0004');
  await expect(handout).toContainText('https://example.org/shien-navi/sample/8');
  await expect(handout).toContainText('札幌市');
  for (const control of await navi.locator('input, button, select, [part~="launcher"], shien-navi-quick-exit').all()) await expect(control).toBeHidden();
  // Black on white on paper, whatever the theme.
  await expect(handout).toHaveCSS('color', 'rgb(0, 0, 0)');
  await expect(handout).toHaveCSS('break-inside', 'auto');
  await expect(handout.locator('li').first()).toHaveCSS('break-inside', 'avoid');
  await page.emulateMedia({ media: 'screen' });
  await expect(handout).toBeHidden();

  // The list prints its own handout, from the list's button.
  await navi.getByRole('button', { name: /支援員向け/ }).click();
  await navi.locator('shien-navi-service-list').getByRole('button', { name: '印刷する' }).click();
  await expect.poll(async () => (await seen(page)).printed).toBe(2);
  expect(await page.evaluate(() => decodeURIComponent(location.hash))).toBe('#shien-navi?view=list&town=札幌市');
  await page.emulateMedia({ media: 'print' });
  await expect(handout.getByRole('heading', { level: 1 })).toHaveText('札幌市の支援一覧');
  for (const control of await navi.locator('input, button').all()) await expect(control).toBeHidden();
  expect(problems).toEqual([]);
  expect((await seen(page)).errors).toEqual([]);
});

test('the list and the handout work under a strict CSP, and fit a 375 px phone', async ({ page }) => {
  const problems = await watch(page);
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  });
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto(`/demo/csp.html#shien-navi?view=list&town=${town('札幌市')}`);
  const list = widget(page).locator('shien-navi-service-list');
  await expect(list.locator('[part~="card"]').first()).toBeVisible();
  expect(await list.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  await list.getByLabel('一覧を絞り込む').fill('フードバンク');
  await expect(list.locator('[part~="card"] >> h4').first()).toContainText('フードバンク');
  await list.getByRole('button', { name: '印刷する' }).click();
  await expect.poll(async () => (await seen(page)).printed).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(widget(page).locator('shien-navi-handout').getByRole('img', { name: /QR/ })).toBeVisible();
  expect((await seen(page)).csp).toEqual([]);
  expect(refused).toEqual([]);
  expect(problems).toEqual([]);
});

test('print from the launcher: the floating button and the panel stay off the paper, the handout is on it', async ({ page }) => {
  const problems = await watch(page);
  await page.goto(`/demo/#shien-navi?goal=money-living-now&town=${town('札幌市')}`);
  await page.evaluate(() => document.querySelector('shien-navi')?.setAttribute('mode', 'launcher'));
  const navi = widget(page);
  await navi.locator('[part~="launcher"]').click();
  await navi.getByRole('button', { name: '印刷する' }).click();
  await expect.poll(async () => (await seen(page)).printed).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(navi.locator('shien-navi-handout')).toContainText('000-000-0004');
  await expect(navi.locator('[part~="launcher"]')).toBeHidden();
  await expect(navi.locator('[part~="panel"]')).toBeHidden();
  expect(problems).toEqual([]);
});

test('nothing is written to the address until the person prints or shares, and share copies the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await watch(page);
  await page.goto('/demo/');
  const navi = widget(page);
  await navi.locator('[part~="choice"]:visible', { hasText: 'お金のこと' }).click();
  await navi.locator('[part~="choice"]:visible').first().click();
  await navi.locator('[part~="choice"]:visible').first().click();
  await expect(navi.getByRole('button', { name: 'リンクを共有' })).toBeVisible();
  expect(await page.evaluate(() => location.hash)).toBe('');
  await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
  await navi.getByRole('button', { name: 'リンクを共有' }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/#shien-navi\?goal=/);
  expect(await page.evaluate(() => location.hash)).toMatch(/^#shien-navi\?goal=/);
});

test('a fragment naming an unknown goal or town is ignored, with no error', async ({ page }) => {
  const problems = await watch(page);
  for (const hash of ['#shien-navi?goal=no-such-goal&town=架空町', '#shien-navi?goal=root', `#shien-navi?goal=${encodeURIComponent(HOSTILE_STRINGS[1] ?? '')}`, '#shien-navi?goal=__proto__&town=constructor']) {
    await page.goto(`/demo/${hash}`);
    await expect(widget(page).locator('[part~="choice"]:visible', { hasText: 'お金のこと' })).toBeVisible();
    await expect(widget(page).locator('shien-navi-municipality-picker input, shien-navi-municipality-picker select').first()).not.toHaveValue('架空町');
    expect((await seen(page)).errors).toEqual([]);
  }
  expect(problems).toEqual([]);
});

test('no-fragment: the widget does not open what the address names', async ({ page }) => {
  await watch(page);
  await page.goto(`/demo/#shien-navi?view=list&town=${town('札幌市')}`);
  await expect(widget(page).locator('shien-navi-service-list')).toBeVisible();
  await page.evaluate(() => {
    const next = document.createElement('shien-navi');
    next.setAttribute('src', './data/sample.csv');
    next.setAttribute('no-fragment', '');
    next.id = 'second';
    document.querySelector('main')?.append(next);
  });
  const second = page.locator('#second');
  await expect(second.locator('[part~="choice"]:visible', { hasText: 'お金のこと' })).toBeVisible();
  await expect(second.locator('shien-navi-service-list')).toHaveCount(0);
});

test.describe('dist/embed.html', () => {
  test('renders the widget for the given parameters, under its own strict CSP, and fills the iframe', async ({ page }) => {
    const problems = await watch(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`/embed.html?src=${encodeURIComponent('./demo/data/sample.csv')}&municipality=${town('札幌市')}&lang=en&view=list`);
    await expect(widget(page).getByRole('heading', { name: 'Services in 札幌市' })).toBeVisible();
    await expect(widget(page).locator('[part~="card"]').first()).toBeVisible();
    expect(requests.every((url) => url.startsWith('http://127.0.0.1:'))).toBe(true);
    expect((await seen(page)).csp).toEqual([]);
    expect(problems).toEqual([]);

    // In an iframe of a page elsewhere: the panel takes the iframe's height, in the device's colours.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/demo/');
    await page.setContent(`<iframe title="支援情報ナビ" style="width:360px;height:600px;border:0" src="${new URL('/embed.html?src=./demo/data/sample.csv&start=emergency', page.url()).href}"></iframe>`);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('shien-navi [part~="panel"]')).toBeVisible();
    await expect(frame.locator('shien-navi a[href="tel:110"]').first()).toBeAttached();
    const height = await frame.locator('shien-navi [part~="panel"]').evaluate((panel) => panel.getBoundingClientRect().height);
    expect(Math.abs(height - 600)).toBeLessThan(2);
    await expect(frame.locator('body')).not.toHaveCSS('background-color', 'rgb(255, 255, 255)');
  });

  const hostile: Record<string, string> = {
    'javascript: src': `src=${encodeURIComponent('javascript:window.__pwned=1')}`,
    'data: src': `src=${encodeURIComponent('data:text/csv,a,b')}`,
    'data: flow': `src=./demo/data/sample.csv&flow=${encodeURIComponent('data:application/json,{}')}`,
    'markup in municipality': `src=./demo/data/sample.csv&municipality=${encodeURIComponent(HOSTILE_STRINGS[1] ?? '')}`,
    'markup in heading': `heading=${encodeURIComponent(HOSTILE_STRINGS[0] ?? '')}`,
    '10,000 characters': `src=./demo/data/sample.csv&municipality=${'a'.repeat(10_000)}`,
  };
  for (const [name, query] of Object.entries(hostile)) {
    test(`refuses ${name}: a notice, and nothing of the widget runs`, async ({ page }) => {
      const problems = await watch(page);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await page.goto(`/embed.html?${query}`);
      await expect(page.getByRole('alert')).toContainText('表示できません');
      await expect(page.locator('shien-navi')).toHaveCount(0);
      expect(requests.filter((path) => path.startsWith('/shien-navi.') || path.startsWith('/shien-navi-app'))).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('main').innerHTML()).not.toMatch(/<(img|script|svg|iframe)/);
      expect(problems).toEqual([]);
    });
  }

  test('the hostile corpus in every parameter never runs and never becomes markup', async ({ page }) => {
    const problems = await watch(page);
    for (const text of HOSTILE_STRINGS.slice(0, 24)) {
      const params = new URLSearchParams({ src: text, municipality: text, heading: text, start: text });
      await page.goto(`/embed.html?${params.toString()}`);
      await expect(page.locator('main > *').first()).toBeAttached();
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('main').evaluate((main) => main.querySelectorAll('script, img, svg, iframe, a, form, style, link, meta').length)).toBe(0);
    }
    expect(problems).toEqual([]);
  });
});

test('the workbench offers the iframe beside the script, and the iframe it gives shows that widget', async ({ page }) => {
  await openStudio(page, 'widget');
  await addFiles(page, 'widget', SAMPLE_FILE);
  await previewReady(page, 'widget');
  await panel(page, 'widget').getByRole('radio', { name: 'English' }).check();
  await expect.poll(() => iframeSnippetOf(page)).toContain('lang=en');
  const snippet = await iframeSnippetOf(page);
  expect(snippet).toMatch(/^<iframe src="[^"]*embed\.html\?src=[^"]*" title="支援情報ナビ" width="100%" height="640" loading="lazy"><\/iframe>\n$/);
  // The same iframe on a page of the site, with the files where the snippet says (here: dist/).
  const src = /src="([^"]*)"/.exec(snippet)?.[1]?.replace(/&amp;/g, '&') ?? '';
  const url = new URL(src, page.url());
  url.pathname = '/embed.html';
  url.searchParams.set('src', './demo/data/sample.csv');
  await page.goto('/demo/');
  await page.setContent(snippet.replace(/src="[^"]*"/, `src="${url.href.replace(/&/g, '&amp;')}"`));
  await expect(page.frameLocator('iframe').locator('shien-navi [part~="choice"]', { hasText: 'Money' }).first()).toBeVisible();
});
