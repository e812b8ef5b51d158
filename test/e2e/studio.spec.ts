import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hostileCsv, hostileFlow, lookalikeCsv } from '../fixtures/hostile/corpus.mjs';
import { GENERATED_HEADER, generateRow } from '../../bench/generate-csv.mjs';
import { addFiles, appNotice, axeViolations, dropFile, openStudio, panel, preview, previewReady, previewWidget, snippetOf, tab, tabTo } from './studio-helpers.js';

// The workbench (issue 14), built: dist/studio/ served by `npm start` at /studio/.
const SAMPLE = 'demo/data/sample.csv';

/** What a person sees of a widget: its title, the answers offered (with counts), its colour and language. */
async function fingerprint(widget: Locator) {
  await expect(widget.locator('[part~="choice"]:visible').first()).toContainText(/\d/);
  return {
    heading: await widget.locator('[part~="header"] h2').innerText(),
    choices: await widget.locator('[part~="choice"]:visible').allInnerTexts(),
    bubbles: await widget.locator('[part~="bubble"]:visible').allInnerTexts(),
    headerColour: await widget.locator('[part~="header"]').evaluate((header) => getComputedStyle(header).backgroundColor),
    lang: await widget.getAttribute('lang'),
    scheme: await widget.getAttribute('scheme'),
  };
}

/** The card titles a widget shows after the person chooses `labels`. */
async function cardsAfter(widget: Locator, labels: readonly string[]): Promise<string[]> {
  for (const label of labels) await widget.locator('[part~="choice"]:visible', { hasText: label }).click();
  const titles = widget.locator('[part~="card"] h4');
  await expect(titles.first()).toBeVisible();
  // Every card written out (cards render in slices): then the list no longer changes.
  await expect.poll(async () => (await titles.allTextContents()).every((title) => title.trim() !== '')).toBe(true);
  return titles.allTextContents();
}

async function setText(page: Page, field: Locator, value: string): Promise<void> {
  await field.fill(value);
  await field.press('Enter');
  void page;
}

test.describe('workbench: check my data', () => {
  const check = (page: Page) => panel(page, 'check');

  test('a dropped Shift_JIS file is read and reported in plain words', async ({ page }) => {
    const problems = await openStudio(page, 'check');
    await dropFile(page, 'check', 'encoding.cp932.csv', readFileSync('test/fixtures/encoding.cp932.csv'));
    const source = check(page).locator('section.source').first();
    await expect(source.locator('h3')).toHaveText('✓ encoding.cp932.csv');
    await expect(source.locator('.facts')).toContainText('文字コードShift_JIS');
    await expect(source.locator('.facts')).toContainText('表示できる制度2');
    await expect(check(page).locator('.summary')).toContainText('読めない誤りはありません');
    expect(problems.errors).toEqual([]);
  });

  test('rows where a stray quote merged lines, and rows imitating a crisis line, are listed with their row', async ({ page }) => {
    const problems = await openStudio(page, 'check');
    const quoted = 'タイトル（制度名）,電話番号\n【サンプル】一,000-0000-0001\n"【サンプル】二,000-0000-0002\n【サンプル】三,000-0000-0003\n';
    await addFiles(page, 'check', { name: 'quote.csv', mimeType: 'text/csv', buffer: Buffer.from(quoted) });
    await addFiles(page, 'check', { name: 'lookalike.csv', mimeType: 'text/csv', buffer: Buffer.from(lookalikeCsv()) });
    const report = check(page);
    await expect(report.locator('section.source', { hasText: 'quote.csv' })).toContainText('3行目: 引用符（"）が閉じられていないため');
    await expect(report.locator('section[aria-labelledby="lookalikes-heading"]')).toContainText('lookalike.csv 2行目「いのちの電話」: 緊急の電話「いのちの電話」と同じ名前ですが');
    await expect(report.locator('#lookalikes-heading')).toHaveText('緊急の電話に似た行（3）');
    expect(problems.errors).toEqual([]);
  });

  test('findings say what to fix and where; goals without a service filter and sort by municipality; the report downloads', async ({ page }) => {
    await openStudio(page, 'check');
    await addFiles(page, 'check', 'test/fixtures/layouts/national-2020.csv');
    await addFiles(page, 'check', { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
    const report = check(page);
    await expect(report.locator('.summary')).toContainText('読めない誤りがあります');
    await expect(report).toContainText('3行目: 受付終了日 2026-03-31 を過ぎたので表示しません');
    await expect(report).toContainText('5行目「受付終了日」の「予算がなくなり次第」: 日付として読めません');
    await expect(report).toContainText('制度番号「000-N1」');
    await expect(report.locator('section.source', { hasText: 'empty.csv' })).toContainText('データファイルが空です');

    const gaps = report.locator('table.gaps tbody tr');
    const names = async () => (await gaps.locator('th').allInnerTexts()).map((name) => name.trim());
    await expect(gaps.first()).toBeVisible();
    const all = await names();
    expect(all[0]).toBe('絞り込みなし');
    await report.locator('#coverage-filter').fill('その他');
    await expect.poll(names).toEqual(['その他の市町村']);
    await report.locator('#coverage-filter').fill('');
    await report.locator('#coverage-sort').selectOption('gaps');
    const counts = (await gaps.locator('td').allInnerTexts()).map((text) => Number(/^(\d+):/.exec(text.trim())?.[1] ?? 0));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));

    const csv = page.waitForEvent('download');
    await report.getByRole('button', { name: 'CSV で保存' }).click();
    const csvText = readFileSync(await (await csv).path(), 'utf8');
    expect(csvText).toContain('"期限切れで表示しない行","national-2020.csv","3","","3行目: 受付終了日 2026-03-31 を過ぎたので表示しません"');
    const markdown = page.waitForEvent('download');
    await report.getByRole('button', { name: 'Markdown で保存' }).click();
    expect(readFileSync(await (await markdown).path(), 'utf8')).toMatch(/^# shien-navi データの点検\n[\s\S]*## national-2020\.csv[\s\S]*## ゴールごとの件数/);
  });

  test('a CSV at a URL is checked like a file; a site that does not let others read it is reported, not hung on', async ({ page, context }) => {
    const OPEN = 'https://opendata.example.lg.jp/seido.csv';
    const CLOSED = 'https://closed.example.lg.jp/seido.csv';
    const csv = readFileSync(SAMPLE);
    // Other sites, as the browser sees them: one allows reading from anywhere (CORS); the other
    // fails as a fetch the browser refuses does (the page cannot tell CORS from a lost network).
    await context.route(OPEN, (route) => route.fulfill({ status: 200, body: csv, headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Access-Control-Allow-Origin': '*' } }));
    await context.route(CLOSED, (route) => route.abort('failed'));
    const problems = await openStudio(page, 'check');
    const urlField = check(page).locator('shien-navi-studio-data-sources input[type="url"]');

    await setText(page, urlField, 'javascript:alert(1)');
    await expect(check(page).locator('shien-navi-studio-data-sources')).toContainText('https:// で始まる CSV の URL を入れてください。');
    await expect(check(page).locator('section.source')).toHaveCount(0);

    await setText(page, urlField, OPEN);
    const opened = check(page).locator('section.source', { hasText: OPEN });
    await expect(opened.locator('h3')).toHaveText(`✓ ${OPEN}`);
    await expect(opened.locator('.facts')).toContainText('表示できる制度52');

    await setText(page, urlField, CLOSED);
    const closed = check(page).locator('section.source', { hasText: CLOSED });
    await expect(closed).toBeVisible();
    await expect(closed.locator('h3')).toHaveText(`✗ ${CLOSED}`);
    await expect(closed).toContainText('このサイトからの読み込みを許可していません（CORS）');
    await expect(check(page).locator('.summary')).toContainText('読めない誤りがあります');
    expect(problems.errors).toEqual([]);
  });

  test('a 10,000-row file is checked in the page\'s worker, not on the page\'s own thread', async ({ page }) => {
    await openStudio(page, 'check');
    // The checker runs in a worker started with the page (nothing is fetched to start it later).
    // (Polled: on a busy machine the worker may still be starting when the page has drawn.)
    await expect.poll(() => page.workers().map((worker) => new URL(worker.url()).pathname)).toEqual([expect.stringMatching(/^\/studio\/assets\/check-worker-[\w-]+\.js$/)]);
    const csv = `\uFEFF${GENERATED_HEADER}\r\n${Array.from({ length: 10_000 }, (_, index) => generateRow(index)).join('\r\n')}\r\n`;
    await addFiles(page, 'check', { name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(check(page).locator('.checking')).toContainText('読み込んで点検しています');
    await expect(check(page).locator('section.source .facts')).toContainText('データの行10000', { timeout: 30_000 });
    await expect(check(page).locator('.checking')).not.toContainText('読み込んで点検しています');
    await expect(check(page).locator('table.gaps tbody tr').first()).toBeVisible();
  });
});

test.describe('workbench: set up my widget', () => {
  test('picking a colour changes the preview and the snippet; an unreadable one is flagged with a readable shade; the preview at both widths', async ({ page }) => {
    const problems = await openStudio(page, 'widget');
    await addFiles(page, 'widget', SAMPLE);
    await previewReady(page, 'widget');
    const widget = previewWidget(page, 'widget');
    await expect(widget.locator('[part~="header"]')).toHaveCSS('background-color', 'rgb(11, 110, 79)');

    await setText(page, panel(page, 'widget').locator('#accent'), '#7a2e8e');
    await expect(widget.locator('[part~="header"]')).toHaveCSS('background-color', 'rgb(122, 46, 142)');
    expect(await snippetOf(page)).toContain('shien-navi { --shien-navi-accent: #7a2e8e; }');
    const check = panel(page, 'widget').locator('#accent-check');
    await expect(check).toContainText('明るい配色: 見出しの文字 8.');
    await expect(check).not.toContainText('読みにくい色');

    await setText(page, panel(page, 'widget').locator('#accent'), '#f5c400');
    await expect(check).toContainText('読みにくい色');
    await expect(check.locator('.fail').first()).toContainText('1.');
    const suggestion = check.getByRole('button', { name: /近い色 #[0-9a-f]{6} にする/ });
    const shade = /#[0-9a-f]{6}/.exec((await suggestion.innerText()) ?? '')?.[0] ?? '';
    await suggestion.click();
    await expect(panel(page, 'widget').locator('#accent')).toHaveValue(shade);
    await expect(check).not.toContainText('読みにくい色');
    expect(await snippetOf(page)).toContain(`--shien-navi-accent: ${shade};`);

    // The same widget at a desktop's width and back at a phone's: the frame is that wide inside.
    const frameWidth = () => page.frameLocator('#panel-widget shien-navi-studio-preview iframe').locator('body').evaluate(() => window.innerWidth);
    await preview(page, 'widget').getByRole('button', { name: 'パソコン' }).click();
    await expect(preview(page, 'widget').getByRole('button', { name: 'パソコン' })).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(frameWidth).toBe(1024);
    await expect(widget.locator('[part~="choice"]:visible').first()).toBeVisible();
    await preview(page, 'widget').getByRole('button', { name: 'スマートフォン' }).click();
    await expect.poll(frameWidth).toBe(375);
    expect(problems.errors).toEqual([]);
  });

  test('the first question, the launcher, the dark scheme and the quick-exit page reach the preview and the snippet', async ({ page }) => {
    const problems = await openStudio(page, 'widget');
    const form = panel(page, 'widget');
    await addFiles(page, 'widget', SAMPLE);
    await previewReady(page, 'widget');

    await form.locator('#start').selectOption('money');
    await form.getByRole('radio', { name: 'いつも暗い色' }).check();
    await setText(page, form.locator('#exit-url'), 'javascript:alert(1)');
    await expect(form.locator('#exit-url-hint')).toContainText('使えない値です');
    await previewReady(page, 'widget');
    expect(await snippetOf(page)).not.toContain('javascript:');
    await setText(page, form.locator('#exit-url'), 'https://www.example.lg.jp/');
    await form.getByRole('radio', { name: '右下のボタンから開く' }).check();
    await previewReady(page, 'widget');

    const snippet = await snippetOf(page);
    for (const attribute of ['start="money"', 'mode="launcher"', 'scheme="dark"', 'exit-url="https://www.example.lg.jp/"']) expect(snippet).toContain(attribute);
    const widget = previewWidget(page, 'widget');
    await expect(widget).toHaveAttribute('mode', 'launcher');
    await expect(widget).toHaveAttribute('exit-url', 'https://www.example.lg.jp/');
    // The launcher opens on the chosen question, in the dark palette.
    await widget.locator('[part~="launcher"]').click();
    await expect(widget.locator('[part~="bubble"]:visible').last()).toContainText('お金のことで');
    await expect(widget.locator('[part~="header"]')).toHaveCSS('background-color', 'rgb(111, 211, 173)');
    expect(problems.errors).toEqual([]);
  });

  for (const variant of ['module', 'classic'] as const) {
    test(`the ${variant} snippet pasted into a fresh page gives the same widget as the preview`, async ({ page, context }) => {
      await openStudio(page, 'widget');
      const form = panel(page, 'widget');
      await addFiles(page, 'widget', SAMPLE);
      await setText(page, form.locator('shien-navi-studio-data-sources input[type="text"]'), 'https://partner.example/opendata/seido.csv');
      await setText(page, form.locator('#script-folder'), 'https://partner.example/js/');
      await setText(page, form.locator('#municipality'), '札幌市');
      await form.getByRole('checkbox', { name: '仕事のこと' }).uncheck();
      await form.getByRole('button', { name: '緊急の困りごと を上へ' }).click();
      await form.getByRole('radio', { name: 'やさしい日本語' }).check();
      await setText(page, form.locator('#heading'), 'くらしの そうだん');
      await setText(page, form.locator('#accent'), '#7a2e8e');
      if (variant === 'classic') await form.getByRole('radio', { name: /CMS 用/ }).check();
      await previewReady(page, 'widget');
      const snippet = await snippetOf(page);
      expect(snippet).toContain(variant === 'classic' ? 'https://partner.example/js/shien-navi.iife.js' : 'type="module" src="https://partner.example/js/shien-navi.js"');
      const inPreview = await fingerprint(previewWidget(page, 'widget'));
      expect(inPreview.heading).toBe('くらしの そうだん');
      expect(inPreview.choices.map((choice) => choice.split('\n')[0])).toEqual(['いま すぐ たすけが ほしい', 'おかねの こと', 'こころと からだの こと', 'かぞくの こと', 'ひとと つながりたい・いばしょ']);
      const previewCards = await cardsAfter(previewWidget(page, 'widget'), ['おかねの こと', 'やちんが はらえない']);

      // A partner's site, somewhere else: the files where the snippet says they are, and the snippet pasted as is.
      await context.route('https://partner.example/**', async (route) => {
        const { pathname } = new URL(route.request().url());
        if (pathname === '/page.html') {
          return route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>partner</title></head><body>\n${snippet}</body></html>` });
        }
        if (pathname === '/opendata/seido.csv') return route.fulfill({ contentType: 'text/csv', body: readFileSync(SAMPLE) });
        if (pathname.startsWith('/js/')) return route.fulfill({ contentType: 'text/javascript', body: readFileSync(`dist/${pathname.slice(4)}`) });
        return route.fulfill({ status: 404, body: 'not found' });
      });
      const partner = await context.newPage();
      await partner.goto('https://partner.example/page.html');
      const pasted = partner.locator('shien-navi');
      expect(await fingerprint(pasted)).toEqual(inPreview);
      expect(await cardsAfter(pasted, ['おかねの こと', 'やちんが はらえない'])).toEqual(previewCards);
    });
  }
});

test.describe('workbench: change the questions', () => {
  const editor = (page: Page) => panel(page, 'questions');
  const nodeForm = (page: Page) => editor(page).locator('shien-navi-studio-node-form');
  const treeButton = (page: Page, text: string) => editor(page).locator('shien-navi-studio-flow-tree button', { hasText: text }).first();

  test('renaming a choice shows in the preview, with per-goal counts from the data', async ({ page }) => {
    const problems = await openStudio(page, 'questions');
    await addFiles(page, 'widget', SAMPLE);
    await expect(treeButton(page, '家賃の支払いを助ける')).toContainText(/\d+ 件/);
    await nodeForm(page).locator('shien-navi-studio-localized-text').nth(1).locator('#text-ja').fill('おかねに こまっている');
    await expect(previewWidget(page, 'questions').locator('[part~="choice"]:visible').first()).toContainText('おかねに こまっている');
    await expect(treeButton(page, '「おかねに こまっている」を選ぶと')).toBeVisible();
    expect(problems.errors).toEqual([]);
  });

  test('a loop is listed as a problem linked to its node, and the preview says the widget cannot use the flow', async ({ page }) => {
    await openStudio(page, 'questions');
    await treeButton(page, 'お金のことで、いちばん近いもの').click();
    await nodeForm(page).locator('#next-0').selectOption('root');
    const listed = editor(page).locator('.problems');
    await expect(listed).toContainText('「root」から先へ進むと、また「root」に戻ってしまいます（ループ）');
    await expect(preview(page, 'questions')).toContainText('フローを使えませんでした');
    await listed.getByRole('button', { name: /「root」から先へ進むと/ }).click();
    await expect(nodeForm(page).locator('#node-heading')).toBeFocused();
    await expect(nodeForm(page).locator('#node-heading')).toHaveText('質問「root」（最初の質問）');
  });

  test('exporting and importing a flow gives the same flow', async ({ page }) => {
    await openStudio(page, 'questions');
    await nodeForm(page).locator('shien-navi-studio-localized-text').first().locator('#text-en').fill('What troubles you?');
    await editor(page).getByRole('button', { name: '質問を足す' }).click();
    await expect(nodeForm(page).locator('#node-heading')).toHaveText('質問「new-question」');
    const download = page.waitForEvent('download');
    await editor(page).getByRole('button', { name: 'JSON ファイルに書き出す' }).click();
    const exported = readFileSync(await (await download).path(), 'utf8');
    const flow = JSON.parse(exported) as { nodes: Record<string, { text: unknown }> };
    expect(flow.nodes['root']?.text).toMatchObject({ ja: 'どんなことでお困りですか？', en: 'What troubles you?' });
    expect(flow.nodes['new-question']).toBeDefined();

    await editor(page).getByRole('button', { name: '標準の流れに戻す…' }).click();
    await editor(page).getByRole('button', { name: '標準に戻す' }).click();
    await expect(nodeForm(page).locator('shien-navi-studio-localized-text').first().locator('#text-en')).toHaveValue('What are you struggling with?');
    await editor(page).locator('input[type="file"]').setInputFiles({ name: 'hokkaido.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect(appNotice(page)).toContainText('「hokkaido.json」を読み込みました');
    const again = page.waitForEvent('download');
    await editor(page).getByRole('button', { name: 'JSON ファイルに書き出す' }).click();
    expect(readFileSync(await (await again).path(), 'utf8')).toBe(exported);
  });

  test('phrases people type are edited per language, exported, and the data check stops listing the goal', async ({ page }) => {
    await openStudio(page, 'questions');
    await addFiles(page, 'widget', SAMPLE);
    // The bundled goals carry the bundled phrases into the editor.
    await treeButton(page, '家賃の支払いを助ける').click();
    await expect(nodeForm(page).locator('details.phrases summary').first()).toContainText(/このゴールにつながる言葉（\d{2,}）/);
    await treeButton(page, 'どんなことでお困りですか').click();
    await nodeForm(page).getByRole('button', { name: '選択肢を足す' }).click();
    await nodeForm(page).getByRole('button', { name: '行き先を開く' }).last().click();
    await expect(nodeForm(page).locator('#node-heading')).toHaveText('ゴール「new-goal」');
    const words = (label: string) => nodeForm(page).locator('shien-navi-studio-word-list', { hasText: label });
    await words('探す言葉').locator('input').fill('フードバンク');
    await words('探す言葉').locator('input').press('Enter');
    await tab(page, '1. データを点検する').click();
    const unphrased = panel(page, 'check').locator('section', { hasText: '困りごとの言葉（phrases）が 1 つもないゴール' });
    await expect(unphrased).toContainText('新しい選択肢');

    await tab(page, '3. 質問を変える').click();
    await words('やさしい日本語').first().locator('input').fill('ためしの ことば');
    await words('やさしい日本語').first().locator('input').press('Enter');
    await expect(words('やさしい日本語').first()).toContainText('ためしの ことば');
    await tab(page, '1. データを点検する').click();
    await expect(panel(page, 'check').locator('section', { hasText: '質問の流れ' })).not.toContainText('新しい選択肢');

    await tab(page, '3. 質問を変える').click();
    const download = page.waitForEvent('download');
    await editor(page).getByRole('button', { name: 'JSON ファイルに書き出す' }).click();
    const flow = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { nodes: Record<string, { phrases?: unknown }> };
    expect(flow.nodes['new-goal']?.phrases).toEqual({ 'ja-easy': ['ためしの ことば'] });
    expect(flow.nodes['money-rent']?.phrases).toMatchObject({ ja: expect.arrayContaining(['家賃が払えない']) });
  });

  test('a broken or hostile flow file is refused with a clear message and changes nothing', async ({ page }) => {
    await openStudio(page, 'questions');
    const firstChoice = previewWidget(page, 'questions').locator('[part~="choice"]:visible').first();
    await expect(firstChoice).toContainText('お金のこと');
    const notice = appNotice(page);
    for (const [name, text, message] of [
      ['broken.json', '{"version": 1, "start": "root", "nodes": {', 'JSON として読めません'],
      ['array.json', '["<img src=x onerror=window.__pwned=1>"]', 'フローとして読めません'],
      ['shape.json', JSON.stringify({ version: 1, start: 'a', nodes: { a: { kind: 'question', text: '<script>window.__pwned=1</script>', choices: 'x' } } }), '選択肢（choices）が一覧ではありません'],
    ] as const) {
      await editor(page).locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect(notice).toContainText(`「${name}」を読み込めませんでした。今の質問の流れは変えていません。`);
      await expect(notice).toContainText(message);
      await expect(editor(page).locator('.problems')).toContainText('直すところはありません');
      await expect(firstChoice).toContainText('お金のこと');
    }
    // A valid flow whose every text is an attack: read, and shown as text only.
    await editor(page).locator('input[type="file"]').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostileFlow())) });
    await expect(notice).toContainText('「hostile.json」を読み込みました');
    await expect(previewWidget(page, 'questions').locator('[part~="choice"]:visible').first()).toContainText('<script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.frameLocator('#panel-questions shien-navi-studio-preview iframe').locator('body').evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await editor(page).locator('shien-navi-studio-flow-tree img, shien-navi-studio-flow-tree script, shien-navi-studio-node-form img').count()).toBe(0);
  });
});

test.describe('workbench: nothing is lost', () => {
  test('an edit in progress survives a reload, until it is discarded', async ({ page }) => {
    await openStudio(page, 'widget');
    await addFiles(page, 'widget', SAMPLE);
    await setText(page, panel(page, 'widget').locator('#heading'), 'くらしの相談');
    await tab(page, '3. 質問を変える').click();
    await panel(page, 'questions').locator('shien-navi-studio-node-form shien-navi-studio-localized-text').nth(1).locator('#text-ja').fill('お金がない');
    const saved = page.locator('shien-navi-studio [data-draft="saved"]');
    await expect(saved).toContainText('このブラウザに保存しました');

    await page.reload();
    await expect(appNotice(page)).toContainText('前回の作業');
    await expect(panel(page, 'questions').locator('shien-navi-studio-flow-tree')).toContainText('「お金がない」を選ぶと');
    await tab(page, '2. ウィジェットを設定する').click();
    await expect(panel(page, 'widget').locator('#heading')).toHaveValue('くらしの相談');
    await expect(panel(page, 'widget').locator('shien-navi-studio-data-sources')).toContainText('sample.csv');
    await previewReady(page, 'widget');
    await expect(previewWidget(page, 'widget').locator('[part~="header"] h2')).toHaveText('くらしの相談');

    await page.getByRole('button', { name: '下書きを消す…' }).click();
    await page.getByRole('button', { name: 'すべて消す' }).click();
    await expect(appNotice(page)).toContainText('下書きを消しました');
    await expect(panel(page, 'widget').locator('#heading')).toHaveValue('');
    await page.reload();
    await expect(panel(page, 'widget').locator('#heading')).toHaveValue('');
    await expect(appNotice(page)).toHaveCount(0);
    await expect(panel(page, 'widget').locator('shien-navi-studio-data-sources')).not.toContainText('sample.csv');
  });
});

test.describe('workbench: privacy, safety and access', () => {
  test('works under its own strict CSP, asks no other host, and works offline once loaded', async ({ page, context, baseURL }) => {
    const requests: { url: string; afterLoad: boolean }[] = [];
    let afterLoad = false;
    page.on('request', (request) => requests.push({ url: request.url(), afterLoad }));
    const problems = await openStudio(page, 'widget');
    await previewReady(page, 'widget');
    await previewReady(page, 'questions');
    await page.waitForLoadState('networkidle');
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'; style-src 'self'");

    afterLoad = true;
    await context.setOffline(true);
    await addFiles(page, 'widget', SAMPLE);
    await previewReady(page, 'widget');
    await setText(page, panel(page, 'widget').locator('#accent'), '#7a2e8e');
    await previewReady(page, 'widget');
    const widget = previewWidget(page, 'widget');
    expect(await cardsAfter(widget, ['緊急の困りごと', '食べるものがない', 'フードバンクを利用したい'])).toContain('【サンプル】フードバンク緊急食料支援');
    await widget.locator('[part~="search"]').fill('ふーどばんく');
    await expect(widget.locator('[part~="card"]:visible h4').first()).toBeVisible();
    await tab(page, '3. 質問を変える').click();
    await panel(page, 'questions').locator('shien-navi-studio-node-form #text-en').first().fill('What is wrong?');
    await expect(page.locator('shien-navi-studio [data-draft="saved"]')).toBeVisible();

    expect(requests.filter(({ url }) => !url.startsWith(`${baseURL}/`) && !url.startsWith('blob:')).map(({ url }) => url)).toEqual([]);
    // Once loaded, the workbench reads nothing from the network: the preview's CSV worker was started
    // while the page was idle, and reads the dropped file.
    expect(requests.filter((request) => request.afterLoad && !request.url.startsWith('blob:')).map(({ url }) => url)).toEqual([]);
    expect(requests.some((request) => request.afterLoad && request.url.startsWith('blob:'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(problems.errors).toEqual([]);

    // The policy is in force: script and style written into the page are refused.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.body.append(script);
      document.body.insertAdjacentHTML('beforeend', '<p id="styled" style="color: rgb(255, 0, 0)">x</p>');
    });
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
    await expect(page.locator('#styled')).not.toHaveCSS('color', 'rgb(255, 0, 0)');
    await expect.poll(() => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations.length)).toBe(2);
  });

  test('a hostile CSV is read as text; a file that is not a CSV says why and stays out of the snippet', async ({ page }) => {
    await openStudio(page, 'widget');
    await addFiles(page, 'widget', { name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(hostileCsv()) });
    const sources = panel(page, 'widget').locator('shien-navi-studio-data-sources');
    // The hostile file is thousands of rows of attacks: reading it takes a while on a busy machine.
    await expect(sources).toContainText(/表示できる制度 \d+ 件/, { timeout: 30_000 });
    await previewReady(page, 'widget');
    const before = await snippetOf(page);
    expect(before).toContain('src="/opendata/hostile.csv"');
    await addFiles(page, 'widget', { name: 'picture.csv', mimeType: 'text/csv', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    await expect(sources).toContainText('使えません', { timeout: 30_000 });
    await expect(sources).toContainText('CSV ではない');
    expect(await snippetOf(page)).toBe(before);
    await addFiles(page, 'widget', { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.from('') });
    await expect(sources).toContainText('データファイルが空です', { timeout: 30_000 });
    expect(await snippetOf(page)).toBe(before);
    // The data check lists the hostile file's findings too, as text.
    await expect(panel(page, 'check').locator('section.source', { hasText: 'hostile.csv' })).toContainText('表示できる制度');
    expect(await panel(page, 'check').locator('shien-navi-studio-data-check').locator('img, iframe, svg, a[href^="javascript"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.frameLocator('#panel-widget shien-navi-studio-preview iframe').locator('body').evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('axe finds nothing in any state of the workbench, at 1280 and 375 px', async ({ page }) => {
    await openStudio(page, 'check');
    expect(await axeViolations(page), 'check, empty').toEqual([]);
    await addFiles(page, 'check', SAMPLE);
    await expect(panel(page, 'check').locator('.summary')).toContainText('読めない誤りはありません');
    await panel(page, 'check').locator('summary', { hasText: '列の読み方' }).click();
    expect(await axeViolations(page), 'check, with its report').toEqual([]);

    await tab(page, '2. ウィジェットを設定する').click();
    await previewReady(page, 'widget');
    await setText(page, panel(page, 'widget').locator('#accent'), '#f5c400');
    await expect(panel(page, 'widget').locator('#accent-check')).toContainText('読みにくい色');
    await setText(page, panel(page, 'widget').locator('#exit-url'), 'javascript:alert(1)');
    expect(await axeViolations(page), 'widget, contrast warning and a refused value').toEqual([]);
    await page.getByRole('button', { name: '下書きを消す…' }).click();
    expect(await axeViolations(page), 'discard asked').toEqual([]);
    await page.getByRole('button', { name: 'やめる' }).click();

    await tab(page, '3. 質問を変える').click();
    await panel(page, 'questions').locator('shien-navi-studio-flow-tree button', { hasText: '家賃の支払いを助ける' }).click();
    expect(await axeViolations(page), 'questions, a goal open').toEqual([]);
    await panel(page, 'questions').locator('shien-navi-studio-flow-tree button', { hasText: 'お金のことで' }).first().click();
    await panel(page, 'questions').locator('shien-navi-studio-node-form #next-0').selectOption('root');
    await panel(page, 'questions').locator('input[type="file"]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{') });
    await expect(appNotice(page)).toContainText('読み込めませんでした');
    expect(await axeViolations(page), 'questions, a loop and a refused import').toEqual([]);

    await page.setViewportSize({ width: 375, height: 667 });
    expect(await axeViolations(page), 'questions at 375 px').toEqual([]);
    await tab(page, '2. ウィジェットを設定する').click();
    expect(await axeViolations(page), 'widget at 375 px').toEqual([]);
    // Nothing wider than the phone's screen; each job a full-size target.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const tabs = await page.getByRole('tab').evaluateAll((found) => found.map((tab) => tab.getBoundingClientRect()).map(({ top, right, height }) => ({ top, right, height })));
    // Four jobs: two rows of two tabs, never a tall stack of four.
    expect(new Set(tabs.map((box) => box.top)).size).toBe(2);
    expect(Math.max(...tabs.map((box) => box.right))).toBeLessThanOrEqual(375);
    expect(Math.min(...tabs.map((box) => box.height))).toBeGreaterThanOrEqual(44);
    // The code to paste wraps inside its box: read and checked on a phone without scrolling sideways.
    const snippets = panel(page, 'widget').locator('shien-navi-studio-snippet-box textarea');
    expect(await snippets.count()).toBeGreaterThan(0);
    for (const box of await snippets.all()) expect(await box.evaluate((area) => area.scrollWidth - area.clientWidth)).toBeLessThanOrEqual(0);
  });

  test('usable with the keyboard alone: switch jobs, set the heading, open a node and edit it', async ({ page }) => {
    await openStudio(page, 'check');
    await tabTo(page, '1. データを点検する');
    await page.keyboard.press('ArrowRight');
    await expect(tab(page, '2. ウィジェットを設定する')).toHaveAttribute('aria-selected', 'true');
    await expect(tab(page, '2. ウィジェットを設定する')).toBeFocused();
    await tabTo(page, 'input#heading');
    await page.keyboard.type('キーボードで設定');
    await page.keyboard.press('Tab');
    await expect(previewWidget(page, 'widget').locator('[part~="header"] h2')).toHaveText('キーボードで設定');
    await tabTo(page, 'button コピーする');
    await tabTo(page, '2. ウィジェットを設定する', { backwards: true });
    await page.keyboard.press('End');
    await expect(tab(page, '4. データを書く')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowLeft');
    await expect(tab(page, '3. 質問を変える')).toHaveAttribute('aria-selected', 'true');
    await tabTo(page, 'button 「仕事のこと」を選ぶと');
    await page.keyboard.press('Enter');
    await expect(panel(page, 'questions').locator('shien-navi-studio-node-form #node-heading')).toHaveText('質問「work」');
    await tabTo(page, 'input#text-ja');
    await page.keyboard.press('End');
    await page.keyboard.type('（キーボード）');
    await expect(panel(page, 'questions').locator('shien-navi-studio-flow-tree')).toContainText('「仕事を探している（キーボード）」を選ぶと');
  });
});
