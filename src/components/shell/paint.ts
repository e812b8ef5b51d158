import { toLang, type Lang } from '../../i18n/lang.js';
import { CHOSEN, deepQueryAll, PAINTED } from './painted.js';

/**
 * The first screen, painted by dist/shien-navi.js before the rest of the widget has arrived: the
 * widget's own components rendered at build time (scripts/first-screen.mjs) as declarative
 * shadow DOM, inserted with setHTMLUnsafe, each shadow root given its element's styles as
 * constructed sheets (no <style>: a strict CSP holds). When the widget's code arrives,
 * `<shien-navi>` takes the same shadow root over (take-over.ts), keeping what the person already
 * did there: an answer tapped, text typed, where the focus was.
 */

/** The first screen in one language. */
export interface PaintedScreen {
  /** The content of `<shien-navi>`'s shadow root. */
  readonly html: string;
  /** What takes the answers' place if the widget's code cannot be loaded. */
  readonly failed: string;
}

/** The languages whose messages are a chunk of their own: their screen comes with them. */
export type LaterLang = Exclude<Lang, 'ja'>;

/**
 * What the build rendered (see scripts/first-screen.mjs) and the entry carries: the ja screen,
 * each language's failure screen, and the styles they share. Another language's screen is in its
 * messages chunk, which its widget waits for anyway, so a ja page (the default) fetches and parses
 * none of them; its failure screen stays here, so a failed fetch of both that chunk and the
 * widget's code still offers the crisis lines. Grouped by language, the entry compresses best.
 */
export type PaintedScreens = { readonly ja: PaintedScreen } & Readonly<Record<LaterLang, Pick<PaintedScreen, 'failed'>>> & {
  /** Each distinct style sheet of the elements drawn, once. */
  readonly sheets: readonly string[];
  /** Which of `sheets` each element's shadow root adopts, by tag, in order. */
  readonly roots: Readonly<Record<string, readonly number[]>>;
};

let constructed: readonly CSSStyleSheet[] | undefined;

/** `tag`'s sheets, each made once per page. */
function sheets(screens: PaintedScreens, tag: string): CSSStyleSheet[] {
  const made = (constructed ??= screens.sheets.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  }));
  return (screens.roots[tag] ?? []).flatMap((index) => made[index] ?? []);
}

/** Gives every shadow root under `parent` its element's sheets, as the element itself would. */
function adoptStyles(parent: ParentNode, screens: PaintedScreens): void {
  for (const element of parent.querySelectorAll('*')) {
    if (!element.shadowRoot) continue;
    element.shadowRoot.adoptedStyleSheets = sheets(screens, element.localName);
    adoptStyles(element.shadowRoot, screens);
  }
}

/**
 * Only the first screen the build drew: the bundled flow, inline, its first question, the
 * messages' heading, in a browser that parses declarative shadow DOM. Anywhere else the widget
 * draws its own first screen when it arrives.
 */
function canPaint(host: HTMLElement): boolean {
  if (!('setHTMLUnsafe' in ShadowRoot.prototype) || host.shadowRoot) return false;
  if (host.getAttribute('mode') === 'launcher' || host.getAttribute('view') === 'list') return false;
  if (['heading', 'categories', 'flow'].some((name) => host.hasAttribute(name)) || !['', 'root'].includes((host.getAttribute('start') ?? '').trim())) return false;
  return !host.querySelector(':scope > script[type="application/json"]');
}

/** Marks a shadow root waiting for its language's screen: `[PAINTED]` too, so the widget waits for those messages (take-over.ts) and takes the mark away. */
const WAITING = `i[${PAINTED}]`;

/**
 * Paints the first screen into `host`'s shadow root; does nothing where it cannot stand in. In ja
 * at once; in another language once `screenIn` gives its screen (from its messages chunk, with
 * the messages), the root holding only a mark meanwhile. If they cannot be loaded the widget
 * speaks ja (components/shien-navi/messages.ts): so is the screen painted.
 */
export function paintFirstScreen(host: HTMLElement, screens: PaintedScreens, screenIn: (lang: LaterLang) => Promise<string | undefined>): void {
  if (!canPaint(host)) return;
  const root = host.attachShadow({ mode: 'open' });
  const lang = toLang(host.getAttribute('lang'));
  if (lang === 'ja') return paint(host, root, screens.ja.html, screens);
  root.setHTMLUnsafe(`<i ${PAINTED}></i>`);
  // Not once the widget has taken the mark away, nor once shellFailed has painted in its place.
  void screenIn(lang)
    .catch(() => undefined)
    .then((html) => {
      if (root.querySelector(WAITING)) paint(host, root, html ?? screens.ja.html, screens);
    });
}

function paint(host: HTMLElement, root: ShadowRoot, html: string, screens: PaintedScreens): void {
  root.setHTMLUnsafe(html);
  root.adoptedStyleSheets = sheets(screens, 'shien-navi');
  adoptStyles(root, screens);
  const panel = root.querySelector(`[${PAINTED}]`);
  // Drawn as a page with data shows it at first: without data, the widget says nothing is loading.
  if (!(host.getAttribute('src') ?? '').trim()) root.querySelector('.notice')?.remove();
  // Tapped before the widget has arrived: it answers as soon as it has.
  deepQueryAll(root, 'button[part~="choice"]').forEach((button, index) => button.addEventListener('click', () => panel?.setAttribute(CHOSEN, String(index))));
}

/** If the widget's code cannot be loaded: say so, and offer the crisis lines in place of the answers. */
export function shellFailed(host: HTMLElement, screens: PaintedScreens): void {
  const root = host.shadowRoot;
  // Still waiting for its language: not for the crisis lines, which come in ja's screen at once.
  if (root?.querySelector(WAITING)) paint(host, root, screens.ja.html, screens);
  const panel = root?.querySelector(`[${PAINTED}]`);
  const log = panel?.querySelector('shien-navi-conversation-log');
  if (!panel || !log) return;
  // Nothing here can answer any more: only what works stays.
  panel.querySelectorAll('.tools, .notice, nav, .view-link').forEach((dead) => dead.remove());
  log.setHTMLUnsafe(screens[toLang(host.getAttribute('lang'))].failed);
  adoptStyles(log, screens);
}

/** Removes the painted first screen from `host`, if it is still there. */
export function removeShell(host: HTMLElement): void {
  host.shadowRoot?.querySelector(`[${PAINTED}]`)?.remove();
}
