import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { rubyText } from '../ruby-text.js';
import { base } from '../shared.styles.js';
import { bubbleStyles, bubbleLaterStyles } from './bubble.styles.js';

/**
 * One message of the conversation: the widget's (`bot`) or the person's own answer (`user`).
 */
export class ShienNaviBubble extends LitElement {
  static override styles = [base, bubbleStyles, bubbleLaterStyles];

  /** Who said it. */
  @property({ reflect: true }) from: 'bot' | 'user' = 'bot';

  /** The message; `{漢字|かんじ}` marks ruby (furigana). */
  @property() text = '';

  /** Read out before the person's own answers, e.g. "あなたの選択". */
  @property() label = '';

  override render() {
    return html`${this.from === 'user' && this.label ? html`<span class="visually-hidden">${this.label}：</span>` : nothing}${rubyText(
      this.text,
    )}`;
  }
}
