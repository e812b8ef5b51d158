import { consume } from '@lit/context';
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import { MESSAGES } from '../../i18n/messages.js';
import { withoutRuby } from '../../i18n/ruby.js';
import { tell } from '../internal-events.js';
import { base } from '../shared.styles.js';
import { municipalityPickerStyles } from './municipality-picker.styles.js';

/**
 * Which municipality's services to show: a text field that suggests the municipalities named
 * in the data as the person types (empty means every area).
 *
 * @fires navi-municipality - Internal, not composed: `detail` is the chosen name, or ''.
 */
export class ShienNaviMunicipalityPicker extends LitElement {
  static override styles = [base, municipalityPickerStyles];

  @consume({ context: naviContext, subscribe: true })
  @property({ attribute: false })
  navi: NaviContext | undefined;

  /** The municipalities named in the data. */
  @property({ attribute: false }) options: readonly string[] = [];

  /** The current choice, '' for every area. */
  @property() value = '';

  override render() {
    const messages = this.navi?.messages ?? MESSAGES.ja;
    return html`
      <label for="municipality">${withoutRuby(messages.municipalityLabel)}</label>
      <input
        id="municipality"
        type="text"
        list="municipalities"
        autocomplete="off"
        enterkeyhint="done"
        placeholder=${withoutRuby(messages.municipalityAll)}
        .value=${this.value}
        @input=${this.#onInput}
        @change=${this.#onChange}
      />
      <datalist id="municipalities">${this.options.map((name) => html`<option value=${name}></option>`)}</datalist>
    `;
  }

  /** Picking a suggestion (or emptying the field) applies at once. */
  #onInput(event: Event): void {
    const text = (event.target as HTMLInputElement).value.trim();
    if (text === '' || this.options.includes(text)) this.#choose(text);
  }

  /** Leaving the field with something that is not a municipality of the data puts the last choice back. */
  #onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const text = input.value.trim();
    if (text === '' || this.options.includes(text)) this.#choose(text);
    else input.value = this.value;
  }

  #choose(name: string): void {
    if (name === this.value) return;
    this.value = name;
    tell(this, 'navi-municipality', name);
  }
}
