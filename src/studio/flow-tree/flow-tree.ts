import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Flow } from '../../engine/flow.js';
import { localize } from '../../i18n/lang.js';
import { flowTree, type TreeRow } from '../model/flow-tree.js';
import { studioBase } from '../shared.styles.js';
import { tell } from '../studio-events.js';

export const KIND_NAMES = { question: '質問', message: 'お知らせ', goal: 'ゴール' } as const;

/**
 * The flow as a tree from its first question: each node a button that opens it in the editor,
 * with the choice that leads there, how many services each goal shows, and a mark on nodes
 * with problems. Nodes reached twice (or by a loop) appear again as a link to the first place.
 *
 * @fires studio-select - The id of the node chosen.
 */
export class StudioFlowTree extends LitElement {
  static override styles = [
    studioBase,
    css`
      :host {
        display: block;
      }
      ol {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        padding-inline-start: calc(var(--_depth, 0) * 14px);
      }
      button {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0 6px;
        width: 100%;
        min-height: 44px;
        margin-block: 2px;
        padding: 4px 8px;
        border: 1px solid transparent;
        border-inline-start: 3px solid var(--_line);
        border-radius: 4px;
        background: transparent;
        color: var(--_text);
        font-weight: 400;
        text-align: start;
        justify-content: flex-start;
      }
      button:hover {
        background: var(--_surface-alt);
      }
      button[aria-current='true'] {
        border-color: var(--_accent);
        background: var(--_surface-alt);
        font-weight: 600;
      }
      .via {
        color: var(--_muted);
        font-size: 0.8125rem;
        width: 100%;
      }
      .kind {
        padding: 0 6px;
        border-radius: 4px;
        background: var(--_line);
        font-size: 0.75rem;
      }
      .kind.goal {
        background: #d6efe4;
      }
      .count {
        color: var(--_muted);
        font-size: 0.8125rem;
      }
      .count.none {
        color: var(--_danger);
        font-weight: 600;
      }
      .problem {
        color: var(--_danger);
        font-weight: 600;
      }
      h3 {
        margin-block-start: 12px;
        font-size: 0.9375rem;
      }
    `,
  ];

  @property({ attribute: false }) flow: Flow | undefined;
  @property() selected = '';
  /** Services each goal shows with the data loaded (absent: no data). */
  @property({ attribute: false }) counts: ReadonlyMap<string, number> = new Map();
  /** Nodes with an error (validator). */
  @property({ attribute: false }) problems: ReadonlySet<string> = new Set();

  override render() {
    if (!this.flow) return nothing;
    const rows = flowTree(this.flow);
    const firstUnreachable = rows.findIndex((row) => row.unreachable);
    const reachable = firstUnreachable < 0 ? rows : rows.slice(0, firstUnreachable);
    const unreachable = firstUnreachable < 0 ? [] : rows.slice(firstUnreachable);
    return html`
      <ol aria-label="質問の流れ">
        ${reachable.map((row) => this.#renderRow(row))}
      </ol>
      ${unreachable.length > 0
        ? html`<h3>どこからもつながっていないノード</h3>
            <ol aria-label="どこからもつながっていないノード">
              ${unreachable.map((row) => this.#renderRow(row))}
            </ol>`
        : nothing}
    `;
  }

  #renderRow(row: TreeRow) {
    const via = row.label === undefined ? '' : `「${localize(row.label, 'ja')}」を選ぶと`;
    const count = this.counts.get(row.id);
    const what =
      row.place === 'missing'
        ? html`<span class="problem">ないノード「${row.id}」</span>`
        : html`<span class="kind ${row.node?.kind ?? ''}">${KIND_NAMES[row.node?.kind ?? 'question']}</span>
            <span>${row.place === 'again' ? `↑ 上と同じ「${row.id}」へ` : localize(row.node?.text ?? '', 'ja').slice(0, 40)}</span>
            ${row.place === 'first' && row.node?.kind === 'goal' && count !== undefined ? html`<span class="count ${count === 0 ? 'none' : ''}">${count} 件</span>` : nothing}
            ${row.place === 'first' && this.problems.has(row.id) ? html`<span class="problem">⚠ 直すところあり</span>` : nothing}`;
    return html`<li data-depth=${row.depth}>
      <button type="button" aria-current=${String(row.place === 'first' && row.id === this.selected)} ?disabled=${row.place === 'missing'} @click=${() => this.#select(row.id)}>
        ${via ? html`<span class="via">${via}</span>` : nothing}${what}
      </button>
    </li>`;
  }

  protected override updated(): void {
    // Indentation through the CSSOM (the page's CSP allows no inline style attributes).
    for (const item of this.renderRoot.querySelectorAll<HTMLElement>('li[data-depth]')) item.style.setProperty('--_depth', item.dataset['depth'] ?? '0');
  }

  #select(id: string): void {
    tell(this, 'studio-select', id);
  }
}
