import { provide } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import { isEncoding } from '../../data/encodings.js';
import type { ServiceRecord } from '../../data/record.js';
import type { Flow } from '../../engine/flow.js';
import { NaviModel, SEARCH_PAGE, type Move, type NaviInputs, type NaviView } from '../../engine/navi-model.js';
import { localize, toLang } from '../../i18n/lang.js';
import { JA_MESSAGES } from '../../i18n/messages-ja.js';
import { withoutRuby } from '../../i18n/ruby.js';
import { VIEW_LINKS } from '../../i18n/view-links.js';
import { AnnouncerController } from '../controllers/announcer-controller.js';
import { BuildController } from '../controllers/build-controller.js';
import { DataController } from '../controllers/data-controller.js';
import { FlowController } from '../controllers/flow-controller.js';
import { FocusController } from '../controllers/focus-controller.js';
import { FragmentController } from '../controllers/fragment-controller.js';
import { HandoutController } from '../controllers/handout-controller.js';
import { ShellController } from '../controllers/shell-controller.js';
import { HostEvents, readyDetail } from '../events.js';
import type { InternalEvent } from '../internal-events.js';
import { loadHelpers, loadLauncher } from '../lazy-parts.js';
import { rubyText } from '../ruby-text.js';
import { base, controls, tokens } from '../shared.styles.js';
import { messagesArrival, messagesOf } from './messages.js';
import { shienNaviStyles } from './shien-navi.styles.js';
import { viewStyles } from './view.styles.js';

/**
 * 支援情報ナビ: guides a person through a few questions to the support services that fit
 * them, read from an open-data CSV, with fuzzy search over 制度名 and 通称.
 *
 * @fires shien-navi-ready - `{records, sources, updated}` once per load, when the data has been read (or failed, or there is no `src`).
 * @fires shien-navi-step - `{node}` each time the person reaches a question or goal, never for a sensitive one (suicide, violence, abuse).
 * @fires shien-navi-goal - `{goal, results}` when a goal is shown; `results` is a count. Never for a sensitive goal, unless `report-sensitive` is set: then `{goal: 'sensitive'}`, which says only that one was reached.
 * @fires shien-navi-search - `{results}` as the person types; the text itself is never included.
 * @fires shien-navi-error - `{kind, message}`; kind is `network`, `http`, `parse`, `schema` or `flow`.
 * @fires shien-navi-exit - `{url}`, cancelable: the quick exit is about to open `url`.
 * @fires shien-navi-open - `{}` when the launcher's panel opens (`mode="launcher"`).
 * @fires shien-navi-close - `{}` when the launcher's panel closes.
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
  static override styles = [tokens, base, controls, shienNaviStyles, viewStyles];

  /** URL of the open-data CSV; several URLs separated by spaces are merged. */
  @property() src = '';
  /** Which top-level categories to offer, in order: `money work emergency health family connection`. */
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
  /**
   * Send `shien-navi-goal` with `{goal: 'sensitive'}` (no id, no count) when a sensitive goal
   * (suicide, violence, abuse) is reached. Off by default: no event then names or hints at it.
   */
  @property({ type: Boolean, attribute: 'report-sensitive' }) reportSensitive = false;
  /** URL of a decision tree (JSON, see schema/flow.schema.json) replacing the bundled one. */
  @property({ attribute: 'flow' }) flowSrc = '';
  /**
   * A decision tree replacing the bundled one, as an object in the flow format. Takes
   * precedence over an inline `<script type="application/json">` child and the `flow` URL.
   */
  @property({ attribute: false }) flow: Flow | undefined;
  /**
   * `conversation` (default): the questions; `list`: every service of the town at a glance,
   * grouped, with a filter and a printed handout (for 支援員). The person can switch.
   */
  @property({ reflect: true }) view: 'conversation' | 'list' = 'conversation';
  /** Do not open the goal or list, and the town, that a link's `#shien-navi?…` fragment names (a handout's QR code, a shared link). */
  @property({ type: Boolean, attribute: 'no-fragment' }) noFragment = false;

  @provide({ context: naviContext })
  @state()
  protected navi: NaviContext = { lang: 'ja', messages: JA_MESSAGES, announce: (text) => this.#announcer.say(text) };

  readonly #events = new HostEvents(this);
  readonly #announcer = new AnnouncerController(this);
  readonly #data = new DataController(this, {
    source: () => ({ src: this.src, encoding: isEncoding(this.encoding) ? this.encoding : undefined }),
    onLoaded: (data) => this.#events.emit('shien-navi-ready', readyDetail(data)),
    onError: (error) => this.#events.fail(error),
  });
  readonly #flows = new FlowController(this, () => ({ property: this.flow, url: this.flowSrc }), (error) => this.#events.fail(error));
  readonly #build = new BuildController(this, () => this.#model);
  /** Where the person is and what they typed, and what follows from it: everything the panel shows. */
  readonly #model = new NaviModel(this.#inputs(), this.#announcer, {
    changed: () => this.requestUpdate(),
    moved: (move) => this.#moved(move),
    error: (error) => this.#events.fail(error),
    searched: (results) => this.#events.emit('shien-navi-search', { results }),
  });
  readonly #focus = new FocusController(this, () => ({
    log: this.renderRoot.querySelector('shien-navi-conversation-log'),
    step: this.renderRoot.querySelector(this.#model.view().query ? 'shien-navi-search-results' : 'shien-navi-step'),
  }));
  /** A goal opened from the page's address (a handout's QR code), not by the person here. */
  #openedByLink = false;
  // Opens what the page's #shien-navi? fragment names; it acts on its own.
  // eslint-disable-next-line no-unused-private-class-members -- kept for what it does as a controller of this host
  readonly #fragment = new FragmentController(this, {
    enabled: () => !this.noFragment,
    flow: () => (this.#flows.loading ? undefined : this.#model.flow),
    towns: () => (this.#model.records ? this.#model.view().municipalities : undefined),
    open: (link) => {
      if (link.town) this.municipality = link.town;
      if (link.list) this.view = 'list';
      else if (link.goal) {
        // Opened by the page's address, not by the person here: the focus stays where it is.
        this.#openedByLink = true;
        this.#model.goTo(link.goal);
        this.#openedByLink = false;
      }
    },
  });
  readonly #handout = new HandoutController(this, {
    onScreen: () => {
      const { lang } = this.navi;
      const town = this.municipality.trim();
      const list = this.view === 'list';
      const { node, nodeId } = this.#model.view();
      const link = { ...(list ? { list } : node.kind === 'goal' ? { goal: nodeId } : {}), ...(town ? { town } : {}) };
      return { link, heading: list ? '' : localize(node.text, lang), lang };
    },
    say: (text) => this.#announcer.say(text),
    element: () => this.renderRoot.querySelector('shien-navi-handout'),
  });
  // Takes over the first screen dist/shien-navi.js may have painted before this element was defined; it acts on its own.
  // eslint-disable-next-line no-unused-private-class-members -- kept for what it does as a controller of this host
  readonly #shell = new ShellController(this, { choose: (index) => this.#model.choose(index), search: (text) => this.#search(text) });

  /** The services read from the data, before any filter. */
  get records(): readonly ServiceRecord[] {
    return this.#data.records;
  }

  /** Goes back to the first question and clears the search. */
  restart(): void {
    this.#model.restart();
  }

  /** Opens a node by id, keeping the way back. Unknown ids are reported as a `flow` error. */
  goTo(nodeId: string): void {
    this.#model.goTo(nodeId);
  }

  /**
   * Held until the messages of the widget's language are here: a reader of another language is
   * never shown Japanese, and on a change of language the last screen stays until then.
   */
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    const arrival = messagesArrival(toLang(this.lang));
    if (arrival) return arrival.then(() => this.scheduleUpdate());
    // Lit's own updates at once and returns nothing: a Japanese widget waits for nothing.
    super.scheduleUpdate();
    return undefined;
  }

  protected override willUpdate(): void {
    const lang = toLang(this.lang);
    if (lang !== this.navi.lang) this.navi = { ...this.navi, lang, messages: messagesOf(lang) };
  }

  /** The model is given what the controllers fetched and chose in this update (their hostUpdate), then drawn. */
  protected override update(changed: PropertyValues): void {
    this.#model.set(this.#inputs());
    super.update(changed);
  }

  /** Counts reported and results read out once what they wait for has arrived. */
  protected override updated(): void {
    this.#model.settle();
  }

  override render() {
    const heading = this.heading || this.navi.messages.heading;
    const handout = this.#renderHandout();
    if (this.mode !== 'launcher') return html`${this.#renderPanel(heading)}${handout}`;
    // Its code loads only for a launcher; until then, no panel shown in the page's flow by mistake.
    if (!customElements.get('shien-navi-launcher')) {
      void loadLauncher().then(() => this.requestUpdate());
      return handout;
    }
    return html`<shien-navi-launcher exportparts="launcher" .open=${this.open} label=${withoutRuby(heading)} panel-label=${withoutRuby(heading)}
      @navi-toggle=${(event: InternalEvent<'navi-toggle'>) => (this.open = event.detail)}>${this.#renderPanel(heading)}</shien-navi-launcher>${handout}`;
  }

  #inputs(): NaviInputs {
    const { lang, messages } = this.navi;
    const { categories, start, municipality } = this;
    return { flow: this.#flows.flow, categories, start, municipality, lang, messages, data: this.#data.data, dataLoading: this.#data.loading, ...this.#build.built };
  }

  /** The printed handout, after the person asked to print (paper only; the panel is not printed then). */
  #renderHandout(): TemplateResult | typeof nothing {
    const content = this.#handout.content;
    if (!content) return nothing;
    return html`<shien-navi-handout
      heading=${content.heading}
      town=${content.town}
      link=${content.link}
      data-date=${this.#data.updated}
      .records=${content.records}
      .lines=${content.lines}
    ></shien-navi-handout>`;
  }

  /** The 支援員's list in place of the conversation (its code loads when first shown). */
  #renderList(view: NaviView): TemplateResult {
    if (!customElements.get('shien-navi-service-list')) {
      void loadHelpers().then(() => this.requestUpdate());
      return html`<p class="notice" role="status">${rubyText(this.navi.messages.loading)}</p>`;
    }
    return html`<shien-navi-service-list
      exportparts="card"
      .records=${view.records}
      .services=${this.#model.town()}
      municipality=${this.municipality}
      .flow=${view.flow}
      .index=${this.#build.index.value}
      .troubles=${this.#build.troubles.value}
      .counts=${view.counts}
      data-date=${this.#data.updated}
      @navi-print=${(event: InternalEvent<'navi-print'>) => void this.#handout.print(event.detail.records, event.detail.lines)}
      @navi-share=${() => void this.#handout.share()}
    ></shien-navi-service-list>`;
  }

  /** Above the list (back to the questions); under the conversation, after its own controls (the list, for 支援員). */
  #renderViewLink(): TemplateResult {
    const links = VIEW_LINKS[this.navi.lang];
    return html`<button class="view-link" type="button" @click=${this.#switchView}>${rubyText(this.view === 'list' ? links.openConversation : links.openList)}</button>`;
  }

  #switchView(): void {
    this.view = this.view === 'list' ? 'conversation' : 'list';
    this.#model.clearSearch();
    // The person's own action: what they switched to takes focus once it is here.
    void this.updateComplete.then(async () => {
      if (this.view === 'list') await loadHelpers();
      await this.updateComplete;
      const target = this.renderRoot.querySelector<HTMLElement & { focusFirst?: () => Promise<void> }>(this.view === 'list' ? 'shien-navi-service-list' : '.view-link');
      if (target?.focusFirst) await target.focusFirst();
      else target?.focus();
    });
  }

  #renderPanel(heading: string): TemplateResult {
    const { lang, messages } = this.navi;
    const view = this.#model.view();
    const list = this.view === 'list';
    const searching = !list && view.query !== '';
    const { municipalities, notice } = view;
    return html`
      <section part="panel" class="panel" aria-label=${withoutRuby(heading)} lang=${lang === 'en' ? 'en' : 'ja'}>
        <header part="header">
          <h2>${rubyText(heading)}</h2>
          ${this.mode === 'launcher'
            ? html`<button class="close" type="button" @click=${() => (this.open = false)}>${rubyText(messages.close)}<span aria-hidden="true"> ✕</span></button>`
            : nothing}
        </header>
        <div class="tools">
          ${list
            ? nothing
            : html`<shien-navi-search-box exportparts="search" .value=${view.query} @navi-query=${(event: InternalEvent<'navi-query'>) => this.#search(event.detail)}></shien-navi-search-box>`}
          ${municipalities.length > 1
            ? html`<shien-navi-municipality-picker
                .options=${municipalities}
                .value=${this.municipality}
                @navi-municipality=${(event: InternalEvent<'navi-municipality'>) => (this.municipality = event.detail)}
              ></shien-navi-municipality-picker>`
            : nothing}
        </div>
        ${list ? this.#renderViewLink() : nothing}
        ${notice ? html`<p class="notice ${notice.error ? 'error' : ''}" role="status">${rubyText(notice.text)}</p>` : nothing}
        ${list ? this.#renderList(view) : this.#renderConversation(view, searching)}
        ${list
          ? nothing
          : html`<nav part="nav" aria-label=${withoutRuby(`${messages.back}・${messages.restart}`)}>
              <button class="button" type="button" ?disabled=${!view.canGoBack} @click=${() => this.#model.back()}>${rubyText(messages.back)}</button>
              <button class="button" type="button" @click=${() => this.restart()}>${rubyText(messages.restart)}</button>
            </nav>`}
        ${list ? nothing : this.#renderViewLink()}
        <div class="visually-hidden" aria-live="polite">${this.#announcer.text}</div>
      </section>
    `;
  }

  #renderConversation(view: NaviView, searching: boolean): TemplateResult {
    const { messages } = this.navi;
    return html`
        <shien-navi-conversation-log
          part="log"
          exportparts="bubble, bubble-bot, bubble-user"
          label=${withoutRuby(messages.conversationLabel)}
          user-label=${withoutRuby(messages.youChose)}
          .bubbles=${view.bubbles}
          ?searching=${searching}
        >
          ${this.#flows.loading
            ? html`<p class="notice" role="status">${rubyText(messages.loading)}</p>`
            : html`<shien-navi-step
                ?hidden=${searching}
                exportparts="choice, card"
                .node=${view.node}
                .choices=${view.choices}
                .results=${view.results}
                .fallback=${view.fallback}
                data-date=${this.#data.updated}
                exit-url=${this.exitUrl}
                @navi-choose=${(event: InternalEvent<'navi-choose'>) => this.#model.choose(event.detail)}
                @navi-municipality=${(event: InternalEvent<'navi-municipality'>) => (this.municipality = event.detail)}
                @navi-print=${(event: InternalEvent<'navi-print'>) => void this.#handout.print(event.detail.records, event.detail.lines)}
                @navi-share=${() => void this.#handout.share()}
              ></shien-navi-step>`}
          ${searching
            ? html`<shien-navi-search-results
                exportparts="card, choice"
                page=${SEARCH_PAGE}
                .result=${view.search}
                .categories=${view.categories}
                @navi-more=${() => this.#model.showMore()}
                @navi-shortcut=${(event: InternalEvent<'navi-shortcut'>) => this.#model.openShortcut(event.detail)}
                @navi-choose=${(event: InternalEvent<'navi-choose'>) => this.#model.chooseCategory(event.detail)}
              ></shien-navi-search-results>`
            : nothing}
        </shien-navi-conversation-log>
    `;
  }

  /** A keystroke: the search is fetched if it is not here yet. */
  #search(text: string): void {
    this.#build.load();
    this.#model.setQuery(text);
  }

  /** The page hears of each step; the person's own move takes the focus there (Back from a search too). */
  #moved(move: Move | undefined): void {
    if (move) this.#events.moved(move, this.reportSensitive);
    if (!this.#openedByLink) this.#focus.request();
  }
}
