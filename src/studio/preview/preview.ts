import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { splitStyles } from '../model/snippet.js';
import { studioBase } from '../shared.styles.js';
import { tell } from '../studio-events.js';
import { measureContrast } from './contrast-probe.js';
import { previewStyles } from './preview.styles.js';

/** The preview's widths: a phone's, and a desktop's (scaled down to fit). */
const WIDTHS = {
  phone: { width: 375, height: 667, label: 'スマートフォン（幅 375px）' },
  desktop: { width: 1024, height: 720, label: 'パソコン（幅 1024px）' },
} as const;
export type PreviewWidth = keyof typeof WIDTHS;

/** How long typing must pause before the preview shows it. */
const REMOUNT_DELAY_MS = 250;

/**
 * The real built widget (dist/shien-navi.js), in a frame of its own at a phone's or a desktop's
 * width, made from the very snippet the site owner will paste: its style rules, its element and
 * the flow inside it. Only the URLs change: a file that will be published at `/opendata/x.csv`
 * is read here from the dropped copy (a `blob:` URL), and the script is the one already loaded.
 *
 * @fires studio-contrast - The accent's contrast measured on the widget, per colour scheme.
 */
export class StudioPreview extends LitElement {
  static override styles = [studioBase, previewStyles];

  /** The snippet to show, exactly as it will be pasted. */
  @property() snippet = '';
  /** Dropped files by the URL where they will be published. */
  @property({ attribute: false, hasChanged: (now: ReadonlyMap<string, Uint8Array>, before?: ReadonlyMap<string, Uint8Array>) => !sameFiles(now, before) })
  files: ReadonlyMap<string, Uint8Array> = new Map();
  /** The colour schemes to measure the accent in (none: no measuring). */
  @property({ attribute: false, hasChanged: (now: readonly string[], before?: readonly string[]) => now.join() !== before?.join() })
  measure: readonly ('light' | 'dark')[] = [];
  /**
   * A node to open on instead of the start (the one being edited), given to the preview's widget
   * as its `start`: going there with goTo() would move the focus into the frame while typing.
   */
  @property({ attribute: 'focus-node' }) focusNode = '';
  /** Accessible name of the frame. */
  @property() label = 'ウィジェットのプレビュー';
  @property({ reflect: true }) width: PreviewWidth = 'phone';

  @state() private flowError = '';
  @state() private dataError = '';
  @query('iframe') private frame!: HTMLIFrameElement;
  @query('.stage') private stage!: HTMLElement;

  /** blob: URLs made for the files shown, revoked when a file goes. */
  #blobs = new Map<Uint8Array, string>();
  #frameReady = false;
  #mounted = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #mounting = Promise.resolve();
  #resize = new ResizeObserver(() => this.#fit());

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#resize.observe(this.stage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.#resize.disconnect();
    for (const url of this.#blobs.values()) URL.revokeObjectURL(url);
    this.#blobs.clear();
  }

  protected override firstUpdated(): void {
    this.#resize.observe(this.stage);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('width')) this.#fit();
    if (changed.has('snippet') || changed.has('files') || changed.has('focusNode') || changed.has('measure')) this.#remount();
  }

  override render() {
    const frame = WIDTHS[this.width];
    return html`
      <div class="bar">
        <div class="widths" role="group" aria-label="プレビューの幅">
          ${(Object.keys(WIDTHS) as PreviewWidth[]).map(
            (width) => html`<button type="button" class="small" aria-pressed=${String(this.width === width)} @click=${() => (this.width = width)}>
              ${width === 'phone' ? 'スマートフォン' : 'パソコン'}
            </button>`,
          )}
        </div>
        <span class="hint">${frame.label}</span>
      </div>
      <div class="stage ${this.width}">
        <iframe src="./preview.html" title=${this.label} @load=${this.#onFrameLoad}></iframe>
      </div>
      <div class="status" role="status">
        ${this.flowError ? html`<p class="notice error">プレビューのウィジェットがフローを使えませんでした: ${this.flowError}</p>` : nothing}
        ${this.dataError ? html`<p class="notice error">プレビューのウィジェットがデータを読めませんでした: ${this.dataError}</p>` : nothing}
      </div>
    `;
  }

  /** Scales the frame to the room there is, keeping the widget's own width (its layout depends on it). */
  #fit(): void {
    if (!this.hasUpdated) return;
    const { width, height } = WIDTHS[this.width];
    const room = this.stage.clientWidth;
    const scale = room > 0 ? Math.min(1, room / width) : 1;
    this.frame.style.setProperty('--_frame-width', `${width}px`);
    this.frame.style.setProperty('--_frame-height', `${height}px`);
    this.frame.style.setProperty('--_scale', String(scale));
    this.stage.style.setProperty('height', `${Math.ceil(height * scale)}px`);
  }

  readonly #onFrameLoad = (): void => {
    this.#frameReady = true;
    this.#remount();
  };

  /**
   * Shows the current snippet: at once the first time, then once typing pauses, so a heading or
   * a question typed letter by letter does not reload the widget (and re-read its data) each time.
   */
  #remount(): void {
    if (!this.#frameReady) return;
    clearTimeout(this.#timer);
    this.dataset['state'] = 'loading';
    this.#timer = setTimeout(
      () => {
        this.#mounting = this.#mounting.then(() => this.#mount()).catch(() => undefined);
      },
      this.#mounted ? REMOUNT_DELAY_MS : 0,
    );
  }

  /** The local URL for a URL of the snippet: a dropped file's blob, or the URL itself. */
  #localUrl(url: string): string {
    const bytes = this.files.get(url);
    if (bytes === undefined) return url;
    let blob = this.#blobs.get(bytes);
    if (blob === undefined) {
      blob = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'text/csv' }));
      this.#blobs.set(bytes, blob);
    }
    return blob;
  }

  #forgetOldFiles(): void {
    const current = new Set(this.files.values());
    for (const [bytes, url] of this.#blobs) {
      if (current.has(bytes)) continue;
      URL.revokeObjectURL(url);
      this.#blobs.delete(bytes);
    }
  }

  async #mount(): Promise<void> {
    const doc = this.frame.contentDocument;
    // The frame's own globals: its style sheets and elements belong to its document.
    const view = this.frame.contentWindow as (Window & typeof globalThis) | null;
    const page = doc?.getElementById('page');
    const probes = doc?.getElementById('probes');
    if (!doc || !view || !page || !probes) return;
    this.#mounted = true;
    const { css, markup } = splitStyles(this.snippet);
    const sheets = css.map((rules) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(rules);
      return sheet;
    });
    const parsed = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
    const nodes: Node[] = [];
    for (const child of [...parsed.body.childNodes]) {
      // The widget's script is already in the frame (../shien-navi.js, the real build).
      if (child instanceof Element && child.localName === 'script') continue;
      nodes.push(doc.importNode(child, true));
    }
    const widgets = nodes.flatMap((node) => (node instanceof view.Element ? [node, ...node.querySelectorAll('*')] : [])).filter((node) => node.localName === 'shien-navi');
    for (const widget of widgets) {
      if (this.focusNode) widget.setAttribute('start', this.focusNode);
      const src = widget.getAttribute('src');
      if (src) widget.setAttribute('src', src.split(/\s+/).map((url) => this.#localUrl(url)).join(' '));
      widget.addEventListener('shien-navi-error', this.#onWidgetError);
      widget.addEventListener('shien-navi-ready', this.#onWidgetReady);
    }
    this.flowError = '';
    this.dataError = '';
    doc.adoptedStyleSheets = sheets;
    page.replaceChildren(...nodes);
    this.#forgetOldFiles();
    await view.customElements.whenDefined('shien-navi');
    const [widget] = widgets;
    if (this.measure.length > 0) {
      const contrast = await measureContrast(doc, probes, this.measure);
      tell(this, 'studio-contrast', contrast);
    }
    if (!widget?.hasAttribute('src')) this.dataset['state'] = 'ready';
  }

  readonly #onWidgetError = (event: Event): void => {
    const { kind } = (event as CustomEvent<{ kind: string; message: string }>).detail;
    // The widget names the blob: URL it read; the site owner knows the file by where it will be published.
    let message = (event as CustomEvent<{ kind: string; message: string }>).detail.message;
    for (const [url, bytes] of this.files) {
      const blob = this.#blobs.get(bytes);
      if (blob) message = message.replaceAll(blob, url);
    }
    if (kind === 'flow') this.flowError = message;
    else this.dataError = message;
  };

  readonly #onWidgetReady = (): void => {
    this.dataset['state'] = 'ready';
  };
}

/** Same URLs for the same bytes: a new map made on each render of the form changes nothing. */
function sameFiles(now: ReadonlyMap<string, Uint8Array>, before: ReadonlyMap<string, Uint8Array> | undefined): boolean {
  return before !== undefined && now.size === before.size && [...now].every(([url, bytes]) => before.get(url) === bytes);
}
