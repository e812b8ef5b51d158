import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Lang, LocalizedText } from '../../i18n/lang.js';
import { textIn } from '../model/flow-edits.js';
import { studioBase } from '../shared.styles.js';
import { tell } from '../studio-events.js';

export interface LocalizedTextChange {
  readonly lang: Lang;
  readonly value: string;
}

const LANGUAGES: readonly { lang: Lang; name: string; hint: string }[] = [
  { lang: 'ja', name: '日本語', hint: '必須' },
  { lang: 'ja-easy', name: 'やさしい日本語', hint: '空なら日本語を表示' },
  { lang: 'en', name: 'English', hint: '空なら日本語を表示' },
];

/**
 * One text of the flow in its three languages: Japanese (required), やさしい日本語 and English.
 *
 * @fires studio-text - `{lang, value}` as each language is typed.
 */
export class StudioLocalizedText extends LitElement {
  static override styles = [
    studioBase,
    css`
      :host {
        display: block;
      }
      fieldset {
        display: grid;
        gap: 6px;
      }
      .language {
        display: grid;
        grid-template-columns: 8.5em 1fr;
        align-items: start;
        gap: 8px;
      }
      .language label {
        padding-block-start: 10px;
        font-weight: 400;
        font-size: 0.875rem;
      }
      @media (max-width: 480px) {
        .language {
          grid-template-columns: 1fr;
          gap: 2px;
        }
        .language label {
          padding: 0;
        }
      }
    `,
  ];

  /** What the text is (the fieldset's legend). */
  @property() label = '';
  @property({ attribute: false }) value: LocalizedText | undefined;
  /** Several lines (a question or goal text) or one (a choice). */
  @property({ type: Boolean }) multiline = false;

  override render() {
    const id = (lang: Lang): string => `text-${lang}`;
    return html`<fieldset>
      <legend>${this.label}</legend>
      ${LANGUAGES.map(({ lang, name, hint }) => {
        const value = textIn(this.value, lang);
        const missing = lang === 'ja' && value.trim() === '';
        const input = (event: Event): void => {
          const detail: LocalizedTextChange = { lang, value: (event.target as HTMLInputElement | HTMLTextAreaElement).value };
          tell(this, 'studio-text', detail);
        };
        return html`<div class="language" lang=${lang === 'en' ? 'en' : 'ja'}>
          <label for=${id(lang)}>${name}<span class="visually-hidden">（${hint}）</span></label>
          ${this.multiline
            ? html`<textarea id=${id(lang)} rows="2" .value=${value} aria-invalid=${String(missing)} placeholder=${hint} @input=${input}></textarea>`
            : html`<input id=${id(lang)} type="text" .value=${value} aria-invalid=${String(missing)} placeholder=${hint} @input=${input} />`}
        </div>`;
      })}
    </fieldset>`;
  }
}
