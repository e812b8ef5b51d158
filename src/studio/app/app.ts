import { provide } from '@lit/context';
import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { studioContext } from '../context.js';
import { DataLoader } from '../data-loader.js';
import { DraftKeeper, loadDraft } from '../draft-keeper.js';
import { StudioStore } from '../model/store.js';
import { studioBase } from '../shared.styles.js';
import { appStyles } from './app.styles.js';

/** The jobs, by the address fragment that opens each (#check, #widget, #questions, #write). */
const JOBS = [
  // Two parts each: on a phone a tab may break only between them, so the three fit on one row.
  { id: 'check', label: ['1. データを', '点検する'] },
  { id: 'widget', label: ['2. ウィジェットを', '設定する'] },
  { id: 'questions', label: ['3. 質問を', '変える'] },
  { id: 'write', label: ['4. データを', '書く'] },
] as const;
type JobId = (typeof JOBS)[number]['id'];

const jobFromHash = (): JobId => JOBS.find((job) => `#${job.id}` === location.hash)?.id ?? 'check';

const formatSavedAt = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : `${date.getMonth() + 1}/${date.getDate()} ${date.getHours()}:${String(date.getMinutes()).padStart(2, '0')}`;
};

/**
 * shien-navi ワークベンチ: one page for the people who run the sites and publish the data, with
 * three jobs: check the data, set up the widget, change the questions. Everything happens in
 * this browser; the work in progress is kept here (IndexedDB) until discarded.
 */
export class StudioApp extends LitElement {
  static override styles = [studioBase, appStyles];

  @provide({ context: studioContext })
  protected store = new StudioStore();

  @state() private job: JobId = jobFromHash();
  @state() private restoring = true;
  @state() private confirmingDiscard = false;

  #keeper: DraftKeeper | undefined;

  readonly #onHash = (): void => {
    this.job = jobFromHash();
  };
  readonly #onChange = (): void => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
    this.store.addEventListener('change', this.#onChange);
    if (this.#keeper === undefined) void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
    this.store.removeEventListener('change', this.#onChange);
  }

  /** Restores the kept work, then keeps every change and reads the data. */
  async #start(): Promise<void> {
    const draft = await loadDraft();
    if (draft !== undefined) {
      const { savedAt, ...workspace } = draft;
      const when = formatSavedAt(savedAt);
      this.store.update({
        ...workspace,
        draft: { status: 'saved', savedAt },
        notice: { text: `前回の作業${when ? `（${when} に保存）` : ''}を、このブラウザから復元しました。`, error: false },
      });
    }
    this.#keeper = new DraftKeeper(this.store);
    new DataLoader(this.store);
    this.restoring = false;
  }

  override render() {
    const { notice } = this.store.state;
    return html`
      <header class="top">
        <div>
          <h1>shien-navi ワークベンチ</h1>
          <p>データの点検と作成・ウィジェットの設定・質問の編集を、このブラウザの中だけで行います。ファイルはどこにも送りません。</p>
        </div>
        ${this.#renderDraft()}
      </header>
      <nav aria-label="作業の切り替え">
        <div role="tablist" aria-label="作業" @keydown=${this.#onTabKey}>
          ${JOBS.map(
            (job) => html`<button
              role="tab"
              id=${`tab-${job.id}`}
              type="button"
              aria-selected=${String(this.job === job.id)}
              aria-controls=${`panel-${job.id}`}
              tabindex=${this.job === job.id ? 0 : -1}
              @click=${() => this.#open(job.id)}
            >
              <span class="label"><span>${job.label[0]}</span><span>${job.label[1]}</span></span>
            </button>`,
          )}
        </div>
      </nav>
      <main>
        <div role="status">${notice ? html`<p class="notice ${notice.error ? 'error' : ''}">${notice.text}</p>` : nothing}</div>
        ${this.restoring
          ? html`<p>前回の作業を確かめています…</p>`
          : JOBS.map(
              (job) => html`<section role="tabpanel" id=${`panel-${job.id}`} aria-labelledby=${`tab-${job.id}`} ?hidden=${this.job !== job.id}>
                ${job.id === 'check'
                  ? html`<shien-navi-studio-data-check></shien-navi-studio-data-check>`
                  : job.id === 'widget'
                    ? html`<shien-navi-studio-widget-setup></shien-navi-studio-widget-setup>`
                    : job.id === 'questions'
                      ? html`<shien-navi-studio-flow-editor></shien-navi-studio-flow-editor>`
                      : html`<shien-navi-studio-data-writer></shien-navi-studio-data-writer>`}
              </section>`,
            )}
      </main>
    `;
  }

  #renderDraft() {
    const { draft } = this.store.state;
    const status =
      draft.status === 'saving'
        ? '保存しています…'
        : draft.status === 'saved'
          ? `このブラウザに保存しました（${formatSavedAt(draft.savedAt)}）`
          : draft.status === 'failed'
            ? // Not only private mode: a full disk or content the browser cannot store fail the same way.
              'このブラウザに保存できませんでした（ブラウザが保存を許可していないか、容量が足りないか、保存できない内容です）。ファイルに書き出して残してください'
            : '作業はこのブラウザにだけ保存されます';
    return html`<div class="draft">
      <span role="status" data-draft=${draft.status}>${status}</span>
      ${this.confirmingDiscard
        ? html`<span>ファイル・設定・質問・書いているデータの変更をすべて消しますか？</span>
            <button type="button" class="confirm" @click=${this.#discard}>すべて消す</button>
            <button type="button" @click=${() => (this.confirmingDiscard = false)}>やめる</button>`
        : html`<button type="button" @click=${() => (this.confirmingDiscard = true)}>下書きを消す…</button>`}
    </div>`;
  }

  readonly #discard = async (): Promise<void> => {
    this.confirmingDiscard = false;
    await this.#keeper?.discard();
  };

  #open(job: JobId): void {
    this.job = job;
    history.replaceState(null, '', `#${job}`);
  }

  /** Arrow keys, Home and End move between the tabs (WAI-ARIA tabs pattern, activation follows focus). */
  readonly #onTabKey = (event: KeyboardEvent): void => {
    const index = JOBS.findIndex((job) => job.id === this.job);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % JOBS.length : event.key === 'ArrowLeft' ? (index - 1 + JOBS.length) % JOBS.length : event.key === 'Home' ? 0 : event.key === 'End' ? JOBS.length - 1 : -1;
    const job = JOBS[next];
    if (job === undefined) return;
    event.preventDefault();
    this.#open(job.id);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${job.id}`)?.focus());
  };
}
