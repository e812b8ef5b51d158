import { ContextProvider } from '@lit/context';
import { LitElement, html, isServer, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import { isEncoding } from '../../data/encodings.js';
import type { ServiceRecord } from '../../data/record.js';
import type { Flow } from '../../engine/flow.js';
import { NaviModel, type NaviInputs } from '../../engine/navi-model.js';
import { toLang } from '../../i18n/lang.js';
import { JA_MESSAGES } from '../../i18n/messages-ja.js';
import { withoutRuby } from '../../i18n/ruby.js';
import { AnnouncerController } from '../controllers/announcer-controller.js';
import { BuildController } from '../controllers/build-controller.js';
import { DataController } from '../controllers/data-controller.js';
import { FlowController } from '../controllers/flow-controller.js';
import { FocusController } from '../controllers/focus-controller.js';
import { FragmentController } from '../controllers/fragment-controller.js';
import { HandoutController, onScreen } from '../controllers/handout-controller.js';
import { ShellController } from '../controllers/shell-controller.js';
import { HostEvents, readyDetail } from '../events.js';
import type { InternalEvent } from '../internal-events.js';
import { loadLauncher } from '../lazy-parts.js';
import { base, controls, tokens } from '../shared.styles.js';
import { messagesArrival, messagesOf } from './messages.js';
import { renderHandout, renderPanel, type Panel } from './panel.js';
import { shienNaviStyles, shienNaviLaterStyles } from './shien-navi.styles.js';
import { viewStyles, viewLaterStyles } from './view.styles.js';

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
  static override styles = [tokens, base, controls, shienNaviStyles, shienNaviLaterStyles, viewStyles, viewLaterStyles];

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

  readonly #events = new HostEvents(this);
  readonly #announcer = new AnnouncerController(this);
  readonly #navi = new ContextProvider(this, { context: naviContext, initialValue: { lang: 'ja', messages: JA_MESSAGES, announce: (text) => this.#announcer.say(text) } });
  /** What every part of the widget shares: the language shown, its messages, the live region (the build's first screen sets it per language). */
  protected get navi(): NaviContext {
    return this.#navi.value;
  }
  protected set navi(navi: NaviContext) {
    this.#navi.setValue(navi);
  }
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
    moved: (move) => {
      if (move) this.#events.moved(move, this.reportSensitive);
      this.#focus.request(); // the person's own move takes the focus there (Back from a search too)
    },
    error: (error) => this.#events.fail(error),
    searched: (results) => this.#events.emit('shien-navi-search', { results }),
  });
  readonly #focus = new FocusController(this, () => ({
    log: this.renderRoot.querySelector('shien-navi-conversation-log'),
    step: this.renderRoot.querySelector(this.#model.view().query ? 'shien-navi-search-results' : 'shien-navi-step'),
  }));
  // eslint-disable-next-line no-unused-private-class-members -- opens what the page's #shien-navi? fragment names: it acts on its own
  readonly #fragment = new FragmentController(this, {
    enabled: () => !this.noFragment,
    flow: () => (this.#flows.loading ? undefined : this.#model.flow),
    towns: () => (this.#model.records ? this.#model.view().municipalities : undefined),
    open: (link) => {
      if (link.town) this.municipality = link.town;
      if (link.list) this.view = 'list';
      else if (link.goal && this.#model.goTo(link.goal)) this.#focus.cancel(); // opened by the page's address, not by the person here: the focus stays
    },
  });
  readonly #handout = new HandoutController(this, {
    onScreen: () => onScreen(this.#model.view(), this.view === 'list', this.navi.lang),
    say: (text) => this.#announcer.say(text),
    element: () => this.renderRoot.querySelector('shien-navi-handout'),
  });
  /** Takes over the first screen dist/shien-navi.js may have painted before this element was defined. */
  readonly #shell = new ShellController(this, { choose: (index) => this.#model.choose(index), search: (text) => this.#search(text) });

  /** The services read from the data, before any filter. */
  get records(): readonly ServiceRecord[] {
    return this.#data.records;
  }

  /** What the panel's controls do beyond the model and the attributes. */
  readonly #actions: Pick<Panel, 'search' | 'print' | 'share'> = { search: (text) => this.#search(text), print: (records, lines) => void this.#handout.print(records, lines), share: () => void this.#handout.share() };

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
    // Rendered on a server (the build's first screen) only willUpdate runs before render, and no controller: the model takes its inputs here.
    if (isServer) this.#model.set(this.#inputs());
  }

  /** The model is given what the controllers fetched and chose in this update (their hostUpdate), then drawn. */
  protected override update(changed: PropertyValues): void {
    this.#model.set(this.#inputs());
    this.#shell.choosePainted();
    super.update(changed);
  }

  /** Counts reported and results read out once what they wait for has arrived. */
  protected override updated(): void {
    this.#model.settle();
  }

  override render() {
    const heading = this.heading || this.navi.messages.heading;
    const handout = renderHandout(this.#handout.content, this.#data.updated);
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
    const { categories, start, municipality } = this;
    return { ...this.navi, ...this.#build.built, flow: this.#flows.flow, categories, start, municipality, data: this.#data.data, dataLoading: this.#data.loading };
  }

  #renderPanel(heading: string): TemplateResult {
    return renderPanel({
      ...this.#actions, ...this.navi, host: this, heading, model: this.#model, view: this.#model.view(), flowLoading: this.#flows.loading, dataDate: this.#data.updated,
      said: this.#announcer.text, index: this.#build.index.value, troubles: this.#build.troubles.value,
    });
  }

  /** A keystroke: the search is fetched if it is not here yet. */
  #search(text: string): void {
    this.#build.load();
    this.#model.setQuery(text);
  }
}
