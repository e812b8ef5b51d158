import type { Page } from '@playwright/test';
import { HOSTILE_COLUMNS, HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';
import { choices, expect, openWidgets, pageWith, test, whenReady, widget } from './helpers.js';

// The injection corpus in every CSV column and every flow text field, rendered by the built
// widget: no script may run, no link may carry a scheme other than https, http, tel or mailto,
// no markup from the data may become an element, and no bidi control may reach the screen.

interface Audit {
  pwned: unknown;
  unsafeUrls: string[];
  handlers: string[];
  injectedElements: string[];
  bidiTexts: number;
  overflowPx: number;
  cards: number;
}

/** Looks through the page and every shadow root for anything the data must not have caused. */
function auditPage(): Audit {
  const SAFE = new Set(['https:', 'http:', 'tel:', 'mailto:']);
  const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'background', 'ping']);
  const FORBIDDEN = new Set(['script', 'iframe', 'object', 'embed', 'form', 'meta', 'link', 'base', 'img', 'frame', 'style']);
  const audit: Audit = { pwned: (window as unknown as { __pwned?: unknown }).__pwned, unsafeUrls: [], handlers: [], injectedElements: [], bidiTexts: 0, overflowPx: 0, cards: 0 };
  const walk = (root: Document | ShadowRoot, inWidget: boolean): void => {
    for (const element of root.querySelectorAll('*')) {
      const widgetPart = inWidget || element.localName.startsWith('shien-navi');
      if (widgetPart && FORBIDDEN.has(element.localName)) audit.injectedElements.push(element.outerHTML.slice(0, 80));
      if (element.getAttribute('part')?.split(' ').includes('card')) audit.cards += 1;
      for (const { name, value } of element.attributes) {
        if (name.startsWith('on')) audit.handlers.push(`${element.localName}[${name}]`);
        if (!URL_ATTRIBUTES.has(name)) continue;
        let protocol = 'unparsable:';
        try {
          protocol = new URL(value, location.href).protocol;
        } catch {
          /* reported below */
        }
        if (!SAFE.has(protocol)) audit.unsafeUrls.push(`${element.localName}[${name}=${value.slice(0, 60)}]`);
      }
      if (element.shadowRoot) {
        const walker = document.createTreeWalker(element.shadowRoot, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) if (/[\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/.test(node.nodeValue ?? '')) audit.bidiTexts += 1;
        walk(element.shadowRoot, true);
      }
    }
  };
  walk(document, false);
  audit.overflowPx = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  return audit;
}

async function expectClean(page: Page, where: string): Promise<Audit> {
  const audit = await page.evaluate(auditPage);
  expect.soft(audit.pwned, `${where}: injected script ran`).toBeUndefined();
  expect.soft(audit.unsafeUrls, `${where}: unsafe URLs`).toEqual([]);
  expect.soft(audit.handlers, `${where}: event-handler attributes`).toEqual([]);
  expect.soft(audit.injectedElements, `${where}: elements from the data`).toEqual([]);
  expect.soft(audit.bidiTexts, `${where}: text with bidi controls or zero-width characters`).toBe(0);
  expect.soft(audit.overflowPx, `${where}: the page scrolls sideways`).toBeLessThanOrEqual(0);
  return audit;
}

test.describe('hostile data: the injection corpus in every CSV column', () => {
  test.use({ viewport: { width: 375, height: 667 } });

  test(`${HOSTILE_STRINGS.length} payloads × ${HOSTILE_COLUMNS.length} columns through the bundled flow and search`, async ({ page, server }) => {
    test.setTimeout(300_000);
    const problems = await openWidgets(page, pageWith(server, [{ src: '/data/hostile.csv', heading: HOSTILE_STRINGS[1] ?? '', 'exit-url': 'javascript:window.__pwned=1' }]));
    expect((await whenReady(page)).records).toBeGreaterThan(HOSTILE_STRINGS.length * (HOSTILE_COLUMNS.length - 4));
    await expectClean(page, 'start');
    const box = widget(page).locator('[part~="search"]');
    for (const query of ['検証', '<script>', 'javascript', 'onerror', 'あああ', 'WWW', '\u202Eexe']) {
      await box.fill(query);
      await expect(widget(page).locator('[part~="card"]:visible').first()).toBeVisible();
      // Every page of results, each card opened.
      for (let more = widget(page).locator('button:visible', { hasText: 'さらに' }); (await more.count()) > 0; ) await more.first().click();
      await page.evaluate(() => document.querySelector('shien-navi')?.shadowRoot && expandAll());
      const audit = await expectClean(page, `search ${JSON.stringify(query)}`);
      expect(audit.cards).toBeGreaterThan(0);
      if (query === '検証') {
        // The opened cards show the fields of every layout (支援内容 … 申請窓口) and labelled call buttons, as text.
        const shown = await widget(page).locator('[part~="card"]').evaluateAll((cards) => cards.map((card) => card.shadowRoot?.textContent ?? ''));
        const fields = ['検証の支援内容', '•検証の書類', '平日 9時〜17時', '検証の備考', '検証の窓口', '夜間 電話する 000-0000-0000'];
        expect(shown.filter((text) => fields.every((field) => text.replace(/\s+/g, ' ').includes(field))).length).toBeGreaterThan(HOSTILE_STRINGS.length);
      }
    }
    expect(problems).toEqual([]);
  });
});

/** What a goal says about its services, in each language. */
const GOAL_TEXT = { ja: /件の相談先・制度があります|当てはまる情報が見つかりませんでした/, 'ja-easy': /こ あります|ちいきでは/, en: /\d+ services?|No matching service/ } as const;

test.describe('hostile flow: the corpus in every text field of a flow, over the hostile CSV', () => {
  for (const [lang, viewport] of [
    ['ja', { width: 375, height: 667 }],
    ['ja-easy', { width: 1280, height: 800 }],
    ['en', { width: 375, height: 667 }],
  ] as const) {
    test(`every question, message, choice and goal, lang=${lang} at ${viewport.width}px`, async ({ page, server }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(viewport);
      const problems = await openWidgets(page, pageWith(server, [{ src: '/data/hostile.csv', flow: '/flows/hostile.json', lang }]));
      await expect(choices(page)).toHaveCount(HOSTILE_STRINGS.length);
      await expectClean(page, 'first question');
      const indices = lang === 'ja' ? HOSTILE_STRINGS.map((_, index) => index) : [0, 1, 6, 28, 37, 42];
      for (const index of indices) {
        await choices(page).nth(index).click();
        await expect(choices(page)).toHaveCount(2);
        await choices(page).nth(index % 2).click();
        // At a goal: its services (or the plain "nothing here" note) instead of choices.
        await expect(choices(page)).toHaveCount(0);
        await expect(widget(page).getByText(GOAL_TEXT[lang]).first()).toBeVisible();
        await page.evaluate(() => expandAll());
        await expectClean(page, `path ${index}`);
        await widget(page).locator('[part~="nav"] button').last().click();
        await expect(choices(page)).toHaveCount(HOSTILE_STRINGS.length);
      }
      expect(problems).toEqual([]);
    });
  }

  test('the quick exit leaves only for an http(s) page, whatever exit-url says', async ({ page, server }) => {
    const problems = await openWidgets(page, pageWith(server, [{ src: '/data/hostile.csv', flow: '/flows/hostile.json', 'exit-url': 'javascript:window.__pwned=1' }]));
    await page.evaluate(() =>
      document.addEventListener('shien-navi-exit', (event) => {
        event.preventDefault();
        (window as unknown as { exitUrl: string }).exitUrl = (event as CustomEvent<{ url: string }>).detail.url;
      }),
    );
    await choices(page).nth(0).click();
    await choices(page).nth(1).click();
    await widget(page).locator('shien-navi-quick-exit button').click();
    expect(await page.evaluate(() => (window as unknown as { exitUrl: string }).exitUrl)).toBe('https://www.google.com/');
    await expectClean(page, 'after quick exit');
    expect(problems).toEqual([]);
  });
});

test.beforeEach(async ({ page }) => {
  // Opens every collapsed card, so the full 概要 and contacts are rendered too.
  await page.addInitScript(() => {
    (window as unknown as { expandAll: () => void }).expandAll = () => {
      const visit = (root: Document | ShadowRoot): void => {
        for (const element of root.querySelectorAll('*')) {
          if (element.localName === 'button' && element.getAttribute('aria-expanded') === 'false') (element as HTMLButtonElement).click();
          if (element.shadowRoot) visit(element.shadowRoot);
        }
      };
      visit(document);
    };
  });
});

declare global {
  function expandAll(): void;
}

test.describe('hostile data: what broke when a publisher attacked (#24)', () => {
  test('a row bomb is refused with kind parse and the count, and the crisis lines stay', async ({ page, server }) => {
    const problems = await openWidgets(page, pageWith(server, [{ src: '/data/row-bomb.csv' }]));
    const outcome = await whenReady(page);
    expect(outcome.records).toBe(0);
    expect(outcome.errors).toEqual([{ kind: 'parse', message: 'データの行が多すぎます（200,000 行まで読み込めます。200,001 行目で読むのをやめました）: /data/row-bomb.csv' }]);
    await choices(page).filter({ hasText: '緊急の困りごと' }).click();
    await expect(widget(page).locator('a[href="tel:110"]')).toBeVisible();
    expect(problems).toEqual([]);
  });

  for (const width of [320, 375]) {
    test(`long Latin words wrap at ${width} px: every card within the screen, every call button on it`, async ({ page, server }) => {
      await page.setViewportSize({ width, height: 800 });
      const problems = await openWidgets(page, pageWith(server, [{ src: '/data/long-words.csv' }]));
      await whenReady(page);
      for (const label of ['緊急の困りごと', '食べるものがない', 'フードバンクを利用したい']) await choices(page).filter({ hasText: label }).click();
      const cards = widget(page).locator('[part~="card"]:visible');
      await expect(cards).toHaveCount(2);
      const calls = widget(page).locator('[part~="card"]:visible a[href^="tel:"]');
      await expect(calls).toHaveCount(3);
      for (const element of [...(await cards.all()), ...(await calls.all())]) {
        const box = await element.boundingBox();
        expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
        expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(width);
      }
      await expectClean(page, `long words at ${width} px`);
      expect(problems).toEqual([]);
    });
  }

  test('a row imitating a crisis line says it is not that line', async ({ page, server }) => {
    await openWidgets(page, pageWith(server, [{ src: '/data/lookalike.csv' }]));
    await whenReady(page);
    await widget(page).locator('[part~="search"]').fill('検証');
    const card = widget(page).locator('[part~="card"]:visible', { has: page.locator('h4', { hasText: /^いのちの電話$/ }) });
    await expect(card.locator('.not-crisis')).toHaveText('※ 緊急の電話「いのちの電話」（0570‑783‑556）とは別の窓口です。番号はデータに書かれたものです。');
    await expect(card.locator('a[href^="tel:"]')).toHaveAttribute('href', 'tel:00000000666');
  });

  for (const [name, flow, code] of [
    ['__proto__ ids', '/flows/proto.json', 'reserved-id'],
    ['nested 100,000 levels deep', '/flows/deep.json', 'too-deep'],
  ] as const) {
    test(`a flow with ${name} is refused with a flow error, and the bundled flow runs`, async ({ page, server }) => {
      await page.addInitScript(() => {
        const seen: unknown[] = [];
        (window as unknown as { flowProblems: unknown[] }).flowProblems = seen;
        document.addEventListener('shien-navi-error', (event) => seen.push(...((event as CustomEvent<{ problems?: { code: string }[] }>).detail.problems ?? []).map((problem) => problem.code)), true);
      });
      const problems = await openWidgets(page, pageWith(server, [{ src: '/data/hostile.csv', flow }]));
      await expect(choices(page).filter({ hasText: '緊急の困りごと' })).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { flowProblems: unknown[] }).flowProblems)).toContain(code);
      expect(({} as Record<string, unknown>)['kind']).toBeUndefined();
      expect(await page.evaluate(() => ({} as Record<string, unknown>)['kind'])).toBeUndefined();
      expect(problems).toEqual([]);
    });
  }
});
