import { consume } from '@lit/context';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import { JA_MESSAGES } from '../../i18n/messages-ja.js';
import { emit } from '../events.js';
import { rubyText } from '../ruby-text.js';
import { base } from '../shared.styles.js';
import { quickExitStyles } from './quick-exit.styles.js';

/** Where quick exit goes when the site owner has not chosen a page: a plain search page. */
export const DEFAULT_EXIT_URL = 'https://www.google.com/';

/**
 * "この画面をすぐ閉じる": shown on sensitive paths (violence, abuse) for a person who may be
 * watched. Replaces the page with a neutral one, so the Back button does not return here.
 *
 * @fires shien-navi-exit - `{url}`, cancelable, just before leaving (a single-page app may
 *   handle the exit itself by calling `preventDefault()`).
 */
export class ShienNaviQuickExit extends LitElement {
  static override styles = [base, quickExitStyles];

  @consume({ context: naviContext, subscribe: true })
  @property({ attribute: false })
  navi: NaviContext | undefined;

  /** The neutral page to open instead. */
  @property() url: string = DEFAULT_EXIT_URL;

  override render() {
    return html`<button type="button" @click=${this.#leave}>${rubyText((this.navi?.messages ?? JA_MESSAGES).quickExit)}</button>`;
  }

  #leave(): void {
    const url = safeExitUrl(this.url);
    if (emit(this, 'shien-navi-exit', { url }, { cancelable: true })) window.location.replace(url);
  }
}

/** Only an http(s) page may be the way out; anything else falls back to the default. */
function safeExitUrl(url: string): string {
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : DEFAULT_EXIT_URL;
  } catch {
    return DEFAULT_EXIT_URL;
  }
}
