import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import { telHref } from '../../data/normalize.js';
import type { ServiceRecord } from '../../data/record.js';
import { MESSAGES } from '../../i18n/messages.js';
import { segmentsFor } from '../../search/highlight.js';
import type { MatchRanges } from '../../search/search-index.js';
import { base, controls } from '../shared.styles.js';
import { mapLink } from './map-link.js';
import { resultCardStyles } from './result-card.styles.js';

/** Text with the matched parts in <mark>, as text nodes (never HTML from the data). */
function marked(text: string, ranges: MatchRanges['name'] | undefined) {
  if (!ranges?.length) return text;
  return segmentsFor(text, ranges).map((segment) => (segment.match ? html`<mark>${segment.text}</mark>` : segment.text));
}

/** The phone cell as published when it is just a number, otherwise the number alone. */
function phoneLabel(record: ServiceRecord): string {
  const SHORT = 16;
  return record.phoneText !== '' && record.phoneText.length <= SHORT ? record.phoneText : record.phone;
}

/**
 * One support service: its name, common name, area, a short summary that opens to the whole
 * text, who it is for, how to get in touch, and the actions to call, find it on a map or read
 * more. All text is rendered as text, never as HTML.
 */
export class ShienNaviResultCard extends LitElement {
  static override styles = [base, controls, resultCardStyles];

  @consume({ context: naviContext, subscribe: true })
  @property({ attribute: false })
  navi: NaviContext | undefined;

  /** The service to show, as read from the CSV; nothing is shown without one. */
  @property({ attribute: false }) record: ServiceRecord | undefined;

  /** Parts of 制度名 and 通称 that matched a search, marked in the card. */
  @property({ attribute: false }) ranges: MatchRanges | undefined;

  @state() private expanded = false;

  override render() {
    const record = this.record;
    if (record === undefined) return nothing;
    const messages = this.navi?.messages ?? MESSAGES.ja;
    const area = record.municipality || `${record.prefecture}${messages.wholePrefecture}`;
    const map = mapLink(record);
    const more = [record.detail, record.howToApply].some((text) => text !== '') || record.summary.length > 60;
    return html`
      <article>
        <h4>${marked(record.name, this.ranges?.name)}</h4>
        ${record.alias ? html`<p class="alias">${marked(record.alias, this.ranges?.alias)}</p>` : nothing}
        <p class="meta">${messages.area}：${area}${record.updated ? html` ・ ${messages.updatedOn(record.updated)}` : nothing}</p>
        ${record.summary ? html`<p class="summary" ?data-clamped=${!this.expanded}>${record.summary}</p>` : nothing}
        ${this.expanded
          ? html`<div class="more" id="more">
              ${record.detail ? html`<p>${record.detail}</p>` : nothing}
              ${record.howToApply ? html`<p><span class="label">${messages.howToApply}</span>${record.howToApply}</p>` : nothing}
            </div>`
          : nothing}
        ${more
          ? html`<button class="toggle" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} @click=${this.#toggle}>
              ${this.expanded ? messages.readLess : messages.readMore}
            </button>`
          : nothing}
        ${record.target ? html`<p><span class="label">${messages.target}</span>${record.target}</p>` : nothing}
        ${record.contact || record.organization
          ? html`<p><span class="label">${messages.contact}</span>${record.contact || record.organization}</p>`
          : nothing}
        <div class="actions">
          ${record.phone
            ? html`<a class="button primary" href=${telHref(record.phone)}>${messages.call(phoneLabel(record))}</a>`
            : nothing}
          ${map ? html`<a class="button" href=${map} target="_blank" rel="noopener noreferrer">${messages.map}</a>` : nothing}
          ${record.url
            ? html`<a class="button" href=${record.url} target="_blank" rel="noopener noreferrer">${messages.details}</a>`
            : nothing}
        </div>
      </article>
    `;
  }

  #toggle(): void {
    this.expanded = !this.expanded;
  }
}
