import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import type { Flow } from '../../engine/flow.js';
import { municipalityNames } from '../../engine/views.js';
import { localize, type Lang } from '../../i18n/lang.js';
import { formatRatio, MIN_TEXT_CONTRAST, nearestReadableShade, toHex } from '../model/contrast.js';
import { isHexColour, isHttpUrl, isPublishableUrl, oneLine, type Scheme, type WidgetSettings } from '../model/settings.js';
import { iframeSnippet, widgetSnippet } from '../model/snippet.js';
import { publishUrlProblem, type DataSource } from '../model/sources.js';
import type { StudioState } from '../model/store.js';
import type { SchemeContrast } from '../preview/contrast-probe.js';
import { studioBase } from '../shared.styles.js';
import { StoreController } from '../store-controller.js';
import type { StudioEvent } from '../studio-events.js';
import { widgetSetupStyles } from './widget-setup.styles.js';

const LANG_NAMES: Readonly<Record<Lang, string>> = { ja: '日本語', 'ja-easy': 'やさしい日本語', en: 'English' };
const SCHEME_NAMES: Readonly<Record<Scheme, string>> = { auto: '端末の設定に合わせる', light: 'いつも明るい色', dark: 'いつも暗い色' };
const SCHEME_LABEL = { light: '明るい配色', dark: '暗い配色' } as const;
/** The widget's own accent, shown in the colour picker while none is chosen. */
const DEFAULT_ACCENT = '#0b6e4f';

/** The top-level categories of a flow: its start question's choices, by the id they lead to. */
export function categoriesOf(flow: Flow): { id: string; label: string }[] {
  const start = flow.nodes[flow.start];
  return start?.kind === 'question' ? start.choices.map((choice) => ({ id: choice.next, label: localize(choice.label, 'ja') })) : [];
}

/** The sources that go into the snippet: those read without error (or not read yet). */
export function usableSources(state: StudioState): DataSource[] {
  return state.sources.filter((source) => state.data.sources.find((status) => status.id === source.id)?.ok !== false);
}

/**
 * The schemes whose colours depend on the chosen accent: with `auto` the accent is the light
 * palette's and the dark one keeps the widget's own (see the snippet), so only light is measured.
 */
const schemesOf = (scheme: Scheme): ('light' | 'dark')[] => (scheme === 'dark' ? ['dark'] : ['light']);

/**
 * Job 2, "Set up my widget": the data, municipality, categories, start, language, inline or
 * launcher, colours, heading and quick-exit page, beside a live preview of the real widget and
 * the snippet to paste (module or classic script) that makes exactly that widget.
 */
export class StudioWidgetSetup extends LitElement {
  static override styles = [studioBase, widgetSetupStyles];

  @state() private contrast: readonly SchemeContrast[] = [];
  @state() private accentDraft: string | undefined;

  readonly #store = new StoreController(this, (state) => [state.settings, state.sources, state.data, state.flow]);

  override render() {
    const state = this.#store.store.state;
    const flow = this.#store.store.flow;
    const { settings } = state;
    const categories = categoriesOf(flow);
    const sources = usableSources(state);
    const snippetInput = { settings, sources, flow: state.flow, categoryIds: categories.map((category) => category.id) };
    const snippet = widgetSnippet(snippetInput);
    const files = new Map(sources.flatMap((source) => (source.kind === 'file' ? [[source.publishUrl, source.bytes] as const] : [])));
    const urlProblems = state.sources.some((source) => source.kind === 'file' && publishUrlProblem(source.publishUrl, source, state.sources) !== '');
    return html`
      <div class="columns">
        <form class="settings" aria-labelledby="setup-heading" @submit=${(event: Event) => event.preventDefault()}>
          <h2 id="setup-heading">ウィジェットを設定する</h2>
          <p class="hint">選ぶたびに、右（スマートフォンでは下）のプレビューと、貼り付けるコードが変わります。</p>
          <fieldset>
            <legend>データ</legend>
            <shien-navi-studio-data-sources publish></shien-navi-studio-data-sources>
          </fieldset>
          ${this.#renderMunicipality(settings, state)} ${this.#renderCategories(settings, categories)} ${this.#renderStart(settings, flow)}
          ${this.#radios('lang', '言葉', LANG_NAMES, settings.lang, (lang) => this.#set({ lang }))}
          ${this.#radios('mode', '表示のしかた', { inline: 'ページの中に表示', launcher: '右下のボタンから開く' }, settings.mode, (mode) => this.#set({ mode }))}
          ${this.#radios('scheme', '配色', SCHEME_NAMES, settings.scheme, (scheme) => this.#set({ scheme }))} ${this.#renderAccent(settings)}
          ${this.#renderText('heading', '見出し', settings.heading, '空のときは「支援情報ナビ」（言葉に合わせて）', (heading) => this.#set({ heading: oneLine(heading) }))}
          ${this.#renderText(
            'exit-url',
            '「この画面をすぐ閉じる」で開くページ',
            settings.exitUrl,
            'DV や虐待の画面に出るボタンの行き先です（https:// で始まるページ）。空のときは検索サイト。',
            (exitUrl) => this.#set({ exitUrl: exitUrl.trim() }),
            settings.exitUrl !== '' && !isHttpUrl(settings.exitUrl),
          )}
          ${this.#renderText(
            'script-folder',
            'ウィジェットのファイルを置く場所',
            settings.scriptFolder,
            'dist/ の shien-navi*.js をすべて置くフォルダの URL です（例: /js/ や https://www.example.lg.jp/js/）。',
            (scriptFolder) => this.#set({ scriptFolder: scriptFolder.trim() }),
            !isPublishableUrl(settings.scriptFolder),
          )}
          ${this.#radios('variant', '貼り付けるコードの形', { module: 'ふつう（type="module"）', classic: 'type="module" が書けない CMS 用（1 ファイル）' }, settings.variant, (variant) => this.#set({ variant }))}
        </form>
        <section class="result" aria-labelledby="preview-heading">
          <h2 id="preview-heading">プレビュー</h2>
          <shien-navi-studio-preview
            label="設定したウィジェットのプレビュー"
            .snippet=${snippet}
            .files=${files}
            .measure=${schemesOf(settings.scheme)}
            @studio-contrast=${(event: StudioEvent<'studio-contrast'>) => (this.contrast = event.detail)}
          ></shien-navi-studio-preview>
          ${urlProblems ? html`<p class="notice error">データを公開する URL に直すところがあります（左の「データ」）。</p>` : nothing}
          <shien-navi-studio-snippet-box label="サイトに貼り付けるコード" rows="8" .code=${snippet}></shien-navi-studio-snippet-box>
          <p class="hint">
            このコードを、ウィジェットを置きたいページの HTML に貼り付けます。データのファイルは「公開する URL」に、ウィジェットのファイルは
            「ファイルを置く場所」に置いてください。
          </p>
          <shien-navi-studio-snippet-box label="script が使えない CMS 用のコード（iframe）" rows="3" .code=${iframeSnippet(snippetInput)}></shien-navi-studio-snippet-box>
          <p class="hint">
            CMS の編集画面が &lt;script&gt; を消してしまうときは、こちらを貼り付けます。ウィジェットのファイルと一緒に置いた embed.html
            を枠（iframe）の中に表示します。${state.flow === undefined ? '' : '編集した質問は iframe には入れられないため、iframe では標準の質問になります。'}
          </p>
        </section>
      </div>
    `;
  }

  #set(patch: Partial<WidgetSettings>): void {
    this.#store.store.updateSettings(patch);
  }

  #radios<T extends string>(name: string, legend: string, options: Readonly<Record<T, string>>, value: T, change: (value: T) => void) {
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="row">
        ${(Object.keys(options) as T[]).map(
          (option) => html`<label class="check">
            <input type="radio" name=${name} .value=${option} .checked=${option === value} @change=${() => change(option)} />${options[option]}
          </label>`,
        )}
      </div>
    </fieldset>`;
  }

  #renderText(id: string, label: string, value: string, hint: string, change: (value: string) => void, invalid = false) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input id=${id} type="text" .value=${value} aria-invalid=${String(invalid)} aria-describedby=${`${id}-hint`} @change=${(event: Event) => change((event.target as HTMLInputElement).value)} />
      <span id=${`${id}-hint`} class=${invalid ? 'error' : 'hint'}>${invalid ? `使えない値です。${hint}` : hint}</span>
    </div>`;
  }

  #renderMunicipality(settings: WidgetSettings, state: StudioState) {
    const names = municipalityNames(state.data.records);
    return html`<div class="field">
      <label for="municipality">最初に絞り込む市町村</label>
      <input id="municipality" type="text" list="municipalities" .value=${settings.municipality} aria-describedby="municipality-hint" @change=${(event: Event) => this.#set({ municipality: oneLine((event.target as HTMLInputElement).value) })} />
      <datalist id="municipalities">${names.map((name) => html`<option value=${name}></option>`)}</datalist>
      <span id="municipality-hint" class="hint">${names.length > 0 ? `データにある市町村: ${names.slice(0, 8).join('、')}${names.length > 8 ? ' など' : ''}。` : ''}名前（札幌市）か 6 桁のコード。空なら絞り込みません（利用者があとで選べます）。</span>
    </div>`;
  }

  #renderCategories(settings: WidgetSettings, all: readonly { id: string; label: string }[]) {
    const chosen = settings.categories.filter((id) => all.some((category) => category.id === id));
    const order = chosen.length > 0 ? [...chosen, ...all.map((category) => category.id).filter((id) => !chosen.includes(id))] : all.map((category) => category.id);
    const shown = chosen.length > 0 ? chosen : order;
    const update = (ids: readonly string[]): void => this.#set({ categories: ids.join(' ') === all.map((category) => category.id).join(' ') ? [] : [...ids] });
    return html`<fieldset>
      <legend>最初に出す困りごとと、その順番</legend>
      <ul class="categories">
        ${order.map((id) => {
          const label = all.find((category) => category.id === id)?.label ?? id;
          const on = shown.includes(id);
          const position = shown.indexOf(id);
          return html`<li>
            <label class="check"
              ><input
                type="checkbox"
                .checked=${on}
                ?disabled=${on && shown.length === 1}
                @change=${() => update(on ? shown.filter((other) => other !== id) : [...shown, id])}
              />${label}</label
            >
            <span class="moves">
              <button type="button" class="small" aria-label=${`${label} を上へ`} ?disabled=${!on || position === 0} @click=${() => update(move(shown, position, -1))}>↑</button>
              <button type="button" class="small" aria-label=${`${label} を下へ`} ?disabled=${!on || position === shown.length - 1} @click=${() => update(move(shown, position, 1))}>↓</button>
            </span>
          </li>`;
        })}
      </ul>
    </fieldset>`;
  }

  #renderStart(settings: WidgetSettings, flow: Flow) {
    const nodes = Object.entries(flow.nodes).filter(([, node]) => node.kind !== 'message');
    return html`<div class="field">
      <label for="start">最初に開く質問</label>
      <select id="start" @change=${(event: Event) => this.#set({ start: (event.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${settings.start === ''}>最初の質問から（${localize(flow.nodes[flow.start]?.text ?? '', 'ja')}）</option>
        ${nodes
          .filter(([id]) => id !== flow.start)
          .map(([id, node]) => html`<option value=${id} ?selected=${settings.start === id}>${id} — ${localize(node.text, 'ja').slice(0, 30)}</option>`)}
      </select>
    </div>`;
  }

  #renderAccent(settings: WidgetSettings) {
    const value = this.accentDraft ?? settings.accent;
    const invalid = value !== '' && !isHexColour(value);
    const failing = this.contrast.filter((result) => Math.min(result.onAccent, result.accentText) < MIN_TEXT_CONTRAST);
    const suggestion = failing.length > 0 ? suggestShade(this.contrast) : undefined;
    return html`<fieldset>
      <legend>アクセント色（見出し・ボタン・利用者の吹き出し）</legend>
      <div class="colour">
        <input type="color" aria-label="色を選ぶ" .value=${settings.accent || DEFAULT_ACCENT} @input=${(event: Event) => this.#setAccent((event.target as HTMLInputElement).value)} />
        <label class="visually-hidden" for="accent">色のコード</label>
        <input id="accent" type="text" placeholder=${DEFAULT_ACCENT} .value=${value} aria-invalid=${String(invalid)} aria-describedby="accent-check" @change=${(event: Event) => this.#setAccent((event.target as HTMLInputElement).value)} />
        <button type="button" class="small" ?disabled=${settings.accent === ''} @click=${() => this.#setAccent('')}>標準の色に戻す</button>
      </div>
      ${settings.scheme === 'auto' && settings.accent !== '' ? html`<p class="hint">端末が暗い配色のときは、読みやすいようにウィジェットの標準の色になります。</p>` : nothing}
      <div id="accent-check" role="status">
        ${invalid ? html`<p class="error">#0b6e4f のように、# と 6 けたで書いてください。</p>` : nothing}
        <ul class="contrast">
          ${this.contrast.map(
            (result) => html`<li>
              <span class="swatch" data-colour=${toHex(result.accent)}></span> ${SCHEME_LABEL[result.scheme]}:
              <span class=${result.onAccent < MIN_TEXT_CONTRAST ? 'fail' : ''}>見出しの文字 ${formatRatio(result.onAccent)}</span>、
              <span class=${result.accentText < MIN_TEXT_CONTRAST ? 'fail' : ''}>白地（背景）の上の色文字 ${formatRatio(result.accentText)}</span>
              ${Math.min(result.onAccent, result.accentText) < MIN_TEXT_CONTRAST ? '✗' : '✓'}
            </li>`,
          )}
        </ul>
        ${failing.length > 0
          ? html`<p class="notice warning">
              読みにくい色です（${failing.map((result) => SCHEME_LABEL[result.scheme]).join('・')}で 4.5:1 に足りません）。弱視の人や、日なたでスマートフォンを見る人には読めません。
              ${suggestion
                ? html`<button type="button" class="small" @click=${() => this.#setAccent(suggestion)}>近い色 ${suggestion} にする</button>`
                : ''}
            </p>`
          : nothing}
      </div>
    </fieldset>`;
  }

  #setAccent(value: string): void {
    const colour = value.trim().toLowerCase();
    if (colour === '' || isHexColour(colour)) {
      this.accentDraft = undefined;
      this.#set({ accent: colour });
    } else {
      this.accentDraft = value;
    }
  }

  protected override updated(): void {
    // The swatches' colours, set through the CSSOM (the page's CSP allows no inline style).
    for (const swatch of this.renderRoot.querySelectorAll<HTMLElement>('.swatch[data-colour]')) swatch.style.setProperty('background', swatch.dataset['colour'] ?? '');
  }
}

function move(ids: readonly string[], index: number, delta: -1 | 1): string[] {
  const moved = [...ids];
  const target = index + delta;
  if (target < 0 || target >= moved.length) return moved;
  [moved[index], moved[target]] = [moved[target] as string, moved[index] as string];
  return moved;
}

/** A shade of the measured accent that reads in every scheme measured: against its text and its background. */
function suggestShade(results: readonly SchemeContrast[]): string | undefined {
  const [first] = results;
  if (first === undefined) return undefined;
  const shade = nearestReadableShade(first.accent, results.flatMap((result) => [result.onAccentColour, result.surface]));
  return shade === undefined ? undefined : toHex(shade);
}
