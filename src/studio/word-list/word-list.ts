import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { studioBase } from '../shared.styles.js';
import { tell } from '../studio-events.js';

/**
 * A list of short words (a goal's search terms, キーワード, 制度番号, the phrases people type):
 * each shown with a button that removes it, and a field that adds one (Enter or the button).
 *
 * @fires studio-words - The whole new list, after each addition or removal.
 */
export class StudioWordList extends LitElement {
  static override styles = [
    studioBase,
    css`
      :host {
        display: block;
        margin-block-end: 14px;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin: 0 0 6px;
        padding: 0;
        list-style: none;
      }
      li {
        display: inline-flex;
        align-items: center;
        gap: 2px;
        padding-inline-start: 10px;
        border: 1px solid var(--_border);
        border-radius: 999px;
        background: var(--_surface-alt);
        overflow-wrap: anywhere;
      }
      li button {
        min-height: 36px;
        min-width: 44px;
        border: none;
        border-radius: 999px;
        background: transparent;
      }
      form {
        display: flex;
        gap: 6px;
      }
      form input {
        flex: 1 1 auto;
        min-inline-size: 0;
      }
      /* 足す stays one word on a phone (it broke into 足 / す beside the field). */
      form button {
        flex: none;
        white-space: nowrap;
      }
    `,
  ];

  @property() label = '';
  @property() hint = '';
  @property({ attribute: false }) words: readonly string[] = [];

  override render() {
    return html`
      <div class="field" role="group" aria-labelledby="label">
        <span id="label">${this.label}</span>
        ${this.hint ? html`<span class="hint">${this.hint}</span>` : nothing}
        ${this.words.length > 0
          ? html`<ul aria-label=${this.label}>
              ${this.words.map(
                (word, index) => html`<li>
                  <span>${word}</span
                  ><button type="button" aria-label=${`「${word}」を消す`} @click=${() => this.#emit(this.words.filter((_, at) => at !== index))}>✕</button>
                </li>`,
              )}
            </ul>`
          : html`<span class="hint">（まだありません）</span>`}
        <form @submit=${this.#add}>
          <input type="text" name="word" aria-label=${`${this.label}に足す言葉`} autocomplete="off" />
          <button type="submit" class="small">足す</button>
        </form>
      </div>
    `;
  }

  readonly #add = (event: SubmitEvent): void => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('word') as HTMLInputElement;
    const words = input.value
      .split(/[;；\n]/)
      .map((word) => word.trim())
      .filter((word) => word !== '' && !this.words.includes(word));
    input.value = '';
    if (words.length > 0) this.#emit([...this.words, ...words]);
  };

  #emit(words: readonly string[]): void {
    tell(this, 'studio-words', words);
  }
}
