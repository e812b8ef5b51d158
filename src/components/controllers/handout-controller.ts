import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ServiceRecord } from '../../data/record.js';
import { linkUrl, type NaviLink } from '../../engine/fragment.js';
import type { StopNode } from '../../engine/walker.js';
import { localize, type Lang } from '../../i18n/lang.js';
import { withoutRuby } from '../../i18n/ruby.js';
import { loadHelpers, loadShare } from '../lazy-parts.js';

/** What the printed handout shows. */
export interface HandoutContent {
  /** The goal's text; '' for the list (the handout names it). */
  readonly heading: string;
  readonly town: string;
  /** The page to come back to, with the goal or list and the town in its fragment. */
  readonly link: string;
  readonly records: readonly ServiceRecord[];
  readonly lines: readonly string[];
}

/** What is on screen: the goal or the list, the town, and the goal's text. */
export interface OnScreen {
  readonly link: NaviLink;
  readonly heading: string;
  readonly lang: Lang;
}

/** What is on screen: the list, or the step shown (a goal by id), in its town as people know it. */
export function onScreen(step: { readonly node: StopNode; readonly nodeId: string; readonly municipalityName: string }, list: boolean, lang: Lang): OnScreen {
  const town = step.municipalityName;
  const link = { ...(list ? { list } : step.node.kind === 'goal' ? { goal: step.nodeId } : {}), ...(town ? { town } : {}) };
  return { link, heading: list ? '' : localize(step.node.text, lang), lang };
}

export interface HandoutOptions {
  readonly onScreen: () => OnScreen;
  /** Says something once through the live region. */
  say(text: string): void;
  /** The handout element, once rendered, to wait for. */
  readonly element: () => { ready(): Promise<void> } | null;
}

/**
 * Printing and sharing what is on screen. Only when the person asks does the link to it go into
 * the page's URL fragment (never sent to a server); the handout (with its QR code) and the share
 * code load then. The handout is dropped once the screen shows something else.
 */
export class HandoutController implements ReactiveController {
  /** The handout to render, after the person asked to print. */
  content: HandoutContent | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #options: HandoutOptions;
  #printed: string | undefined;

  constructor(host: ReactiveControllerHost, options: HandoutOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.content !== undefined && this.#printed !== this.#key()) this.content = undefined;
  }

  /** Prints a handout of `records` (and crisis `lines`); the page as it is when the handout cannot load. */
  async print(records: readonly ServiceRecord[], lines: readonly string[]): Promise<void> {
    const { link, heading } = this.#options.onScreen();
    const url = this.#write(link);
    if (await loadHelpers()) {
      this.content = { heading: link.list ? '' : heading, town: link.town ?? '', link: url, records, lines };
      this.#printed = this.#key();
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      await this.#options.element()?.ready();
    }
    window.print();
  }

  /** Shares the link to what is on screen (the device's share sheet, else the clipboard). */
  async share(): Promise<void> {
    const { link, heading, lang } = this.#options.onScreen();
    const url = this.#write(link);
    const module = await loadShare();
    const said = module ? await module.shareLink(url, withoutRuby(heading), lang) : '';
    if (said) this.#options.say(said);
  }

  #key(): string {
    const { link } = this.#options.onScreen();
    return JSON.stringify([link.goal, link.list, link.town]);
  }

  /** The link goes into the address bar (replacing the entry: Back still leaves the page as before). */
  #write(link: NaviLink): string {
    const url = linkUrl(location.href, link);
    try {
      history.replaceState(history.state, '', url);
    } catch {
      // A sandboxed or opaque page may refuse; the link is printed and shared anyway.
    }
    return url;
  }
}
