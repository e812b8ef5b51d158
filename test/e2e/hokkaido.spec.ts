import type { Page } from '@playwright/test';
import { expect, openWidgets, pageWith, test, widget } from './helpers.js';

// All of Hokkaido as it is published (issue 25), on a phone: the 道's own offices under a 振興局
// name reach their towns and no others, a hand-off card links only to an https form, and the
// sixth category and the loneliness phrases lead to 居場所.

const SAMPLE = '/demo/data/sample.csv';
const HANDOFF = '/test/fixtures/hokkaido/handoff.csv';
/** The 自立相談支援 office each 振興局 publishes in the sample (as in the Hokkaido data). */
const OFFICES = {
  空知: 'そらち生活サポートセンター',
  石狩: 'くらしサポートセンターとうべつ・し',
  後志: 'くらし・しごと相談処しりべし',
  胆振: '生活困窮者サポートセンターいさむ',
} as const;

const cardTexts = (page: Page) => widget(page).locator('[part~="card"]:visible').evaluateAll((cards) => cards.map((card) => card.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? ''));

test.use({ viewport: { width: 375, height: 667 } });

for (const [town, area] of [
  ['栗山町', '空知'],
  ['014290', '空知'],
  ['当別町', '石狩'],
  ['倶知安町', '後志'],
  ['苫小牧市', '胆振'],
] as const) {
  test(`${town} sees its own 振興局's office (${area}) and not another's`, async ({ page, server }) => {
    const problems = await openWidgets(page, pageWith(server, [{ src: SAMPLE, municipality: town, start: 'money-living-later' }]));
    await expect(widget(page).locator('[part~="card"]:visible').first()).toBeVisible();
    const shown = (await cardTexts(page)).join('\n');
    expect(shown).toContain(OFFICES[area]);
    for (const [other, office] of Object.entries(OFFICES)) if (other !== area) expect(shown, `${town} is not served by ${other}`).not.toContain(office);
    // The page does not scroll sideways at 375 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
  });
}

test('a town chosen by its reading in the picker is served by its 振興局', async ({ page, server }) => {
  const problems = await openWidgets(page, pageWith(server, [{ src: SAMPLE, start: 'money-living-later' }]));
  const picker = widget(page).locator('shien-navi-municipality-picker');
  await picker.locator('input').fill('くっちゃん');
  await expect(picker.locator('.area')).toHaveText(['後志総合振興局']);
  await picker.locator('.suggestions button', { hasText: '倶知安町' }).click();
  await expect(widget(page).locator('shien-navi-step .goal-heading').first()).toContainText('倶知安町');
  const shown = (await cardTexts(page)).join('\n');
  expect(shown).toContain(OFFICES.後志);
  expect(shown).not.toContain(OFFICES.空知);
  expect(problems).toEqual([]);
});

test('a hand-off card links to its https form, and a javascript:, data: or http one renders no link', async ({ page, server }) => {
  const problems = await openWidgets(page, pageWith(server, [{ src: HANDOFF }]));
  await widget(page).locator('[part~="search"]').fill('申込');
  const cards = widget(page).locator('[part~="card"]:visible');
  await expect(cards).toHaveCount(4);
  const https = cards.filter({ hasText: 'https の申込' });
  await expect(https.locator('a.request')).toHaveText('相談を申し込む');
  await expect(https.locator('a.request')).toHaveAttribute('href', 'https://example.org/shien-navi/handoff/form');
  for (const unsafe of ['javascript の申込', 'data の申込', 'http の申込']) {
    const card = cards.filter({ hasText: unsafe });
    await expect(card.locator('a[href^="tel:"]')).toHaveCount(1);
    await expect(card.locator('a.request')).toHaveCount(0);
    expect(await card.locator('a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).protocol))).toEqual(['tel:']);
  }
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(problems).toEqual([]);
});

test('the first screen offers 人とのつながり・居場所, which leads to 居場所 and keeps the crisis lines near', async ({ page, server }) => {
  const problems = await openWidgets(page, pageWith(server, [{ src: SAMPLE }]));
  const category = widget(page).locator('[part~="choice"]:visible', { hasText: '人とのつながり・居場所' });
  await expect(category).toBeVisible();
  await category.click();
  await widget(page).locator('[part~="choice"]:visible', { hasText: 'だれでも' }).click();
  await widget(page).locator('[part~="choice"]:visible', { hasText: '会って過ごしたい' }).click();
  await expect(widget(page).locator('[part~="card"]:visible', { hasText: '居場所' }).first()).toBeVisible();
  await expect(widget(page).locator('a[href="tel:0120279338"]:visible').first()).toBeVisible();
  expect(problems).toEqual([]);
});

/** The sample's 居場所 rows (居場所, サロン, 交流, たまり場, 子ども食堂, 話し相手, 傾聴, ピアサポート; サービス種別 103). */
const PLACES = ['そらち若者の居場所', 'くりやま ふれあいサロン', 'オンライン居場所 つながるひろば', 'ほっかいどう話し相手ダイヤル', '子育てひろば とまこまい', 'オホーツク ピアサポートの集い', 'いぶり子ども食堂ネットワーク'];

for (const phrase of ['話し相手がほしい', '寂しい', 'ひとりぼっち', '居場所がない']) {
  test(`「${phrase}」 finds a 居場所 in the top 3`, async ({ page, server }) => {
    const problems = await openWidgets(page, pageWith(server, [{ src: SAMPLE }]));
    await widget(page).locator('[part~="search"]').fill(phrase);
    const titles = widget(page).locator('[part~="card"]:visible h4');
    await expect(titles.first()).toBeVisible();
    // Names answer first; the trouble search's answer follows when its chunk is there: wait for it.
    const top = async () => (await titles.allTextContents()).slice(0, 3);
    await expect.poll(async () => (await top()).some((title) => PLACES.some((place) => title === `【サンプル】${place}`)), { message: 'a 居場所 among the first three cards' }).toBe(true);
    expect(problems).toEqual([]);
  });
}
