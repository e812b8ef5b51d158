import { expect } from '@open-wc/testing';
import axe from 'axe-core';
import { paintShell, shellFailed, takeOverShell } from '../../src/components/shell/shell.js';
import { ShienNavi } from '../../src/components/shien-navi/shien-navi.js';
import { firstScreens } from '../../src/engine/first-screen.js';
import { CRISIS_LINES } from '../../src/flows/crisis-lines.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { MESSAGES } from '../../src/i18n/messages.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';
import { SAMPLE_CSV, bubbles, cardTitles, choiceButtons, choiceLabels, deepQueryAll, makeNavi, readyNavi, rendered, text, until } from './helpers.js';

/**
 * The first screen dist/shien-navi.js paints before the widget's code has arrived, and the
 * widget taking it over. As in the browser build, the screen is painted into an element on the
 * page whose tag is not defined yet; defining it (here as a subclass of the widget under a tag
 * of its own) upgrades it, which is when the widget takes the painted screen over.
 */

const SCREENS = firstScreens(HOKKAIDO_FLOW, MESSAGES);
let defined = 0;
const upgraded: HTMLElement[] = [];

/** A widget-to-be on the page with the first screen painted, and what defines it (its code arriving). */
function painted(attributes: Record<string, string> = {}): { host: HTMLElement; arrive(): ShienNavi } {
  const tag = `shien-navi-upgrade-${(defined += 1)}`;
  const host = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  paintShell(host, SCREENS);
  document.body.append(host);
  upgraded.push(host);
  return {
    host,
    arrive: () => {
      customElements.define(tag, class extends ShienNavi {});
      return host as ShienNavi;
    },
  };
}

/** The first screen on the page, as it is before the widget takes it over: only the painted DOM. */
function shellOnPage(attributes: Record<string, string> = {}): HTMLElement {
  // A tag no one defines: the painted DOM alone, never taken over.
  const host = document.createElement('shien-navi-shell-test');
  for (const [name, value] of Object.entries(attributes)) host.setAttribute(name, value);
  paintShell(host, SCREENS);
  document.body.append(host);
  return host;
}

const shellChoices = (host: Element) => [...(host.shadowRoot?.querySelectorAll<HTMLButtonElement>('button[part~="choice"]') ?? [])];
const shellInput = (host: Element) => host.shadowRoot?.querySelector<HTMLInputElement>('input[part~="search"]') ?? null;

afterEach(() => {
  document.querySelectorAll('shien-navi, shien-navi-shell-test').forEach((element) => element.remove());
  upgraded.splice(0).forEach((element) => element.remove());
});

describe('the first screen painted before the widget arrives', () => {
  for (const lang of ['ja', 'ja-easy', 'en'] as const) {
    it(`says what the widget says (${lang})`, async () => {
      const shell = shellOnPage({ lang });
      const widget = await readyNavi(() => makeNavi({ lang }));
      const root = widget.shadowRoot;
      expect(shellChoices(shell).map((button) => text(button))).to.deep.equal(choiceLabels(widget));
      expect([...(shell.shadowRoot?.querySelectorAll('[part~="bubble"]') ?? [])].map((bubble) => text(bubble))).to.deep.equal(bubbles(widget));
      expect(text(shell.shadowRoot?.querySelector('h2'))).to.equal(text(root?.querySelector('h2')));
      expect(shellInput(shell)?.placeholder).to.equal(deepQueryAll<HTMLInputElement>(widget, 'input[part~="search"]')[0]?.placeholder);
    });

    it(`passes axe (${lang})`, async () => {
      const shell = shellOnPage({ lang });
      const result = await axe.run(shell, {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
        },
      });
      expect(result.passes.length, 'axe checked nothing').to.be.greaterThan(5);
      expect(result.violations.map((violation) => violation.id)).to.deep.equal([]);
    });
  }

  it('offers the categories in the order the page asks for', () => {
    const shell = shellOnPage({ categories: 'work money' });
    expect(shellChoices(shell).map((button) => text(button))).to.deep.equal(['仕事のこと', 'お金のこと']);
  });

  it('shows the heading the page gives as the widget does, as text', async () => {
    for (const heading of HOSTILE_STRINGS) {
      const shell = shellOnPage({ heading });
      const widget = await readyNavi(() => makeNavi({ heading }));
      expect(text(shell.shadowRoot?.querySelector('h2')), heading).to.equal(text(widget.shadowRoot?.querySelector('h2')));
      expect(shell.shadowRoot?.querySelectorAll('script, img, iframe, a, style').length).to.equal(0);
      shell.remove();
      widget.remove();
    }
  });

  it('is not painted where the widget shows something else first: a launcher, the 支援員\'s list, a flow of the page, another start', () => {
    expect(shellOnPage({ mode: 'launcher' }).shadowRoot).to.equal(null);
    expect(shellOnPage({ view: 'list' }).shadowRoot).to.equal(null);
    expect(shellOnPage({ flow: '/flows/other.json' }).shadowRoot).to.equal(null);
    const inline = document.createElement('shien-navi-shell-test');
    inline.innerHTML = '<script type="application/json">{}</script>';
    paintShell(inline, SCREENS);
    expect(inline.shadowRoot).to.equal(null);
    expect(shellChoices(shellOnPage({ start: 'emergency' }))).to.deep.equal([]);
  });

  it('offers the crisis lines when the widget cannot be loaded', () => {
    const shell = shellOnPage();
    shellFailed(shell, SCREENS);
    expect(text(shell.shadowRoot?.querySelector('.notice'))).to.equal(text(new DOMParser().parseFromString(MESSAGES.ja.loadFailed.replace(/《[^》]*》/g, ''), 'text/html').body));
    const links = [...(shell.shadowRoot?.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]') ?? [])];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal((['yorisoi', 'inochi', 'police', 'ambulance'] as const).map((id) => `tel:${CRISIS_LINES[id].number.replace(/[^\d#+]/g, '')}`));
    expect(shellChoices(shell)).to.deep.equal([]);
    expect(shell.shadowRoot?.querySelectorAll('input, button').length, 'nothing left that cannot answer').to.equal(0);
  });
});

describe('the widget taking the first screen over', () => {
  it('answers with the answer tapped before it arrived, the painted screen gone', async () => {
    const { host, arrive } = painted();
    shellChoices(host)[0]?.click();
    const navi = arrive();
    await rendered(navi);
    await until(() => choiceLabels(navi).includes('生活費が足りない'), 'the question after お金のこと');
    expect(navi.shadowRoot?.querySelectorAll('[data-shien-navi-shell]').length).to.equal(0);
    expect(bubbles(navi).some((bubble) => bubble.includes('お金のこと')), bubbles(navi).join(' | ')).to.equal(true);
  });

  it('searches for the text typed before it arrived, the focus still in the field', async () => {
    const { host, arrive } = painted({ src: SAMPLE_CSV });
    const input = shellInput(host);
    if (!input) throw new Error('no painted search field');
    input.focus();
    input.value = 'フードバンク';
    const navi = arrive();
    await until(() => cardTitles(navi).length > 0, 'search results');
    expect(cardTitles(navi)[0]).to.contain('フードバンク');
    const fields = deepQueryAll<HTMLInputElement>(navi, 'input[part~="search"]');
    expect(fields.map((field) => field.value)).to.deep.equal(['フードバンク']);
    await until(() => fields[0]?.matches(':focus') === true, 'the focus back in the search field');
  });

  it('keeps the keyboard focus on the answer it was on', async () => {
    const { host, arrive } = painted();
    shellChoices(host)[2]?.focus();
    const navi = arrive();
    await until(() => choiceButtons(navi)[2]?.matches(':focus') === true, 'the focus on the third answer');
    expect(text(choiceButtons(navi)[2])).to.contain('緊急の困りごと');
  });

  it('reads what the person did on the painted screen, and leaves nothing of it behind', () => {
    const shell = shellOnPage();
    shellChoices(shell)[2]?.focus();
    expect(takeOverShell(shell.shadowRoot as ShadowRoot)).to.deep.equal({ choice: undefined, query: '', focus: 2 });
    expect(shell.shadowRoot?.childElementCount).to.equal(0);

    const typed = shellOnPage();
    const input = shellInput(typed);
    if (!input) throw new Error('no painted search field');
    input.focus();
    input.value = 'しごと';
    shellChoices(typed)[1]?.click();
    expect(takeOverShell(typed.shadowRoot as ShadowRoot)).to.deep.equal({ choice: 1, query: 'しごと', focus: 'search' });
  });
});
