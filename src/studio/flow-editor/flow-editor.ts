import { LitElement, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import type { ServiceRecord } from '../../data/record.js';
import { lastAnswer } from '../../data/remembered.js';
import type { Flow } from '../../engine/flow.js';
import { runQuery } from '../../engine/query.js';
import { validateFlow } from '../../engine/validate.js';
import { addNode } from '../model/flow-edits.js';
import { explainProblems } from '../../engine/flow-problems.js';
import { importFlow } from '../model/flow-import.js';
import { inlineFlowSnippet, widgetSnippet } from '../model/snippet.js';
import { saveFile } from '../save-file.js';
import { studioBase } from '../shared.styles.js';
import { StoreController } from '../store-controller.js';
import type { StudioEvent } from '../studio-events.js';
import { categoriesOf, usableSources } from '../widget-setup/widget-setup.js';
import { flowEditorStyles } from './flow-editor.styles.js';

/** How many services each goal of `flow` shows with `records` and the chosen municipality. */
function goalCounts(flow: Flow, records: readonly ServiceRecord[], municipality: string): Map<string, number> {
  const counts = new Map<string, number>();
  if (records.length === 0) return counts;
  for (const [id, node] of Object.entries(flow.nodes)) if (node.kind === 'goal') counts.set(id, runQuery(node.query, records, municipality).length);
  return counts;
}

/**
 * Job 3, "Change the questions": the bundled flow or an imported one, edited as forms (never
 * JSON), seen as a tree with per-goal counts from the loaded data, checked on every edit by the
 * widget's own validator (each problem a link to its node), shown in the live preview on the
 * node being edited, and exported as a .json file or an inline snippet.
 */
export class StudioFlowEditor extends LitElement {
  static override styles = [studioBase, flowEditorStyles];

  @state() private confirmingReset = false;
  @query('input[type="file"]') private picker!: HTMLInputElement;

  readonly #store = new StoreController(this, (state) => [state.flow, state.selectedNode, state.data, state.settings, state.sources]);
  /** The goals' counts, worked out again only when the flow, the data or the town changes. */
  readonly #counts = lastAnswer(goalCounts);

  override render() {
    const store = this.#store.store;
    const state = store.state;
    const flow = store.flow;
    const selected = Object.hasOwn(flow.nodes, state.selectedNode) ? state.selectedNode : flow.start;
    const problems = explainProblems(validateFlow(flow).problems);
    const errors = new Set(problems.filter((problem) => problem.severity === 'error' && problem.node !== undefined).map((problem) => problem.node as string));
    const snippet = widgetSnippet({ settings: state.settings, sources: usableSources(state), flow: state.flow, categoryIds: categoriesOf(flow).map((category) => category.id) });
    const files = new Map(usableSources(state).flatMap((source) => (source.kind === 'file' ? [[source.publishUrl, source.bytes] as const] : [])));
    return html`
      <h2>質問を変える</h2>
      <p class="hint">
        ${state.flow === undefined ? '標準の質問の流れ（北海道版）を表示しています。変えると、あなたの流れとして保存されます。' : `あなたの質問の流れ（${flow.id || 'id なし'}）を編集しています。`}
        ゴールの件数は、読み込んだデータ${state.settings.municipality ? `（${state.settings.municipality}で絞り込み）` : ''}で数えています。
      </p>
      <div class="bar">
        <button type="button" @click=${() => this.picker.click()}>フローの JSON を読み込む</button>
        <input type="file" accept=".json,application/json" @change=${this.#onImport} />
        <button type="button" @click=${this.#export}>JSON ファイルに書き出す</button>
        ${state.flow === undefined
          ? nothing
          : this.confirmingReset
            ? html`<span>変更をすべて捨てて、標準の流れに戻しますか？</span>
                <button type="button" class="danger" @click=${this.#reset}>標準に戻す</button>
                <button type="button" @click=${() => (this.confirmingReset = false)}>やめる</button>`
            : html`<button type="button" @click=${() => (this.confirmingReset = true)}>標準の流れに戻す…</button>`}
      </div>
      ${this.#renderProblems(problems)}
      <div class="columns">
        <section class="tree" aria-labelledby="tree-heading">
          <h3 id="tree-heading">流れ（ツリー）</h3>
          <shien-navi-studio-flow-tree
            .flow=${flow}
            .selected=${selected}
            .counts=${this.#counts(flow, state.data.records, state.settings.municipality)}
            .problems=${errors}
            @studio-select=${(event: StudioEvent<'studio-select'>) => this.#select(event.detail)}
          ></shien-navi-studio-flow-tree>
          <p>
            <button type="button" class="small" @click=${() => this.#addNode('question')}>質問を足す</button>
            <button type="button" class="small" @click=${() => this.#addNode('goal')}>ゴールを足す</button>
          </p>
        </section>
        <section class="form" aria-label="選んだノードの編集">
          <shien-navi-studio-node-form></shien-navi-studio-node-form>
        </section>
        <section class="side" aria-labelledby="flow-preview-heading">
          <h3 id="flow-preview-heading">プレビュー</h3>
          <p class="hint">編集中のノードから始まります（お知らせなら、その次の質問から）。</p>
          <shien-navi-studio-preview label="編集中の質問の流れのプレビュー" .snippet=${snippet} .files=${files} focus-node=${selected === flow.start ? '' : selected}></shien-navi-studio-preview>
          <shien-navi-studio-snippet-box
            label="ウィジェットの中に貼るコード（この質問の流れ）"
            rows="4"
            .code=${inlineFlowSnippet(flow)}
          ></shien-navi-studio-snippet-box>
          <p class="hint">今ある &lt;shien-navi&gt; の中に貼ると、この流れになります。2. の「サイトに貼り付けるコード」にも入っています。</p>
        </section>
      </div>
    `;
  }

  #renderProblems(problems: ReturnType<typeof explainProblems>) {
    if (problems.length === 0) return html`<div class="problems notice" role="status"><p>直すところはありません（ウィジェットと同じ点検をしています）。</p></div>`;
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    return html`<div class="problems notice error" role="status">
      <p>
        <strong>直すところが ${problems.length} つあります</strong>
        ${errors > 0 ? `（うち ${errors} つは、このままではウィジェットがこの流れを使えず、標準の流れで動きます）` : '（注意だけで、ウィジェットは動きます）'}:
      </p>
      <ul>
        ${problems.map(
          (problem) => html`<li class=${problem.severity}>
            ${problem.node !== undefined && Object.hasOwn(this.#store.store.flow.nodes, problem.node)
              ? html`<button type="button" @click=${() => this.#select(problem.node as string, true)}>${problem.severity === 'error' ? '✗' : '△'} ${problem.explanation}</button>`
              : html`${problem.severity === 'error' ? '✗' : '△'} ${problem.explanation}`}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  #select(id: string, focusForm = false): void {
    this.#store.store.update({ selectedNode: id });
    if (!focusForm) return;
    // Move to the form of the node, as a link to it would.
    void this.updateComplete.then(async () => {
      const form = this.renderRoot.querySelector('shien-navi-studio-node-form');
      await (form as (HTMLElement & { updateComplete?: Promise<unknown> }) | null)?.updateComplete;
      form?.shadowRoot?.querySelector<HTMLElement>('#node-heading')?.focus();
    });
  }

  /** Adds a node nothing leads to yet (the validator lists it until a choice does) and opens it. */
  #addNode(kind: 'question' | 'goal'): void {
    let added = '';
    this.#store.store.editFlow((flow) => {
      const [next, id] = addNode(flow, kind);
      added = id;
      return next;
    });
    this.#select(added, true);
  }

  readonly #onImport = async (): Promise<void> => {
    const file = this.picker.files?.[0];
    this.picker.value = '';
    if (file === undefined) return;
    const result = importFlow(new Uint8Array(await file.arrayBuffer()));
    if ('error' in result) {
      this.#store.store.update({ notice: { text: `「${file.name}」を読み込めませんでした。今の質問の流れは変えていません。${result.error}`, error: true } });
      return;
    }
    this.#store.store.update({
      flow: result.flow,
      selectedNode: result.flow.start,
      notice: { text: `「${file.name}」を読み込みました${result.problems.length > 0 ? `（直すところが ${result.problems.length} つあります）` : ''}。`, error: false },
    });
  };

  readonly #export = (): void => {
    const flow = this.#store.store.flow;
    saveFile(`${flow.id || 'flow'}.json`, `${JSON.stringify(flow, null, 2)}\n`, 'application/json');
  };

  readonly #reset = (): void => {
    this.confirmingReset = false;
    this.#store.store.update((state) => ({ flow: undefined, selectedNode: '', notice: { text: '標準の質問の流れ（北海道版）に戻しました。', error: false }, settings: { ...state.settings, start: '' } }));
  };
}
