import { expect, oneEvent } from '@open-wc/testing';
import { loadFuzzyMatcher } from '../../src/search/search-index.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { SAMPLE_CSV, cardTitle, cards, deepQueryAll, makeNavi, readyNavi, rendered, text, typeQuery } from './helpers.js';

afterEach(() => document.querySelectorAll('shien-navi').forEach((element) => element.remove()));

const titles = (navi: HTMLElement) => cards(navi as never).map((card) => cardTitle(card));
const summary = (navi: HTMLElement) => text(deepQueryAll(navi, 'shien-navi-result-list').flatMap((list) => deepQueryAll(list, '.summary'))[0]);

describe('search in the widget', () => {
  it('marks what matched in the name and the common name, as text', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    await typeQuery(navi, 'ﾌｰﾄﾞﾊﾞﾝｸ');
    const card = cards(navi).find((candidate) => cardTitle(candidate) === '【サンプル】フードバンク緊急食料支援');
    const marks = [...(card?.shadowRoot?.querySelectorAll('h4 mark') ?? [])].map((mark) => mark.textContent);
    expect(marks).to.deep.equal(['フードバンク']);
    expect(card?.shadowRoot?.querySelector('h4')?.childElementCount).to.equal(1);
  });

  it('counts the matches and keeps to the municipality', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, municipality: '旭川市' }));
    const search = oneEvent(navi, 'shien-navi-search');
    await typeQuery(navi, 'フードバンク');
    expect((await search).detail).to.deep.equal({ results: 1 });
    expect(titles(navi)).to.deep.equal(['【サンプル】フードバンク緊急食料支援']);
    expect(summary(navi)).to.equal('1件見つかりました');
  });

  it('finds a service despite a typo, after the exact matches', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    // Near misses need the fuzzy matcher, a chunk of its own that the widget loads once the data is in.
    expect(await loadFuzzyMatcher()).to.equal(true);
    await typeQuery(navi, '住居確保給付全');
    expect(titles(navi)[0]).to.equal('【サンプル】住居確保給付金');
  });

  it('goes back to the conversation when the search is cleared', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    await typeQuery(navi, 'サポステ');
    expect(titles(navi)[0]).to.equal('【サンプル】地域若者サポートステーション');
    await typeQuery(navi, '');
    expect(cards(navi)).to.have.length(0);
    expect(deepQueryAll(navi, 'button[part~="choice"]')).to.have.length(HOKKAIDO_FLOW.nodes.root.choices.length);
  });
});

describe('search results as the person types on', () => {
  // Cards are reused in place from one keystroke to the next: each must show its own record.
  const csv = [
    '制度名,通称,電話番号,概要',
    `【サンプル】あおば相談,みどり窓口,000-111-0001,${'あおばの相談窓口です。'.repeat(8)}`,
    `【サンプル】みどり相談,あおば窓口,000-111-0002,${'みどりの相談窓口です。'.repeat(8)}`,
  ].join('\n');
  let src = '';
  before(() => {
    src = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  });
  after(() => URL.revokeObjectURL(src));
  const shown = (navi: HTMLElement) =>
    cards(navi as never).map((card) => ({
      name: cardTitle(card),
      call: card.shadowRoot?.querySelector('a.call')?.getAttribute('href'),
      opened: card.shadowRoot?.querySelector('.toggle')?.getAttribute('aria-expanded'),
    }));

  it('shows each service with its own name and phone when the order of the results changes', async () => {
    const navi = await readyNavi(() => makeNavi({ src }));
    // A 通称 that starts with what was typed ranks before a 制度名 that holds it after 【サンプル】.
    await typeQuery(navi, 'あおば');
    expect(shown(navi).map(({ name, call }) => [name, call])).to.deep.equal([
      ['【サンプル】みどり相談', 'tel:0001110002'],
      ['【サンプル】あおば相談', 'tel:0001110001'],
    ]);
    await typeQuery(navi, 'みどり');
    expect(shown(navi).map(({ name, call }) => [name, call])).to.deep.equal([
      ['【サンプル】あおば相談', 'tel:0001110001'],
      ['【サンプル】みどり相談', 'tel:0001110002'],
    ]);
  });

  it('never shows another service opened after the next keystroke', async () => {
    const navi = await readyNavi(() => makeNavi({ src }));
    await typeQuery(navi, 'あおば');
    cards(navi)[0]?.shadowRoot?.querySelector<HTMLButtonElement>('.toggle')?.click();
    await rendered(navi);
    expect(shown(navi).map(({ name, opened }) => [name, opened])).to.deep.equal([
      ['【サンプル】みどり相談', 'true'],
      ['【サンプル】あおば相談', 'false'],
    ]);
    await typeQuery(navi, 'みどり');
    expect(shown(navi).map(({ name, opened }) => [name, opened])).to.deep.equal([
      ['【サンプル】あおば相談', 'false'],
      ['【サンプル】みどり相談', 'false'],
    ]);
    expect(deepQueryAll(navi, '.more')).to.have.length(0);
  });
});
