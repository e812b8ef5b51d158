import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { ShienNavi } from '../../src/components/shien-navi/shien-navi.js';
import { contactText } from '../../src/components/contact-actions/contact-text.js';
import { MESSAGES } from '../../src/i18n/messages.js';
import { SAMPLE_CSV, cardTitles, cards, choiceButtons, choiceLabels, choose, deepQueryAll, makeNavi, readyNavi, rendered, text, typeQuery, until } from './helpers.js';
import { ENGINE } from './engine-exclusions.js';

afterEach(async () => {
  document.querySelectorAll('shien-navi, style.part-probe').forEach((element) => element.remove());
  await setViewport({ width: 800, height: 600 });
});

/** The element that has focus, looking through shadow roots. */
function focused(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/**
 * Presses Tab until an element whose text contains `label` has focus, at most `most` times.
 * Firefox also stops on the scrolling conversation log (it makes scroll containers focusable), one
 * stop more than Chromium and WebKit.
 */
async function tabTo(label: string, most = 3): Promise<HTMLElement> {
  for (let press = 0; press < most && !text(focused()).includes(label); press += 1) await sendKeys({ press: 'Tab' });
  expect(text(focused())).to.contain(label);
  return focused() as HTMLElement;
}

const liveRegion = (navi: ShienNavi) => text(navi.shadowRoot?.querySelector('[aria-live="polite"]'));

/** Runs `during` with `navigator.clipboard.writeText` replaced, then puts the browser's back. */
async function withClipboard(writeText: (text: string) => Promise<void>, during: () => Promise<void>): Promise<void> {
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  try {
    await during();
  } finally {
    delete (navigator as { clipboard?: unknown }).clipboard;
  }
}

describe('keyboard only', () => {
  it('walks a whole path to a goal and back with Tab, Enter and Space', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    // From the page into the widget: search box, municipality, then the answers.
    navi.shadowRoot?.querySelector('shien-navi-search-box')?.shadowRoot?.querySelector('input')?.focus();
    await tabTo('お金のこと');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(text(focused())).to.contain('緊急の困りごと');
    await sendKeys({ press: 'Enter' });
    await rendered(navi);
    await until(() => text(focused()).includes('食べるものがない'), 'focus on the first new answer');
    await sendKeys({ press: ' ' }); // Space (puppeteer's Firefox keyboard knows it only as ' ')
    await rendered(navi);
    await until(() => text(focused()).includes('フードバンクを利用したい'), 'focus on the next answer');
    await sendKeys({ press: 'Enter' });
    await rendered(navi);
    await until(() => cards(navi).length === 2, 'the goal');
    expect(cardTitles(navi)).to.include('【サンプル】フードバンク緊急食料支援');
    // Focus is on the results; a few Tabs reach the first card's call link. WebKit's Tab skips
    // links, as Safari's does unless "Press Tab to highlight each item" is on (its automation
    // window ignores that setting): there the Tabs reach the card's own buttons.
    const goal = ENGINE === 'webkit' ? '連絡先をコピー' : 'tel:0000000004';
    const reached: string[] = [];
    for (let press = 0; press < 4 && !reached.includes(goal); press += 1) {
      await sendKeys({ press: 'Tab' });
      reached.push(focused()?.getAttribute('href') ?? text(focused()));
    }
    expect(reached).to.include(goal);
  });

  it('shows a visible focus ring on every answer of the first question, reached with Tab', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    const answers = choiceLabels(navi);
    expect(answers).to.have.length(6);
    navi.shadowRoot?.querySelector('shien-navi-search-box')?.shadowRoot?.querySelector('input')?.focus();
    const rings: string[] = [];
    for (const answer of answers) {
      const style = getComputedStyle(await tabTo(answer));
      rings.push(`${answer}: ${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2 ? 'at least 2px' : style.outlineWidth}`);
    }
    expect(rings).to.deep.equal(answers.map((answer) => `${answer}: solid at least 2px`));
  });
});

describe('screen readers', () => {
  it('announces each new question once, in the polite live region, and not on load', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    expect(liveRegion(navi)).to.equal('');
    await choose(navi, 'お金のこと');
    expect(liveRegion(navi)).to.equal('お金のことで、いちばん近いものを選んでください。');
    await choose(navi, '家賃が払えない');
    expect(liveRegion(navi)).to.match(/^家賃の支払いを助ける制度と、住まいの相談先です。 \d+件の相談先・制度があります$/);
  });

  it('reads the number of search results once typing pauses', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    await typeQuery(navi, 'フード');
    await typeQuery(navi, 'フードバンク');
    expect(liveRegion(navi)).to.equal('');
    await until(() => liveRegion(navi) === '2件見つかりました', 'the announcement');
  });

  it('marks the person’s answers for screen readers', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    await choose(navi, '仕事のこと');
    const user = deepQueryAll(navi, '[part~="bubble-user"]')[0];
    expect(text(user?.shadowRoot?.querySelector('.visually-hidden'))).to.equal('あなたの選択：');
  });
});

/** The launcher's events as the page hears them: type and the element they come from. */
function panelEvents(): { heard: string[]; stop: () => void } {
  const heard: string[] = [];
  const listen = (event: Event) => heard.push(`${event.type} from ${(event.target as Element).localName}`);
  document.addEventListener('shien-navi-open', listen);
  document.addEventListener('shien-navi-close', listen);
  return {
    heard,
    stop: () => {
      document.removeEventListener('shien-navi-open', listen);
      document.removeEventListener('shien-navi-close', listen);
    },
  };
}

describe('launcher', () => {
  it('opens a panel from a floating button; Escape closes it and focus returns to the button', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, mode: 'launcher' }));
    const panel = panelEvents();
    const launcher = deepQueryAll<HTMLButtonElement>(navi, 'button[part~="launcher"]')[0] as HTMLButtonElement;
    const dialog = deepQueryAll<HTMLDialogElement>(navi, 'dialog')[0] as HTMLDialogElement;
    expect(dialog.open).to.equal(false);
    expect(getComputedStyle(launcher).zIndex).to.equal('1000');
    launcher.focus();
    await sendKeys({ press: 'Enter' });
    await rendered(navi);
    expect(dialog.open).to.equal(true);
    expect(navi.open).to.equal(true);
    expect(launcher.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.heard).to.deep.equal(['shien-navi-open from shien-navi']);
    await sendKeys({ press: 'Escape' });
    await rendered(navi);
    expect(dialog.open).to.equal(false);
    expect(focused()).to.equal(launcher);
    expect(panel.heard).to.deep.equal(['shien-navi-open from shien-navi', 'shien-navi-close from shien-navi']);
    panel.stop();
  });

  it('tells the page when the panel opens or closes, whoever opened it, but not for the state it starts in', async () => {
    const panel = panelEvents();
    const navi = await readyNavi(() => makeNavi({ mode: 'launcher', open: '' }));
    const dialog = deepQueryAll<HTMLDialogElement>(navi, 'dialog')[0] as HTMLDialogElement;
    expect(dialog.open).to.equal(true);
    expect(panel.heard).to.deep.equal([]);
    navi.open = false;
    await rendered(navi);
    navi.open = true;
    await rendered(navi);
    deepQueryAll<HTMLButtonElement>(navi, 'header .close')[0]?.click();
    await rendered(navi);
    expect(dialog.open).to.equal(false);
    expect(panel.heard).to.deep.equal(['shien-navi-close', 'shien-navi-open', 'shien-navi-close'].map((type) => `${type} from shien-navi`));
    panel.stop();
  });

  it('is full-screen and modal on a phone, and its close button returns focus', async () => {
    await setViewport({ width: 375, height: 667 });
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, mode: 'launcher' }));
    const launcher = deepQueryAll<HTMLButtonElement>(navi, 'button[part~="launcher"]')[0] as HTMLButtonElement;
    const dialog = deepQueryAll<HTMLDialogElement>(navi, 'dialog')[0] as HTMLDialogElement;
    launcher.click();
    await rendered(navi);
    expect(dialog.matches(':modal')).to.equal(true);
    const box = dialog.getBoundingClientRect();
    expect([Math.round(box.width), Math.round(box.height)]).to.deep.equal([375, 667]);
    const close = deepQueryAll<HTMLButtonElement>(navi, 'header .close')[0];
    close?.focus();
    close?.click();
    await rendered(navi);
    expect(dialog.open).to.equal(false);
    expect(focused()).to.equal(launcher);
  });

  it('takes its z-index from --shien-navi-z-index', async () => {
    const navi = await readyNavi(() => makeNavi({ mode: 'launcher' }));
    navi.style.setProperty('--shien-navi-z-index', '42');
    const launcher = deepQueryAll(navi, 'button[part~="launcher"]')[0] as HTMLElement;
    expect(getComputedStyle(launcher).zIndex).to.equal('42');
  });
});

describe('parts', () => {
  it('are carried by exactly the elements of the contract', async () => {
    const style = document.createElement('style');
    style.className = 'part-probe';
    style.textContent = `shien-navi::part(choice) { text-decoration-color: rgb(1, 2, 3) }
      shien-navi::part(card) { text-decoration-color: rgb(4, 5, 6) }
      shien-navi::part(nav) { text-decoration-color: rgb(7, 8, 9) }
      shien-navi::part(bubble-user) { text-decoration-color: rgb(10, 11, 12) }
      shien-navi::part(search) { text-decoration-color: rgb(13, 14, 15) }`;
    document.head.append(style);
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV }));
    const colour = (element: Element | undefined) => (element ? getComputedStyle(element).textDecorationColor : '');
    choiceButtons(navi).forEach((button) => expect(colour(button)).to.equal('rgb(1, 2, 3)'));
    deepQueryAll(navi, '[part~="nav"] button').forEach((button) => expect(colour(button)).to.not.equal('rgb(1, 2, 3)'));
    expect(colour(deepQueryAll(navi, '[part~="nav"]')[0])).to.equal('rgb(7, 8, 9)');
    expect(colour(deepQueryAll(navi, 'input[type="search"]')[0])).to.equal('rgb(13, 14, 15)');
    await choose(navi, '家族関係のこと');
    await choose(navi, 'ひとり親');
    expect(cards(navi).length).to.be.greaterThan(0);
    cards(navi).forEach((card) => expect(colour(card)).to.equal('rgb(4, 5, 6)'));
    expect(colour(deepQueryAll(navi, '[part~="bubble-user"]')[0])).to.equal('rgb(10, 11, 12)');
  });
});

describe('cards and the area', () => {
  it('opens the summary on request and says so', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, start: 'money-living-now' }));
    const card = cards(navi).find((candidate) => candidate.shadowRoot?.querySelector('.toggle'));
    const toggle = card?.shadowRoot?.querySelector<HTMLButtonElement>('.toggle');
    expect(toggle?.getAttribute('aria-expanded')).to.equal('false');
    toggle?.click();
    await rendered(navi);
    expect(toggle?.getAttribute('aria-expanded')).to.equal('true');
    expect(text(card?.shadowRoot?.querySelector('.more'))).to.contain('申し込み');
  });

  it('lets the person choose their municipality from the data', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, start: 'family-single' }));
    const picker = deepQueryAll(navi, 'shien-navi-municipality-picker')[0] as HTMLElement;
    const input = picker.shadowRoot?.querySelector('input') as HTMLInputElement;
    expect(cardTitles(navi)).to.include('【サンプル】母子・父子自立支援員');
    input.focus();
    input.value = 'あさひかわ';
    input.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await until(() => picker.shadowRoot?.querySelector('.suggestions button') != null, 'a suggestion');
    expect(text(picker.shadowRoot?.querySelector('.area'))).to.equal('上川総合振興局');
    picker.shadowRoot?.querySelector<HTMLButtonElement>('.suggestions button')?.click();
    await rendered(navi);
    expect(navi.municipality).to.equal('旭川市');
    expect(cardTitles(navi)).to.not.include('【サンプル】母子・父子自立支援員');
    expect(cardTitles(navi)).to.include('【サンプル】児童扶養手当');
  });
});

describe('a goal with nothing for the town', () => {
  it('says so, shows its 振興局’s general consultation, and widens to every area on request', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, start: 'work-lost', municipality: '013030' }));
    const step = deepQueryAll(navi, 'shien-navi-step')[0] as HTMLElement;
    await until(() => text(step.shadowRoot?.querySelector('.goal-heading')) !== '', 'the goal');
    expect(text(step.shadowRoot?.querySelector('.goal-heading'))).to.equal('当別町の窓口は見つかりませんでした。振興局や全道の相談先をご案内します。');
    const list = step.shadowRoot?.querySelector('.general shien-navi-result-list') as HTMLElement;
    const general = deepQueryAll(list, '[part~="card"]').map((card) => text(card.shadowRoot?.querySelector('.alias')));
    expect(general).to.include('くらしサポートセンターとうべつ・し');
    expect(general).to.not.include('そらち生活サポートセンター');
    expect(cardTitles(navi)).to.include('【サンプル】ハローワーク職業相談');
    step.shadowRoot?.querySelector<HTMLButtonElement>('button.all-areas')?.click();
    await rendered(navi);
    expect(navi.municipality).to.equal('');
    expect(step.shadowRoot?.querySelector('.general')).to.equal(null);
    expect(step.shadowRoot?.querySelector('button.all-areas')).to.equal(null);
  });
});

describe('safety and care', () => {
  it('offers a quick exit on violence paths only, which leaves through the given page', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, 'exit-url': 'https://example.org/weather' }));
    await choose(navi, '家族関係のこと');
    expect(deepQueryAll(navi, 'shien-navi-quick-exit')).to.have.length(0);
    await choose(navi, 'DV・虐待');
    const exit = deepQueryAll(navi, 'shien-navi-quick-exit')[0];
    const button = exit?.shadowRoot?.querySelector('button');
    expect(text(button)).to.equal('この画面をすぐ閉じる');
    navi.addEventListener('shien-navi-exit', (event) => event.preventDefault(), { once: true });
    const leaving = oneEvent(navi, 'shien-navi-exit');
    button?.click();
    expect((await leaving).detail).to.deep.equal({ url: 'https://example.org/weather' });
  });

  it('copies the shown services and crisis lines as plain text, and says so', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, start: 'emergency-violence' }));
    const actions = deepQueryAll(navi, 'shien-navi-contact-actions')[0] as HTMLElement & { text: string };
    expect(actions.text).to.contain('■ 【サンプル】配偶者暴力相談支援センター（DV相談）\n  000-000-0020');
    expect(actions.text).to.contain('すぐに相談できる電話\n■ 警察 110\n■ DV相談ナビ #8008');
    const copied: string[] = [];
    await withClipboard(
      (text) => {
        copied.push(text);
        return Promise.resolve();
      },
      async () => {
        actions.shadowRoot?.querySelector('button')?.click();
        await until(() => liveRegion(navi) !== '', 'the copy announcement');
      },
    );
    expect(copied).to.deep.equal([actions.text]);
    expect(liveRegion(navi)).to.equal(MESSAGES.ja.copied);
  });

  it('says plainly when the contacts could not be copied', async () => {
    const navi = await readyNavi(() => makeNavi({ src: SAMPLE_CSV, start: 'emergency-violence' }));
    const actions = deepQueryAll(navi, 'shien-navi-contact-actions')[0] as HTMLElement;
    // Neither the Clipboard API nor the old copy command is allowed on this page.
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    try {
      await withClipboard(
        () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
        async () => {
          actions.shadowRoot?.querySelector('button')?.click();
          await until(() => liveRegion(navi) !== '', 'the copy announcement');
        },
      );
    } finally {
      document.execCommand = execCommand;
    }
    expect(liveRegion(navi)).to.equal(MESSAGES.ja.copyFailed);
  });

  it('writes contact lists in the person’s language', () => {
    const text = contactText([], ['yorisoi'], MESSAGES['ja-easy'], 'ja-easy');
    expect(text).to.equal('支援じょうほう ナビで 見つけた 相談先\n\nすぐに 相談できる 電話\n■ よりそいホットライン 0120-279-338\n');
  });
});

describe('languages', () => {
  it('speaks やさしい日本語 with readings over hard kanji, and English', async () => {
    const easy = await readyNavi(() => makeNavi({ lang: 'ja-easy' }));
    const greeting = deepQueryAll(easy, '[part~="bubble"]')[0];
    expect([...(greeting?.shadowRoot?.querySelectorAll('ruby') ?? [])].map((ruby) => ruby.textContent)).to.include('相談先そうだんさき');
    expect(easy.shadowRoot?.querySelector('.panel')?.getAttribute('lang')).to.equal('ja');
    const english = await readyNavi(() => makeNavi({ lang: 'en' }));
    expect(choiceButtons(english).map((button) => text(button.querySelector('.label')))).to.deep.equal(['Money', 'Work', 'Urgent help', 'Mind and body', 'Family', 'Company and a place to belong']);
    expect(english.shadowRoot?.querySelector('.panel')?.getAttribute('lang')).to.equal('en');
  });
});
