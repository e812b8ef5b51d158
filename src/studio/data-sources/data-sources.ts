import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isHttpUrl } from '../model/settings.js';
import { defaultPublishUrl, MAX_FILE_BYTES, publishUrlProblem, type DataSource } from '../model/sources.js';
import { studioBase } from '../shared.styles.js';
import { StoreController } from '../store-controller.js';

let nextId = 0;
const newId = (): string => `${Date.now().toString(36)}-${(nextId += 1)}`;

/**
 * The data the workbench works on: CSV files dropped here or picked (read in this browser, sent
 * nowhere) and URLs typed in. With `publish`, each file also asks where the site will publish it.
 */
export class StudioDataSources extends LitElement {
  static override styles = [
    studioBase,
    css`
      :host {
        display: block;
      }
      .drop {
        display: grid;
        justify-items: start;
        gap: 8px;
        padding: 16px;
        border: 2px dashed var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .drop.over {
        border-color: var(--_accent);
        background: var(--_surface-alt);
      }
      .url {
        display: flex;
        gap: 8px;
        align-items: end;
        margin-block-start: 16px;
      }
      /* The label wraps the field and is bold; an example in bold grey read like a value typed in. */
      .url input {
        font-weight: 400;
      }
      .url .field {
        flex: 1;
        margin: 0;
      }
      ul {
        display: grid;
        gap: 8px;
        margin: 12px 0 0;
        padding: 0;
        list-style: none;
      }
      li {
        padding: 10px 12px;
        border: 1px solid var(--_line);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .name {
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      li .field {
        margin: 8px 0 0;
      }
    `,
  ];

  /** Ask, for each file, the URL where the site will publish it. */
  @property({ type: Boolean }) publish = false;
  @state() private over = false;
  @state() private refused = '';
  @query('input[type="file"]') private picker!: HTMLInputElement;

  readonly #store = new StoreController(this, (state) => [state.sources, state.data]);

  override render() {
    const { sources, data } = this.#store.store.state;
    return html`
      <div
        class="drop ${this.over ? 'over' : ''}"
        @dragover=${(event: DragEvent) => {
          event.preventDefault();
          this.over = true;
        }}
        @dragleave=${() => (this.over = false)}
        @drop=${this.#onDrop}
      >
        <p>制度データの CSV ファイルを、ここにドラッグ＆ドロップするか、選んでください。ファイルはこのブラウザの中で読むだけで、どこにも送りません。</p>
        <button type="button" class="primary" @click=${() => this.picker.click()}>CSV ファイルを選ぶ</button>
        <input type="file" multiple accept=".csv,text/csv,text/plain" hidden @change=${this.#onPick} />
      </div>
      <form class="url" @submit=${this.#onAddUrl}>
        <label class="field">
          <span>または、公開されている CSV の URL</span>
          <input type="url" name="url" placeholder="https://www.example.lg.jp/opendata/seido.csv" autocomplete="off" />
        </label>
        <button type="submit">URL を追加</button>
      </form>
      <p class="hint">URL のデータは、そのサイトが別のサイトからの読み込み（CORS）を許可しているときだけ読めます。</p>
      <div role="status">${this.refused ? html`<p class="notice error">${this.refused}</p>` : nothing}</div>
      ${sources.length === 0
        ? nothing
        : html`<ul aria-label="読み込んだデータ">
            ${sources.map((source) => this.#renderSource(source, sources, data.sources.find((status) => status.id === source.id), data.status))}
          </ul>`}
    `;
  }

  #renderSource(source: DataSource, all: readonly DataSource[], status: { ok: boolean; records: number; error?: string } | undefined, loading: string) {
    const name = source.kind === 'file' ? source.name : source.url;
    const problem = source.kind === 'file' ? publishUrlProblem(source.publishUrl, source, all) : '';
    const fieldId = `publish-${source.id}`;
    return html`<li>
      <div class="bar">
        <span class="name">${name}<span class="hint">（${source.kind === 'file' ? 'ファイル' : 'URL'}）</span></span>
        <button type="button" class="small danger" aria-label=${`${name} を外す`} @click=${() => this.#remove(source.id)}>外す</button>
      </div>
      <p class="${status && !status.ok ? 'error' : 'hint'}">
        ${status === undefined || loading === 'loading' ? '読み込んでいます…' : status.ok ? `表示できる制度 ${status.records} 件` : `使えません: ${status.error ?? ''}`}
      </p>
      ${this.publish && source.kind === 'file'
        ? html`<div class="field">
            <label for=${fieldId}>このファイルを公開する URL（サイトのどこに置くか）</label>
            <input
              id=${fieldId}
              type="text"
              .value=${source.publishUrl}
              aria-invalid=${problem ? 'true' : 'false'}
              aria-describedby=${`${fieldId}-hint`}
              @change=${(event: Event) => this.#setPublishUrl(source.id, (event.target as HTMLInputElement).value)}
            />
            <span id=${`${fieldId}-hint`} class=${problem ? 'error' : 'hint'}>${problem || 'サイトに置いたときの URL です。貼り付けるコードの src になります。'}</span>
          </div>`
        : nothing}
    </li>`;
  }

  readonly #onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.over = false;
    void this.#addFiles([...(event.dataTransfer?.files ?? [])]);
  };

  readonly #onPick = (): void => {
    void this.#addFiles([...(this.picker.files ?? [])]);
    this.picker.value = '';
  };

  async #addFiles(files: readonly File[]): Promise<void> {
    const tooBig = files.filter((file) => file.size > MAX_FILE_BYTES);
    this.refused = tooBig.length > 0 ? `40 MB を超えるファイルは読みません（ウィジェットも読みません）: ${tooBig.map((file) => file.name).join('、')}` : '';
    const added: DataSource[] = [];
    for (const file of files) {
      if (file.size > MAX_FILE_BYTES) continue;
      const bytes = new Uint8Array(await file.arrayBuffer());
      const taken = [...this.#store.store.state.sources, ...added];
      added.push({ kind: 'file', id: newId(), name: file.name, bytes, publishUrl: defaultPublishUrl(file.name, taken) });
    }
    if (added.length > 0) this.#store.store.update((state) => ({ sources: [...state.sources, ...added] }));
  }

  readonly #onAddUrl = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const input = form.elements.namedItem('url') as HTMLInputElement;
    const url = input.value.trim();
    if (!isHttpUrl(url)) {
      this.refused = 'https:// で始まる CSV の URL を入れてください。';
      return;
    }
    this.refused = '';
    input.value = '';
    this.#store.store.update((state) => ({ sources: [...state.sources, { kind: 'url', id: newId(), url }] }));
  };

  #remove(id: string): void {
    this.#store.store.update((state) => ({ sources: state.sources.filter((source) => source.id !== id) }));
  }

  #setPublishUrl(id: string, url: string): void {
    this.#store.store.update((state) => ({
      sources: state.sources.map((source) => (source.id === id && source.kind === 'file' ? { ...source, publishUrl: url.trim() } : source)),
    }));
  }
}
