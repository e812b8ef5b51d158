import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import type { ServiceRecord } from '../../data/record.js';
import type { MatchRanges } from '../../search/search-index.js';
import { MESSAGES } from '../../i18n/messages.js';
import { rubyText } from '../ruby-text.js';
import { base } from '../shared.styles.js';
import { groupByClassification } from './group.js';
import { resultListStyles } from './result-list.styles.js';

/**
 * Services as cards, grouped by 支援分類 when there is more than one group.
 *
 * @csspart card - Each result card.
 */
export class ShienNaviResultList extends LitElement {
  static override styles = [base, resultListStyles];

  @consume({ context: naviContext, subscribe: true })
  @property({ attribute: false })
  navi: NaviContext | undefined;

  /** The services to show as cards, in order. */
  @property({ attribute: false }) records: readonly ServiceRecord[] = [];

  /** Matched ranges of 制度名 and 通称 per record, for search results. */
  @property({ attribute: false }) highlights: ReadonlyMap<ServiceRecord, MatchRanges> = new Map();

  /** The line above the cards, e.g. "5件の相談先・制度があります". */
  @property() summary = '';

  /** The data's 最終更新日, shown under the summary. */
  @property({ attribute: 'data-date' }) dataDate = '';

  override render() {
    const messages = this.navi?.messages ?? MESSAGES.ja;
    const groups = groupByClassification(this.records);
    const titled = groups.length > 1;
    return html`
      ${this.summary ? html`<p class="summary">${this.summary}</p>` : nothing}
      ${this.dataDate ? html`<p class="date">${rubyText(messages.dataDate(this.dataDate))}</p>` : nothing}
      ${groups.map(
        (group) => html`
          <section>
            ${titled ? html`<h3>${group.label || rubyText(messages.otherGroup)}（${group.records.length}）</h3>` : nothing}
            <ul>
              ${group.records.map(
                (record) =>
                  html`<li><shien-navi-result-card part="card" .record=${record} .ranges=${this.highlights.get(record)}></shien-navi-result-card></li>`,
              )}
            </ul>
          </section>
        `,
      )}
    `;
  }
}
