import { telHref } from '../../data/tel.js';
import type { FirstScreen, FirstScreens } from '../../engine/first-screen.js';
import { toLang } from '../../i18n/lang.js';
import { parseRuby, withoutRuby } from '../../i18n/ruby.js';
import { base, controls, tokens } from '../shared.styles.js';
import { searchBoxStyles } from '../search-box/search-box.styles.js';
import { shienNaviStyles } from '../shien-navi/shien-navi.styles.js';
import { shellStyles } from './shell.styles.js';

/**
 * The first screen, painted by dist/shien-navi.js before the rest of the widget has arrived: the
 * greeting, the first question and its answers, the search field, Back and Start over, with the
 * widget's own classes, parts and styles, as plain DOM (no Lit, a few KB). When the widget's
 * code arrives, `<shien-navi>` takes the same shadow root over (`takeOverShell`), keeping what
 * the person already did there: an answer tapped, text typed, where the focus was.
 */

/** What the person did on the first screen before the widget took it over. */
export interface ShellState {
  /** The answer tapped, by its position among those shown. */
  readonly choice: number | undefined;
  /** What was typed into the search field. */
  readonly query: string;
  /** Where the keyboard focus was: the search field, or an answer by position. */
  readonly focus: 'search' | number | undefined;
}

const SHELL = 'data-shien-navi-shell';
const CHOSEN = 'data-chosen';

/** Nodes of `<shien-navi>` this shell can stand in for: the bundled flow, inline, its first question (not the 支援員's list). */
function canPaint(host: HTMLElement): boolean {
  if (host.shadowRoot || host.getAttribute('mode') === 'launcher' || host.getAttribute('view') === 'list') return false;
  return !host.hasAttribute('flow') && !host.querySelector(':scope > script[type="application/json"]');
}

/** Paints the first screen into `host`'s shadow root; does nothing where it cannot stand in. */
export function paintShell(host: HTMLElement, screens: FirstScreens): void {
  if (!canPaint(host)) return;
  const lang = toLang(host.getAttribute('lang'));
  const screen = screens[lang];
  const root = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync([tokens, base, controls, searchBoxStyles, shienNaviStyles, shellStyles].map((style) => style.cssText).join('\n'));
  root.adoptedStyleSheets = [sheet];

  const heading = host.getAttribute('heading') || screen.heading;
  const start = (host.getAttribute('start') ?? '').trim();
  const input = element('input', {
    id: 'query',
    part: 'search',
    type: 'search',
    enterkeyhint: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: withoutRuby(screen.searchPlaceholder),
  });
  const bubbles = [screen.greeting];
  const tail = element('div', { class: 'tail' });
  // Another start than the first question is painted by the widget itself, when it has arrived.
  if (start === '' || start === 'root') {
    bubbles.push(screen.question);
    tail.append(choiceList(host, screen));
  }
  const panel = element(
    'section',
    { part: 'panel', class: 'panel', 'aria-label': withoutRuby(heading), lang: lang === 'en' ? 'en' : 'ja', [SHELL]: '' },
    element('header', { part: 'header' }, element('h2', {}, ...ruby(heading))),
    element('div', { class: 'tools' }, element('div', {}, element('label', { for: 'query' }, ...ruby(screen.searchLabel)), input)),
    element(
      'div',
      { part: 'log', class: 'log' },
      element(
        'ol',
        { 'aria-label': withoutRuby(screen.conversationLabel) },
        ...bubbles.map((text) => element('li', { class: 'bot' }, element('p', { class: 'bubble', part: 'bubble bubble-bot' }, ...ruby(text)))),
      ),
      tail,
    ),
    element(
      'nav',
      { part: 'nav', 'aria-label': `${withoutRuby(screen.back)}・${withoutRuby(screen.restart)}` },
      element('button', { class: 'button', type: 'button', disabled: '' }, ...ruby(screen.back)),
      element('button', { class: 'button', type: 'button' }, ...ruby(screen.restart)),
    ),
  );
  root.append(panel);
}

/** The answers to the first question, in the order and selection of the `categories` attribute. */
function choiceList(host: HTMLElement, screen: FirstScreen): HTMLElement {
  const wanted = (host.getAttribute('categories') ?? '').split(/\s+/).filter(Boolean);
  const picked = wanted.flatMap((id) => screen.choices.filter((choice) => choice.id === id));
  const choices = picked.length > 0 ? picked : screen.choices;
  return element(
    'ul',
    { role: 'list', 'aria-label': withoutRuby(screen.question) },
    ...choices.map((choice, index) => {
      const button = element('button', { class: 'button choice', part: 'choice', type: 'button' }, element('span', { class: 'label' }, ...ruby(choice.label)));
      // Tapped before the widget has arrived: it answers as soon as it has.
      button.addEventListener('click', () => button.closest(`[${SHELL}]`)?.setAttribute(CHOSEN, String(index)));
      return element('li', {}, button);
    }),
  );
}

/** If the widget's code cannot be loaded: say so, and offer the crisis lines instead of the answers. */
export function shellFailed(host: HTMLElement, screens: FirstScreens): void {
  const tail = host.shadowRoot?.querySelector(`[${SHELL}] .tail`);
  if (!tail) return;
  const screen = screens[toLang(host.getAttribute('lang'))];
  // Nothing here can answer any more: only what works stays.
  host.shadowRoot?.querySelector(`[${SHELL}] .tools`)?.remove();
  host.shadowRoot?.querySelector(`[${SHELL}] nav`)?.remove();
  tail.replaceChildren(
    element('p', { class: 'notice error' }, ...ruby(screen.failed)),
    element(
      'section',
      {},
      element('h3', {}, ...ruby(screen.crisisHeading)),
      element(
        'ul',
        { role: 'list' },
        ...screen.crisis.map((line) =>
          element('li', {}, element('a', { class: 'button', href: telHref(line.number.replace(/[^\d#]/g, '')) }, element('span', {}, line.name), element('span', {}, line.number))),
        ),
      ),
    ),
  );
}

/** Removes the painted first screen from `host`, if it is still there. */
export function removeShell(host: HTMLElement): void {
  host.shadowRoot?.querySelector(`[${SHELL}]`)?.remove();
}

/** Clears a painted first screen out of `root`, returning what the person did on it (undefined if there was none). */
export function takeOverShell(root: ParentNode): ShellState | undefined {
  const shell = root.querySelector(`[${SHELL}]`);
  if (!shell) return undefined;
  const input = shell.querySelector('input');
  const choices = [...shell.querySelectorAll('button.choice')];
  const active = (root as ShadowRoot).activeElement;
  const focusedChoice = active ? choices.indexOf(active) : -1;
  const chosen = shell.getAttribute(CHOSEN);
  const state: ShellState = {
    choice: chosen === null ? undefined : Number(chosen),
    query: input?.value ?? '',
    focus: active && active === input ? 'search' : focusedChoice >= 0 ? focusedChoice : undefined,
  };
  shell.remove();
  return state;
}

function element(tag: string, attributes: Readonly<Record<string, string>>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Text with `相談《そうだん》` readings as <ruby>, every piece as text. */
function ruby(text: string): (Node | string)[] {
  return parseRuby(text).map((segment) => (segment.ruby === undefined ? segment.text : element('ruby', {}, segment.text, element('rt', {}, segment.ruby))));
}
