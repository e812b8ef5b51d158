import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { BubbleView } from '../../engine/views.js';
import { base } from '../shared.styles.js';
import { conversationLogStyles, conversationLogLaterStyles } from './conversation-log.styles.js';

export type { BubbleView } from '../../engine/views.js';

/**
 * The scrolling conversation: the bubbles so far, then whatever the current step offers
 * (slotted: choices, crisis lines, results, or search results).
 *
 * @slot - Content after the bubbles.
 * @csspart bubble - Each message bubble, with `bubble-bot` or `bubble-user` as second name.
 */
export class ShienNaviConversationLog extends LitElement {
  static override styles = [base, conversationLogStyles, conversationLogLaterStyles];

  /** The messages so far, oldest first. */
  @property({ attribute: false }) bubbles: readonly BubbleView[] = [];

  /** Accessible name of the list of bubbles. */
  @property() label = '';

  /** Read out before each of the person's own answers, e.g. "あなたの選択". */
  @property({ attribute: 'user-label' }) userLabel = '';

  /** While search results are shown the bubbles are hidden, not removed: clearing the search brings them back at once. */
  @property({ type: Boolean, reflect: true }) searching = false;

  override render() {
    return html`
      <ol aria-label=${this.label}>
        ${this.bubbles.map(
          (bubble) =>
            html`<li class=${bubble.from}><shien-navi-bubble part="bubble bubble-${bubble.from}" from=${bubble.from} .text=${bubble.text} label=${this.userLabel}></shien-navi-bubble></li>`,
        )}
      </ol>
      <div class="tail"><slot></slot></div>
    `;
  }

  /** Scrolls so the newest bot bubble (the current question) is at the top of the log. */
  revealLatest(): void {
    const latest = [...this.renderRoot.querySelectorAll<HTMLElement>('shien-navi-bubble[from="bot"]')].at(-1);
    if (latest) this.scrollTop = latest.offsetTop - latest.offsetHeight / 2;
  }
}
