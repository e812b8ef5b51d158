import { consume } from '@lit/context';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import type { ServiceRecord } from '../../data/record.js';
import { JA_MESSAGES } from '../../i18n/messages-ja.js';
import { withoutRuby } from '../../i18n/ruby.js';
import { VIEW_LINKS } from '../../i18n/view-links.js';
import { tell } from '../internal-events.js';
import { rubyText } from '../ruby-text.js';
import { base, controls } from '../shared.styles.js';
import { contactActionsStyles } from './contact-actions.styles.js';
import { contactText } from './contact-text.js';

/**
 * "Copy / print / share these contacts": the services and crisis lines on screen as a
 * plain-text list (clipboard), a printed handout, or a link back to them. Nothing leaves the
 * device unless the person shares the link.
 *
 * @fires navi-print - Internal: `detail` holds the services and crisis lines to print.
 * @fires navi-share - Internal: share a link to this goal.
 */
export class ShienNaviContactActions extends LitElement {
  static override styles = [base, controls, contactActionsStyles];

  @consume({ context: naviContext, subscribe: true })
  @property({ attribute: false })
  navi: NaviContext | undefined;

  /** The services on screen, whose contacts Copy and Print take. */
  @property({ attribute: false }) records: readonly ServiceRecord[] = [];

  /** Crisis line ids shown beside the services. */
  @property({ attribute: false }) lines: readonly string[] = [];

  override render() {
    const messages = this.navi?.messages ?? JA_MESSAGES;
    return html`
      <button class="button" type="button" @click=${this.#copy}>${rubyText(messages.copyContacts)}</button>
      <button class="button" type="button" @click=${this.#print}>${rubyText(messages.printContacts)}</button>
      <button class="button" type="button" @click=${() => tell(this, 'navi-share', undefined)}>${rubyText(VIEW_LINKS[this.navi?.lang ?? 'ja'].share)}</button>
    `;
  }

  /** The text that Copy puts on the clipboard. */
  get text(): string {
    const messages = this.navi?.messages ?? JA_MESSAGES;
    return contactText(this.records, this.lines, messages, this.navi?.lang ?? 'ja');
  }

  async #copy(): Promise<void> {
    const messages = this.navi?.messages ?? JA_MESSAGES;
    const copied = await copyText(this.text, this.renderRoot);
    this.navi?.announce(withoutRuby(copied ? messages.copied : messages.copyFailed));
  }

  /** A handout of these contacts, printed by the widget (see HandoutController). */
  #print(): void {
    tell(this, 'navi-print', { records: this.records, lines: this.lines });
  }
}

/** The Clipboard API where the page may use it, else the old selection-and-copy way. */
async function copyText(text: string, root: Node & ParentNode): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    root.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
