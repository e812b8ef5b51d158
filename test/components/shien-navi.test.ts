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
  settle,
  text,
  typeQuery,
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
    await settle(navi);
    expect(choiceLabels(navi)).to.include('ひとり親');
    expect(cards(navi)).to.have.length(0);
    deepQueryAll<HTMLButtonElement>(navi, '[part~="nav"] button')[1]?.click();
    await settle(navi);
    expect(choiceLabels(navi)).to.deep.equal(CATEGORIES);
  });

  it('moves focus to the first answer after a choice', async () => {
    await choose(navi, 'お金のこと');
    const focused = deepQueryAll(navi, 'button[part~="choice"]')[0];
    expect(focused?.matches(':focus')).to.equal(true);
  });

  it('searches 制度名 and 通称 as the person types, without putting the text in the event', async () => {
    const search = oneEvent(navi, 'shien-navi-search');
    await typeQuery(navi, 'サポステ');
    expect((await search).detail).to.deep.equal({ results: cards(navi).length });
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
    await settle(navi);
    expect(text(deepQueryAll(navi, '.notice')[0])).to.contain('読み込めませんでした');
    await choose(navi, '緊急の困りごと');
    expect(crisisNumbers(navi)).to.include('110');
  });
});
