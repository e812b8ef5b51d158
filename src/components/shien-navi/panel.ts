import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { ServiceRecord } from '../../data/record.js';
import { SEARCH_PAGE, type NaviModel, type NaviView } from '../../engine/navi-model.js';
import type { TroubleMatcher } from '../../engine/troubles.js';
import type { Lang } from '../../i18n/lang.js';
import type { Messages } from '../../i18n/messages.js';
import { withoutRuby } from '../../i18n/ruby.js';
import { VIEW_LINKS } from '../../i18n/view-links.js';
import type { SearchIndex } from '../../search/search-index.js';
import type { HandoutContent } from '../controllers/handout-controller.js';
import type { InternalEvent } from '../internal-events.js';
import { loadHelpers } from '../lazy-parts.js';
import { rubyText } from '../ruby-text.js';

/** The element the panel belongs to: its attributes, which the panel's controls set too. */
export type PanelHost = ReactiveElement & {
  municipality: string;
  view: 'conversation' | 'list';
  open: boolean;
  readonly mode: 'inline' | 'launcher';
  readonly exitUrl: string;
};

/** What `<shien-navi>`'s panel shows, and what its controls do beyond the model and the attributes: given by the host at each render. */
export interface Panel {
  readonly host: PanelHost;
  readonly heading: string;
  readonly lang: Lang;
  readonly messages: Messages;
  readonly model: NaviModel;
  readonly view: NaviView;
  /** The site's flow is being fetched or checked: no questions yet. */
  readonly flowLoading: boolean;
  /** Newest 最終更新日 of the data. */
  readonly dataDate: string;
  /** What the polite live region says now. */
  readonly said: string;
  /** The list's search over the data, once built in the background. */
  readonly index: SearchIndex | undefined;
  readonly troubles: TroubleMatcher | undefined;
  /** A keystroke (the search is fetched if it is not here yet). */
  search(text: string): void;
  print(records: readonly ServiceRecord[], lines: readonly string[]): void;
  share(): void;
}

/** The printed handout, after the person asked to print (paper only; the panel is not printed then). */
export function renderHandout(content: HandoutContent | undefined, dataDate: string): TemplateResult | typeof nothing {
  if (!content) return nothing;
  return html`<shien-navi-handout
      heading=${content.heading}
      town=${content.town}
      link=${content.link}
      data-date=${dataDate}
      .records=${content.records}
      .lines=${content.lines}
    ></shien-navi-handout>`;
}

/** Switches between the conversation and the list; what the person switched to takes focus once it is here (their own action). */
function switchView({ host, model }: Panel): void {
  host.view = host.view === 'list' ? 'conversation' : 'list';
  model.clearSearch();
  void host.updateComplete.then(async () => {
    if (host.view === 'list') await loadHelpers();
    await host.updateComplete;
    const target = host.renderRoot.querySelector<HTMLElement & { focusFirst?: () => Promise<void> }>(host.view === 'list' ? 'shien-navi-service-list' : '.view-link');
    if (target?.focusFirst) await target.focusFirst();
    else target?.focus();
  });
}

/** The panel: header, search and town, the conversation (or the list), Back and Start over, the live region. */
export function renderPanel(panel: Panel): TemplateResult {
  const { host, heading, lang, messages, model, view } = panel;
  const list = host.view === 'list';
  const searching = !list && view.query !== '';
  const { municipalities, notice } = view;
  return html`
      <section part="panel" class="panel" aria-label=${withoutRuby(heading)} lang=${lang === 'en' ? 'en' : 'ja'}>
        <header part="header">
          <h2>${rubyText(heading)}</h2>
          ${host.mode === 'launcher'
            ? html`<button class="close" type="button" @click=${() => (host.open = false)}>${rubyText(messages.close)}<span aria-hidden="true"> ✕</span></button>`
            : nothing}
        </header>
        <div class="tools">
          ${list
            ? nothing
            : html`<shien-navi-search-box exportparts="search" .value=${view.query} @navi-query=${(event: InternalEvent<'navi-query'>) => panel.search(event.detail)}></shien-navi-search-box>`}
          ${municipalities.length > 1
            ? html`<shien-navi-municipality-picker
                .options=${municipalities}
                .value=${view.municipalityName}
                @navi-municipality=${(event: InternalEvent<'navi-municipality'>) => (host.municipality = event.detail)}
              ></shien-navi-municipality-picker>`
            : nothing}
        </div>
        ${list ? renderViewLink(panel) : nothing}
        ${notice ? html`<p class="notice ${notice.error ? 'error' : ''}" role="status">${rubyText(notice.text)}</p>` : nothing}
        ${list ? renderList(panel) : renderConversation(panel, searching)}
        ${list
          ? nothing
          : html`<nav part="nav" aria-label=${withoutRuby(`${messages.back}・${messages.restart}`)}>
              <button class="button" type="button" ?disabled=${!view.canGoBack} @click=${() => model.back()}>${rubyText(messages.back)}</button>
              <button class="button" type="button" @click=${() => model.restart()}>${rubyText(messages.restart)}</button>
            </nav>`}
        ${list ? nothing : renderViewLink(panel)}
        <div class="visually-hidden" aria-live="polite">${panel.said}</div>
      </section>
    `;
}

/** The 支援員's list in place of the conversation (its code loads when first shown). */
function renderList(panel: Panel): TemplateResult {
  const { view } = panel;
  if (!customElements.get('shien-navi-service-list')) {
    void loadHelpers().then(() => panel.host.requestUpdate());
    return html`<p class="notice" role="status">${rubyText(panel.messages.loading)}</p>`;
  }
  return html`<shien-navi-service-list
      exportparts="card"
      .records=${view.records}
      .services=${panel.model.town()}
      municipality=${view.municipalityName}
      .flow=${view.flow}
      .index=${panel.index}
      .troubles=${panel.troubles}
      .counts=${view.counts}
      data-date=${panel.dataDate}
      @navi-print=${(event: InternalEvent<'navi-print'>) => panel.print(event.detail.records, event.detail.lines)}
      @navi-share=${() => panel.share()}
    ></shien-navi-service-list>`;
}

/** Above the list (back to the questions); under the conversation, after its own controls (the list, for 支援員). */
function renderViewLink(panel: Panel): TemplateResult {
  const links = VIEW_LINKS[panel.lang];
  return html`<button class="view-link" type="button" @click=${() => switchView(panel)}>${rubyText(panel.host.view === 'list' ? links.openConversation : links.openList)}</button>`;
}

function renderConversation(panel: Panel, searching: boolean): TemplateResult {
  const { host, messages, model, view } = panel;
  return html`
        <shien-navi-conversation-log
          part="log"
          exportparts="bubble, bubble-bot, bubble-user"
          label=${withoutRuby(messages.conversationLabel)}
          user-label=${withoutRuby(messages.youChose)}
          .bubbles=${view.bubbles}
          ?searching=${searching}
        >
          ${panel.flowLoading
            ? html`<p class="notice" role="status">${rubyText(messages.loading)}</p>`
            : html`<shien-navi-step
                ?hidden=${searching}
                exportparts="choice, card"
                .node=${view.node}
                .choices=${view.choices}
                .results=${view.results}
                .fallback=${view.fallback}
                data-date=${panel.dataDate}
                exit-url=${host.exitUrl}
                @navi-choose=${(event: InternalEvent<'navi-choose'>) => model.choose(event.detail)}
                @navi-municipality=${(event: InternalEvent<'navi-municipality'>) => (host.municipality = event.detail)}
                @navi-print=${(event: InternalEvent<'navi-print'>) => panel.print(event.detail.records, event.detail.lines)}
                @navi-share=${() => panel.share()}
              ></shien-navi-step>`}
          ${searching
            ? html`<shien-navi-search-results
                exportparts="card, choice"
                page=${SEARCH_PAGE}
                .result=${view.search}
                .categories=${view.categories}
                @navi-more=${() => model.showMore()}
                @navi-shortcut=${(event: InternalEvent<'navi-shortcut'>) => model.openShortcut(event.detail)}
                @navi-choose=${(event: InternalEvent<'navi-choose'>) => model.chooseCategory(event.detail)}
              ></shien-navi-search-results>`
            : nothing}
        </shien-navi-conversation-log>
    `;
}
