import { consume } from '@lit/context';
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import { LISTENING_LINES } from '../../flows/crisis-lines.js';
import { JA_MESSAGES, type Messages } from '../../i18n/messages-ja.js';
import { withoutRuby } from '../../i18n/ruby.js';
import { NO_SEARCH, type ChoiceView, type SearchView, type ShortcutView } from '../../engine/views.js';
import { forward, tell } from '../internal-events.js';
import { rubyText } from '../ruby-text.js';
import { base, buttonList, controls } from '../shared.styles.js';
import { searchResultsStyles } from './search-results.styles.js';

/**
 * Cards built within a keystroke: more than a screen shows under the shortcuts (one or two on a
 * phone, two on a desktop panel). The rest of the page follows once that frame is painted.
 */
const FIRST_CARDS = 3;

/**
 * What a search found, in this order: crisis lines when what was typed is a cry for help (before
 * anything else); a listening line for distress without an act; shortcuts into the questions for
 * the situations it describes; the services, best first, a few at a time. When there are neither
 * services nor shortcuts: a kind word, a line to a person with its number (on a phone's first
 * screen, above the rest), the closest situations and the top-level categories (緊急の困りごと
 * leads to every crisis line). Never a cold dead end.
 *
 * Shortcuts and suggestions are answers a person taps to go on, like the choices of a question,
 * so they carry the `choice` part too.
 *
 * @fires navi-more - Internal: show more results.
 * @fires navi-choose - Internal: `detail` is the index of the category chosen.
 * @fires navi-shortcut - Internal: `detail` is the id of the node a shortcut or suggestion opens.
 * @csspart card - Each result card.
 * @csspart choice - Each shortcut, suggestion and category button.
 */
export class ShienNaviSearchResults extends LitElement {
  static override styles = [base, controls, buttonList, searchResultsStyles];

  @consume({ context: naviContext, subscribe: true })
  @property({ attribute: false })
  navi: NaviContext | undefined;

  /** What the search found (see SearchView). */
  @property({ attribute: false }) result: SearchView = NO_SEARCH;

  /** The categories offered when nothing is found. */
  @property({ attribute: false }) categories: readonly ChoiceView[] = [];

  /** How many more results one "more" adds. */
  @property({ type: Number }) page = 10;

  /** After Back brought the person here from a shortcut: the first shortcut, or the results, takes focus. */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.shortcut, shien-navi-result-list')?.focus({ preventScroll: true });
  }

  override render() {
    const messages = this.navi?.messages ?? JA_MESSAGES;
    const view = this.result;
    const { crisis, shortcuts, services } = view;
    let rest: TemplateResult | typeof nothing = nothing;
    let none = false;
    if (view.tooShort) rest = html`<p>${rubyText(messages.searchTooShort)}</p>`;
    else if (view.pending) rest = html`<p class="notice" role="status">${rubyText(messages.loading)}</p>`;
    else if (services.length > 0) rest = this.#renderServices(messages);
    else if (shortcuts.length === 0) {
      none = true;
      rest = this.#renderNothing(messages);
    }
    return html`
      ${crisis.length > 0 ? html`<shien-navi-crisis-lines .lines=${crisis}></shien-navi-crisis-lines>` : nothing}
      ${view.listening && !none ? this.#renderListening() : nothing} ${this.#renderShortcuts(messages.shortcutsHeading, shortcuts)} ${rest}
    `;
  }

  #renderListening(): TemplateResult {
    return html`<shien-navi-crisis-lines tone="listening" .lines=${LISTENING_LINES}></shien-navi-crisis-lines>`;
  }

  #renderShortcuts(heading: string, shortcuts: readonly ShortcutView[]): TemplateResult | typeof nothing {
    if (shortcuts.length === 0) return nothing;
    return html`
      <p class="heading">${rubyText(heading)}</p>
      <ul role="list" aria-label=${withoutRuby(heading)}>
        ${shortcuts.map(
          (shortcut) => html`
            <li>
              <button class="button shortcut" part="choice" type="button" @click=${() => tell(this, 'navi-shortcut', shortcut.node)}>
                ${shortcut.context.length > 0 ? html`<span class="context">${rubyText(shortcut.context.join(' › '))}</span>` : nothing}
                <span class="label">${rubyText(shortcut.label)}</span>
              </button>
            </li>
          `,
        )}
      </ul>
    `;
  }

  #renderServices(messages: Messages): TemplateResult {
    const { services, total } = this.result;
    const remaining = total - services.length;
    return html`
      <shien-navi-result-list
        tabindex="-1"
        exportparts="card"
        first-cards=${FIRST_CARDS}
        summary=${withoutRuby(messages.searchResults(total))}
        .records=${services.map((service) => service.record)}
        .highlights=${new Map(services.map((service) => [service.record, service.ranges]))}
      ></shien-navi-result-list>
      ${remaining > 0
        ? html`<button class="button more" type="button" @click=${() => tell(this, 'navi-more', undefined)}>
            ${rubyText(messages.showMore(Math.min(remaining, this.page)))}
          </button>`
        : nothing}
    `;
  }

  /**
   * Nothing found (or the search could not load). For a cry for help the crisis lines above are
   * the answer: no "not found" under them. Otherwise a line to a person comes right under the
   * kind word, before the categories, so its number is on a phone's first screen.
   */
  #renderNothing(messages: Messages): TemplateResult {
    const cry = this.result.crisis.length > 0;
    return html`
      ${cry ? nothing : html`<p class="none">${rubyText(this.result.unavailable ? messages.loadFailed : messages.searchNone)}</p>`}
      ${this.result.listening ? this.#renderListening() : nothing} ${this.#renderShortcuts(messages.suggestionsHeading, this.result.suggestions)}
      <p>${rubyText(cry ? messages.searchOtherHint : messages.searchNoneHint)}</p>
      <shien-navi-choice-list exportparts="choice" .choices=${this.categories} @navi-choose=${forward(this)}></shien-navi-choice-list>
    `;
  }
}
