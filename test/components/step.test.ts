import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import axe from 'axe-core';
import type { ShienNavi } from '../../src/components/shien-navi/shien-navi.js';
import type { Flow } from '../../src/engine/flow.js';
import './engine-exclusions.js';
import { cardTitle, cardTitles, cards, choiceButtons, choose, deepQueryAll, makeNavi, readyNavi, rendered, text, until } from './helpers.js';

/** A goal that every row matches: 45 services, more than two pages of cards. */
const TOTAL = 45;
const csv = [
  '制度名,電話番号,お困りごと',
  ...Array.from({ length: TOTAL }, (_, index) => `【サンプル】相談${index + 1},000-333-${String(index + 1).padStart(4, '0')},お金`),
].join('\n');
const FLOW = {
  version: 1,
  id: 'long-goal',
  start: 'start',
  nodes: {
    start: { kind: 'question', text: { ja: 'どれにしますか。', en: 'Which one?' }, choices: [{ label: { ja: 'すべて', en: 'All' }, next: 'all' }] },
    all: { kind: 'goal', text: { ja: 'すべての相談先です。', en: 'Every service.' }, query: { troubles: ['お金'] } },
  },
} as unknown as Flow;

let src = '';
before(() => {
  src = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
});
after(() => URL.revokeObjectURL(src));
afterEach(async () => {
  document.querySelectorAll('shien-navi').forEach((element) => element.remove());
  await setViewport({ width: 800, height: 600 });
});

async function longGoalNavi(attributes: Record<string, string> = {}): Promise<ShienNavi> {
  const navi = await readyNavi(() => {
    const created = makeNavi({ src, ...attributes });
    created.flow = FLOW;
    return created;
  });
  await until(() => choiceButtons(navi).some((button) => button.querySelector('.count') !== null), 'the answer with its count');
  return navi;
}

/** The element that has focus, looking through shadow roots. */
function focused(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

const moreButton = (navi: ShienNavi) =>
  deepQueryAll(navi, 'shien-navi-result-list').flatMap((list) => [...(list.shadowRoot?.querySelectorAll<HTMLButtonElement>('button.more') ?? [])])[0];
const liveRegion = (navi: ShienNavi) => text(navi.shadowRoot?.querySelector('[aria-live="polite"]'));
const titleOf = (index: number) => `【サンプル】相談${index}`;

describe('a goal with more services than a page', () => {
  it('shows the first page, says the total, and adds the rest on demand from the keyboard, focus on the first new card', async () => {
    const navi = await longGoalNavi();
    await choose(navi, 'すべて');
    expect(cardTitles(navi)).to.deep.equal(Array.from({ length: 20 }, (_, index) => titleOf(index + 1)));
    // Heading and announcement count every service, not the cards on screen.
    expect(text(deepQueryAll(navi, 'shien-navi-result-list')[0]?.shadowRoot?.querySelector('.summary'))).to.equal('45件の相談先・制度があります');
    await until(() => liveRegion(navi) !== '', 'the announcement');
    expect(liveRegion(navi)).to.equal('すべての相談先です。 45件の相談先・制度があります');
    expect(text(moreButton(navi))).to.equal('さらに 20 件を見る（残り 25 件）');

    // From the last card's call link, Tab reaches the button; Enter adds a page.
    const lastCall = cards(navi)[19]?.shadowRoot?.querySelector<HTMLElement>('a.call');
    lastCall?.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(moreButton(navi));
    await sendKeys({ press: 'Enter' });
    await rendered(navi);
    expect(cardTitles(navi)).to.have.length(40);
    expect(cardTitle(focused()?.querySelector('shien-navi-result-card') ?? undefined)).to.equal(titleOf(21));
    // Tab goes on inside that card.
    await sendKeys({ press: 'Tab' });
    expect(focused()?.getAttribute('href')).to.equal('tel:0003330021');
    expect(text(moreButton(navi))).to.equal('さらに 5 件を見る（残り 5 件）');

    // The last page: the button goes, and focus is on its first card, not lost to the page.
    moreButton(navi)?.focus();
    await sendKeys({ press: 'Enter' });
    await rendered(navi);
    expect(cardTitles(navi)).to.deep.equal(Array.from({ length: TOTAL }, (_, index) => titleOf(index + 1)));
    expect(moreButton(navi)).to.equal(undefined);
    expect(cardTitle(focused()?.querySelector('shien-navi-result-card') ?? undefined)).to.equal(titleOf(41));
  });

  it('starts again at the first page after Back', async () => {
    const navi = await longGoalNavi();
    await choose(navi, 'すべて');
    moreButton(navi)?.click();
    await rendered(navi);
    expect(cards(navi)).to.have.length(40);
    deepQueryAll<HTMLButtonElement>(navi, '[part~="nav"] button')
      .find((button) => text(button) === '戻る')
      ?.click();
    await rendered(navi);
    expect(cards(navi)).to.have.length(0);
    await choose(navi, 'すべて');
    expect(cards(navi)).to.have.length(20);
  });

  it('prints and copies every service, not only the cards on screen', async () => {
    const navi = await longGoalNavi();
    await choose(navi, 'すべて');
    const [actions] = deepQueryAll(navi, 'shien-navi-contact-actions');
    let printed: readonly { name: string }[] = [];
    actions?.parentNode?.addEventListener(
      'navi-print',
      (event) => {
        printed = (event as CustomEvent<{ records: readonly { name: string }[] }>).detail.records;
        event.stopPropagation();
      },
      { capture: true },
    );
    deepQueryAll<HTMLButtonElement>(actions as HTMLElement, 'button').find((button) => text(button) === '印刷する')?.click();
    expect(printed.map((record) => record.name)).to.deep.equal(Array.from({ length: TOTAL }, (_, index) => titleOf(index + 1)));
  });

  it('says the button in English and in やさしい日本語', async () => {
    const english = await longGoalNavi({ lang: 'en' });
    await choose(english, 'All');
    await until(() => moreButton(english) !== undefined, 'the button');
    expect(text(moreButton(english))).to.equal('Show 20 more (25 left)');
    english.remove();
    const easy = await longGoalNavi({ lang: 'ja-easy' });
    await choose(easy, 'すべて');
    await until(() => moreButton(easy) !== undefined, 'the button');
    // 見 carries its reading (見《み》る): textContent reads both.
    expect(text(moreButton(easy))).to.equal('つぎの 20こを 見みる（のこり 25こ）');
    expect(text(moreButton(easy)?.querySelector('rt'))).to.equal('み');
  });

  it('has no axe violations with the button, at 375 px', async () => {
    await setViewport({ width: 375, height: 667 });
    const navi = await longGoalNavi();
    await choose(navi, 'すべて');
    moreButton(navi)?.click();
    await rendered(navi);
    const result = await axe.run(navi, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    expect(result.passes.length).to.be.greaterThan(10);
    expect(result.violations.map((violation) => violation.id)).to.deep.equal([]);
    const button = moreButton(navi);
    expect(button?.getBoundingClientRect().right).to.be.at.most(375);
    expect(button?.getBoundingClientRect().height).to.be.at.least(24);
  });
});
