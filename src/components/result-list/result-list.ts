import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import type { ServiceRecord } from '../../data/record.js';
import type { MatchRanges } from '../../search/search-index.js';
import { JA_MESSAGES } from '../../i18n/messages-ja.js';
import { afterPaint } from '../after-paint.js';
import { rubyText } from '../ruby-text.js';
import { lastAnswer } from '../../data/remembered.js';
import { base, controls } from '../shared.styles.js';
import { groupByClassification } from './group.js';
import { resultListStyles } from './result-list.styles.js';

/** True when `after` still starts with the first `count` records of `before`, in the same order. */
function startsWith(after: readonly ServiceRecord[], before: readonly ServiceRecord[], count: number): boolean {
  if (after.length < count || before.length < count) return false;
  for (let at = 0; at < count; at += 1) if (after[at] !== before[at]) return false;
  return true;
}

/**
 * Services as cards, grouped by 支援分類 when there is more than one group.
 *
 * With `first-cards`, a change of records builds only that many new cards at once and the rest
 * once the frame is painted (`aria-busy` meanwhile), so a keystroke builds what the screen shows.
 *
 * With `page-size`, only that many cards are shown, and a "show more" button (saying how many are
 * left) adds the next page and moves focus to its first card: a goal of thousands of services
 * never becomes thousands of cards at once. Headings and the summary still count every record.
 *
 * @csspart card - Each result card.
 */
export class ShienNaviResultList extends LitElement {
  static override styles = [base, controls, resultListStyles];

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

  /**
   * How many cards a change of records shows at once (default: all of them): the rest follow
   * once the frame is painted. Cards already on screen take their new records at once (that
   * costs little; building a card costs much more).
   */
  @property({ type: Number, attribute: 'first-cards' }) firstCards: number = Infinity;

  /**
   * How many cards one page shows (default: all of them). Beyond it, "show more" adds a page. New
   * records start again at the first page, unless they begin with the cards already shown.
   */
  @property({ type: Number, attribute: 'page-size' }) pageSize: number = Infinity;

  /** How many cards to render now. */
  @state() private shown = Infinity;
  /** How many pages the person has asked for. */
  @state() private pages = 1;
  /** How many the last render had. */
  #rendered = 0;
  #cancelRest: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#scheduleRest();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#cancelRest?.();
    this.#cancelRest = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('records') || changed.has('firstCards')) this.shown = Math.max(this.firstCards, this.#rendered);
    const before = changed.get('records');
    if ((before !== undefined && !startsWith(this.records, before, this.#rendered)) || changed.has('pageSize')) this.pages = 1;
  }

  /** Cards the pages asked for hold. */
  get #paged(): number {
    return Math.min(this.records.length, this.pages * this.pageSize);
  }

  protected override updated(): void {
    this.#rendered = Math.min(this.shown, this.#paged);
    if (this.#rendered < this.#paged) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    this.#scheduleRest();
  }

  #scheduleRest(): void {
    if (this.#cancelRest || this.#rendered >= this.#paged) return;
    this.#cancelRest = afterPaint(() => {
      this.#cancelRest = undefined;
      this.shown = Infinity;
    });
  }

  /** Adds a page, then moves focus to its first card (the button may be gone: focus never falls to the page). */
  async #showMore(): Promise<void> {
    const firstNew = this.#paged;
    this.pages += 1;
    this.shown = Infinity;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('li')[firstNew]?.focus();
  }

  #groups = lastAnswer(groupByClassification);

  override render() {
    const messages = this.navi?.messages ?? JA_MESSAGES;
    const groups = this.#groups(this.records);
    const titled = groups.length > 1;
    const paged = this.#paged;
    /** Cards still to render, across the groups in their order. */
    let room = Math.min(this.shown, paged);
    const left = this.records.length - paged;
    /** Cards of a later page take focus when it opens. */
    const paging = Number.isFinite(this.pageSize);
    return html`
      ${this.summary ? html`<p class="summary">${this.summary}</p>` : nothing}
      ${this.dataDate ? html`<p class="date">${rubyText(messages.dataDate(this.dataDate))}</p>` : nothing}
      ${groups.map((group) => {
        const cards = group.records.slice(0, Math.max(0, room));
        room -= cards.length;
        return cards.length === 0
          ? nothing
          : html`
              <section>
                ${titled ? html`<h3>${group.label || rubyText(messages.otherGroup)}（${group.records.length}）</h3>` : nothing}
                <ul>
                  ${cards.map(
                    (record) =>
                      html`<li tabindex=${paging ? '-1' : nothing}>
                        <shien-navi-result-card part="card" .record=${record} .ranges=${this.highlights.get(record)}></shien-navi-result-card>
                      </li>`,
                  )}
                </ul>
              </section>
            `;
      })}
      ${left > 0
        ? html`<button class="button more" type="button" @click=${this.#showMore}>
            ${rubyText(messages.showMoreResults(Math.min(left, this.pageSize), left))}
          </button>`
        : nothing}
    `;
  }
}
