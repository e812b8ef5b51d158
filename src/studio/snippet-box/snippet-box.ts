import { LitElement, css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { studioBase } from '../shared.styles.js';

/**
 * Code to paste, in a read-only text box (select it with the keyboard like any text) with a
 * button that copies it. Says whether the copy worked.
 */
export class StudioSnippetBox extends LitElement {
  static override styles = [
    studioBase,
    css`
      :host {
        display: block;
      }
      textarea {
        font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        font-size: 0.8125rem;
        line-height: 1.5;
        /* Wrapped, not scrolled sideways on a phone: the copied text is the same. */
        white-space: pre-wrap;
        overflow-wrap: anywhere;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        margin-block-start: 6px;
      }
    `,
  ];

  /** The code. */
  @property() code = '';
  /** The label of the text box. */
  @property() label = 'コード';
  /** Rows of the text box. */
  @property({ type: Number }) rows = 6;
  @state() private copied: 'no' | 'yes' | 'failed' = 'no';

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('code')) this.copied = 'no';
  }

  override render() {
    return html`
      <label class="field">
        <span>${this.label}</span>
        <textarea readonly rows=${this.rows} spellcheck="false" .value=${this.code} @focus=${(event: FocusEvent) => (event.target as HTMLTextAreaElement).select()}></textarea>
      </label>
      <div class="actions">
        <button type="button" class="primary" @click=${this.#copy}>コピーする</button>
        <span role="status">${this.copied === 'yes' ? 'コピーしました。サイトの HTML に貼り付けてください。' : this.copied === 'failed' ? 'コピーできませんでした。上の欄を選んでコピーしてください。' : ''}</span>
      </div>
    `;
  }

  readonly #copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(this.code);
      this.copied = 'yes';
    } catch {
      this.copied = 'failed';
    }
  };
}
