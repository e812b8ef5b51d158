import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { contrastsOf, type Contrast } from './contrast.js';

/**
 * Beside the theme story: the contrast of each colour pair of the widget named by `for`, as
 * the theme controls set it, against what WCAG 2.2 AA asks (4.5 : 1 for text, 3 : 1 for the
 * outline of controls and the focus ring). Recomputed whenever `theme` or `scheme` change.
 */
export class ShienNaviContrastReport extends LitElement {
  static override styles = css`
    :host {
      display: block;
      margin-block-end: 16px;
      font: 14px/1.5 system-ui, sans-serif;
      color: #1b1f1d;
      background: #ffffff;
    }
    table {
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: 600;
      padding-block-end: 4px;
    }
    th,
    td {
      border: 1px solid #b9c4bf;
      padding: 2px 8px;
      text-align: start;
    }
    .colour {
      display: block;
      white-space: nowrap;
    }
    .swatch {
      display: inline-block;
      width: 1em;
      height: 1em;
      margin-inline-end: 4px;
      border: 1px solid #4d5652;
      vertical-align: middle;
    }
    .short {
      color: #a4262c;
      font-weight: 700;
    }
  `;

  /** The id of the `<shien-navi>` to check. */
  @property() for = '';

  /** The theme values set (any change recomputes the report). */
  @property({ attribute: false }) theme: Readonly<Record<string, string>> = {};

  /** The widget's scheme (a change recomputes the report). */
  @property() scheme = '';

  @state() private contrasts: Contrast[] = [];

  protected override updated(changed: Map<string, unknown>): void {
    if (!['for', 'theme', 'scheme'].some((name) => changed.has(name))) return;
    // After the widget has applied the new values.
    requestAnimationFrame(() => {
      const widget = (this.getRootNode() as Document | ShadowRoot).getElementById(this.for);
      if (widget) this.contrasts = contrastsOf(widget);
    });
  }

  override render() {
    if (this.contrasts.length === 0) return nothing;
    const short = this.contrasts.filter((contrast) => !contrast.enough).length;
    return html`
      <table>
        <caption>
          コントラスト（WCAG 2.2 AA）:
          ${short === 0 ? '十分です' : html`<span class="short">${short} 組が不足</span>`}
        </caption>
        <thead>
          <tr>
            <th scope="col">どこ</th>
            <th scope="col">文字・線／背景</th>
            <th scope="col">比</th>
            <th scope="col">判定</th>
          </tr>
        </thead>
        <tbody>
          ${this.contrasts.map(
            (contrast) => html`
              <tr>
                <th scope="row">${contrast.where}</th>
                <td>
                  <span class="colour">${swatch(contrast.foregroundColour)}${contrast.foregroundColour}</span>
                  <span class="colour">${swatch(contrast.backgroundColour)}${contrast.backgroundColour}</span>
                </td>
                <td>${contrast.ratio.toFixed(1)}</td>
                <td class=${contrast.enough ? '' : 'short'}>${contrast.enough ? `✓ ${contrast.minimum} 以上` : `✗ 不足（${contrast.minimum} 必要）`}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    `;
  }
}

const swatch = (colour: string) => html`<span class="swatch" aria-hidden="true" style=${styleMap({ background: colour })}></span>`;

/**
 * Registers the report. The story calls this: an import for its side effect alone would be
 * dropped from the Storybook build (package.json lists the modules with side effects).
 */
export function defineContrastReport(): void {
  if (!customElements.get('shien-navi-contrast-report')) customElements.define('shien-navi-contrast-report', ShienNaviContrastReport);
}

declare global {
  interface HTMLElementTagNameMap {
    'shien-navi-contrast-report': ShienNaviContrastReport;
  }
}
