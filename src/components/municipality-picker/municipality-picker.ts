import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import type * as AreasModule from '../../data/areas.js';
import { lazyModule } from '../../data/lazy-module.js';
import { JA_MESSAGES } from '../../i18n/messages-ja.js';
import { withoutRuby } from '../../i18n/ruby.js';
import { tell } from '../internal-events.js';
import { base } from '../shared.styles.js';
import { municipalityPickerStyles } from './municipality-picker.styles.js';

/** Suggestions shown at most: every town of the largest 振興局 (空知, 24) fits. */
const MAX_SUGGESTIONS = 30;

/** The area table (179 towns of Hokkaido), a chunk fetched when the person first uses the field. */
const areasChunk = lazyModule((): Promise<typeof AreasModule> => import('../../data/areas.js'));

/**
 * Which municipality's services to show: a text field that, as the person types a name, a
 * reading (いわみざわ) or a code (012106), suggests towns grouped under their 振興局, and the
 * other places named in the data (empty means every area).
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

  /** What is typed and not yet chosen. */
  @state() private typed = '';
  @state() private areasLoaded = areasChunk.now() !== undefined;

  override render() {
    const messages = this.navi?.messages ?? JA_MESSAGES;
    const groups = this.#suggestions();
    return html`
      <label for="municipality">${withoutRuby(messages.municipalityLabel)}</label>
      <input
        id="municipality"
        type="text"
        autocomplete="off"
        enterkeyhint="done"
        aria-describedby=${groups.length > 0 ? 'suggestions' : nothing}
        placeholder=${withoutRuby(messages.municipalityAll)}
        .value=${this.value}
        @focus=${this.#load}
        @input=${this.#onInput}
        @change=${this.#onChange}
        @keydown=${this.#onKeydown}
      />
      ${groups.length > 0
        ? html`<div class="suggestions" id="suggestions" role="group" aria-label=${withoutRuby(messages.municipalitySuggestions)}>
            ${groups.map(
              (group) => html`
                ${group.heading ? html`<p class="area">${group.heading}</p>` : nothing}
                <ul>
                  ${group.places.map(
                    (place) => html`<li>
                      <button type="button" @click=${() => this.#choose(place.name)}>
                        <span class="name">${place.name}</span>${place.reading ? html`<span class="reading">${place.reading}</span>` : nothing}
                      </button>
                    </li>`,
                  )}
                </ul>
              `,
            )}
          </div>`
        : nothing}
    `;
  }

  /** Towns of the area table that fit what is typed, grouped by area, then other places of the data. */
  #suggestions(): AreasModule.PlaceGroup[] {
    const text = this.typed.trim();
    // Until the table has arrived, a name or code typed in full still applies (see #exact).
    const areas = areasChunk.now();
    return text === '' || text === this.value || !this.areasLoaded || areas === undefined ? [] : areas.suggestPlaces(text, this.options, MAX_SUGGESTIONS);
  }

  #load(): void {
    if (this.areasLoaded) return;
    areasChunk.load().then(
      () => (this.areasLoaded = true),
      // Without the table the field still offers the data's own places.
      () => undefined,
    );
  }

  /** A name of the data or of the table, a town's code, or an emptied field applies at once. */
  #onInput(event: Event): void {
    this.#load();
    const text = (event.target as HTMLInputElement).value.trim();
    this.typed = text;
    const exact = this.#exact(text);
    if (exact !== undefined) this.#choose(exact);
  }

  /** Leaving the field with something that is not a place it knows puts the last choice back. */
  #onChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const exact = this.#exact(input.value.trim());
    if (exact !== undefined) this.#choose(exact);
    else if (this.#suggestions().length === 0) input.value = this.value;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || this.typed === '') return;
    this.typed = '';
    (event.target as HTMLInputElement).value = this.value;
  }

  /** The place a text names exactly: '' for an empty field, a town's name for its code. */
  #exact(text: string): string | undefined {
    if (text === '' || this.options.includes(text)) return text;
    const place = areasChunk.now()?.placeOf(text);
    return place === undefined || (place.municipality.name !== text && place.municipality.code !== text) ? undefined : place.municipality.name;
  }

  #choose(name: string): void {
    this.typed = '';
    const input = this.renderRoot.querySelector('input');
    if (input) input.value = name;
    if (name === this.value) return;
    this.value = name;
    tell(this, 'navi-municipality', name);
  }
}
