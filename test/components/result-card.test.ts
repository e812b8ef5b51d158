import { expect, fixture, html } from '@open-wc/testing';
import axe from 'axe-core';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import { contactText } from '../../src/components/contact-actions/contact-text.js';
import type { ShienNaviResultCard } from '../../src/components/result-card/result-card.js';
import { MESSAGES } from '../../src/i18n/messages.js';
import { parseCsv } from '../../src/data/parse.js';
import type { ServiceRecord } from '../../src/data/record.js';
import type { ShienNavi } from '../../src/components/shien-navi/shien-navi.js';
import { longWordCsv, lookalikeCsv } from '../fixtures/hostile/corpus.mjs';
import { cardTitle, cards, choose, deepQueryAll, readyNavi, makeNavi, rendered, text, typeQuery } from './helpers.js';
import './engine-exclusions.js';

// The card a person acts from, with every field the data can give, on the narrowest phones.

const EVERY_FIELD = '/test/fixtures/layouts/every-field.csv';
const DISASTER = '/test/fixtures/layouts/disaster-list.csv';

async function recordsOf(url: string): Promise<ServiceRecord[]> {
  return parseCsv(await (await fetch(url)).text(), { today: '2026-11-23' }).records;
}

async function cardFor(record: ServiceRecord): Promise<ShienNaviResultCard> {
  const card = await fixture<ShienNaviResultCard>(html`<shien-navi-result-card .record=${record}></shien-navi-result-card>`);
  await card.updateComplete;
  return card;
}

const root = (card: Element) => card.shadowRoot as ShadowRoot;
const labels = (element: Element | ShadowRoot | null | undefined) => [...(element?.querySelectorAll('.label') ?? [])].map(text);

async function open(card: ShienNaviResultCard): Promise<void> {
  root(card).querySelector<HTMLButtonElement>('.toggle')?.click();
  await card.updateComplete;
}

/** Elements of the card wider than the card, or poking out of it. */
function overflowing(card: ShienNaviResultCard): string[] {
  const article = root(card).querySelector('article') as HTMLElement;
  const box = article.getBoundingClientRect();
  const found = [...article.querySelectorAll<HTMLElement>('*')]
    .filter((element) => element.getBoundingClientRect().right > box.right + 0.5 || element.getBoundingClientRect().left < box.left - 0.5)
    .map((element) => `${element.localName}.${element.className}: ${text(element).slice(0, 30)}`);
  if (article.scrollWidth > article.clientWidth) found.push(`article scrolls sideways by ${article.scrollWidth - article.clientWidth}px`);
  return found;
}

for (const width of [320, 375]) {
  describe(`result card at ${width} px`, () => {
    before(async () => {
      await setViewport({ width, height: 700 });
    });
    after(async () => {
      await setViewport({ width: 800, height: 600 });
    });

    it('shows what a person gets without opening, and how to act once opened, in that order', async () => {
      const [record] = await recordsOf(EVERY_FIELD);
      const card = await cardFor(record as ServiceRecord);
      const benefit = root(card).querySelector('.benefit');
      expect(labels(benefit)).to.deep.equal(['受けられる支援']);
      expect([...(benefit?.querySelectorAll('.line') ?? [])].map(text)).to.include.members(['基礎支援金', '・全壊:100万円', '・大規模半壊:50万円']);
      expect(root(card).querySelector('.more')).to.equal(null);

      await open(card);
      const opened = root(card).querySelector('.more');
      expect(labels(opened)).to.deep.equal(['申し込み方法', '必要なもの', '受付日時', '申し込む窓口']);
      // 支援内容 comes before the opened part, and the opened part before who it is for.
      const order = [...root(card).querySelectorAll('.label')].map(text);
      expect(order).to.deep.equal(['受けられる支援', '申し込み方法', '必要なもの', '受付日時', '申し込む窓口', '対象', '問い合わせ']);
      expect(text(opened)).to.contain('受付は災害のあった日から13か月以内です。');
      expect(text(opened)).to.contain('平日 午前9時〜午後4時');
      expect(overflowing(card)).to.deep.equal([]);
    });

    it('keeps long multi-line cells readable: one line per line, list items hanging', async () => {
      const [record] = await recordsOf(EVERY_FIELD);
      const card = await cardFor(record as ServiceRecord);
      await open(card);
      const documents = [...root(card).querySelectorAll('.field')].find((field) => labels(field)[0] === '必要なもの');
      const lines = [...(documents?.querySelectorAll('.line') ?? [])];
      expect(lines.map(text)).to.deep.equal([
        '•罹災証明書の原本',
        '•世帯全員分の続柄が書かれた住民票',
        '•振込先の通帳の写し',
        '•（加算支援金のとき）契約書の写し',
      ]);
      expect(lines.every((line) => line.classList.contains('item'))).to.equal(true);
      // A wrapped item lines up under its words, not under the bullet.
      const item = lines[1] as HTMLElement;
      expect(getComputedStyle(item).textIndent.startsWith('-')).to.equal(true);
      const steps = [...root(card).querySelectorAll('.more .field')].find((field) => labels(field)[0] === '申し込み方法');
      expect([...(steps?.querySelectorAll('.item') ?? [])].map(text)).to.deep.equal(['①申請書に書き込む', '②必要なものをそろえる', '③申請窓口に持っていくか、郵送する']);
      expect(overflowing(card)).to.deep.equal([]);
    });

    it('gives each number its own call button, as published, with its label; never the FAX', async () => {
      const [record] = await recordsOf(EVERY_FIELD);
      const card = await cardFor(record as ServiceRecord);
      const calls = [...root(card).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
      expect(calls.map((call) => [call.getAttribute('href'), text(call)])).to.deep.equal([
        ['tel:0000000201', '代表 電話する 000-000-0201'],
        ['tel:0000000202', '夜間・休日 電話する 000-000-0202'],
      ]);
      for (const call of calls) expect(call.getBoundingClientRect().height).to.be.at.least(44);
      expect(overflowing(card)).to.deep.equal([]);
    });

    it('cuts a long 支援内容 to a few lines until the card is opened', async () => {
      const records = await recordsOf(EVERY_FIELD);
      const card = await cardFor(records[0] as ServiceRecord);
      const benefit = root(card).querySelector('.benefit') as HTMLElement;
      expect(benefit.hasAttribute('data-clamped')).to.equal(true);
      expect(benefit.scrollHeight).to.be.greaterThan(benefit.clientHeight);
      await open(card);
      expect(benefit.hasAttribute('data-clamped')).to.equal(false);
      expect(benefit.scrollHeight).to.equal(benefit.clientHeight);
    });

    it('shows a short 支援内容 whole, with no button to open an empty card', async () => {
      const records = await recordsOf(DISASTER);
      const card = await cardFor(records.find((record) => record.benefit === '5万円') as ServiceRecord);
      expect([...(root(card).querySelector('.benefit')?.querySelectorAll('.line') ?? [])].map(text)).to.deep.equal(['5万円']);
      expect(root(card).querySelector('.benefit')?.hasAttribute('data-clamped')).to.equal(false);
      await open(card);
      expect(labels(root(card).querySelector('.more'))).to.deep.equal(['申し込み方法', '必要なもの', '受付日時', '申し込む窓口']);
      expect(overflowing(card)).to.deep.equal([]);
    });
  });
}

describe('when and where to apply', () => {
  it('says when applications open while 受付開始日 is still to come, and nothing once it has come', async () => {
    const [record] = (await recordsOf(EVERY_FIELD)) as [ServiceRecord];
    expect(record.applicationStart).to.equal('2097-04-01');
    expect(text(root(await cardFor(record)).querySelector('.opens'))).to.equal('受付は2097年4月1日からです');
    for (const started of ['2020-04-01', new Date().toISOString().slice(0, 10), '']) {
      expect(root(await cardFor({ ...record, applicationStart: started })).querySelector('.opens'), started).to.equal(null);
    }
  });

  it('links to 電子申請URL to apply online, in a new tab, beside the call buttons', async () => {
    const [record] = (await recordsOf(EVERY_FIELD)) as [ServiceRecord];
    const card = await cardFor(record);
    const links = [...root(card).querySelectorAll<HTMLAnchorElement>('.actions a')].map((link) => [text(link), link.getAttribute('href'), link.target, link.rel]);
    expect(links.map(([label]) => label)).to.deep.equal(['代表 電話する 000-000-0201', '夜間・休日 電話する 000-000-0202', 'オンラインで申請する', '地図', '詳しく見る']);
    expect(links[2]).to.deep.equal(['オンラインで申請する', 'https://example.org/layouts/every-field/1/apply', '_blank', 'noopener noreferrer']);
    expect(root(await cardFor({ ...record, applyUrl: '' })).textContent).to.not.contain('オンラインで申請する');
  });

  it('says both in English and やさしい日本語', async () => {
    /** What is written on the line, without the readings over its kanji. */
    const written = (element: Element | null | undefined) => {
      const copy = element?.cloneNode(true) as Element | undefined;
      copy?.querySelectorAll('rt').forEach((reading) => reading.remove());
      return (copy?.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    for (const [lang, opens, apply] of [
      ['en', 'Applications open on April 1, 2097', 'Apply online'],
      ['ja-easy', '2097年4月1日から 申し込めます', 'インターネットで 申し込む'],
    ] as const) {
      const navi = await readyNavi(() => makeNavi({ src: EVERY_FIELD, lang }));
      await typeQuery(navi, '生活再建');
      const [card] = cards(navi) as ShienNaviResultCard[];
      expect(card, lang).to.not.equal(undefined);
      expect(written(root(card as ShienNaviResultCard).querySelector('.opens')), lang).to.equal(opens);
      expect([...root(card as ShienNaviResultCard).querySelectorAll('.actions a')].map(written), lang).to.include(apply);
      navi.remove();
    }
  });
});

describe('the hand-off to the agency (相談申込URL)', () => {
  const HANDOFF = [
    '制度名,キーワード,相談申込URL,開催日時,対象年齢',
    '【サンプル】相談窓口,相談,https://example.org/form,,',
    '【サンプル】フードバンク,フードバンク,https://example.org/food,,',
    '【サンプル】スクリプト,相談,javascript:window.__pwned=1,,',
    '【サンプル】平文,相談,http://example.org/form,,',
    '【サンプル】データ,相談,"data:text/html,<script>window.__pwned=1</script>",,',
    '【サンプル】サロン,居場所,,毎週水曜 10:00〜12:00,65歳以上',
  ].join('\n');
  const records = () => parseCsv(HANDOFF, { today: '2026-11-23' }).records;
  const request = (card: Element) => root(card).querySelector<HTMLAnchorElement>('a.request');

  it('links to the agency’s https form in a new tab, and says that its page opens', async () => {
    const card = await cardFor(records()[0] as ServiceRecord);
    const link = request(card);
    expect([text(link), link?.getAttribute('href'), link?.target, link?.rel]).to.deep.equal(['相談を申し込む', 'https://example.org/form', '_blank', 'noopener noreferrer']);
    expect(text(root(card).querySelector('.handoff'))).to.equal('相談先のページが開きます');
  });

  it('asks for food on a food bank’s card', async () => {
    expect(text(request(await cardFor(records()[1] as ServiceRecord)))).to.equal('食料の支援を申し込む');
  });

  it('renders no link for javascript:, data: or http', async () => {
    for (const record of records().slice(2, 5)) {
      const card = await cardFor(record);
      expect(request(card), record.name).to.equal(null);
      expect(root(card).querySelector('.handoff'), record.name).to.equal(null);
      expect([...root(card).querySelectorAll('a')].map((link) => link.protocol)).to.not.include.members(['javascript:', 'data:']);
    }
  });

  it('shows 開催日時 and 対象年齢, and passes axe at 375 px', async () => {
    await setViewport({ width: 375, height: 800 });
    const card = await cardFor(records()[5] as ServiceRecord);
    expect(labels(root(card))).to.include.members(['開催日時', '対象年齢']);
    expect(text(root(card))).to.contain('毎週水曜 10:00〜12:00').and.contain('65歳以上');
    const withLink = await cardFor(records()[0] as ServiceRecord);
    for (const shown of [card, withLink]) {
      const results = await axe.run(root(shown) as unknown as Element, { runOnly: ['wcag2a', 'wcag2aa', 'wcag22aa'] });
      expect(results.violations.map((violation) => violation.id)).to.deep.equal([]);
    }
  });

  it('says it in English and やさしい日本語', async () => {
    for (const [lang, words] of [
      ['en', ['Request a consultation', "opens the agency's own page", 'When it is open', 'Ages']],
      ['ja-easy', ['もうしこむ', 'ひらきます', 'ひらいている', 'なんさい']],
    ] as const) {
      const csvUrl = URL.createObjectURL(new Blob([HANDOFF], { type: 'text/csv' }));
      const navi = await readyNavi(() => makeNavi({ src: csvUrl, lang }));
      for (const query of ['相談窓口', 'サロン']) {
        await typeQuery(navi, query);
        await rendered(navi);
      }
      await typeQuery(navi, '【サンプル】');
      const shownText = cards(navi).map((card) => text(card.shadowRoot)).join(' ');
      for (const word of words) expect(shownText, `${lang}: ${word}`).to.contain(word);
      navi.remove();
      URL.revokeObjectURL(csvUrl);
    }
  });
});

describe('result card in the widget', () => {
  it('has no axe violations with every field shown and the card opened', async () => {
    await setViewport({ width: 375, height: 667 });
    const navi = await readyNavi(() => makeNavi({ src: EVERY_FIELD }));
    await typeQuery(navi, '生活再建');
    const [card] = cards(navi) as ShienNaviResultCard[];
    await open(card as ShienNaviResultCard);
    await rendered(navi);
    expect(root(card as ShienNaviResultCard).querySelector('.more')).to.not.equal(null);
    const result = await axe.run(navi, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    expect(result.passes.length).to.be.greaterThan(10);
    expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`)).to.deep.equal([]);
    navi.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('labels the new fields in English and やさしい日本語', async () => {
    for (const [lang, expected] of [
      ['en', ['What you get', 'How to apply', 'What to bring', 'When to apply', 'Where to apply']],
      ['ja-easy', ['うけられる こと', 'もうしこみかた', 'もっていく もの', 'いつ うけつけ しているか', 'もうしこむ ところ']],
    ] as const) {
      const navi = await readyNavi(() => makeNavi({ src: EVERY_FIELD, lang }));
      await typeQuery(navi, '生活再建');
      const [card] = cards(navi) as ShienNaviResultCard[];
      expect(card).to.not.equal(undefined);
      await open(card as ShienNaviResultCard);
      await rendered(navi);
      expect(labels(root(card as ShienNaviResultCard)).slice(0, 5)).to.deep.equal([...expected]);
      navi.remove();
    }
  });
});

describe('the copied contact list', () => {
  it('has each number as published with its label, and when and where to apply', async () => {
    const records = await recordsOf(DISASTER);
    const wanted = ['【サンプル】災害見舞金', '【サンプル】被災者のこころの相談'].map((name) => records.find((record) => record.name === name) as ServiceRecord);
    expect(contactText(wanted, [], MESSAGES.ja, 'ja')).to.equal(
      [
        '支援情報ナビで見つけた相談先',
        '',
        '■ 【サンプル】災害見舞金',
        '  000-000-0101',
        '  受付日時: 平日 午前9時〜午後4時',
        '  申し込む窓口: 【サンプル】災害支援金申請窓口',
        '    •第1庁舎1階',
        '    •第2庁舎2階',
        '  https://example.org/layouts/disaster/1',
        '■ 【サンプル】被災者のこころの相談',
        '  代表 000-000-0106 / 夜間・休日 000-000-0107',
        '  受付日時: 毎日 24時間（夜間・休日は電話のみ）',
        '  申し込む窓口: 【サンプル】保健所',
        '',
      ].join('\n'),
    );
  });
});

/** What pokes out of its card, or off the widget: every element of every card, the group headings, every call button. */
function offScreen(navi: ShienNavi): string[] {
  const found: string[] = [];
  const panel = (deepQueryAll(navi, '[part~="panel"]')[0] as HTMLElement).getBoundingClientRect();
  const right = Math.min(panel.right, document.documentElement.clientWidth);
  for (const card of cards(navi)) {
    found.push(...overflowing(card as ShienNaviResultCard));
    if (card.getBoundingClientRect().right > right + 0.5) found.push(`card ${cardTitle(card).slice(0, 20)} ends at ${card.getBoundingClientRect().right}px, past ${right}px`);
    for (const call of deepQueryAll<HTMLAnchorElement>(card, 'a[href^="tel:"]')) {
      const box = call.getBoundingClientRect();
      if (box.left < panel.left - 0.5 || box.right > right + 0.5) found.push(`call ${call.getAttribute('href')} at ${box.left}–${box.right}px, off ${panel.left}–${right}px`);
    }
  }
  for (const heading of deepQueryAll<HTMLElement>(navi, 'shien-navi-result-list h3')) {
    if (heading.getBoundingClientRect().right > right + 0.5 || heading.scrollWidth > heading.clientWidth) found.push(`heading ${text(heading).slice(0, 20)} is wider than the list`);
  }
  return found;
}

for (const width of [320, 375]) {
  describe(`long Latin words at ${width} px`, () => {
    let url = '';
    before(async () => {
      await setViewport({ width, height: 700 });
      url = URL.createObjectURL(new Blob([longWordCsv()], { type: 'text/csv' }));
    });
    after(async () => {
      URL.revokeObjectURL(url);
      await setViewport({ width: 800, height: 600 });
      document.querySelectorAll('shien-navi').forEach((element) => element.remove());
    });

    it('keep every card within its box and every call button on screen, at a goal and in a search', async () => {
      const navi = await readyNavi(() => makeNavi({ src: url }));
      await choose(navi, '緊急の困りごと');
      await choose(navi, '食べるものがない');
      await choose(navi, 'フードバンクを利用したい');
      expect(cards(navi)).to.have.length(2);
      const calls = cards(navi).flatMap((card) => deepQueryAll(card, 'a[href^="tel:"]').map((call) => call.getAttribute('href')));
      expect(calls).to.include.members(['tel:00000000001', 'tel:00000000002', 'tel:00000000003']);
      expect(offScreen(navi)).to.deep.equal([]);
      await typeQuery(navi, '検証');
      expect(cards(navi).length).to.be.greaterThan(0);
      expect(offScreen(navi)).to.deep.equal([]);
    });
  });
}

describe('rows imitating a crisis line', () => {
  it('say on their card that they are not that line, and honest rows say nothing', async () => {
    const records = parseCsv(lookalikeCsv(), { today: '2026-11-23' }).records;
    const notes: string[] = [];
    for (const record of records) notes.push(text(root(await cardFor(record)).querySelector('.not-crisis')).replaceAll('\u2011', '-'));
    expect(notes).to.deep.equal([
      '※ 緊急の電話「いのちの電話」（0570-783-556）とは別の窓口です。番号はデータに書かれたものです。',
      '※ 緊急の電話「よりそいホットライン」（0120-279-338）とは別の窓口です。番号はデータに書かれたものです。',
      '※ 緊急の電話「よりそいホットライン」（0120-279-338）とは別の窓口です。番号はデータに書かれたものです。',
      '',
      '',
    ]);
  });
});
