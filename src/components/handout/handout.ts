import { consume } from '@lit/context';
import { LitElement, html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { naviContext, type NaviContext } from '../../context/navi-context.js';
import { lazyModule } from '../../data/lazy-module.js';
import type { ServiceRecord } from '../../data/record.js';
import { handoutEntry, listGroups, type HandoutEntry } from '../../engine/list-view.js';
import { CRISIS_LINES, isCrisisLineId } from '../../flows/crisis-lines.js';
import { localize } from '../../i18n/lang.js';
import { LIST_MESSAGES, type ListMessages } from '../../i18n/list-messages.js';
import { JA_MESSAGES } from '../../i18n/messages-ja.js';
import { withoutRuby } from '../../i18n/ruby.js';
import { handoutStyles } from './handout.styles.js';
import type * as QrModule from './qr.js';

type QrMaker = typeof QrModule;
/** The QR code maker (lean-qr), a chunk of its own, fetched once per page. */
const qrChunk = lazyModule((): Promise<QrMaker> => import('./qr.js'));

/**
 * The printed handout (A4): the heading, the town, the data's date, and for each service its
 * name, 通称, phone numbers as written, hours, address and web page as text, with a QR code
 * (made here, by lean-qr, nothing fetched) leading back to the same goal or list. Shown on
 * paper only; loaded when the person first prints.
 */
export class ShienNaviHandout extends LitElement {
  static override styles = handoutStyles;

  @consume({ context: naviContext, subscribe: true })
  @property({ attribute: false })
  navi: NaviContext | undefined;

  /** What the handout is about: the goal's text; '' for the 支援員's list of the town. */
  @property() heading = '';

  /** The town, as the person chose it; '' for every area. */
  @property() town = '';

  /** Newest 最終更新日 of the data. */
  @property({ attribute: 'data-date' }) dataDate = '';

  /** The page to come back to (the QR code's link, with its fragment). */
  @property() link = '';

  /** The services to print. */
  @property({ attribute: false }) records: readonly ServiceRecord[] = [];

  /** Crisis lines (by id) to print after the services. */
  @property({ attribute: false }) lines: readonly string[] = [];

  #qr: QrMaker | undefined;

  /** Resolves once the handout, its QR code included, is rendered: then it can be printed. */
  async ready(): Promise<void> {
    this.#qr ??= await qrChunk.load().catch(() => undefined);
    this.requestUpdate();
    await this.updateComplete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.ready();
  }

  override render() {
    const lang = this.navi?.lang ?? 'ja';
    const messages = this.navi?.messages ?? JA_MESSAGES;
    const words = LIST_MESSAGES[lang];
    const lines = this.lines.filter(isCrisisLineId).map((id) => CRISIS_LINES[id]);
    const today = new Intl.DateTimeFormat(lang === 'en' ? 'en' : 'ja', { dateStyle: 'long' }).format(new Date());
    return html`
      <article>
        <header>
          <div>
            <h1>${withoutRuby(this.heading || words.listHeading(this.town))}</h1>
            <p class="meta">${withoutRuby(this.town || words.allAreas)}</p>
            ${this.dataDate ? html`<p class="meta">${withoutRuby(messages.dataDate(this.dataDate))}</p>` : nothing}
            <p class="meta">${withoutRuby(words.printedOn(today))}</p>
          </div>
          ${this.#renderCode(words)}
        </header>
        ${listGroups(this.records).map(
          (group) => html`
            <section>
              <h2 class="group">${withoutRuby(words.groupCount(group.label || messages.otherGroup, group.records.length))}</h2>
              <ol>
                ${group.records.map((record) => this.#renderEntry(handoutEntry(record), words))}
              </ol>
            </section>
          `,
        )}
        ${lines.length > 0
          ? html`<h2 class="crisis">${withoutRuby(messages.crisisHeading)}</h2>
              <ol>
                ${lines.map((line) => html`<li><strong>${withoutRuby(localize(line.name, lang))}</strong> ${line.number}</li>`)}
              </ol>`
          : nothing}
      </article>
    `;
  }

  /** The QR code as SVG; none when the link is too long for one (the link is printed anyway). */
  #renderCode(words: ListMessages): TemplateResult | typeof nothing {
    if (!/^https?:/.test(this.link) || this.#qr === undefined) return nothing;
    let path: string;
    let size: number;
    try {
      ({ path, size } = this.#qr.qrCode(this.link));
    } catch {
      return html`<figure><p class="link">${this.link}</p></figure>`;
    }
    const label = withoutRuby(words.qrLabel);
    return html`
      <figure>
        <svg role="img" aria-label=${label} viewBox="-2 -2 ${size + 4} ${size + 4}" xmlns="http://www.w3.org/2000/svg">
          ${svg`<rect x="-2" y="-2" width=${size + 4} height=${size + 4} fill="#fff"></rect><path d=${path} fill="#000"></path>`}
        </svg>
        <figcaption>${withoutRuby(words.qrNote)}</figcaption>
      </figure>
    `;
  }

  #renderEntry(entry: HandoutEntry, words: ListMessages): TemplateResult {
    const field = (label: string, text: string) => (text === '' ? nothing : html`<dt>${withoutRuby(label)}</dt><dd>${text}</dd>`);
    return html`
      <li>
        <h3>${entry.name}</h3>
        ${entry.alias ? html`<p class="alias">${entry.alias}</p>` : nothing}
        <dl>
          ${field(words.phone, entry.phones.join('\n'))} ${field(words.hours, entry.hours)} ${field(words.address, entry.address)}
          ${field(words.url, entry.url)}
        </dl>
      </li>
    `;
  }
}
