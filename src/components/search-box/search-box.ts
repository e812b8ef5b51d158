import { consume } from '@lit/context';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import { JA_MESSAGES } from '../../i18n/messages-ja.js';
import { withoutRuby } from '../../i18n/ruby.js';
import { tell } from '../internal-events.js';
import { rubyText } from '../ruby-text.js';
import { base } from '../shared.styles.js';
import { searchBoxStyles } from './search-box.styles.js';

/**
 * The free-text search field of `<shien-navi>`. What is typed stays inside the widget.
 *
 * @fires navi-query - Internal, not composed: `detail` is the text typed.
 * @csspart search - The `<input type="search">`.
 */
export class ShienNaviSearchBox extends LitElement {
  static override styles = [base, searchBoxStyles];

  @consume({ context: naviContext, subscribe: true })
  @property({ attribute: false })
  navi: NaviContext | undefined;

  /** The current query. */
  @property() value = '';

  override render() {
    const messages = this.navi?.messages ?? JA_MESSAGES;
    return html`
      <label for="query">${rubyText(messages.searchLabel)}</label>
      <input
        id="query"
        part="search"
        type="search"
        enterkeyhint="search"
        autocomplete="off"
        spellcheck="false"
        placeholder=${withoutRuby(messages.searchPlaceholder)}
        .value=${this.value}
        @input=${this.#onInput}
      />
    `;
  }

  #onInput(event: InputEvent): void {
    this.value = (event.target as HTMLInputElement).value;
    tell(this, 'navi-query', this.value);
  }
}
