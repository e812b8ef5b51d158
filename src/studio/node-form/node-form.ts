import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { CLASSIFICATIONS, SERVICE_TYPES } from '../../data/normalize.js';
import type { Flow, FlowNode, GoalNode, Phrases, QuestionNode } from '../../engine/flow.js';
import { CRISIS_LINES } from '../../flows/crisis-lines.js';
import { LANGS, localize, type Lang } from '../../i18n/lang.js';
import * as edit from '../model/flow-edits.js';
import { studioBase } from '../shared.styles.js';
import { StoreController } from '../store-controller.js';
import type { StudioEvent } from '../studio-events.js';
import { KIND_NAMES } from '../flow-tree/flow-tree.js';
import { nodeFormStyles } from './node-form.styles.js';

const PHRASE_LANGUAGES: Readonly<Record<Lang, string>> = { ja: '日本語（漢字・ひらがな・話し言葉）', 'ja-easy': 'やさしい日本語', en: 'English' };

/** お困りごと values of the national model (the data may add its own). */
const TROUBLES = ['住まい', '仕事', '医療福祉', '子育て・教育', 'お金', 'その他暮らしに関すること'];

type TextEvent = StudioEvent<'studio-text'>;
type WordsEvent = StudioEvent<'studio-words'>;

/**
 * The form for one node of the flow: its id, kind and text in three languages; a question's
 * choices (label, where it leads, order); a message's next node; a goal's query, with the code
 * tables' names to pick from; the crisis lines it shows; whether it is sensitive. Every change
 * goes to the store at once, where the widget's validator and the preview pick it up.
 */
export class StudioNodeForm extends LitElement {
  static override styles = [studioBase, nodeFormStyles];

  @state() private renameProblem = '';
  @state() private newChoiceKind: edit.NodeKind = 'goal';

  readonly #store = new StoreController(this, (state) => [state.flow, state.selectedNode, state.data.records]);

  get #flow(): Flow {
    return this.#store.store.flow;
  }

  #edit(change: (flow: Flow) => Flow): void {
    this.#store.store.editFlow(change);
  }

  #select(id: string): void {
    this.#store.store.update({ selectedNode: id });
  }

  override render() {
    const flow = this.#flow;
    const id = Object.hasOwn(flow.nodes, this.#store.store.state.selectedNode) ? this.#store.store.state.selectedNode : flow.start;
    const node = Object.hasOwn(flow.nodes, id) ? flow.nodes[id] : undefined;
    if (node === undefined) return html`<p>ノードを選んでください。</p>`;
    return html`
      <div class="head bar">
        <h3 id="node-heading" tabindex="-1">${KIND_NAMES[node.kind]}「${id}」${id === flow.start ? '（最初の質問）' : ''}</h3>
      </div>
      ${this.#renderIdentity(id, node)}
      <shien-navi-studio-localized-text
        label=${node.kind === 'question' ? '質問の文' : node.kind === 'message' ? 'お知らせの文' : 'ゴールで結果の前に出す文'}
        multiline
        .value=${node.text}
        @studio-text=${(event: TextEvent) => this.#edit((flow) => edit.setText(flow, id, event.detail.lang, event.detail.value))}
      ></shien-navi-studio-localized-text>
      ${node.kind === 'question' ? this.#renderChoices(id, node, flow) : nothing}
      ${node.kind === 'message' ? this.#renderNextSelect('next', '表示したあとに進むノード', node.next, flow, id, (next) => this.#edit((f) => edit.setMessageNext(f, id, next))) : nothing}
      ${node.kind === 'goal' ? this.#renderPhrases('このゴールにつながる言葉', node.phrases, (lang, words) => this.#edit((f) => edit.setPhrases(f, id, undefined, lang, words)), true) : nothing}
      ${node.kind === 'goal' ? this.#renderQuery(id, node) : nothing} ${this.#renderContacts(id, node)}
      <label class="check"
        ><input type="checkbox" .checked=${node.sensitive === true} @change=${(event: Event) => this.#edit((flow) => edit.setSensitive(flow, id, (event.target as HTMLInputElement).checked))} />
        人に見られたくない場面（DV・虐待など）: 「この画面をすぐ閉じる」ボタンを出す</label
      >
      ${this.#renderDangerZone(id, flow)}
    `;
  }

  #renderIdentity(id: string, node: FlowNode) {
    return html`<div class="picks">
      <div class="field">
        <label for="node-id">ノードの id（英数字、空白なし）</label>
        <input id="node-id" type="text" .value=${id} aria-invalid=${String(this.renameProblem !== '')} aria-describedby="node-id-hint" @change=${(event: Event) => this.#rename(id, (event.target as HTMLInputElement).value.trim())} />
        <span id="node-id-hint" class=${this.renameProblem ? 'error' : 'hint'}>${this.renameProblem || 'start 属性や categories 属性で使う名前です。変えると、ここへの行き先もすべて変わります。'}</span>
      </div>
      <div class="field">
        <label for="node-kind">種類</label>
        <select id="node-kind" @change=${(event: Event) => this.#edit((f) => edit.setKind(f, id, (event.target as HTMLSelectElement).value as edit.NodeKind))}>
          ${edit.NODE_KINDS.map((kind) => html`<option value=${kind} ?selected=${node.kind === kind}>${KIND_NAMES[kind]}</option>`)}
        </select>
      </div>
    </div>`;
  }

  #rename(id: string, newId: string): void {
    if (newId === id) return;
    const problem = edit.nodeIdProblem(newId);
    if (problem !== '') this.renameProblem = problem;
    else if (Object.hasOwn(this.#flow.nodes, newId)) this.renameProblem = `「${newId}」はもう使われています。`;
    else {
      this.renameProblem = '';
      this.#edit((flow) => edit.renameNode(flow, id, newId));
      this.#select(newId);
    }
  }

  #renderNextSelect(key: string, label: string, value: string, flow: Flow, self: string, change: (next: string) => void) {
    const selectId = `next-${key}`;
    const known = Object.hasOwn(flow.nodes, value);
    return html`<div class="field">
      <label for=${selectId}>${label}</label>
      <select id=${selectId} @change=${(event: Event) => change((event.target as HTMLSelectElement).value)}>
        ${known ? nothing : html`<option value=${value} selected>（ないノード「${value}」）</option>`}
        ${Object.entries(flow.nodes).map(
          ([id, node]) => html`<option value=${id} ?selected=${id === value}>${KIND_NAMES[node.kind]}「${id}」${id === self ? '（自分）' : ''} ${localize(node.text, 'ja').slice(0, 24)}</option>`,
        )}
      </select>
    </div>`;
  }

  #renderChoices(id: string, node: QuestionNode, flow: Flow) {
    return html`<fieldset>
      <legend>選択肢（上から順に表示）</legend>
      <ol class="choices">
        ${node.choices.map(
          (choice, index) => html`<li>
            <shien-navi-studio-localized-text
              label=${`選択肢 ${index + 1} の文字`}
              .value=${choice.label}
              @studio-text=${(event: TextEvent) => this.#edit((f) => edit.setChoiceLabel(f, id, index, event.detail.lang, event.detail.value))}
            ></shien-navi-studio-localized-text>
            ${this.#renderPhrases(`選択肢 ${index + 1} につながる言葉`, choice.phrases, (lang, words) => this.#edit((f) => edit.setPhrases(f, id, index, lang, words)))}
            <div class="choice-tools">
              ${this.#renderNextSelect(`${index}`, `選択肢 ${index + 1} を選ぶと進むノード`, choice.next, flow, id, (next) => this.#edit((f) => edit.setChoiceNext(f, id, index, next)))}
              <button type="button" class="small" ?disabled=${!Object.hasOwn(flow.nodes, choice.next)} @click=${() => this.#select(choice.next)}>行き先を開く</button>
              <button type="button" class="small" aria-label=${`選択肢 ${index + 1} を上へ`} ?disabled=${index === 0} @click=${() => this.#edit((f) => edit.moveChoice(f, id, index, -1))}>↑</button>
              <button type="button" class="small" aria-label=${`選択肢 ${index + 1} を下へ`} ?disabled=${index === node.choices.length - 1} @click=${() => this.#edit((f) => edit.moveChoice(f, id, index, 1))}>↓</button>
              <button type="button" class="small danger" aria-label=${`選択肢 ${index + 1} を消す`} @click=${() => this.#edit((f) => edit.removeChoice(f, id, index))}>消す</button>
            </div>
          </li>`,
        )}
      </ol>
      <div class="add">
        <div class="field">
          <label for="new-choice-kind">新しい選択肢の行き先</label>
          <select id="new-choice-kind" @change=${(event: Event) => (this.newChoiceKind = (event.target as HTMLSelectElement).value as edit.NodeKind)}>
            ${edit.NODE_KINDS.map((kind) => html`<option value=${kind} ?selected=${kind === this.newChoiceKind}>新しい${KIND_NAMES[kind]}</option>`)}
          </select>
        </div>
        <button type="button" @click=${() => this.#edit((f) => edit.addChoice(f, id, this.newChoiceKind)[0])}>選択肢を足す</button>
      </div>
    </fieldset>`;
  }

  /**
   * The phrases people type for this situation, in each language: typed into the widget's search,
   * they lead here as if the choice had been tapped.
   */
  #renderPhrases(title: string, phrases: Phrases | undefined, change: (lang: Lang, words: readonly string[]) => void, open = false) {
    const count = LANGS.reduce((sum, lang) => sum + edit.phrasesIn(phrases, lang).length, 0);
    return html`<details class="phrases" ?open=${open}>
      <summary>${title}（${count}）</summary>
      <p class="hint">困っている人が検索欄に入力しそうな言い方です（話し言葉、ひらがなだけ、やさしい日本語、英語）。入力されると、ここへ案内します。</p>
      ${LANGS.map(
        (lang) => html`<shien-navi-studio-word-list
          label=${PHRASE_LANGUAGES[lang]}
          .words=${edit.phrasesIn(phrases, lang)}
          @studio-words=${(event: WordsEvent) => change(lang, event.detail)}
        ></shien-navi-studio-word-list>`,
      )}
    </details>`;
  }

  #renderQuery(id: string, node: GoalNode) {
    const query = node.query;
    const setList = (field: edit.QueryField) => (event: WordsEvent) => this.#edit((flow) => edit.setQueryList(flow, id, field, event.detail));
    const dataTroubles = [...new Set(this.#store.store.state.data.records.flatMap((record) => record.troubles))];
    const troubles = [...new Set([...TROUBLES, ...dataTroubles, ...(query.troubles ?? [])])];
    return html`<fieldset>
      <legend>このゴールで表示する制度</legend>
      <p class="hint">探す言葉・キーワード・お困りごと・制度番号のどれかに合う制度を選び、分類とサービス種別で絞り込みます（分類だけでも選べます）。</p>
      <shien-navi-studio-word-list label="探す言葉（制度名・通称・キーワード・概要に含まれる語）" .words=${query.terms ?? []} @studio-words=${setList('terms')}></shien-navi-studio-word-list>
      <shien-navi-studio-word-list label="キーワード（キーワード列と同じもの）" .words=${query.keywords ?? []} @studio-words=${setList('keywords')}></shien-navi-studio-word-list>
      ${this.#checkboxes('お困りごと', Object.fromEntries(troubles.map((trouble) => [trouble, trouble])), query.troubles ?? [], (values) => this.#edit((f) => edit.setQueryList(f, id, 'troubles', values)))}
      ${this.#checkboxes('行政サービス分類で絞り込む', CLASSIFICATIONS, query.classifications ?? [], (values) => this.#edit((f) => edit.setQueryList(f, id, 'classifications', values)))}
      ${this.#checkboxes('サービス種別で絞り込む', SERVICE_TYPES, query.serviceTypes ?? [], (values) => this.#edit((f) => edit.setQueryList(f, id, 'serviceTypes', values)))}
      <shien-navi-studio-word-list label="制度番号（この制度を必ず表示）" .words=${query.ids ?? []} @studio-words=${setList('ids')}></shien-navi-studio-word-list>
    </fieldset>`;
  }

  /** Checkboxes over a code table: `code: name` shown, the codes kept (unknown codes in the flow stay listed). */
  #checkboxes(legend: string, table: Readonly<Record<string, string>>, chosen: readonly string[], change: (values: string[]) => void) {
    const codes = [...new Set([...Object.keys(table), ...chosen])];
    const numeric = Object.keys(table).every((code) => /^\d+$/.test(code));
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="picks">
        ${codes.map(
          (code) => html`<label class="check"
            ><input
              type="checkbox"
              .checked=${chosen.includes(code)}
              @change=${(event: Event) => change((event.target as HTMLInputElement).checked ? [...chosen, code] : chosen.filter((value) => value !== code))}
            />${numeric ? `${code} ${table[code] ?? '（コード表にありません）'}` : code}</label
          >`,
        )}
      </div>
    </fieldset>`;
  }

  #renderContacts(id: string, node: FlowNode) {
    const chosen = node.contacts ?? [];
    const names = Object.fromEntries(Object.entries(CRISIS_LINES).map(([key, line]) => [key, `${localize(line.name, 'ja')}（${line.number}）`]));
    return html`<fieldset>
      <legend>いちばん先に出す緊急の電話番号</legend>
      <p class="hint">書けるのはこの 6 つだけです。ほかの連絡先は、データから表示します。</p>
      <div class="picks">
        ${Object.keys(names).map(
          (key) => html`<label class="check"
            ><input
              type="checkbox"
              .checked=${chosen.includes(key)}
              @change=${(event: Event) => {
                const on = (event.target as HTMLInputElement).checked;
                this.#edit((flow) => edit.setContacts(flow, id, on ? [...chosen, key] : chosen.filter((value) => value !== key)));
              }}
            />${names[key]}</label
          >`,
        )}
        ${chosen.filter((key) => !(key in names)).map((key) => html`<span class="error">使えない番号「${key}」</span>`)}
      </div>
    </fieldset>`;
  }

  #renderDangerZone(id: string, flow: Flow) {
    const questions = Object.entries(flow.nodes).filter(([key, node]) => node.kind === 'question' && key !== id);
    const isStart = id === flow.start;
    return html`<div class="danger-zone">
      ${isStart
        ? html`<p class="hint">最初の質問は消したり移したりできません。ほかのノードを最初にするには、そのノードを開いて「最初の質問にする」を押します。</p>`
        : html`<div class="add">
              <div class="field">
                <label for="move-under">この${KIND_NAMES[flow.nodes[id]?.kind ?? 'goal']}を、別の質問の選択肢にする</label>
                <select id="move-under">
                  ${questions.map(([key, node]) => html`<option value=${key}>「${key}」${localize(node.text, 'ja').slice(0, 24)}</option>`)}
                </select>
              </div>
              <button
                type="button"
                @click=${() => {
                  const parent = this.renderRoot.querySelector<HTMLSelectElement>('#move-under')?.value ?? '';
                  this.#edit((f) => edit.moveUnder(f, id, parent));
                }}
              >
                移す
              </button>
              ${flow.nodes[id]?.kind === 'question' ? html`<button type="button" @click=${() => this.#edit((f) => edit.setStart(f, id))}>最初の質問にする</button>` : nothing}
            </div>
            <p>
              <button
                type="button"
                class="danger"
                @click=${() => {
                  this.#edit((f) => edit.deleteNode(f, id));
                  this.#select(flow.start);
                }}
              >
                このノードを消す
              </button>
              <span class="hint">ここへ進む選択肢も消えます。</span>
            </p>`}
    </div>`;
  }
}
