import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hostileCsv, hostileFlow } from '../fixtures/hostile/corpus.mjs';
import { addFiles, axeViolations, openStudio, panel, preview, previewReady, previewWidget, snippetOf, tab } from './studio-helpers.js';

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

test.describe('workbench: set up my widget', () => {
  test('picking a colour changes the preview and the snippet; an unreadable one is flagged with a readable shade', async ({ page }) => {
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
      expect(inPreview.choices.map((choice) => choice.split('\n')[0])).toEqual(['いま すぐ たすけが ほしい', 'おかねの こと', 'こころと からだの こと', 'かぞくの こと']);
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
