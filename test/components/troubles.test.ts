import { expect, oneEvent } from '@open-wc/testing';
import axe from 'axe-core';
import type { ShienNavi } from '../../src/components/shien-navi/shien-navi.js';
import {
  SAMPLE_CSV,
  cardTitles,
  choiceLabels,
  crisisNumbers,
  deepQueryAll,
  makeNavi,
  readyNavi,
  rendered,
  searchResults,
  text,
  typeQuery,
  typeQueryNow,
  until,
} from './helpers.js';

/** WCAG 2.2 A and AA violations in one widget, readably. */
async function violations(navi: ShienNavi): Promise<string[]> {
  const result = await axe.run(navi, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  expect(result.passes.length, 'axe checked nothing').to.be.greaterThan(10);
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

/** The shortcuts into the questions a search offers, as a person reads them: "where › situation". */
const shortcuts = (navi: ShienNavi) =>
  deepQueryAll<HTMLButtonElement>(navi, 'button.shortcut').map((button) => [text(button.querySelector('.context')), text(button.querySelector('.label'))].filter(Boolean).join(' › '));
const resultsText = (navi: ShienNavi) => text(searchResults(navi)?.shadowRoot);
/** What the search shows first: crisis lines must come before anything else. */
const firstShown = (navi: ShienNavi) => searchResults(navi)?.shadowRoot?.firstElementChild?.localName;
const input = (navi: ShienNavi) => deepQueryAll<HTMLInputElement>(navi, 'input[part~="search"]')[0];
const backButton = (navi: ShienNavi) => deepQueryAll<HTMLButtonElement>(navi, 'nav[part~="nav"] button')[0];
/** The element with focus, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

afterEach(() => document.querySelectorAll('shien-navi').forEach((element) => element.remove()));

describe('search that understands troubles', () => {
  it('offers 家賃が払えない as a shortcut and lists 住居確保給付金; the shortcut lands on that goal and Back brings the search back as it was', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    await typeQuery(navi, '家賃が払えない');
    await until(() => shortcuts(navi).includes('お金のこと › 家賃が払えない'), 'the shortcut');
    await rendered(navi);
    expect(cardTitles(navi)).to.include('【サンプル】住居確保給付金');
    expect(crisisNumbers(navi)).to.deep.equal([]);
    expect(await violations(navi), 'trouble query').to.deep.equal([]);
    const before = { shortcuts: shortcuts(navi), cards: cardTitles(navi) };

    deepQueryAll<HTMLButtonElement>(navi, 'button.shortcut').find((button) => text(button).endsWith('家賃が払えない'))?.click();
    await rendered(navi);
    expect(searchResults(navi)).to.equal(undefined);
    expect(input(navi)?.value).to.equal('');
    // The goal of 家賃が払えない, with its services.
    expect(cardTitles(navi)).to.include('【サンプル】住居確保給付金');
    expect(text(deepQueryAll(navi, 'shien-navi-step')[0]?.shadowRoot)).to.not.contain('見つかりませんでした');

    backButton(navi)?.click();
    await rendered(navi);
    expect(input(navi)?.value).to.equal('家賃が払えない');
    expect({ shortcuts: shortcuts(navi), cards: cardTitles(navi) }).to.deep.equal(before);
    await until(() => focused()?.classList.contains('shortcut') === true, 'focus on the first shortcut');
    expect(text(focused())).to.contain('家賃が払えない');
  });

  it('finds the situation written in kana and in plain words too', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    await typeQuery(navi, 'やちんがはらえない');
    await until(() => shortcuts(navi).some((shortcut) => shortcut.endsWith('家賃が払えない')), 'the shortcut for a query in kana');
  });

  for (const [cry, lang] of [
    ['死にたい', 'ja'],
    ['しにたい', 'ja'],
    ['I want to die', 'en'],
  ] as const) {
    it(`shows crisis lines first for 「${cry}」 (${lang}), and never "not found"`, async () => {
      const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, lang }));
      const search = oneEvent(navi, 'shien-navi-search');
      await typeQuery(navi, cry);
      expect(firstShown(navi)).to.equal('shien-navi-crisis-lines');
      expect(crisisNumbers(navi).length).to.be.greaterThan(0);
      expect(resultsText(navi)).to.not.contain('見つかりませんでした');
      expect(resultsText(navi)).to.not.contain('Nothing found');
      // A count, and nothing of what was typed or what it matched.
      const { detail } = await search;
      expect(Object.keys(detail)).to.deep.equal(['results']);
      expect(detail.results).to.be.a('number');
      expect(await violations(navi), cry).to.deep.equal([]);
    });
  }

  it('shows crisis lines at the keystroke, before the search has loaded, without data', async () => {
    const navi = makeNavi({ lang: 'ja' });
    document.body.append(navi);
    await rendered(navi);
    // Typed before the browser was ever idle: the search itself is on its way (or here from an earlier test).
    await typeQueryNow(navi, '消えたい');
    expect(firstShown(navi)).to.equal('shien-navi-crisis-lines');
    expect(crisisNumbers(navi).length).to.be.greaterThan(0);
    await typeQuery(navi, '消えたい');
    expect(firstShown(navi)).to.equal('shien-navi-crisis-lines');
    expect(resultsText(navi)).to.not.contain('見つかりませんでした');
    expect(await violations(navi)).to.deep.equal([]);
  });

  it('shows crisis lines when the data fails to load', async () => {
    const navi = await readyNavi(() => makeNavi({ src: '/demo/data/no-such-file.csv' }));
    await typeQuery(navi, '殴られる');
    expect(firstShown(navi)).to.equal('shien-navi-crisis-lines');
    expect(crisisNumbers(navi).length).to.be.greaterThan(0);
    expect(resultsText(navi)).to.not.contain('見つかりませんでした');
    expect(await violations(navi)).to.deep.equal([]);
  });

  it('shows no crisis lines for a service name', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    await typeQuery(navi, '住居確保給付金');
    expect(crisisNumbers(navi)).to.deep.equal([]);
    expect(cardTitles(navi)[0]).to.equal('【サンプル】住居確保給付金');
  });

  it('answers nonsense kindly: not found, a line to a person with its number, and the categories', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    const search = oneEvent(navi, 'shien-navi-search');
    await typeQuery(navi, 'zqxwvjk');
    expect((await search).detail).to.deep.equal({ results: 0 });
    expect(resultsText(navi)).to.contain('見つかりませんでした');
    expect(choiceLabels(navi)).to.include.members(['お金のこと', '仕事のこと', '緊急の困りごと', '心とからだの悩み', '家族関係のこと']);
    expect(crisisNumbers(navi)).to.deep.equal(['0120-279-338']);
    expect(await violations(navi)).to.deep.equal([]);
  });
});
