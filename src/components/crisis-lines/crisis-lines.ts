import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import { telHref } from '../../data/tel.js';
import { CRISIS_LINES, isCrisisLineId } from '../../flows/crisis-lines.js';
import { localize } from '../../i18n/lang.js';
import { JA_MESSAGES } from '../../i18n/messages-ja.js';
import { rubyText } from '../ruby-text.js';
import { base, buttonList, controls } from '../shared.styles.js';
import { crisisLinesStyles, crisisLinesLaterStyles } from './crisis-lines.styles.js';

/**
 * The bundled crisis lines, as tap-to-call links. They never depend on the data loading. As a
 * listening line (`tone="listening"`), a line to a person shown beside results, under a calmer
 * heading and border.
 */
export class ShienNaviCrisisLines extends LitElement {
  static override styles = [base, controls, buttonList, crisisLinesStyles, crisisLinesLaterStyles];

  @consume({ context: naviContext, subscribe: true })
  @property({ attribute: false })
  navi: NaviContext | undefined;

  /** Crisis line ids to show, in order (unknown ids are skipped). */
  @property({ attribute: false }) lines: readonly string[] = [];

  /** `crisis`: lines for a cry for help; `listening`: a line to a person for any worry. */
  @property({ reflect: true }) tone: 'crisis' | 'listening' = 'crisis';

  override render() {
    const lang = this.navi?.lang ?? 'ja';
    const messages = this.navi?.messages ?? JA_MESSAGES;
    const lines = this.lines.filter(isCrisisLineId).map((id) => CRISIS_LINES[id]);
    if (lines.length === 0) return nothing;
    return html`
      <section>
        <h3>${rubyText(this.tone === 'listening' ? messages.listeningHeading : messages.crisisHeading)}</h3>
        <ul>
          ${lines.map(
            (line) => html`
              <li>
                <a class="button" href=${telHref(line.number.replace(/[^\d#]/g, ''))}>
                  <span class="name">${rubyText(localize(line.name, lang))}</span>
                  <span class="number">${line.number}</span>
                  <span class="note">${rubyText(localize(line.note, lang))}</span>
                </a>
              </li>
            `,
          )}
        </ul>
      </section>
    `;
  }
}
