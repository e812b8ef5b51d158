import { provide } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import { isEncoding } from '../../data/decode.js';
import type { ErrorKind } from '../../data/errors.js';
import type { LoadedData } from '../../data/load.js';
import type { ServiceRecord } from '../../data/record.js';
import { GoalIndex, ServiceCounts } from '../../engine/counts.js';
import type { Flow, GoalNode, QuestionNode } from '../../engine/flow.js';
import { matchesMunicipality, runQuery } from '../../engine/query.js';
import { transcript, withCategories } from '../../engine/transcript.js';
import * as walker from '../../engine/walker.js';
import { HOKKAIDO_FLOW } from '../../flows/hokkaido.js';
import { localize, toLang, type Lang } from '../../i18n/lang.js';
import { MESSAGES, type Messages } from '../../i18n/messages.js';
import { SearchIndex, type SearchResult } from '../../search/search-index.js';
import { defaultYield } from '../../data/parse.js';
import type { ShienNaviChoiceList } from '../choice-list/choice-list.js';
import type { ShienNaviConversationLog } from '../conversation-log/conversation-log.js';
import { DATA_STATUS, DataController } from '../controllers/data-controller.js';
import { FlowController } from '../controllers/flow-controller.js';
import { BackgroundBuild } from '../controllers/background-build.js';
import { publicEvent, type ShienNaviErrorDetail } from '../events.js';
import { base, controls, tokens } from '../shared.styles.js';
import { shienNaviStyles } from './shien-navi.styles.js';

/** Crisis line offered at a goal that found nothing and names no line of its own. */
const FALLBACK_CONTACTS = ['yorisoi'] as const;
/** Search results shown at first and added by "more": few cards keep typing instant and calm. */
const SEARCH_PAGE = 10;

/**
 * 支援情報ナビ: guides a person through a few questions to the support services that fit
 * them, read from an open-data CSV, with fuzzy search over 制度名 and 通称.
 *
 * @fires shien-navi-ready - `{records, sources, updated}` once the data has been read (or failed).
 * @fires shien-navi-step - `{node}` each time the person reaches a question or goal.
 * @fires shien-navi-goal - `{goal, results}` when a goal is shown; `results` is a count.
 * @fires shien-navi-search - `{results}` as the person types; the text itself is never included.
 * @fires shien-navi-error - `{kind, message}`; kind is `network`, `http`, `parse`, `schema` or `flow`.
 *
 * @csspart panel - The box that holds the whole conversation.
 * @csspart header - Its title bar.
 * @csspart log - The scrolling conversation.
 * @csspart bubble - Each message bubble (also `bubble-bot` or `bubble-user`).
 * @csspart choice - Each answer button.
 * @csspart nav - Back and Start over.
 * @csspart search - The search input.
 * @csspart card - Each result card.
 *
 * @cssprop --shien-navi-accent - Main colour (header, primary buttons). Default `#0b6e4f`.
 * @cssprop --shien-navi-on-accent - Text on the accent colour. Default `#ffffff`.
 * @cssprop --shien-navi-surface - Background. Default `#ffffff`.
 * @cssprop --shien-navi-surface-alt - Bot bubbles and notices. Default `#f1f5f3`.
 * @cssprop --shien-navi-text - Text colour. Default `#1b1f1d`.
 * @cssprop --shien-navi-muted - Secondary text. Default `#4d5652`.
 * @cssprop --shien-navi-border - Borders. Default `#b9c4bf`.
 * @cssprop --shien-navi-danger - Crisis lines and errors. Default `#a4262c`.
 * @cssprop --shien-navi-focus - Focus ring. Default `#1a56db`.
 * @cssprop --shien-navi-font - Font family.
 * @cssprop --shien-navi-radius - Corner radius. Default `12px`.
 * @cssprop --shien-navi-space - Inner spacing. Default `12px`.
 * @cssprop --shien-navi-max-height - Height of the panel. Default `640px`.
 */
export class ShienNavi extends LitElement {
  static override styles = [tokens, base, controls, shienNaviStyles];

  /** URL of the open-data CSV; several URLs separated by spaces are merged. */
  @property() src = '';

  /** Which top-level categories to offer, in order: `money work emergency health family`. */
  @property() categories = '';

  /** Id of the node to open on, e.g. `emergency`. */
  @property() start = '';

  /** Municipality filter: a name (`札幌市`) or a 6-digit code (`011002`). */
  @property() municipality = '';

  /** `ja` (default), `ja-easy` (やさしい日本語) or `en`. */
  @property({ reflect: true }) override lang = 'ja';

  /** Title in the header; defaults to 支援情報ナビ in the widget's language. */
  @property() heading = '';

  /** Force `utf-8` or `shift_jis` instead of detecting the CSV's encoding. */
  @property() encoding = '';

  /** URL of a decision tree (JSON, see schema/flow.schema.json) replacing the bundled one. */
  @property({ attribute: 'flow' }) flowSrc = '';

  /**
   * A decision tree replacing the bundled one, as an object in the flow format. Takes
   * precedence over an inline `<script type="application/json">` child and the `flow` URL.
   */
  @property({ attribute: false }) flow: Flow | undefined;

  @provide({ context: naviContext })
  @state()
  protected navi: NaviContext = { lang: 'ja', messages: MESSAGES.ja };

  @state() private walk = walker.startWalk(HOKKAIDO_FLOW);
  @state() private query = '';
  @state() private searchShown = SEARCH_PAGE;
  @state() private announcement = '';

  @query('shien-navi-choice-list') private choiceList!: ShienNaviChoiceList | null;
  @query('.goal-heading') private goalHeading!: HTMLElement | null;
  @query('shien-navi-conversation-log') private log!: ShienNaviConversationLog | null;

  readonly #data = new DataController(this, {
    onLoaded: (data) => this.#onLoaded(data),
    onError: (error) => this.#fireError(error.kind, error.message),
  });

  /** Which goals each service answers: built after the data arrives, in slices. */
  readonly #goalIndex = new BackgroundBuild(this, ([flow, records], signal) =>
    GoalIndex.buildInSlices(flow as Flow, records as readonly ServiceRecord[], defaultYield, { signal }),
  );
  /** The search index: built after the data arrives, in slices. */
  readonly #searchIndex = new BackgroundBuild(this, ([records], signal) =>
    SearchIndex.buildInSlices(records as readonly ServiceRecord[], defaultYield, { signal }),
  );
  readonly #flows = new FlowController(this, ({ message, problems }) => this.#fireError('flow', message, problems));

  #baseFlow: Flow | undefined;
  #activeFlow: Flow = HOKKAIDO_FLOW;
  #counts: { index: GoalIndex; municipality: string; value: ServiceCounts } | undefined;
  #search: { index: SearchIndex; query: string; municipality: string; limit: number; value: SearchResult } | undefined;

  /** The services read from the data, before any filter. */
  get records(): readonly ServiceRecord[] {
    return this.#data.records;
  }

  /** Goes back to the first question and clears the search. */
  restart(): void {
    this.query = '';
    this.#moveTo(walker.startWalk(this.#activeFlow, this.#startNode()));
  }

  /** Opens a node by id, keeping the way back. Unknown ids are reported as a `flow` error. */
  goTo(nodeId: string): void {
    if (!Object.hasOwn(this.#activeFlow.nodes, nodeId)) {
      this.#fireError('flow', `ノード "${nodeId}" はフローにありません`);
      return;
    }
    this.query = '';
    this.#moveTo(walker.goTo(this.walk, nodeId));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) {
      const lang: Lang = toLang(this.lang);
      this.navi = { lang, messages: MESSAGES[lang] };
    }
    if (changed.has('src') || changed.has('encoding')) {
      this.#data.request(this.src, isEncoding(this.encoding) ? this.encoding : undefined);
    }
    if (!this.hasUpdated || changed.has('flow') || changed.has('flowSrc')) this.#flows.request(this.flow, this.flowSrc);
    if (this.#flows.flow !== this.#baseFlow || changed.has('categories') || changed.has('start')) {
      this.#baseFlow = this.#flows.flow;
      this.#activeFlow = withCategories(this.#baseFlow, this.categories.split(/\s+/).filter(Boolean));
      this.walk = walker.startWalk(this.#activeFlow, this.#startNode());
      this.announcement = '';
    }
  }

  protected override updated(): void {
    // Start building the search index as soon as there is data, so the first keystroke is instant.
    if (this.#data.status === DATA_STATUS.ready && this.records.length > 0) this.#searchIndex.get(this.records);
  }

  protected override firstUpdated(): void {
    if (this.src.trim() === '') this.#onLoaded({ records: [], sources: [], errors: [], updated: '', staleSince: '' });
  }

  override render() {
    const messages = this.navi.messages;
    return html`
      <section part="panel" class="panel" aria-label=${this.heading || messages.heading}>
        <header part="header"><h2>${this.heading || messages.heading}</h2></header>
        <div class="search">
          <shien-navi-search-box exportparts="search" .value=${this.query} @shien-navi-query=${this.#onQuery}></shien-navi-search-box>
        </div>
        ${this.#renderNotice(messages)}
        <shien-navi-conversation-log
          part="log"
          exportparts="bubble, bubble-bot, bubble-user"
          label=${messages.conversationLabel}
          user-label=${messages.youChose}
          .bubbles=${this.#bubbles(messages)}
          ?searching=${this.query !== ''}
        >
          <div class="step" ?hidden=${this.query !== ''}>${this.#renderStep(messages)}</div>
          ${this.query ? this.#renderSearch(messages) : nothing}
        </shien-navi-conversation-log>
        <nav part="nav" aria-label=${messages.back + '・' + messages.restart}>
          <button class="button" type="button" ?disabled=${!walker.canGoBack(this.walk) && !this.query} @click=${this.#onBack}>
            ${messages.back}
          </button>
          <button class="button" type="button" @click=${this.#onRestart}>${messages.restart}</button>
        </nav>
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }

  #renderNotice(messages: Messages): TemplateResult | typeof nothing {
    if (this.#data.status === DATA_STATUS.loading) return html`<p class="notice" role="status">${messages.loading}</p>`;
    if (this.#data.staleSince) {
      const date = new Date(this.#data.staleSince);
      const shown = Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(this.navi.lang === 'en' ? 'en' : 'ja', { dateStyle: 'long' }).format(date);
      return html`<p class="notice error">${messages.usingSavedCopy(shown)}</p>`;
    }
    if (this.#data.failed > 0) return html`<p class="notice error">${messages.loadFailed}</p>`;
    return nothing;
  }

  #bubbles(messages: Messages): { from: 'bot' | 'user'; text: string }[] {
    const lang = this.navi.lang;
    return [
      { from: 'bot', text: messages.greeting },
      ...transcript(this.walk).map((entry) => ({ from: entry.from, text: localize(entry.text, lang) })),
    ];
  }

  #renderStep(messages: Messages): TemplateResult {
    if (this.#flows.loading) return html`<p class="notice" role="status">${messages.loading}</p>`;
    const node = walker.currentNode(this.walk);
    const contacts = html`<shien-navi-crisis-lines .lines=${node.contacts ?? []}></shien-navi-crisis-lines>`;
    if (node.kind === 'question') return html`${contacts}${this.#renderChoices(node)}`;
    return html`${contacts}${this.#renderGoal(node, messages)}`;
  }

  #renderChoices(node: QuestionNode): TemplateResult {
    const counts = this.#currentCounts();
    const messages = this.navi.messages;
    const choices = node.choices.map((choice) => {
      const behind = counts?.behind(choice.next);
      return {
        label: localize(choice.label, this.navi.lang),
        countText: behind === undefined ? '' : behind > 0 ? messages.choiceCount(behind) : messages.choiceNone,
        empty: counts !== undefined && !counts.leadsSomewhere(choice.next),
      };
    });
    return html`<shien-navi-choice-list
      exportparts="choice"
      label=${localize(node.text, this.navi.lang)}
      .choices=${choices}
      @shien-navi-choose=${this.#onChoose}
    ></shien-navi-choice-list>`;
  }

  #renderGoal(node: GoalNode, messages: Messages): TemplateResult {
    if (this.#data.status === DATA_STATUS.loading) return html``;
    const results = this.#goalResults();
    if (results.length === 0) {
      return html`
        <p class="goal-none goal-heading" tabindex="-1">${messages.goalNone}</p>
        ${node.contacts?.length ? nothing : html`<shien-navi-crisis-lines .lines=${FALLBACK_CONTACTS}></shien-navi-crisis-lines>`}
      `;
    }
    return html`<shien-navi-result-list
      class="goal-heading"
      tabindex="-1"
      exportparts="card"
      summary=${messages.goalCount(results.length)}
      data-date=${this.#data.updated}
      .records=${results}
    ></shien-navi-result-list>`;
  }

  #renderSearch(messages: Messages): TemplateResult {
    const { hits, total, tooShort } = this.#searchResult();
    if (tooShort) return html`<p class="goal-none">${messages.searchTooShort}</p>`;
    if (hits.length > 0) {
      const remaining = total - hits.length;
      return html`<shien-navi-result-list
          exportparts="card"
          summary=${messages.searchResults(total)}
          .records=${hits.map((hit) => hit.record)}
          .highlights=${new Map(hits.map((hit) => [hit.record, hit.ranges]))}
        ></shien-navi-result-list>
        ${remaining > 0
          ? html`<button class="button more" type="button" @click=${this.#onShowMore}>${messages.showMore(Math.min(remaining, SEARCH_PAGE))}</button>`
          : nothing}`;
    }
    const root = this.#activeFlow.nodes[this.#activeFlow.start];
    return html`
      <p class="search-summary">${messages.searchNone}</p>
      <p class="goal-none">${messages.searchNoneHint}</p>
      ${root?.kind === 'question'
        ? html`<shien-navi-choice-list
            exportparts="choice"
            .choices=${root.choices.map((choice) => ({ label: localize(choice.label, this.navi.lang), countText: '', empty: false }))}
            @shien-navi-choose=${this.#onChooseCategory}
          ></shien-navi-choice-list>`
        : nothing}
    `;
  }

  #startNode(): string {
    const start = this.start.trim();
    if (start === '') return this.#activeFlow.start;
    if (Object.hasOwn(this.#activeFlow.nodes, start)) return start;
    this.#fireError('flow', `start="${start}" はフローにないため、最初の質問から始めます`);
    return this.#activeFlow.start;
  }

  #currentCounts(): ServiceCounts | undefined {
    if (this.#data.status !== DATA_STATUS.ready || this.records.length === 0) return undefined;
    const index = this.#goalIndex.get(this.#activeFlow, this.records);
    if (index === undefined) return undefined;
    if (this.#counts?.index !== index || this.#counts.municipality !== this.municipality) {
      this.#counts = { index, municipality: this.municipality, value: new ServiceCounts(index, this.municipality) };
    }
    return this.#counts.value;
  }

  #goalResults(): readonly ServiceRecord[] {
    const nodeId = walker.currentStep(this.walk).nodeId;
    const counts = this.#currentCounts();
    if (counts) return counts.results(nodeId);
    // The index of a big file is still being built: answer this one goal directly.
    const node = this.#activeFlow.nodes[nodeId];
    return node?.kind === 'goal' ? runQuery(node.query, this.records, this.municipality) : [];
  }

  /** Search results for what is typed, within the municipality; cached per keystroke. */
  #searchResult(): SearchResult {
    if (this.records.length === 0 || this.query.trim() === '') return { hits: [], total: 0 };
    // Typed before the background build finished (a very big file): build it now.
    const index =
      this.#searchIndex.get(this.records) ??
      (this.#search?.index.records === this.records ? this.#search.index : SearchIndex.build(this.records));
    const { query, municipality, searchShown: limit } = this;
    const cached = this.#search;
    if (cached?.index === index && cached.query === query && cached.municipality === municipality && cached.limit === limit) return cached.value;
    const value = index.search(query, { limit, filter: (record) => matchesMunicipality(record, municipality) });
    this.#search = { index, query, municipality, limit, value };
    return value;
  }

  #moveTo(walk: walker.WalkState, focus = true): void {
    this.walk = walk;
    const node = walker.currentNode(walk);
    const nodeId = walker.currentStep(walk).nodeId;
    const text = localize(node.text, this.navi.lang);
    this.dispatchEvent(publicEvent('shien-navi-step', { node: nodeId }));
    if (node.kind === 'goal') {
      const results = this.#goalResults().length;
      this.dispatchEvent(publicEvent('shien-navi-goal', { goal: nodeId, results }));
      this.announcement = results > 0 ? `${text} ${this.navi.messages.goalCount(results)}` : text;
    } else {
      this.announcement = text;
    }
    if (focus) void this.#focusCurrent();
  }

  async #focusCurrent(): Promise<void> {
    await this.updateComplete;
    await this.log?.updateComplete;
    this.log?.revealLatest();
    const list = this.choiceList;
    if (list) {
      await list.updateComplete;
      list.focusFirst();
    } else {
      this.goalHeading?.focus({ preventScroll: true });
    }
  }

  #onChoose(event: CustomEvent<number>): void {
    event.stopPropagation();
    this.#moveTo(walker.choose(this.walk, event.detail));
  }

  #onChooseCategory(event: CustomEvent<number>): void {
    event.stopPropagation();
    this.query = '';
    this.#moveTo(walker.choose(walker.startWalk(this.#activeFlow), event.detail));
  }

  #onBack(): void {
    if (this.query) {
      this.query = '';
      void this.#focusCurrent();
      return;
    }
    this.#moveTo(walker.back(this.walk));
  }

  #onRestart(): void {
    this.restart();
  }

  #onShowMore(): void {
    this.searchShown += SEARCH_PAGE;
  }

  #onQuery(event: CustomEvent<string>): void {
    event.stopPropagation();
    this.query = event.detail;
    this.searchShown = SEARCH_PAGE;
    const { total: results, tooShort } = this.#searchResult();
    this.dispatchEvent(publicEvent('shien-navi-search', { results }));
    this.announcement =
      this.query.trim() === '' || tooShort ? '' : results > 0 ? this.navi.messages.searchResults(results) : this.navi.messages.searchNone;
  }

  #onLoaded(data: LoadedData): void {
    const detail = { records: data.records.length, sources: data.sources.map((source) => source.url), updated: data.updated };
    this.dispatchEvent(publicEvent('shien-navi-ready', detail));
  }

  #fireError(kind: ErrorKind, message: string, problems?: ShienNaviErrorDetail['problems']): void {
    const detail: ShienNaviErrorDetail = problems ? { kind, message, problems } : { kind, message };
    this.dispatchEvent(publicEvent('shien-navi-error', detail));
  }
}
