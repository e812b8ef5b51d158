import { expect, oneEvent } from '@open-wc/testing';
import type { ShienNavi } from '../../src/components/shien-navi/shien-navi.js';
import {
  SAMPLE_CSV,
  bubbles,
  cardTitle,
  cards,
  choiceLabels,
  choose,
  crisisNumbers,
  deepQueryAll,
  makeNavi,
  readyNavi,
  rendered,
  text,
  typeQuery,
  until,
} from './helpers.js';

const CATEGORIES = ['お金のこと', '仕事のこと', '緊急の困りごと', '心とからだの悩み', '家族関係のこと'];

afterEach(() => {
  document.querySelectorAll('shien-navi').forEach((element) => element.remove());
});

describe('<shien-navi> with the sample data', () => {
  let navi: ShienNavi;
  beforeEach(async () => {
    navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
  });

  it('greets, asks the first question and offers the five categories with counts', () => {
    expect(bubbles(navi)[1]).to.equal('どんなことでお困りですか？');
    expect(choiceLabels(navi)).to.deep.equal(CATEGORIES);
    const counts = deepQueryAll(navi, 'button[part~="choice"] .count').map(text);
    expect(counts).to.have.length(5);
    counts.forEach((count) => expect(count).to.match(/^\d+件$/));
    expect(navi.records).to.have.length(45);
  });

  it('walks 緊急の困りごと → 食べるものがない → フードバンク to cards from the CSV', async () => {
    await choose(navi, '緊急の困りごと');
    expect(crisisNumbers(navi)).to.deep.equal(['110', '119', '0120-279-338']);
    await choose(navi, '食べるものがない');
    const goal = oneEvent(navi, 'shien-navi-goal');
    await choose(navi, 'フードバンクを利用したい');
    expect((await goal).detail).to.deep.equal({ goal: 'emergency-foodbank', results: 2 });

    const shown = cards(navi);
    expect(shown.map((card) => cardTitle(card))).to.deep.equal([
      '【サンプル】フードバンク緊急食料支援',
      '【サンプル】さっぽろフードバンク',
    ]);
    const links = deepQueryAll<HTMLAnchorElement>(shown[0] as Element, 'a');
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      'tel:0000000004',
      'https://example.org/shien-navi/sample/8',
    ]);
    expect(bubbles(navi).filter((_, index) => index > 0)).to.include.members([
      '緊急の困りごと',
      '食べるものがない',
      'フードバンクを利用したい',
    ].map((label) => `あなたの選択：${label}`));
  });

  it('goes back one step and starts over', async () => {
    await choose(navi, '家族関係のこと');
    await choose(navi, 'ひとり親');
    expect(cards(navi).length).to.be.greaterThan(0);
    deepQueryAll<HTMLButtonElement>(navi, '[part~="nav"] button')[0]?.click();
    await rendered(navi);
    expect(choiceLabels(navi)).to.include('ひとり親');
    expect(cards(navi)).to.have.length(0);
    deepQueryAll<HTMLButtonElement>(navi, '[part~="nav"] button')[1]?.click();
    await rendered(navi);
    expect(choiceLabels(navi)).to.deep.equal(CATEGORIES);
  });

  it('moves focus to the first answer after a choice', async () => {
    await choose(navi, 'お金のこと');
    const first = deepQueryAll(navi, 'button[part~="choice"]')[0];
    expect(text(first)).to.contain('生活費が足りない');
    await until(() => first?.matches(':focus') === true, 'focus on the first answer');
  });

  it('searches 制度名 and 通称 as the person types, without putting the text in the event', async () => {
    const search = oneEvent(navi, 'shien-navi-search');
    await typeQuery(navi, 'サポステ');
    // Reported once the whole answer is in (the trouble matcher too), as it is then shown.
    const { detail } = await search;
    await rendered(navi);
    expect(detail).to.deep.equal({ results: cards(navi).length });
    expect(cardTitle(cards(navi)[0])).to.equal('【サンプル】地域若者サポートステーション');
  });

  it('offers the categories when a search finds nothing', async () => {
    await typeQuery(navi, 'zzzzqqqq');
    expect(cards(navi)).to.have.length(0);
    expect(choiceLabels(navi)).to.deep.equal(CATEGORIES);
    await choose(navi, '仕事のこと');
    expect(choiceLabels(navi)).to.include('仕事を探している');
  });
});

describe('<shien-navi> attributes', () => {
  it('offers only the listed categories, in order', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, categories: 'emergency money' }));
    expect(choiceLabels(navi)).to.deep.equal(['緊急の困りごと', 'お金のこと']);
  });

  it('opens on the start node', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, start: 'emergency' }));
    expect(choiceLabels(navi)).to.include('食べるものがない');
    expect(crisisNumbers(navi)).to.include('110');
  });

  it('filters by municipality, keeping prefecture-wide services', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, municipality: '函館市', start: 'family-single' }));
    const names = cards(navi).map((card) => cardTitle(card));
    expect(names).to.include('【サンプル】母子・父子自立支援員');
    expect(names).to.include('【サンプル】児童扶養手当');
    const byCode = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, municipality: '011002', start: 'family-single' }));
    const sapporo = cards(byCode).map((card) => cardTitle(card));
    expect(sapporo).to.not.include('【サンプル】母子・父子自立支援員');
  });
});

describe('<shien-navi> events', () => {
  /** Every `shien-navi-ready` a widget fires, by its number of records. */
  function collectReady(navi: ShienNavi): number[] {
    const seen: number[] = [];
    navi.addEventListener('shien-navi-ready', (event) => seen.push(event.detail.records));
    return seen;
  }

  it('fires shien-navi-ready exactly once for a widget without src, and once for data given later', async () => {
    const navi = makeNavi();
    const seen = collectReady(navi);
    const first = oneEvent(navi, 'shien-navi-ready');
    document.body.append(navi);
    expect((await first).detail).to.deep.equal({ records: 0, sources: [], updated: '' });
    // Data given later is a second load: its own single event, and none left over from the first.
    const second = oneEvent(navi, 'shien-navi-ready');
    navi.setAttribute('src', SAMPLE_CSV);
    await second;
    expect(seen).to.deep.equal([0, 45]);
  });

  it('fires shien-navi-ready once per load with src, and not again when nothing about the data changed', async () => {
    const navi = makeNavi({ src: SAMPLE_CSV });
    const seen = collectReady(navi);
    const loaded = oneEvent(navi, 'shien-navi-ready');
    document.body.append(navi);
    await loaded;
    navi.lang = 'en';
    navi.setAttribute('start', 'emergency');
    await rendered(navi);
    const next = oneEvent(navi, 'shien-navi-ready');
    navi.setAttribute('src', '/test/fixtures/encoding.cp932.csv');
    expect((await next).detail.records).to.equal(2);
    expect(seen).to.deep.equal([45, 2]);
  });

  it('keeps its internal events inside the widget', async () => {
    const heard: string[] = [];
    const internal = ['navi-choose', 'navi-query', 'navi-more', 'navi-municipality', 'navi-toggle'];
    const listen = (event: Event) => heard.push(event.type);
    internal.forEach((type) => document.addEventListener(type, listen));
    try {
      const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
      await choose(navi, 'お金のこと');
      await typeQuery(navi, 'zzzzqqqq');
      await choose(navi, '仕事のこと');
      expect(choiceLabels(navi)).to.include('仕事を探している');
      expect(heard).to.deep.equal([]);
    } finally {
      internal.forEach((type) => document.removeEventListener(type, listen));
    }
  });
});

describe('<shien-navi> without data', () => {
  it('shows the crisis lines in the emergency category when no CSV is given', async () => {
    const navi = await readyNavi(() => makeNavi({ start: 'emergency' }));
    expect(crisisNumbers(navi)).to.deep.equal(['110', '119', '0120-279-338']);
    await choose(navi, '死にたいほどつらい');
    expect(crisisNumbers(navi)).to.deep.equal(['0570-783-556', '0120-279-338', '119']);
  });

  it('reports a missing CSV and keeps working', async () => {
    const navi = makeNavi({ src: '/demo/data/does-not-exist.csv' });
    const error = oneEvent(navi, 'shien-navi-error');
    const ready = oneEvent(navi, 'shien-navi-ready');
    document.body.append(navi);
    const { detail } = await error;
    expect(detail.kind).to.equal('http');
    expect(detail.message).to.contain('404');
    expect((await ready).detail.records).to.equal(0);
    await rendered(navi);
    expect(text(deepQueryAll(navi, '.notice')[0])).to.contain('読み込めませんでした');
    await choose(navi, '緊急の困りごと');
    expect(crisisNumbers(navi)).to.include('110');
  });
});

describe('<shien-navi> on sensitive paths', () => {
  /** Every step and goal event the page hears, as `type detail-json`. */
  function listen(navi: ShienNavi): string[] {
    const heard: string[] = [];
    for (const type of ['shien-navi-step', 'shien-navi-goal'] as const) {
      navi.addEventListener(type, (event) => heard.push(`${type} ${JSON.stringify(event.detail)}`));
    }
    return heard;
  }

  it('sends no event naming a path about suicide or violence', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    const heard = listen(navi);
    await choose(navi, '緊急の困りごと');
    await choose(navi, '死にたいほどつらい');
    expect(cards(navi).length + crisisNumbers(navi).length).to.be.greaterThan(0);
    deepQueryAll<HTMLButtonElement>(navi, '[part~="nav"] button')[0]?.click();
    await rendered(navi);
    await choose(navi, '暴力を受けている');
    expect(heard).to.deep.equal(['shien-navi-step {"node":"emergency"}', 'shien-navi-step {"node":"emergency"}']);
  });

  it('with report-sensitive, says only that a sensitive goal was reached', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, 'report-sensitive': '' }));
    const heard = listen(navi);
    await choose(navi, '家族関係のこと');
    await choose(navi, 'DV・虐待');
    expect(heard).to.deep.equal(['shien-navi-step {"node":"family"}', 'shien-navi-goal {"goal":"sensitive"}']);
  });
});
