import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ChoiceView } from '../../engine/views.js';
import { tell } from '../internal-events.js';
import { rubyText } from '../ruby-text.js';
import { base, buttonList, controls } from '../shared.styles.js';
import { choiceListStyles, choiceListLaterStyles } from './choice-list.styles.js';

export type { ChoiceView } from '../../engine/views.js';

/**
 * The answers to the current question, as large buttons. A choice with nothing behind it is
 * still offered (its goal shows crisis lines and a way back), but marked as such.
 *
 * @fires navi-choose - Internal, not composed: `detail` is the index of the choice.
 * @csspart choice - Each answer button.
 */
export class ShienNaviChoiceList extends LitElement {
  static override styles = [base, controls, buttonList, choiceListStyles, choiceListLaterStyles];

  /** The answers, in order, each with how many services lie behind it. */
  @property({ attribute: false }) choices: readonly ChoiceView[] = [];

  /** Accessible name of the group (the question). */
  @property() label = '';

  /** Moves focus to the first answer, after the person's own action brought them here. */
  focusFirst(): void {
    this.renderRoot.querySelector('button')?.focus({ preventScroll: true });
  }

  override render() {
    return html`
      <ul role="list" aria-label=${this.label || nothing}>
        ${this.choices.map(
          (choice, index) => html`
            <li>
              <button
                class="button ${choice.empty ? 'empty' : ''}"
                part="choice"
                type="button"
                @click=${() => this.#choose(index)}
              >
                <span class="label">${rubyText(choice.label)}</span>
                ${choice.countText ? html`<span class="count">${choice.countText}</span>` : nothing}
              </button>
            </li>
          `,
        )}
      </ul>
    `;
  }

  #choose(index: number): void {
    tell(this, 'navi-choose', index);
  }
}
