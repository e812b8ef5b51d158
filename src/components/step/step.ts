import { consume } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import type { ServiceRecord } from '../../data/record.js';
import type { GoalFallback } from '../../engine/fallback.js';
import type { StopNode } from '../../engine/walker.js';
import { localize } from '../../i18n/lang.js';
import { JA_MESSAGES } from '../../i18n/messages-ja.js';
import { withoutRuby } from '../../i18n/ruby.js';
import type { ChoiceView } from '../../engine/views.js';
import type { ShienNaviChoiceList } from '../choice-list/choice-list.js';
import { forward, tell } from '../internal-events.js';
import { rubyText } from '../ruby-text.js';
import { base, controls } from '../shared.styles.js';
import { stepStyles, stepLaterStyles } from './step.styles.js';

/** Crisis line offered at a goal that found nothing and names no line of its own. */
const FALLBACK_CONTACTS = ['yorisoi'] as const;

/**
 * Cards a goal shows before "show more": a few screens' worth, however many services the goal
 * holds. Copy and print still take every one of them.
 */
const GOAL_PAGE = 20;
/** Cards built in the goal's first frame: more than a phone or the desktop panel shows at once. The rest of the page follows once it is painted. */
const GOAL_FIRST_CARDS = 4;

/**
 * What the current step offers, below its question: the crisis lines it names first, a quick
 * exit on sensitive paths, then the answers to choose from, or at a goal the services found
 * (with copy and print) or a kind way on when there are none.
 *
 * @fires navi-choose - Internal: `detail` is the index of the chosen answer.
 * @fires navi-municipality - Internal: `''` when the person asks to search every area.
 * @fires navi-print - Internal: print a handout of the goal's services.
 * @fires navi-share - Internal: share a link to the goal.
 * @csspart choice - Each answer button.
 * @csspart card - Each result card.
 */
export class ShienNaviStep extends LitElement {
  static override styles = [base, controls, stepStyles, stepLaterStyles];

  @consume({ context: naviContext, subscribe: true })
  @property({ attribute: false })
  navi: NaviContext | undefined;

  /** The question, message or goal of the flow the person is at. */
  @property({ attribute: false }) node: StopNode | undefined;

  /** The answers of a question, with what lies behind each. */
  @property({ attribute: false }) choices: readonly ChoiceView[] = [];

  /** The services of a goal; undefined while the data is still loading. */
  @property({ attribute: false }) results: readonly ServiceRecord[] | undefined;

  /** At a goal with no service of the chosen town's own: what to say and show instead. */
  @property({ attribute: false }) fallback: GoalFallback | undefined;

  /** Newest 最終更新日 of the data. */
  @property({ attribute: 'data-date' }) dataDate = '';

  /** Where the quick exit leads. */
  @property({ attribute: 'exit-url' }) exitUrl = '';

  /** After the person's own action brought them here: the first answer, or the results. */
  async focusFirst(): Promise<void> {
    await this.updateComplete;
    const list = this.renderRoot.querySelector<ShienNaviChoiceList>('shien-navi-choice-list');
    if (list) {
      await list.updateComplete;
      list.focusFirst();
    } else {
      this.renderRoot.querySelector<HTMLElement>('.goal-heading')?.focus({ preventScroll: true });
    }
  }

  override render() {
    const node = this.node;
    if (node === undefined) return nothing;
    const lang = this.navi?.lang ?? 'ja';
    return html`
      ${node.sensitive ? html`<shien-navi-quick-exit url=${this.exitUrl || nothing}></shien-navi-quick-exit>` : nothing}
      ${node.contacts?.length ? html`<shien-navi-crisis-lines .lines=${node.contacts}></shien-navi-crisis-lines>` : nothing}
      ${node.kind === 'question'
        ? html`<shien-navi-choice-list
            exportparts="choice"
            label=${withoutRuby(localize(node.text, lang))}
            .choices=${this.choices}
            @navi-choose=${forward(this)}
          ></shien-navi-choice-list>`
        : this.#renderGoal(node.contacts ?? [])}
    `;
  }

  #renderGoal(contacts: readonly string[]) {
    const messages = this.navi?.messages ?? JA_MESSAGES;
    const results = this.results;
    if (results === undefined) return html`<p class="notice" role="status">${rubyText(messages.loading)}</p>`;
    const fallback = this.fallback;
    const general = fallback?.general ?? [];
    const allAreas = fallback
      ? html`<button class="button all-areas" type="button" @click=${() => tell(this, 'navi-municipality', '')}>${rubyText(messages.showAllAreas)}</button>`
      : nothing;
    if (results.length === 0 && general.length === 0) {
      return html`
        <p class="none goal-heading" tabindex="-1">${rubyText(messages.goalNone)}</p>
        ${allAreas}
        ${contacts.length ? nothing : html`<shien-navi-crisis-lines .lines=${FALLBACK_CONTACTS}></shien-navi-crisis-lines>`}
      `;
    }
    // Said plainly first: nothing of the town's own; then its area's and the prefecture's.
    return html`
      ${fallback ? html`<p class="none goal-heading" tabindex="-1">${rubyText(messages.goalNoneInTown(fallback.town))}</p>` : nothing}
      ${results.length > 0
        ? html`<shien-navi-result-list
            class=${fallback ? '' : 'goal-heading'}
            tabindex=${fallback ? nothing : '-1'}
            exportparts="card"
            first-cards=${GOAL_FIRST_CARDS}
            page-size=${GOAL_PAGE}
            summary=${withoutRuby(messages.goalCount(results.length))}
            data-date=${this.dataDate}
            .records=${results}
          ></shien-navi-result-list>`
        : nothing}
      ${general.length > 0
        ? html`<section class="general" aria-labelledby="general-heading">
            <h3 id="general-heading">${rubyText(messages.generalConsultation)}</h3>
            <shien-navi-result-list exportparts="card" page-size=${GOAL_PAGE} data-date=${this.dataDate} .records=${general}></shien-navi-result-list>
          </section>`
        : nothing}
      ${allAreas}
      ${results.length === 0 && !contacts.length ? html`<shien-navi-crisis-lines .lines=${FALLBACK_CONTACTS}></shien-navi-crisis-lines>` : nothing}
      <shien-navi-contact-actions
        .records=${general.length > 0 ? [...results, ...general] : results}
        .lines=${contacts}
        @navi-print=${forward(this)}
        @navi-share=${forward(this)}
      ></shien-navi-contact-actions>
    `;
  }
}
