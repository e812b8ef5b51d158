import { consume } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
// Not from data/parse.js: that would bring the CSV reader (a lazy chunk) into the widget's first file.
import { todayIso } from '../../data/today.js';
import { phonesOf } from '../../data/phones.js';
import { telHref } from '../../data/tel.js';
import type { ServiceRecord } from '../../data/record.js';
import { CRISIS_LINES } from '../../flows/crisis-lines.js';
import { localize, type Lang } from '../../i18n/lang.js';
import { JA_MESSAGES, type Messages } from '../../i18n/messages-ja.js';
import { segmentsFor } from '../../search/highlight.js';
import type { MatchRanges } from '../../search/search-index.js';
import { rubyText } from '../ruby-text.js';
import { base, controls } from '../shared.styles.js';
import { mapLink } from './map-link.js';
import { textLines } from './text-lines.js';
import { resultCardStyles } from './result-card.styles.js';

/** Text with the matched parts in <mark>, as text nodes (never HTML from the data). */
function marked(text: string, ranges: MatchRanges['name'] | undefined) {
  if (!ranges?.length) return text;
  return segmentsFor(text, ranges).map((segment) => (segment.match ? html`<mark>${segment.text}</mark>` : segment.text));
}

/** 支援内容 longer than this is cut to a few lines until the card is opened. */
/** A labelled field of the opened card, its text as lines; nothing when the data has none. */
function field(label: string, text: string) {
  return text === '' ? nothing : html`<div class="field"><span class="label">${rubyText(label)}</span>${textLines(text)}</div>`;
}

/** "電話する 096-328-2972" with the number kept on one line (it may wrap only around it), and readings over kanji. */
function callText(messages: Messages, number: string) {
  const [before = '', after = ''] = messages.call('\uE000').split('\uE000');
  return html`${rubyText(before)}<span class="number">${number}</span>${rubyText(after)}`;
}

/** `2027-04-01` as a person reads it: 2027年4月1日, April 1, 2027. */
function longDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en' : 'ja', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

const LONG_BENEFIT = { chars: 90, lines: 4 } as const;

/** A food bank's row: its hand-off link asks for food, as 北海道支援情報ナビ's did. */
const FOOD_SUPPORT = /フードバンク|フードパントリー|食料支援|食糧支援|食料の支援|緊急食/;

function isFoodSupport(record: ServiceRecord): boolean {
  return FOOD_SUPPORT.test([record.name, record.alias, ...record.keywords].join(' '));
}

function isLong(text: string, limit: { chars: number; lines: number }): boolean {
  return text.length > limit.chars || text.split('\n', limit.lines + 1).length > limit.lines;
}

/**
 * One support service: its name, common name and area; what a person gets (支援内容), always
 * shown; a short summary that opens to the whole text and to how to act (利用・申請方法,
 * 必要なもの, 受付日時, 申請窓口, in that order); who it is for, how to get in touch, and the
 * actions to call each number as published, ask the agency for help on its own form
 * (相談申込URL, https only: 「相談を申し込む」, 「食料の支援を申し込む」 for a food bank), apply online
 * (電子申請URL), find it on a map or read more. When a place is open (開催日時) and for what ages
 * (対象年齢) are shown when the data has them. A service whose 受付開始日 is still to come says when it opens. All text is
 * rendered as text, never as HTML.
 */
export class ShienNaviResultCard extends LitElement {
  static override styles = [base, controls, resultCardStyles];

  @consume({ context: naviContext, subscribe: true })
  @property({ attribute: false })
  navi: NaviContext | undefined;

  /** The service to show, as read from the CSV; nothing is shown without one. */
  @property({ attribute: false }) record: ServiceRecord | undefined;

  /** Parts of 制度名 and 通称 that matched a search, marked in the card. */
  @property({ attribute: false }) ranges: MatchRanges | undefined;

  /** The record whose card was opened: opening belongs to a record, never to the element showing it. */
  @state() private openedRecord: ServiceRecord | undefined;

  private get expanded(): boolean {
    return this.openedRecord !== undefined && this.openedRecord === this.record;
  }

  /**
   * Lists reuse a card for another record, as a new card: closed, and what was focused in it (which
   * belonged to the record before) lets go, never leaving a person on another service's button.
   */
  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('record');
    if (before === undefined || before === this.record) return;
    this.openedRecord = undefined;
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    if (focused instanceof HTMLElement) focused.blur();
  }

  override render() {
    const record = this.record;
    if (record === undefined) return nothing;
    const messages = this.navi?.messages ?? JA_MESSAGES;
    const lang = this.navi?.lang ?? 'ja';
    // Not open yet: shown, so a person can plan, with the day it opens (rows that ended are not shown at all).
    const opensLater = record.applicationStart !== '' && record.applicationStart > todayIso();
    const area = record.municipalities.length > 0 ? record.municipalities.join('・') : `${record.prefecture}${messages.wholePrefecture}`;
    const map = mapLink(record);
    const longBenefit = isLong(record.benefit, LONG_BENEFIT);
    const more =
      [record.detail, record.howToApply, record.documents, record.hours, record.office].some((text) => text !== '') ||
      record.summary.length > 60 ||
      longBenefit;
    return html`
      <article>
        <h4>${marked(record.name, this.ranges?.name)}</h4>
        ${this.#notCrisisLine(messages, lang)}
        ${record.alias ? html`<p class="alias">${marked(record.alias, this.ranges?.alias)}</p>` : nothing}
        <p class="meta">${rubyText(messages.area)}：${area}${record.updated ? html` ・ ${rubyText(messages.updatedOn(record.updated))}` : nothing}</p>
        ${opensLater ? html`<p class="opens">${rubyText(messages.opensOn(longDate(record.applicationStart, lang)))}</p>` : nothing}
        ${record.benefit
          ? html`<div class="field benefit" ?data-long=${longBenefit} ?data-clamped=${longBenefit && !this.expanded}>
              <span class="label">${rubyText(messages.benefit)}</span>${textLines(record.benefit)}
            </div>`
          : nothing}
        ${record.summary ? html`<p class="summary" ?data-clamped=${!this.expanded}>${record.summary}</p>` : nothing}
        ${this.expanded
          ? html`<div class="more" id="more">
              ${record.detail ? html`<div class="field">${textLines(record.detail)}</div>` : nothing}
              ${field(messages.howToApply, record.howToApply)} ${field(messages.documents, record.documents)}
              ${field(messages.hours, record.hours)} ${field(messages.office, record.office)}
            </div>`
          : nothing}
        ${more
          ? html`<button class="toggle" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} @click=${this.#toggle}>
              ${rubyText(this.expanded ? messages.readLess : messages.readMore)}
            </button>`
          : nothing}
        ${record.target ? html`<p><span class="label">${rubyText(messages.target)}</span>${record.target}</p>` : nothing}
        ${record.ageRange ? html`<p class="age"><span class="label">${rubyText(messages.ageRange)}</span>${record.ageRange}</p>` : nothing}
        ${field(messages.schedule, record.schedule)}
        ${record.contact || record.organization
          ? html`<p><span class="label">${rubyText(messages.contact)}</span>${record.contact || record.organization}</p>`
          : nothing}
        <div class="actions">
          ${phonesOf(record).map(
            (phone) =>
              html`<a class="button primary call" href=${telHref(phone.dial)}
                >${phone.label ? html`<span class="phone-label">${phone.label}</span> ` : nothing}<span>${callText(messages, phone.number)}</span></a
              >`,
          )}
          ${record.requestUrl
            ? html`<a class="button primary request" href=${record.requestUrl} target="_blank" rel="noopener noreferrer"
                ><span>${rubyText(isFoodSupport(record) ? messages.requestFood : messages.requestConsultation)}</span></a
              >`
            : nothing}
          ${record.applyUrl
            ? html`<a class="button" href=${record.applyUrl} target="_blank" rel="noopener noreferrer"><span>${rubyText(messages.applyOnline)}</span></a>`
            : nothing}
          ${map ? html`<a class="button" href=${map} target="_blank" rel="noopener noreferrer"><span>${rubyText(messages.map)}</span></a>` : nothing}
          ${record.url
            ? html`<a class="button" href=${record.url} target="_blank" rel="noopener noreferrer"><span>${rubyText(messages.details)}</span></a>`
            : nothing}
        </div>
        ${record.requestUrl ? html`<p class="handoff">${rubyText(messages.requestOpensAgency)}</p>` : nothing}
      </article>
    `;
  }

  /**
   * A row named like a crisis line, or one digit off its number, says it is not that line: in a
   * list that follows the crisis lines it could otherwise pass for one of them.
   */
  #notCrisisLine(messages: Messages, lang: Lang) {
    const lookalike = this.record?.imitates;
    if (lookalike === undefined) return nothing;
    const line = CRISIS_LINES[lookalike.line];
    // Non-breaking hyphens: the number reads whole, never cut across two lines.
    return html`<p class="not-crisis">${rubyText(messages.notCrisisLine(localize(line.name, lang), line.number.replaceAll('-', '\u2011')))}</p>`;
  }

  #toggle(): void {
    this.openedRecord = this.expanded ? undefined : this.record;
  }
}
