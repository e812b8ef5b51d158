import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hostileCsv } from '../fixtures/hostile/corpus.mjs';
import { addFiles, axeViolations, openStudio, panel, tab, tabTo } from './studio-helpers.js';

// Issue 27: the row form (「4. データを書く」), built: dist/studio/ served at /studio/#write.
const writer = (page: Page): Locator => panel(page, 'write').locator('shien-navi-studio-data-writer');
const field = (page: Page, label: string): Locator => writer(page).getByLabel(label, { exact: true });

/** Downloads what `click` saves, as bytes. */
async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const saving = page.waitForEvent('download');
  await click();
  return readFileSync(await (await saving).path());
}

async function fillRow(page: Page, values: Readonly<Record<string, string>>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await field(page, label).fill(value);
}

test.describe('workbench: write my data', () => {
  test('a new file written from the template in the form, exported, re-imported and checked clean', async ({ page, baseURL }) => {
    const requests: { url: string; method: string }[] = [];
    page.on('request', (request) => requests.push({ url: request.url(), method: request.method() }));
    const problems = await openStudio(page, 'write');
    const template = await download(page, () => writer(page).getByRole('button', { name: 'ひな形をダウンロード' }).click());
    expect([...template.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(template.toString('utf8').slice(1).split('\r\n')[0]).toMatch(/^No,全国地方公共団体コード,都道府県名,市区町村名,タイトル（制度名）,サブタイトル（通称）,サービス種別,/);

    await writer(page).getByRole('button', { name: 'ひな形から新しく作る' }).click();
    // The example row becomes a real (sample) row.
    await fillRow(page, { 'タイトル（制度名）': '【サンプル】くらしの相談', 'サブタイトル（通称）': '【サンプル】くらし相談', お問い合わせ先: '【サンプル】福祉課' });
    await expect(writer(page).locator('shien-navi-result-card')).toContainText('【サンプル】くらしの相談');
    await writer(page).getByRole('button', { name: 'この行を保存' }).click();
    await expect(writer(page).locator('.messages')).toContainText('2行目を保存しました');

    // A second row, written with the pickers and a date in 和暦.
    await writer(page).getByRole('button', { name: '行を足す' }).click();
    await fillRow(page, { 'タイトル（制度名）': '【サンプル】冬の灯油代の助成', 電話番号: '０００（０００）３００１' });
    // The town by name: code, 都道府県名 and 市区町村名 at once.
    await field(page, '市町村の名前から選ぶ').selectOption({ label: '旭川市 012041' });
    await expect(field(page, '全国地方公共団体コード')).toHaveValue('012041');
    await expect(field(page, '都道府県名')).toHaveValue('北海道');
    await expect(field(page, '市区町村名')).toHaveValue('旭川市');
    expect(await field(page, '市町村の名前から選ぶ').locator('option').count()).toBe(1 + 1 + 14 + 179);
    await field(page, 'サービス種別').selectOption('101');
    await field(page, '（個人対象）行政サービス分類1').selectOption('201');
    await field(page, '最終更新日').fill('令和8年11月1日');
    await expect(writer(page)).toContainText('2026-11-01 として読みます');
    // The rules as you type: a wrong check digit, then fixed.
    await field(page, '全国地方公共団体コード').fill('012042');
    await expect(writer(page).locator('.finding')).toContainText('「012042」は最後の桁（検査数字）が合いません。「012041」ではありませんか');
    await writer(page).getByRole('button', { name: 'この形に直す' }).click();
    await expect(field(page, '全国地方公共団体コード')).toHaveValue('012041');
    await expect(writer(page).locator('.editor .finding')).toHaveCount(0);
    // A code that is another town's, by the Hokkaido table.
    await field(page, '市区町村名').fill('札幌市');
    await expect(writer(page).locator('.finding')).toContainText('「012041」は旭川市のコードで、市区町村名「札幌市」のコードではありません');
    await field(page, '市区町村名').fill('旭川市');
    await expect(writer(page).locator('.editor .finding')).toHaveCount(0);
    await writer(page).getByRole('button', { name: 'この行を保存' }).click();
    await expect(writer(page).locator('.messages')).toContainText('3行目を保存しました');

    const exported = await download(page, () => writer(page).getByRole('button', { name: 'CSV を書き出す' }).click());
    expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = exported.toString('utf8');
    // The phone as typed, the 和暦 date as typed.
    expect(text).toContain(',０００（０００）３００１,');
    expect(text).toContain(',令和8年11月1日');
    expect(text).not.toContain('【記入例】');

    await tab(page, '1. データを点検する').click();
    await addFiles(page, 'check', { name: 'kaita.csv', mimeType: 'text/csv', buffer: exported });
    const report = panel(page, 'check');
    await expect(report.locator('.summary')).toContainText('読めない誤りはありません');
    await expect(report.locator('.summary')).toContainText('表示できる制度 2 件');
    for (const kind of ['誤り 0 件', '注意 0 件', 'お知らせ 0 件']) await expect(report.locator('.summary .kinds')).toContainText(kind);
    await expect(report.locator('section.rule')).toHaveCount(0);
    expect(problems.errors).toEqual([]);
    // Nothing left the browser: the page's own files only, fetched, never posted.
    for (const request of requests) {
      expect(['blob:', new URL(baseURL ?? '').origin]).toContain(request.url.startsWith('blob:') ? 'blob:' : new URL(request.url).origin);
      expect(request.method).toBe('GET');
    }
    // All of it under the workbench's strict CSP, the widget's own card included.
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });

  test('the checker’s template findings show in the data check with their kind and rule', async ({ page }) => {
    await openStudio(page, 'check');
    await addFiles(page, 'check', 'test/fixtures/template-rules.csv');
    const report = panel(page, 'check');
    await expect(report.locator('section.rule[data-rule="code-check-digit"]')).toContainText('誤り');
    await expect(report.locator('section.rule[data-rule="code-check-digit"]')).toContainText('4行目「全国地方公共団体コード」（2列目）: 「011003」は最後の桁（検査数字）が合いません');
    await expect(report.locator('section.rule[data-rule="half-width-kana"]')).toContainText('注意');
    await expect(report.locator('section.rule[data-rule="stale"]')).toContainText('お知らせ');
    await expect(report.locator('section.rule[data-rule="stale"]')).toContainText('情報が古いかもしれません（最終更新日 2020-04-01');
    await expect(report.locator('section.rule[data-rule="no-contact"]')).toContainText('6行目: 連絡先がありません');
    await expect(report.locator('section.rule[data-rule="code-name"]')).toContainText('「012041」は旭川市のコードで、市区町村名「札幌市」のコードではありません');
    // The summary counts them with the other places to fix: 6 errors, 5 warnings, 1 notice.
    await expect(report.locator('.summary')).toContainText('直すとよいところ 12 か所');
  });

  test('a row that cannot be saved says why and loses nothing, across a reload', async ({ page }) => {
    await openStudio(page, 'write');
    await writer(page).getByRole('button', { name: 'ひな形から新しく作る' }).click();
    await writer(page).getByRole('button', { name: '行を足す' }).click();
    await fillRow(page, { 概要: '【サンプル】名前をまだ決めていない制度', 電話番号: '000-000-0009' });
    await writer(page).getByRole('button', { name: 'この行を保存' }).click();
    await expect(writer(page).locator('.messages')).toContainText('保存できません: 制度名が空です');
    await expect(field(page, '概要')).toHaveValue('【サンプル】名前をまだ決めていない制度');
    await expect(page.locator('shien-navi-studio [data-draft="saved"]')).toBeVisible();

    await page.reload();
    await expect(field(page, '概要')).toHaveValue('【サンプル】名前をまだ決めていない制度');
    await expect(field(page, '電話番号')).toHaveValue('000-000-0009');
    await field(page, 'タイトル（制度名）').fill('【サンプル】あとから名前をつけた制度');
    await writer(page).getByRole('button', { name: 'この行を保存' }).click();
    await expect(writer(page).locator('.messages')).toContainText('3行目を保存しました');
    await expect(writer(page).locator('.rows')).toContainText('【サンプル】あとから名前をつけた制度');

    // Duplicate and delete.
    await writer(page).getByRole('button', { name: 'この行を複製' }).click();
    await expect(writer(page).locator('.rows li')).toHaveCount(3);
    await writer(page).getByRole('button', { name: 'この行を削除…' }).click();
    await writer(page).getByRole('button', { name: '本当に削除する' }).click();
    await expect(writer(page).locator('.rows li')).toHaveCount(2);
  });

  test('a Shift_JIS file opened and exported unchanged comes back byte for byte; characters Shift_JIS lacks are named', async ({ page }) => {
    await openStudio(page, 'write');
    const original = readFileSync('test/fixtures/encoding.cp932.csv');
    await writer(page).locator('input[type="file"]').setInputFiles({ name: 'sjis.csv', mimeType: 'text/csv', buffer: original });
    await expect(writer(page).locator('.messages')).toContainText('sjis.csv を開きました');
    await expect(writer(page).locator('#export-encoding')).toHaveValue('shift_jis');
    const exported = await download(page, () => writer(page).getByRole('button', { name: 'CSV を書き出す' }).click());
    expect(exported.equals(original)).toBe(true);

    await writer(page).locator('.rows button').first().click();
    await field(page, 'サブタイトル（通称）').fill('𠮷野の相談');
    await writer(page).getByRole('button', { name: 'この行を保存' }).click();
    await writer(page).getByRole('button', { name: 'CSV を書き出す' }).click();
    await expect(writer(page).locator('.messages')).toContainText('Shift_JIS にない文字があるため、書き出しませんでした: 𠮷');
    await writer(page).locator('#export-encoding').selectOption('utf-8-bom');
    const utf8 = await download(page, () => writer(page).getByRole('button', { name: 'CSV を書き出す' }).click());
    expect(utf8.toString('utf8')).toContain('𠮷野の相談');
  });

  test('a hostile CSV opens as text, with cells of 10,000 characters and control characters', async ({ page }) => {
    const problems = await openStudio(page, 'write');
    const long = 'あ'.repeat(10_000);
    await writer(page).locator('input[type="file"]').setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(hostileCsv()) });
    await expect(writer(page).locator('.messages')).toContainText('hostile.csv を開きました', { timeout: 30_000 });
    await writer(page).locator('.rows button').first().click();
    await field(page, 'タイトル（制度名）').fill(`\u001b[31m${long}\u0007`);
    // A 10,000-character cell is checked on each keystroke: give a busy machine time.
    await expect(writer(page).locator('.editor')).toContainText('制度名が 10006 文字です', { timeout: 20_000 });
    // The control characters are spelled out, never written into the page as they are.
    await expect(writer(page).locator('.editor')).toContainText('（「\\x1b[31mあ');
    expect(await writer(page).locator('img, iframe, svg, a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // A one-column file opens too, and says what it lacks.
    await writer(page).locator('input[type="file"]').setInputFiles({ name: 'one.csv', mimeType: 'text/csv', buffer: Buffer.from('メモ\nなにか\n') });
    await expect(writer(page)).toContainText('必須の列「制度名」がありません');
    // A JSON file is refused, saying why.
    await writer(page).locator('input[type="file"]').setInputFiles({ name: 'flow.csv', mimeType: 'text/csv', buffer: Buffer.from('{"version": 1, "nodes": {}}') });
    await expect(writer(page).locator('.messages')).toContainText('CSV ではなく JSON');
    // 50,000 rows: listed fifty at a time, found by name.
    const rows = Array.from({ length: 50_000 }, (_, index) => `011002,北海道,札幌市,【サンプル】制度${index},101,000-000-${String(index % 10_000).padStart(4, '0')}`);
    await writer(page).locator('input[type="file"]').setInputFiles({
      name: 'big.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`全国地方公共団体コード,都道府県名,市区町村名,制度名,サービス種別,電話番号\r\n${rows.join('\r\n')}\r\n`),
    });
    await expect(writer(page).locator('.messages')).toContainText('big.csv を開きました（50000 行）', { timeout: 30_000 });
    await expect(writer(page)).toContainText('ほかに 49950 行あります');
    await writer(page).locator('#row-filter').fill('【サンプル】制度49999');
    await expect(writer(page).locator('.rows li')).toHaveCount(1);
    await writer(page).locator('.rows button').click();
    await expect(field(page, '制度名')).toHaveValue('【サンプル】制度49999');
    expect(problems.errors).toEqual([]);
  });

  test('keyboard alone: start from the template, fix a cell, save; axe finds nothing at 1280 and 375 px', async ({ page }) => {
    await openStudio(page, 'write');
    await tabTo(page, 'ひな形から新しく作る');
    await page.keyboard.press('Enter');
    await tabTo(page, '#cell-4');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('【サンプル】ｶﾅの名前');
    await expect(writer(page).locator('.editor .finding')).toContainText('全角で「【サンプル】カナの名前」');
    await tabTo(page, 'この形に直す');
    await page.keyboard.press('Enter');
    await expect(field(page, 'タイトル（制度名）')).toHaveValue('【サンプル】カナの名前');
    await tabTo(page, 'この行を保存');
    await page.keyboard.press('Enter');
    await expect(writer(page).locator('.messages')).toContainText('2行目を保存しました');

    await field(page, '全国地方公共団体コード').fill('011003');
    expect(await axeViolations(page), 'write, a finding open at 1280').toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await axeViolations(page), 'write at 375').toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
