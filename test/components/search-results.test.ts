import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import axe from 'axe-core';
import type { ShienNavi } from '../../src/components/shien-navi/shien-navi.js';
import { CRISIS_LINES } from '../../src/flows/crisis-lines.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import type { Lang } from '../../src/i18n/lang.js';
import { MESSAGES } from '../../src/i18n/messages.js';
import { withoutRuby } from '../../src/i18n/ruby.js';
import { SAMPLE_CSV, cardTitles, choiceLabels, deepQueryAll, makeNavi, readyNavi, searchResults, text, typeQuery } from './helpers.js';
import './engine-exclusions.js';

// What a person sees at 375 px when they type a cry, a weary line or words that find nothing:
// a line to a person, its number on the first screen, in every language.

afterEach(async () => {
  document.querySelectorAll('shien-navi').forEach((element) => element.remove());
  await setViewport({ width: 800, height: 600 });
});

async function violations(navi: ShienNavi): Promise<string[]> {
  const result = await axe.run(navi, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
  expect(result.passes.length, 'axe checked nothing').to.be.greaterThan(10);
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
}

/** The element that has focus, looking through shadow roots. */
function focused(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** What is painted at a point, looking through shadow roots: proves an element is not scrolled away or covered. */
function paintedAt(x: number, y: number): Element | null {
  let element = document.elementFromPoint(x, y);
  for (let inner = element?.shadowRoot?.elementFromPoint(x, y); inner && inner !== element; inner = element?.shadowRoot?.elementFromPoint(x, y)) element = inner;
  return element;
}

/** The lines shown in the search results, in order, with their links. */
const shownLines = (navi: ShienNavi) =>
  deepQueryAll(searchResults(navi) as HTMLElement, 'shien-navi-crisis-lines').flatMap((lines) =>
    deepQueryAll<HTMLAnchorElement>(lines, 'a[href^="tel:"]').map((link) => ({ tone: lines.getAttribute('tone'), link, number: link.querySelector('.number') as HTMLElement })),
  );

/** The first line's number is on the first screen at 375 × 667, painted where it is, and reached by Tab from the search box. */
async function expectNumberOnFirstScreen(navi: ShienNavi, number: string): Promise<void> {
  const [first] = shownLines(navi);
  expect(text(first?.number)).to.equal(number);
  const box = (first?.number as HTMLElement).getBoundingClientRect();
  expect(box.top, 'top of the number').to.be.at.least(0);
  expect(box.bottom, 'bottom of the number').to.be.at.most(667);
  expect(box.right, 'right of the number').to.be.at.most(375);
  const painted = paintedAt(box.left + box.width / 2, box.top + box.height / 2);
  expect(painted !== null && (first?.link as HTMLElement).contains(painted), 'the number is painted, not covered or clipped').to.equal(true);
  deepQueryAll<HTMLInputElement>(navi, 'input[part~="search"]')[0]?.focus();
  for (let step = 0; step < 12 && focused() !== first?.link; step += 1) await sendKeys({ press: 'Tab' });
  expect(focused(), 'the line is reached by Tab').to.equal(first?.link);
}

// `offTopic` shares a pair or two (い方, の) with some record but is about no trouble: it finds nothing.
const CASES: readonly { readonly lang: Lang; readonly cry: string; readonly weary: string; readonly offTopic: string }[] = [
  { lang: 'ja', cry: '生きていても仕方ない', weary: '育児に疲れた', offTopic: 'ペンギンの飼い方' },
  { lang: 'ja-easy', cry: 'しにたい', weary: 'こそだてに つかれた', offTopic: 'ぺんぎんの かいかた' },
  { lang: 'en', cry: 'I want to kill myself', weary: "I can't sleep", offTopic: 'how to keep a penguin' },
];

describe('a line to a person on the first screen of a phone', () => {
  for (const { lang, cry, weary, offTopic } of CASES) {
    describe(lang, () => {
      beforeEach(() => setViewport({ width: 375, height: 667 }));

      it(`a cry (${cry}): the crisis lines first, いのちの電話's number on screen`, async () => {
        const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, lang }));
        await typeQuery(navi, cry);
        expect(searchResults(navi)?.shadowRoot?.firstElementChild?.localName).to.equal('shien-navi-crisis-lines');
        expect(shownLines(navi).map(({ tone }) => tone)).to.include('crisis');
        await expectNumberOnFirstScreen(navi, CRISIS_LINES.inochi.number);
        expect(await violations(navi)).to.deep.equal([]);
      });

      it(`a weary line (${weary}): the listening line with the results, its number on screen`, async () => {
        const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, lang }));
        await typeQuery(navi, weary);
        const results = searchResults(navi) as HTMLElement;
        expect(shownLines(navi).map(({ tone }) => tone)).to.deep.equal(['listening']);
        expect(text(results.shadowRoot?.querySelector('shien-navi-crisis-lines')?.shadowRoot?.querySelector('h3'))).to.equal(withoutRuby(MESSAGES[lang].listeningHeading));
        // With the results, not instead of them.
        expect(deepQueryAll(results, 'button.shortcut').length + cardTitles(navi).length).to.be.greaterThan(0);
        expect(text(results.shadowRoot)).to.not.contain(withoutRuby(MESSAGES[lang].searchNone));
        await expectNumberOnFirstScreen(navi, CRISIS_LINES.yorisoi.number);
        expect(await violations(navi)).to.deep.equal([]);
      });

      it(`words about no trouble (${offTopic}): nothing found, said kindly, the listening line above the categories, its number on screen`, async () => {
        const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, lang }));
        const search = oneEvent(navi, 'shien-navi-search');
        await typeQuery(navi, offTopic);
        expect((await search).detail).to.deep.equal({ results: 0 });
        const results = searchResults(navi) as HTMLElement;
        expect(text(results.shadowRoot?.querySelector('.none'))).to.equal(withoutRuby(MESSAGES[lang].searchNone));
        expect(text(results.shadowRoot?.querySelector('shien-navi-crisis-lines')?.shadowRoot?.querySelector('h3'))).to.equal(withoutRuby(MESSAGES[lang].listeningHeading));
        // The categories, and any close situations suggested beside them.
        expect(choiceLabels(navi).length).to.be.at.least(HOKKAIDO_FLOW.nodes.root.choices.length);
        expect(shownLines(navi).map(({ tone }) => tone)).to.deep.equal(['listening']);
        await expectNumberOnFirstScreen(navi, CRISIS_LINES.yorisoi.number);
        expect(await violations(navi)).to.deep.equal([]);
      });
    });
  }

  it('says the listening line once through the live region, after what was found', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    await typeQuery(navi, 'zqxwvjk');
    const live = navi.shadowRoot?.querySelector('[aria-live="polite"]');
    const expected = `${MESSAGES.ja.searchNone} ${MESSAGES.ja.listeningHeading}`;
    for (let wait = 0; wait < 50 && text(live) !== expected; wait += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(text(live)).to.equal(expected);
  });

  it('shows no listening line for an ordinary query that finds services', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    await typeQuery(navi, 'フードバンク');
    expect(cardTitles(navi).length).to.be.greaterThan(0);
    expect(shownLines(navi)).to.deep.equal([]);
  });
});
