import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import type { ServiceRecord } from '../../data/record.js';
import type { ServiceCounts } from '../../engine/counts.js';
import type { Flow } from '../../engine/flow.js';
import { filterTown, listGroups, type ListFilter, type ListGroup } from '../../engine/list-view.js';
import { loadSearchChunk, searchChunk } from '../../engine/load-trouble-search.js';
import type { TroubleMatcher } from '../../engine/troubles.js';
import { LIST_MESSAGES } from '../../i18n/list-messages.js';
import { JA_MESSAGES } from '../../i18n/messages-ja.js';
import { VIEW_LINKS } from '../../i18n/view-links.js';
import { withoutRuby } from '../../i18n/ruby.js';
import type { SearchIndex } from '../../search/search-index.js';
import { afterPaint } from '../after-paint.js';
import { tell } from '../internal-events.js';
import { rubyText } from '../ruby-text.js';
import { base, controls } from '../shared.styles.js';
import { serviceListStyles } from './service-list.styles.js';

/** Cards of the first screen: more than a phone or the desktop panel shows at once, few enough for one frame. */
export const LIST_FIRST_CARDS = 4;
/** Cards added each time the person nears the end of those shown. */
export const LIST_PAGE = 20;
/** Typing pauses this long before the number found is read out. */
const ANNOUNCE_DELAY_MS = 800;

/**
 * The 支援員's list (`view="list"`): every live service for the town, grouped by 行政サービス
 * 分類 with a count per group, narrowed by the conversation's own search, as the same cards.
 * The first screen of cards comes at once, the rest as the person scrolls (or presses "more"),
 * so ten thousand services never become ten thousand cards at once.
 *
 * @fires navi-print - Internal: print a handout of the services listed.
 * @fires navi-share - Internal: share a link to this list.
 * @csspart card - Each result card.
 */
export class ShienNaviServiceList extends LitElement {
  static override styles = [base, controls, serviceListStyles];

  @consume({ context: naviContext, subscribe: true })
  @property({ attribute: false })
  navi: NaviContext | undefined;

  /** Every service read from the data (the search's index is over these); undefined while it loads. */
  @property({ attribute: false }) records: readonly ServiceRecord[] | undefined;

  /** The town's services, by the widget's municipality rule (engine/town.ts), in data order. */
  @property({ attribute: false }) services: readonly ServiceRecord[] = [];

  /** The town: a name or a 6-digit code; '' for every area. */
  @property() municipality = '';

  /** The flow whose situations the filter understands (the widget's). */
  @property({ attribute: false }) flow: Flow | undefined;

  /** The search index over `records`, when the widget has built it. */
  @property({ attribute: false }) index: SearchIndex | undefined;

  /** The flow's trouble matcher, when the widget has built it. */
  @property({ attribute: false }) troubles: TroubleMatcher | undefined;

  /** The goals' services for the town, when the widget has counted them (else the search counts them once). */
  @property({ attribute: false }) counts: ServiceCounts | undefined;

  /** Newest 最終更新日 of the data. */
  @property({ attribute: 'data-date' }) dataDate = '';

  /** What is typed into the filter. */
  @state() private query = '';
  /** How many cards are rendered. */
  @state() private shown = LIST_FIRST_CARDS;

  /** What the filter found for the last query typed. */
  #found: { readonly key: readonly unknown[]; readonly value: ListFilter | undefined } | undefined;
  #observer: IntersectionObserver | undefined;
  #cancelGrow: (() => void) | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** The services listed now (the town's, narrowed by the filter). */
  get listed(): readonly ServiceRecord[] {
    return this.#filtered()?.records ?? this.#lastListed;
  }
  #lastListed: readonly ServiceRecord[] = [];

  /** After the person's own action opened the list: its heading. */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#cancelGrow?.();
    this.#cancelGrow = undefined;
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A new list starts at its first screen again.
    if (changed.has('services') || changed.has('query')) this.shown = LIST_FIRST_CARDS;
  }

  protected override updated(): void {
    this.#lastListed = this.listed;
    this.toggleAttribute('aria-busy', this.#filtered()?.partial === true);
    this.#watchMore();
  }

  override render() {
    const messages = this.navi?.messages ?? JA_MESSAGES;
    const words = LIST_MESSAGES[this.navi?.lang ?? 'ja'];
    const records = this.records;
    const filter = this.#filtered();
    const listed = filter?.records ?? this.#lastListed;
    const groups = this.#grouped(listed);
    const town = this.municipality.trim();
    const found = filter?.total ?? listed.length;
    const partial = filter?.partial === true;
    return html`
      <h3 tabindex="-1">${rubyText(words.listHeading(town))}</h3>
      <p class="meta">
        ${records === undefined
          ? rubyText(messages.loading)
          : rubyText(found === this.services.length ? words.listCount(found) : `${words.listCount(found)} / ${words.listCount(this.services.length)}`)}
        ${this.dataDate ? html` · ${rubyText(messages.dataDate(this.dataDate))}` : nothing}
      </p>
      <div class="actions">
        <button class="button" type="button" @click=${() => tell(this, 'navi-print', { records: listed, lines: [] })}>${rubyText(messages.printContacts)}</button>
        <button class="button" type="button" @click=${() => tell(this, 'navi-share', undefined)}>${rubyText(VIEW_LINKS[this.navi?.lang ?? 'ja'].share)}</button>
      </div>
      <label for="filter">${rubyText(words.filterLabel)}</label>
      <input id="filter" type="search" autocomplete="off" spellcheck="false" enterkeyhint="search" .value=${this.query} @input=${this.#onInput} />
      ${filter && filter.crisis.length > 0 ? html`<shien-navi-crisis-lines .lines=${filter.crisis}></shien-navi-crisis-lines>` : nothing}
      ${this.query.trim() !== '' && filter === undefined && searchChunk() === undefined
        ? html`<p class="meta" role="status">${rubyText(messages.loading)}</p>`
        : nothing}
      ${records !== undefined && listed.length === 0 && this.query.trim() !== '' ? html`<p class="none">${rubyText(words.filterNone)}</p>` : nothing}
      ${groups.length > 1 && !partial ? this.#renderIndex(groups, words.groupsLabel, words.groupCount) : nothing}
      ${this.#renderGroups(groups, messages.otherGroup, partial ? (label) => label : words.groupCount)}
      ${this.shown < listed.length && !partial
        ? html`<button class="button more" type="button" @click=${this.#grow}>${rubyText(words.showMore(listed.length - this.shown))}</button>`
        : nothing}
    `;
  }

  /** The groups' names and counts: each jumps to its group. */
  #renderIndex(groups: readonly ListGroup[], label: string, count: (label: string, count: number) => string): TemplateResult {
    const other = (this.navi?.messages ?? JA_MESSAGES).otherGroup;
    return html`
      <ul class="groups" aria-label=${withoutRuby(label)}>
        ${groups.map(
          (group, at) =>
            html`<li><button class="button" type="button" @click=${() => void this.#jump(at)}>${rubyText(count(group.label || other, group.records.length))}</button></li>`,
        )}
      </ul>
    `;
  }

  #renderGroups(groups: readonly ListGroup[], other: string, count: (label: string, count: number) => string) {
    let room = this.shown;
    return groups.map((group, at) => {
      const cards = group.records.slice(0, Math.max(0, room));
      room -= cards.length;
      if (cards.length === 0) return nothing;
      return html`
        <section aria-labelledby="group-${at}">
          <h4 id="group-${at}" tabindex="-1">${rubyText(count(group.label || other, group.records.length))}</h4>
          <ul class="cards">
            ${cards.map((record) => html`<li><shien-navi-result-card part="card" .record=${record}></shien-navi-result-card></li>`)}
          </ul>
        </section>
      `;
    });
  }

  #onInput(event: InputEvent): void {
    this.query = (event.target as HTMLInputElement).value;
    if (searchChunk() === undefined) void loadSearchChunk().then(() => this.requestUpdate());
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const words = LIST_MESSAGES[this.navi?.lang ?? 'ja'];
      const found = this.#filtered()?.total ?? this.listed.length;
      this.navi?.announce(withoutRuby(found === 0 ? words.filterNone : words.listCount(found)));
    }, ANNOUNCE_DELAY_MS);
  }

  /** Renders every card up to group `at`, then moves to its heading. */
  async #jump(at: number): Promise<void> {
    const groups = this.#grouped(this.listed);
    const before = groups.slice(0, at + 1).reduce((sum, group) => sum + group.records.length, 0);
    this.shown = Math.max(this.shown, before - (groups[at]?.records.length ?? 0) + LIST_FIRST_CARDS);
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>(`#group-${at}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  #grow = (): void => {
    this.shown += LIST_PAGE;
  };

  /** The "more" button loads the next cards as it nears the screen: the person scrolls, the list follows. */
  #watchMore(): void {
    const more = this.renderRoot.querySelector('.more');
    if (typeof IntersectionObserver === 'undefined') return;
    this.#observer ??= new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting) || this.#cancelGrow) return;
        // After the frame that showed it: a scroll never waits for the cards it brings.
        this.#cancelGrow = afterPaint(() => {
          this.#cancelGrow = undefined;
          this.#grow();
        });
      },
      { root: this, rootMargin: '0px 0px 600px 0px' },
    );
    this.#observer.disconnect();
    if (more) this.#observer.observe(more);
  }

  /**
   * The filter's answer; undefined until the search is here. One answer per keystroke gives every
   * service found (its rows), in the town's order and grouped in the same pass: the counts are
   * right within the keystroke and nothing is left to do after it.
   */
  #filtered(): ListFilter | undefined {
    const town = this.services;
    if (this.query.trim() === '') return { records: town, crisis: [], total: town.length, partial: false };
    const chunk = searchChunk();
    const { records, flow } = this;
    if (chunk === undefined || records === undefined || flow === undefined) return undefined;
    const lang = this.navi?.lang ?? 'ja';
    const key = [town, this.query, chunk, this.index, this.troubles, this.counts, flow, lang];
    if (this.#found?.key.every((value, at) => value === key[at])) return this.#found.value;
    const index = this.index?.records === records ? this.index : undefined;
    const search = {
      answerQuery: chunk.answerQuery,
      answerRows: chunk.answerRows,
      ...(index ? { index } : {}),
      ...(this.troubles ? { troubles: this.troubles } : {}),
      ...(this.counts ? { counts: this.counts } : {}),
    };
    const value = filterTown(town, this.query, search, { flow, lang, records, municipality: this.municipality });
    this.#found = { key, value };
    return value;
  }

  /** Grouped once per list (engine/list-view.ts keeps them): opening it again or a keystroke's own list groups nothing again. */
  #grouped(records: readonly ServiceRecord[]): readonly ListGroup[] {
    return listGroups(records);
  }
}
