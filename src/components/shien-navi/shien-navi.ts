import { provide } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import { isEncoding } from '../../data/decode.js';
import type { ErrorKind } from '../../data/errors.js';
import type { LoadedData } from '../../data/load.js';
import { defaultYield } from '../../data/yield.js';
import type { ServiceRecord } from '../../data/record.js';
import { GoalIndex, ServiceCounts } from '../../engine/counts.js';
import type { Flow, QuestionNode } from '../../engine/flow.js';
import { matchesMunicipality, runQuery } from '../../engine/query.js';
import { transcript, withCategories } from '../../engine/transcript.js';
import * as walker from '../../engine/walker.js';
import { HOKKAIDO_FLOW } from '../../flows/hokkaido.js';
import { localize, toLang } from '../../i18n/lang.js';
import { MESSAGES, type Messages } from '../../i18n/messages.js';
import { withoutRuby } from '../../i18n/ruby.js';
import { SearchIndex, type SearchResult } from '../../search/search-index.js';
import type { BubbleView, ShienNaviConversationLog } from '../conversation-log/conversation-log.js';
import type { ChoiceView } from '../choice-list/choice-list.js';
import { BackgroundBuild } from '../controllers/background-build.js';
import { DATA_STATUS, DataController } from '../controllers/data-controller.js';
import { FlowController } from '../controllers/flow-controller.js';
import { publicEvent, type ShienNaviErrorDetail } from '../events.js';
import { rubyText } from '../ruby-text.js';
import { base, controls, tokens } from '../shared.styles.js';
import type { ShienNaviStep } from '../step/step.js';
import { shienNaviStyles } from './shien-navi.styles.js';

/** Search results shown at first and added by "more": few cards keep typing instant and calm. */
const SEARCH_PAGE = 10;
/** What the screen-reader live region says is cleared after this long, so it can repeat. */
const ANNOUNCE_CLEAR_MS = 5000;
/** Typing pauses this long before the number of search results is read out. */
const SEARCH_ANNOUNCE_DELAY_MS = 800;

/**
 * 支援情報ナビ: guides a person through a few questions to the support services that fit
 * them, read from an open-data CSV, with fuzzy search over 制度名 and 通称.
 *
 * @fires shien-navi-ready - `{records, sources, updated}` once the data has been read (or failed).
 * @fires shien-navi-step - `{node}` each time the person reaches a question or goal.
 * @fires shien-navi-goal - `{goal, results}` when a goal is shown; `results` is a count.
 * @fires shien-navi-search - `{results}` as the person types; the text itself is never included.
 * @fires shien-navi-error - `{kind, message}`; kind is `network`, `http`, `parse`, `schema` or `flow`.
 * @fires shien-navi-exit - `{url}`, cancelable: the quick exit is about to open `url`.
 *
 * @csspart panel - The box that holds the whole conversation.
 * @csspart header - Its title bar.
 * @csspart log - The scrolling conversation.
 * @csspart bubble - Each message bubble (also `bubble-bot` or `bubble-user`).
 * @csspart bubble-bot - Each of the widget's messages (with `bubble`).
 * @csspart bubble-user - Each of the person's own answers (with `bubble`).
 * @csspart choice - Each answer button.
 * @csspart nav - Back and Start over.
 * @csspart search - The search input.
 * @csspart card - Each result card.
 * @csspart launcher - The floating open button (`mode="launcher"`).
 *
 * @cssprop --shien-navi-accent - Main colour (header, primary buttons, the person's answers). Default `#0b6e4f`.
 * @cssprop --shien-navi-accent-text - Accent for text on the surface (通称, links). Default: the accent.
 * @cssprop --shien-navi-on-accent - Text on the accent colour. Default `#ffffff`.
 * @cssprop --shien-navi-surface - Background. Default `#ffffff`.
 * @cssprop --shien-navi-surface-alt - Bot bubbles and notices. Default `#f1f5f3`.
 * @cssprop --shien-navi-text - Text colour. Default `#1b1f1d`.
 * @cssprop --shien-navi-muted - Secondary text. Default `#4d5652`.
 * @cssprop --shien-navi-border - Borders. Default `#b9c4bf`.
 * @cssprop --shien-navi-danger - Crisis lines and errors. Default `#a4262c`.
 * @cssprop --shien-navi-focus - Focus ring. Default `#1a56db`.
 * @cssprop --shien-navi-mark - Background of search matches. Default `#fde68a`.
 * @cssprop --shien-navi-font - Font family.
 * @cssprop --shien-navi-radius - Corner radius. Default `12px`.
 * @cssprop --shien-navi-space - Inner spacing. Default `12px`.
 * @cssprop --shien-navi-max-height - Height of the panel. Default `640px` (40em with larger text, never over the screen's height).
 * @cssprop --shien-navi-z-index - Stacking of the launcher button and its panel. Default `1000`.
 * @cssprop --shien-navi-launcher-bottom - Distance of the launcher from the bottom. Default `16px`.
 * @cssprop --shien-navi-launcher-right - Distance of the launcher from the right. Default `16px`.
 */
export class ShienNavi extends LitElement {
  static override styles = [tokens, base, controls, shienNaviStyles];

  /** URL of the open-data CSV; several URLs separated by spaces are merged. */
  @property() src = '';

  /** Which top-level categories to offer, in order: `money work emergency health family`. */
  @property() categories = '';

  /** Id of the node to open on, e.g. `emergency`. */
  @property() start = '';

  /** Municipality filter: a name (`札幌市`) or a 6-digit code (`011002`). The person can change it. */
  @property() municipality = '';

  /** `inline` (default) or `launcher`: a floating button that opens the panel. */
  @property({ reflect: true }) mode: 'inline' | 'launcher' = 'inline';

  /** In `mode="launcher"`, whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** `ja` (default), `ja-easy` (やさしい日本語) or `en`. */
  @property({ reflect: true }) override lang = 'ja';

  /** `auto` (default: follows the device's light or dark setting), `light` or `dark`. */
  @property({ reflect: true }) scheme: 'auto' | 'light' | 'dark' = 'auto';

  /** Title in the header; defaults to 支援情報ナビ in the widget's language. */
  @property() heading = '';

  /** Force `utf-8` or `shift_jis` instead of detecting the CSV's encoding. */
  @property() encoding = '';

  /** The neutral page the quick exit (shown on DV and abuse paths) opens. Default: a search engine. */
  @property({ attribute: 'exit-url' }) exitUrl = '';

  /** URL of a decision tree (JSON, see schema/flow.schema.json) replacing the bundled one. */
  @property({ attribute: 'flow' }) flowSrc = '';

  /**
   * A decision tree replacing the bundled one, as an object in the flow format. Takes
   * precedence over an inline `<script type="application/json">` child and the `flow` URL.
   */
  @property({ attribute: false }) flow: Flow | undefined;

  @provide({ context: naviContext })
  @state()
  protected navi: NaviContext = { lang: 'ja', messages: MESSAGES.ja, announce: (text) => this.#announce(text) };

  @state() private walk = walker.startWalk(HOKKAIDO_FLOW);
  @state() private query = '';
  @state() private searchShown = SEARCH_PAGE;
  @state() private announcement = '';

  @query('shien-navi-step') private step!: ShienNaviStep | null;
  @query('shien-navi-conversation-log') private log!: ShienNaviConversationLog | null;

  readonly #data = new DataController(this, {
    onLoaded: (data) => this.#onLoaded(data),
    onError: (error) => this.#fireError(error.kind, error.message),
  });
  readonly #flows = new FlowController(this, ({ message, problems }) => this.#fireError('flow', message, problems));
  /** Which goals each service answers: built after the data arrives, in slices. */
  readonly #goalIndex = new BackgroundBuild(this, ([flow, records], signal) =>
    GoalIndex.buildInSlices(flow as Flow, records as readonly ServiceRecord[], defaultYield, { signal }),
  );
  /** The search index: built after the data arrives, in slices. */
  readonly #searchIndex = new BackgroundBuild(this, ([records], signal) =>
    SearchIndex.buildInSlices(records as readonly ServiceRecord[], defaultYield, { signal }),
  );

  #baseFlow: Flow | undefined;
  #activeFlow: Flow = HOKKAIDO_FLOW;
  #counts: { index: GoalIndex; municipality: string; value: ServiceCounts } | undefined;
  #search: { index: SearchIndex; query: string; municipality: string; limit: number; value: SearchResult } | undefined;
  #municipalities: { records: readonly ServiceRecord[]; value: readonly string[] } | undefined;
  #timers = new Set<ReturnType<typeof setTimeout>>();
  #searchAnnouncement: ReturnType<typeof setTimeout> | undefined;

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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#timers.forEach((timer) => clearTimeout(timer));
    this.#timers.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('lang')) {
      const lang = toLang(this.lang);
      this.navi = { lang, messages: MESSAGES[lang], announce: this.navi.announce };
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
    const heading = this.heading || messages.heading;
    if (this.mode !== 'launcher') return this.#renderPanel(messages, heading);
    return html`<shien-navi-launcher
      exportparts="launcher"
      .open=${this.open}
      label=${withoutRuby(heading)}
      panel-label=${withoutRuby(heading)}
      @shien-navi-toggle=${this.#onToggle}
      >${this.#renderPanel(messages, heading)}</shien-navi-launcher
    >`;
  }

  #renderPanel(messages: Messages, heading: string): TemplateResult {
    const searching = this.query !== '';
    const municipalities = this.#municipalityOptions();
    return html`
      <section part="panel" class="panel" aria-label=${withoutRuby(heading)} lang=${this.navi.lang === 'en' ? 'en' : 'ja'}>
        <header part="header">
          <h2>${rubyText(heading)}</h2>
          ${this.mode === 'launcher'
            ? html`<button class="close" type="button" @click=${this.#onClose}>${rubyText(messages.close)}<span aria-hidden="true"> ✕</span></button>`
            : nothing}
        </header>
        <div class="tools">
          <shien-navi-search-box exportparts="search" .value=${this.query} @shien-navi-query=${this.#onQuery}></shien-navi-search-box>
          ${municipalities.length > 1
            ? html`<shien-navi-municipality-picker
                .options=${municipalities}
                .value=${this.municipality}
                @shien-navi-municipality=${this.#onMunicipality}
              ></shien-navi-municipality-picker>`
            : nothing}
        </div>
        ${this.#renderNotice(messages)}
        <shien-navi-conversation-log
          part="log"
          exportparts="bubble, bubble-bot, bubble-user"
          label=${withoutRuby(messages.conversationLabel)}
          user-label=${withoutRuby(messages.youChose)}
          .bubbles=${this.#bubbles(messages)}
          ?searching=${searching}
        >
          ${this.#flows.loading
            ? html`<p class="notice" role="status">${rubyText(messages.loading)}</p>`
            : html`<shien-navi-step
                ?hidden=${searching}
                exportparts="choice, card"
                .node=${walker.currentNode(this.walk)}
                .choices=${this.#choiceViews()}
                .results=${this.#goalResults()}
                data-date=${this.#data.updated}
                exit-url=${this.exitUrl}
                @shien-navi-choose=${this.#onChoose}
              ></shien-navi-step>`}
          ${searching
            ? html`<shien-navi-search-results
                exportparts="card, choice"
                page=${SEARCH_PAGE}
                .result=${this.#searchResult()}
                .categories=${this.#categoryViews()}
                @shien-navi-more=${this.#onShowMore}
                @shien-navi-choose=${this.#onChooseCategory}
              ></shien-navi-search-results>`
            : nothing}
        </shien-navi-conversation-log>
        <nav part="nav" aria-label=${withoutRuby(`${messages.back}・${messages.restart}`)}>
          <button class="button" type="button" ?disabled=${!walker.canGoBack(this.walk) && !searching} @click=${this.#onBack}>
            ${rubyText(messages.back)}
          </button>
          <button class="button" type="button" @click=${this.#onRestart}>${rubyText(messages.restart)}</button>
        </nav>
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
      </section>
    `;
  }

  #renderNotice(messages: Messages): TemplateResult | typeof nothing {
    if (this.#data.status === DATA_STATUS.loading) return html`<p class="notice" role="status">${rubyText(messages.loading)}</p>`;
    if (this.#data.staleSince) {
      const date = new Date(this.#data.staleSince);
      const shown = Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(this.navi.lang === 'en' ? 'en' : 'ja', { dateStyle: 'long' }).format(date);
      return html`<p class="notice error">${rubyText(messages.usingSavedCopy(shown))}</p>`;
    }
    if (this.#data.failed > 0) return html`<p class="notice error">${rubyText(messages.loadFailed)}</p>`;
    return nothing;
  }

  #bubbles(messages: Messages): BubbleView[] {
    const lang = this.navi.lang;
    return [
      { from: 'bot', text: messages.greeting },
      ...transcript(this.walk).map((entry) => ({ from: entry.from, text: localize(entry.text, lang) })),
    ];
  }

  /** The current question's answers, with how many services lie behind each. */
  #choiceViews(): ChoiceView[] {
    const node = walker.currentNode(this.walk);
    if (node.kind !== 'question') return [];
    const counts = this.#currentCounts();
    const messages = this.navi.messages;
    return node.choices.map((choice) => {
      const behind = counts?.behind(choice.next);
      return {
        label: localize(choice.label, this.navi.lang),
        countText: behind === undefined ? '' : behind > 0 ? withoutRuby(messages.choiceCount(behind)) : withoutRuby(messages.choiceNone),
        empty: counts !== undefined && !counts.leadsSomewhere(choice.next),
      };
    });
  }

  /** The top-level categories, offered when a search finds nothing. */
  #categoryViews(): ChoiceView[] {
    const root = this.#activeFlow.nodes[this.#activeFlow.start] as QuestionNode | undefined;
    return (root?.kind === 'question' ? root.choices : []).map((choice) => ({ label: localize(choice.label, this.navi.lang), countText: '', empty: false }));
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

  /** The services of the current goal; undefined while the data is loading. */
  #goalResults(): readonly ServiceRecord[] | undefined {
    if (this.#data.status === DATA_STATUS.loading) return undefined;
    const nodeId = walker.currentStep(this.walk).nodeId;
    const counts = this.#currentCounts();
    if (counts) return counts.results(nodeId);
    // The index of a big file is still being built: answer this one goal directly.
    const node = this.#activeFlow.nodes[nodeId];
    return node?.kind === 'goal' ? runQuery(node.query, this.records, this.municipality) : [];
  }

  /** The municipalities named in the data, in the order they first appear. */
  #municipalityOptions(): readonly string[] {
    if (this.#municipalities?.records !== this.records) {
      const names = new Set<string>();
      for (const record of this.records) if (record.municipality) names.add(record.municipality);
      this.#municipalities = { records: this.records, value: [...names] };
    }
    return this.#municipalities.value;
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
    const text = withoutRuby(localize(node.text, this.navi.lang));
    this.dispatchEvent(publicEvent('shien-navi-step', { node: nodeId }));
    if (node.kind === 'goal') {
      const results = this.#goalResults()?.length ?? 0;
      this.dispatchEvent(publicEvent('shien-navi-goal', { goal: nodeId, results }));
      this.#announce(results > 0 ? `${text} ${withoutRuby(this.navi.messages.goalCount(results))}` : text);
    } else {
      this.#announce(text);
    }
    if (focus) void this.#focusCurrent();
  }

  /** Says `text` once in the live region; cleared later so the same words can be said again. */
  #announce(text: string): void {
    this.announcement = text;
    this.#later(() => {
      if (this.announcement === text) this.announcement = '';
    }, ANNOUNCE_CLEAR_MS);
  }

  #later(callback: () => void, ms: number): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      callback();
    }, ms);
    this.#timers.add(timer);
    return timer;
  }

  async #focusCurrent(): Promise<void> {
    await this.updateComplete;
    await this.log?.updateComplete;
    this.log?.revealLatest();
    await this.step?.focusFirst();
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

  #onClose(): void {
    this.open = false;
  }

  #onToggle(event: CustomEvent<boolean>): void {
    event.stopPropagation();
    this.open = event.detail;
  }

  #onMunicipality(event: CustomEvent<string>): void {
    event.stopPropagation();
    this.municipality = event.detail;
  }

  #onShowMore(event: Event): void {
    event.stopPropagation();
    this.searchShown += SEARCH_PAGE;
  }

  #onQuery(event: CustomEvent<string>): void {
    event.stopPropagation();
    this.query = event.detail;
    this.searchShown = SEARCH_PAGE;
    const { total, tooShort } = this.#searchResult();
    this.dispatchEvent(publicEvent('shien-navi-search', { results: total }));
    // Read the count out once typing pauses, not at every keystroke.
    if (this.#searchAnnouncement !== undefined) clearTimeout(this.#searchAnnouncement);
    this.#searchAnnouncement = undefined;
    if (this.query.trim() === '' || tooShort) return;
    const messages = this.navi.messages;
    this.#searchAnnouncement = this.#later(
      () => this.#announce(withoutRuby(total > 0 ? messages.searchResults(total) : messages.searchNone)),
      SEARCH_ANNOUNCE_DELAY_MS,
    );
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
