import { expect } from '@open-wc/testing';
import { paintFirstScreen, removeShell, shellFailed, type LaterLang, type PaintedScreens } from '../../src/components/shell/paint.js';
import { takeOverShell } from '../../src/components/shell/take-over.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';

/**
 * How dist/shien-navi.js paints the first screen the build rendered (scripts/first-screen.mjs)
 * and how the widget reads what the person did on it. The screen itself, the widget's own, and
 * the take-over in the built files are checked in test/e2e/first-screen.spec.ts; here a small
 * screen of the same shape: parts in declarative shadow roots, nested, each with its sheets.
 */

const part = (tag: string, content: string, attributes = '') => `<${tag}${attributes}><template shadowrootmode="open">${content}</template></${tag}>`;
const panel = (words: string) =>
  `<section data-shien-navi-shell part="panel" class="panel"><p class="notice" role="status">loading</p><div class="tools">${part('shell-test-search', '<input part="search" type="search" aria-label="search">')}</div>` +
  `<shien-navi-conversation-log>${part('shell-test-answers', part('shell-test-list', ['one', 'two', 'three'].map((label) => `<button part="choice" type="button">${words} ${label}</button>`).join('')))}</shien-navi-conversation-log><nav><button type="button">back</button></nav></section>`;
const lines = part('shell-test-lines', '<a href="tel:110">110</a>');
// Only ja's screen: another language's comes with its messages (`screenIn`).
const SCREENS: PaintedScreens = {
  ja: { html: panel('ja'), failed: `<p class="notice error">failed</p>${lines}` },
  'ja-easy': { failed: '<p class="notice error">failed</p>' },
  en: { failed: `<p class="notice error">en failed</p>${lines}` },
  sheets: [':host { display: block; }', 'button { font-weight: 600; }', 'input { font-style: italic; }', 'a { font-weight: 700; }'],
  roots: { 'shien-navi': [0], 'shell-test-search': [0, 2], 'shell-test-answers': [0], 'shell-test-list': [0, 1], 'shell-test-lines': [3] },
};
/** Another language's screen, as its messages chunk brings it. */
const LATER: Readonly<Record<LaterLang, string>> = { 'ja-easy': panel('easy'), en: panel('en') };
const arrived = (lang: LaterLang) => Promise.resolve(LATER[lang]);

function host(attributes: Record<string, string> = {}, screenIn: (lang: LaterLang) => Promise<string | undefined> = arrived): HTMLElement {
  // A tag no one defines: the painted DOM alone, never taken over.
  const element = document.createElement('shien-navi-shell-test');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  paintFirstScreen(element, SCREENS, screenIn);
  return element;
}

/** Lets promises already settled run their callbacks. */
const settled = () => new Promise((resolve) => setTimeout(resolve));

/** A language's screen held back until `give` or `fail` is called. */
function heldScreen(): { screenIn: (lang: LaterLang) => Promise<string | undefined>; give(html: string): void; fail(): void } {
  let give: (html: string) => void = () => undefined;
  let fail: () => void = () => undefined;
  const held = new Promise<string>((resolve, reject) => {
    give = resolve;
    fail = () => reject(new Error('the messages chunk could not be loaded'));
  });
  return { screenIn: () => held, give: (html) => give(html), fail: () => fail() };
}

/** Elements matching `selector` at any depth of shadow roots under `root`. */
function deep(root: ParentNode | null | undefined, selector: string): HTMLElement[] {
  if (!root) return [];
  return [...root.querySelectorAll<HTMLElement>('*')].flatMap((element) => [...(element.matches(selector) ? [element] : []), ...deep(element.shadowRoot, selector)]);
}

afterEach(() => document.querySelectorAll('shien-navi-shell-test').forEach((element) => element.remove()));

describe('painting the first screen the build rendered', () => {
  it('parses the nested shadow roots and gives each its element’s sheets, with no <style>', async () => {
    const element = host({ lang: 'en', src: '/data.csv' });
    await settled();
    const buttons = deep(element.shadowRoot, 'button[part~="choice"]');
    expect(buttons.map((button) => button.textContent)).to.deep.equal(['en one', 'en two', 'en three']);
    expect(getComputedStyle(buttons[0] as Element).fontWeight).to.equal('600');
    expect(getComputedStyle(deep(element.shadowRoot, 'input')[0] as Element).fontStyle).to.equal('italic');
    expect(deep(element.shadowRoot, 'style')).to.deep.equal([]);
    // A page with data: the widget's first frame says it is loading.
    expect(element.shadowRoot?.querySelector('.notice')?.textContent).to.equal('loading');
  });

  it('leaves the loading note out where the page has no data, and paints ja for a language it does not know', () => {
    const element = host({ lang: 'fr', src: '  ' });
    expect(element.shadowRoot?.querySelector('.notice')).to.equal(null);
    expect(deep(element.shadowRoot, 'button[part~="choice"]')[0]?.textContent).to.equal('ja one');
  });

  it('takes nothing from the page into what it paints: a hostile lang or src paints the ja screen, as written', () => {
    for (const hostile of HOSTILE_STRINGS) {
      const element = host({ lang: hostile, src: hostile });
      expect(deep(element.shadowRoot, 'button[part~="choice"]').map((button) => button.textContent), hostile).to.deep.equal(['ja one', 'ja two', 'ja three']);
      expect(deep(element.shadowRoot, 'script, img, iframe, a, style')).to.deep.equal([]);
      element.remove();
    }
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('paints nothing, and throws nothing, in a browser without setHTMLUnsafe (no declarative shadow DOM from script)', () => {
    const descriptor = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, 'setHTMLUnsafe');
    Reflect.deleteProperty(ShadowRoot.prototype, 'setHTMLUnsafe');
    try {
      expect(host().shadowRoot).to.equal(null);
    } finally {
      if (descriptor) Object.defineProperty(ShadowRoot.prototype, 'setHTMLUnsafe', descriptor);
    }
    expect(host().shadowRoot).not.to.equal(null);
  });

  it('paints nothing where the widget shows something else first', () => {
    const others: Record<string, string>[] = [{ mode: 'launcher' }, { view: 'list' }, { flow: '/flow.json' }, { heading: 'x' }, { categories: 'work' }, { start: 'emergency' }];
    for (const attributes of others) {
      expect(host(attributes).shadowRoot, JSON.stringify(attributes)).to.equal(null);
    }
    expect(host({ start: 'root' }).shadowRoot).not.to.equal(null);
    const inline = document.createElement('shien-navi-shell-test');
    inline.innerHTML = '<script type="application/json">{}</script>';
    paintFirstScreen(inline, SCREENS, arrived);
    expect(inline.shadowRoot).to.equal(null);
  });

  it('if the widget cannot be loaded, puts what the build rendered for that in place of the answers, and nothing that cannot answer stays', async () => {
    const element = host({ lang: 'en', src: '/data.csv' });
    await settled();
    shellFailed(element, SCREENS);
    expect(element.shadowRoot?.querySelector('.notice.error')?.textContent).to.equal('en failed');
    const call = deep(element.shadowRoot, 'a[href="tel:110"]')[0];
    expect(getComputedStyle(call as Element).fontWeight).to.equal('700');
    expect(deep(element.shadowRoot, 'input, button')).to.deep.equal([]);
    expect(element.shadowRoot?.querySelectorAll('.notice').length).to.equal(1);
  });

  it('paints ja at once, and another language only once its screen has come with its messages, a mark the widget waits on meanwhile', async () => {
    expect(deep(host().shadowRoot, 'button[part~="choice"]')[0]?.textContent).to.equal('ja one');
    const held = heldScreen();
    const element = host({ lang: 'ja-easy' }, held.screenIn);
    // Nothing to see yet, nor to answer: only the mark take-over.ts and define.ts look for.
    expect(deep(element.shadowRoot, 'button, input')).to.deep.equal([]);
    expect(element.shadowRoot?.querySelectorAll('[data-shien-navi-shell]').length).to.equal(1);
    held.give(LATER['ja-easy']);
    await settled();
    expect(deep(element.shadowRoot, 'button[part~="choice"]').map((button) => button.textContent)).to.deep.equal(['easy one', 'easy two', 'easy three']);
    expect(getComputedStyle(deep(element.shadowRoot, 'button[part~="choice"]')[0] as Element).fontWeight).to.equal('600');
    expect(element.shadowRoot?.querySelectorAll('[data-shien-navi-shell]').length).to.equal(1);
  });

  it('paints ja where another language’s screen cannot be loaded, as the widget then speaks ja', async () => {
    const held = heldScreen();
    const element = host({ lang: 'en' }, held.screenIn);
    held.fail();
    await settled();
    expect(deep(element.shadowRoot, 'button[part~="choice"]')[0]?.textContent).to.equal('ja one');
    // A chunk without a screen (another build): the same.
    const without = host({ lang: 'en' }, () => Promise.resolve(undefined));
    await settled();
    expect(deep(without.shadowRoot, 'button[part~="choice"]')[0]?.textContent).to.equal('ja one');
  });

  it('if the widget cannot be loaded while another language’s screen is still on its way, offers the crisis lines at once, and they stay', async () => {
    const held = heldScreen();
    const element = host({ lang: 'en', src: '/data.csv' }, held.screenIn);
    shellFailed(element, SCREENS);
    expect(element.shadowRoot?.querySelector('.notice.error')?.textContent).to.equal('en failed');
    const call = deep(element.shadowRoot, 'a[href="tel:110"]')[0];
    expect(call).not.to.equal(undefined);
    expect(getComputedStyle(call as Element).fontWeight).to.equal('700');
    expect(deep(element.shadowRoot, 'input, button')).to.deep.equal([]);
    // The screen arriving later paints nothing over them.
    held.give(LATER.en);
    await settled();
    expect(deep(element.shadowRoot, 'a[href="tel:110"]').length).to.equal(1);
    expect(deep(element.shadowRoot, 'input, button')).to.deep.equal([]);
  });

  it('paints nothing once the widget has taken the mark over before another language’s screen arrived', async () => {
    const held = heldScreen();
    const element = host({ lang: 'en' }, held.screenIn);
    expect(takeOverShell(element.shadowRoot as ShadowRoot)).to.deep.equal({ choice: undefined, query: '', focus: undefined });
    held.give(LATER.en);
    await settled();
    expect(element.shadowRoot?.childElementCount).to.equal(0);
  });

  it('is removed when another copy of the widget takes over', () => {
    const element = host();
    removeShell(element);
    expect(element.shadowRoot?.childElementCount).to.equal(0);
  });
});

describe('reading what the person did on the painted screen', () => {
  it('finds the answer focused in the nested shadow roots, and leaves nothing of the screen behind', () => {
    const element = host();
    deep(element.shadowRoot, 'button[part~="choice"]')[2]?.focus();
    expect(takeOverShell(element.shadowRoot as ShadowRoot)).to.deep.equal({ choice: undefined, query: '', focus: 2 });
    expect(element.shadowRoot?.childElementCount).to.equal(0);
    expect(takeOverShell(element.shadowRoot as ShadowRoot)).to.equal(undefined);
  });

  it('finds the answer tapped, the text typed and the focus in the search field', () => {
    const element = host();
    const input = deep(element.shadowRoot, 'input')[0] as HTMLInputElement;
    input.focus();
    input.value = 'しごと';
    deep(element.shadowRoot, 'button[part~="choice"]')[1]?.click();
    input.focus();
    expect(takeOverShell(element.shadowRoot as ShadowRoot)).to.deep.equal({ choice: 1, query: 'しごと', focus: 'search' });
  });
});
