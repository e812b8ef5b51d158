import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import { MESSAGES } from '../../i18n/messages.js';
import { withoutRuby } from '../../i18n/ruby.js';
import type { ChoiceView } from '../../engine/views.js';
import type { SearchView } from '../controllers/search-controller.js';
import { forward, tell } from '../internal-events.js';
import { rubyText } from '../ruby-text.js';
import { base, controls } from '../shared.styles.js';
import { searchResultsStyles } from './search-results.styles.js';

/**
 * What a search found: the services, best first, a few at a time; or, when nothing matches,
 * the top-level categories so the person can go on by choosing instead.
 *
 * @fires navi-more - Internal: show more results.
 * @fires navi-choose - Internal: `detail` is the index of the category chosen.
 * @csspart card - Each result card.
 * @csspart choice - Each category button.
 */
export class ShienNaviSearchResults extends LitElement {
  static override styles = [base, controls, searchResultsStyles];

  @consume({ context: naviContext, subscribe: true })
  @property({ attribute: false })
  navi: NaviContext | undefined;

  /** What the search found: the services (hits shown so far, with their matched ranges, and how many in all). */
  @property({ attribute: false }) result: SearchView = { services: { hits: [], total: 0 } };

  /** The categories offered when nothing is found. */
  @property({ attribute: false }) categories: readonly ChoiceView[] = [];

  /** How many more results one "more" adds. */
  @property({ type: Number }) page = 10;

  override render() {
    const messages = this.navi?.messages ?? MESSAGES.ja;
    const { hits, total, tooShort } = this.result.services;
    if (tooShort) return html`<p>${rubyText(messages.searchTooShort)}</p>`;
    if (hits.length === 0) {
      return html`
        <p class="none">${rubyText(messages.searchNone)}</p>
        <p>${rubyText(messages.searchNoneHint)}</p>
        <shien-navi-choice-list exportparts="choice" .choices=${this.categories} @navi-choose=${forward(this)}></shien-navi-choice-list>
      `;
    }
    const remaining = total - hits.length;
    return html`
      <shien-navi-result-list
        exportparts="card"
        summary=${withoutRuby(messages.searchResults(total))}
        .records=${hits.map((hit) => hit.record)}
        .highlights=${new Map(hits.map((hit) => [hit.record, hit.ranges]))}
      ></shien-navi-result-list>
      ${remaining > 0
        ? html`<button class="button more" type="button" @click=${this.#more}>${rubyText(messages.showMore(Math.min(remaining, this.page)))}</button>`
        : nothing}
    `;
  }

  #more(): void {
    tell(this, 'navi-more', undefined);
  }
}
