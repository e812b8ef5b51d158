import { LitElement, html, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { FINDING_LABELS, type FindingLabel } from '../../check/labels.js';
import { CELL_KINDS, NO_FILTER, OTHER_MUNICIPALITIES, type CheckReport, type CoverageReport, type SourceReport } from '../../check/report.js';
import { FINDING_KINDS, TEMPLATE_RULES, type FindingKind, type TemplateResult, type TemplateRule } from '../../check/template.js';
import { isEncoding } from '../../data/decode.js';
import { explainProblems } from '../../engine/flow-problems.js';
import { reportCsv, reportMarkdown } from '../model/report-export.js';
import { saveFile } from '../save-file.js';
import { studioBase } from '../shared.styles.js';
import { StoreController } from '../store-controller.js';
import { dataCheckStyles } from './data-check.styles.js';

type Sort = 'data' | 'name' | 'gaps';

const { kinds: KINDS, marks: MARKS, rules: RULES, cells: CELLS, findings: FINDINGS } = FINDING_LABELS.ja;

/** A kind in words with its mark, as the CLI prints it (never colour alone). */
const kindLabel = (kind: FindingKind) => `${MARKS[kind]} ${KINDS[kind]}`;

/**
 * Job 1, "Check my data": the checker's findings (src/check/report.ts, the same code as
 * `npx shien-navi check`) for the files dropped here, in plain Japanese: what to fix and where;
 * per municipality the goals of the flow that show no service, filterable and sortable; the
 * whole report downloadable as CSV or Markdown.
 */
export class StudioDataCheck extends LitElement {
  static override styles = [studioBase, dataCheckStyles];

  @state() private filter = '';
  @state() private sort: Sort = 'data';
  @state() private municipality = NO_FILTER;

  readonly #store = new StoreController(this, (state) => [state.data, state.settings.encoding, state.sources]);

  override render() {
    const { data, settings, sources } = this.#store.store.state;
    const report = data.report;
    return html`
      <h2>データを点検する</h2>
      <p class="hint">
        制度データの CSV を読み込むと、ウィジェットと <code>npx shien-navi check</code> と同じ方法で読み、直すところを、ファイル・行・列と一緒に示します。
      </p>
      <shien-navi-studio-data-sources></shien-navi-studio-data-sources>
      <div class="field encoding">
        <label for="encoding">文字コード</label>
        <select id="encoding" @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            this.#store.store.updateSettings({ encoding: isEncoding(value) ? value : '' });
          }}>
          <option value="" ?selected=${settings.encoding === ''}>自動で判定（ふつうはこれ）</option>
          <option value="utf-8" ?selected=${settings.encoding === 'utf-8'}>UTF-8 に固定</option>
          <option value="shift_jis" ?selected=${settings.encoding === 'shift_jis'}>Shift_JIS に固定</option>
        </select>
      </div>
      <div class="checking" role="status">
        ${data.status === 'loading' ? html`<p class="notice">読み込んで点検しています…（大きなファイルでも、このページは使えます）</p>` : nothing}
      </div>
      ${sources.length === 0 || report === undefined ? nothing : this.#renderReport(report)}
    `;
  }

  #renderReport(report: CheckReport) {
    const template = report.kinds.error + report.kinds.warning + report.kinds.notice;
    const problems = template + report.sources.reduce((sum, source) => sum + source.skipped.length + source.irregular.length + source.quoteErrors.length + source.unreadableCount + (source.error ? 1 : 0), 0);
    return html`
      <section aria-labelledby="summary-heading" class="summary ${report.ok ? '' : 'bad'}">
        <h3 id="summary-heading">結果</h3>
        <p><strong>${report.ok ? '読めない誤りはありません。' : '読めない誤りがあります（下の ✗ を確認してください）。'}</strong></p>
        <p>ファイル ${report.sources.length} 個、表示できる制度 ${report.shown} 件、直すとよいところ ${problems + report.duplicateIds.length + report.lookalikes.length} か所。</p>
        <p class="kinds">
          ${FINDINGS.templateRules.name}: ${FINDING_KINDS.map((kind) => html`<span class="kind ${kind}">${kindLabel(kind)} ${report.kinds[kind]} 件</span>`)}
        </p>
        <p class="downloads">
          <button type="button" @click=${() => saveFile('shien-navi-check.csv', reportCsv(report), 'text/csv')}>CSV で保存</button>
          <button type="button" @click=${() => saveFile('shien-navi-check.md', reportMarkdown(report), 'text/markdown')}>Markdown で保存</button>
        </p>
      </section>
      ${report.sources.map((source, index) => this.#renderSource(source, index))}
      ${report.duplicateIds.length > 0
        ? html`<section aria-labelledby="duplicates-heading">
            <h3 id="duplicates-heading">${FINDINGS.duplicateIds.name}（${report.duplicateIds.length}）</h3>
            <ul>
              ${report.duplicateIds.map((duplicate) => html`<li>${duplicate.message}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${report.lookalikes.length > 0
        ? html`<section aria-labelledby="lookalikes-heading">
            <h3 id="lookalikes-heading">${FINDINGS.lookalikes.name}（${report.lookalikes.length}）</h3>
            <ul>
              ${report.lookalikes.map((row) => html`<li>${MARKS.warning} ${row.message}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${this.#renderFlow(report)} ${report.coverage ? this.#renderCoverage(report.coverage) : nothing}
    `;
  }

  #renderSource(source: SourceReport, index: number) {
    const id = `source-${index}`;
    const more = source.unreadableCount - source.unreadable.length;
    return html`<section aria-labelledby=${id} class="source">
      <h3 id=${id}>${source.ok ? '✓' : '✗'} ${source.source}</h3>
      ${source.error ? html`<p class="notice error">${FINDINGS.unreadableSource.name}: ${source.error.message}</p>` : nothing}
      ${source.savedCopy ? html`<p class="notice warning">${source.savedCopy.message}</p>` : nothing}
      ${source.encoding
        ? html`<dl class="facts">
            <div><dt>文字コード</dt><dd>${source.encoding}</dd></div>
            <div><dt>データの行</dt><dd>${source.rows}</dd></div>
            <div><dt>表示できる制度</dt><dd>${source.shown}</dd></div>
            <div><dt>期限切れで表示しない</dt><dd>${source.expired}</dd></div>
          </dl>`
        : nothing}
      ${this.#list(FINDINGS.skipped, source.skipped)} ${this.#list(FINDINGS.irregular, source.irregular)} ${this.#list(FINDINGS.quoteErrors, source.quoteErrors)}
      ${this.#list(FINDINGS.expiredRows, source.expiredRows, source.expired - source.expiredRows.length)}
      ${CELL_KINDS.map((kind) => this.#list(CELLS[kind], source.unreadable.filter((cell) => cell.kind === kind)))}
      ${more > 0 ? html`<p class="hint">ほかにも${FINDINGS.unreadableCells.name}が ${more} 個あります（CSV で保存すると、見える分を一覧にできます）。</p>` : nothing}
      ${this.#renderTemplate(source.template, index)}
      ${this.#list(FINDINGS.unknownAreas, source.unknownAreas, source.unknownAreaCount - source.unknownAreas.length)}
      ${source.columns.length > 0
        ? html`<details>
            <summary>${FINDINGS.columns.name}（${source.columns.length} 列、${FINDINGS.unusedColumn.name} ${source.columns.filter((column) => column.status !== 'read').length}）</summary>
            <table>
              <thead>
                <tr><th scope="col">列</th><th scope="col">見出し</th><th scope="col">使い方</th></tr>
              </thead>
              <tbody>
                ${source.columns.map(
                  (column) => html`<tr class=${column.status}>
                    <td>${column.column}</td>
                    <td>${column.header}</td>
                    <td>${column.message}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </details>`
        : nothing}
    </section>`;
  }

  /** The template's findings, rule by rule, each marked with its kind in words (not colour alone). */
  #renderTemplate(template: TemplateResult, index: number) {
    const rules = (Object.keys(TEMPLATE_RULES) as TemplateRule[]).filter((rule) => (template.counts[rule] ?? 0) > 0);
    if (rules.length === 0) return nothing;
    return html`<h4 id="template-${index}">${FINDINGS.templateRules.name}</h4>
      <p class="hint">「誤り」はウィジェットやほかの利用者が読み違えるもの（点検の CLI は終了コード 1）、「注意」は表示はできるが直すとよいもの、「お知らせ」は確かめるとよいものです。</p>
      ${rules.map((rule) => {
        const kind = TEMPLATE_RULES[rule];
        const found = template.findings.filter((finding) => finding.rule === rule);
        const more = (template.counts[rule] ?? 0) - found.length;
        return html`<section class="rule ${kind}" aria-labelledby="rule-${index}-${rule}" data-rule=${rule}>
          <h5 id="rule-${index}-${rule}"><span class="kind ${kind}">${kindLabel(kind)}</span> ${RULES[rule]}（${template.counts[rule] ?? 0}）<code>${rule}</code></h5>
          <ul>
            ${found.map((finding) => html`<li>${finding.message}</li>`)} ${more > 0 ? html`<li>ほかに ${more} か所あります。</li>` : nothing}
          </ul>
        </section>`;
      })}`;
  }

  #list(label: FindingLabel, findings: readonly { message: string }[], more = 0) {
    if (findings.length === 0) return nothing;
    return html`<h4>${label.name}（${findings.length + more}）</h4>
      <ul>
        ${findings.map((finding) => html`<li>${finding.message}</li>`)} ${more > 0 ? html`<li>ほかに ${more} か所あります（CSV で保存すると、見える分を一覧にできます）。</li>` : nothing}
      </ul>`;
  }

  #renderFlow(report: CheckReport) {
    const problems = explainProblems(report.flow.problems);
    return html`<section aria-labelledby="flow-heading">
      <h3 id="flow-heading">質問の流れ: ${report.flow.source ?? '標準（北海道版）'}</h3>
      ${report.flow.error ? html`<p class="notice error">${report.flow.error}</p>` : nothing}
      ${problems.length === 0 && !report.flow.error
        ? html`<p>問題はありません。</p>`
        : html`<ul>
            ${problems.map((problem) => html`<li>${MARKS[problem.severity]} ${problem.explanation}</li>`)}
          </ul>`}
      ${report.flow.goalsWithoutPhrases.length > 0
        ? html`<h4>${FINDINGS.goalsWithoutPhrases.name}（${report.flow.goalsWithoutPhrases.length}）</h4>
            <p class="hint">検索欄に困りごとを入力しても、ここへは直接案内できません。「3. 質問を変える」で、そのゴールに人が入力しそうな言葉を足せます。</p>
            <ul>
              ${report.flow.goalsWithoutPhrases.map((goal) => html`<li>${goal}</li>`)}
            </ul>`
        : nothing}
    </section>`;
  }

  #renderCoverage(coverage: CoverageReport) {
    const wanted = this.filter.trim();
    const rows = coverage.columns
      .map((municipality, column) => ({
        municipality,
        column,
        gaps: coverage.goals.filter((_, goal) => coverage.counts[goal]?.[column] === 0),
      }))
      .filter((row) => wanted === '' || row.municipality.includes(wanted));
    if (this.sort === 'name') rows.sort((a, b) => a.municipality.localeCompare(b.municipality, 'ja'));
    if (this.sort === 'gaps') rows.sort((a, b) => b.gaps.length - a.gaps.length);
    const chosen = coverage.columns.indexOf(this.municipality);
    const column = chosen >= 0 ? chosen : 0;
    return html`<section aria-labelledby="coverage-heading">
      <h3 id="coverage-heading">市町村ごとの、${FINDINGS.coverageGaps.name}</h3>
      <p class="hint">
        その市町村の人がそのゴールまで進んでも、制度が 1 件も出ません（緊急の電話番号とやさしい案内だけが出ます）。
        「${NO_FILTER}」は市町村を選ばないとき、「${OTHER_MUNICIPALITIES}」はデータにない市町村（市町村名が空の行だけ）です。
      </p>
      <div class="tools">
        <div class="field">
          <label for="coverage-filter">市町村で絞り込む</label>
          <input id="coverage-filter" type="text" .value=${this.filter} @input=${(event: Event) => (this.filter = (event.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="coverage-sort">並べ方</label>
          <select id="coverage-sort" @change=${(event: Event) => (this.sort = (event.target as HTMLSelectElement).value as Sort)}>
            <option value="data" ?selected=${this.sort === 'data'}>データの順</option>
            <option value="name" ?selected=${this.sort === 'name'}>名前の順</option>
            <option value="gaps" ?selected=${this.sort === 'gaps'}>制度のないゴールが多い順</option>
          </select>
        </div>
      </div>
      <table class="gaps">
        <thead>
          <tr><th scope="col">市町村</th><th scope="col">制度のないゴール</th></tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <th scope="row">${row.municipality}</th>
              <td>${row.gaps.length === 0 ? html`<span class="ok">なし</span>` : html`<strong>${row.gaps.length}</strong>: ${row.gaps.join('、')}`}</td>
            </tr>`,
          )}
          ${rows.length === 0 ? html`<tr><td colspan="2">「${wanted}」に合う市町村はありません。</td></tr>` : nothing}
        </tbody>
      </table>
      <div class="field">
        <label for="coverage-municipality">ゴールごとの件数を見る市町村</label>
        <select id="coverage-municipality" @change=${(event: Event) => (this.municipality = (event.target as HTMLSelectElement).value)}>
          ${coverage.columns.map((name, index) => html`<option value=${name} ?selected=${index === column}>${name}</option>`)}
        </select>
      </div>
      <table class="counts">
        <caption>${coverage.columns[column]}: ゴールごとの件数</caption>
        <thead>
          <tr><th scope="col">ゴール（選ぶ順）</th><th scope="col">件数</th></tr>
        </thead>
        <tbody>
          ${coverage.goals.map((goal, index) => {
            const count = coverage.counts[index]?.[column] ?? 0;
            return html`<tr class=${count === 0 ? 'none' : ''}><td>${goal}</td><td>${count}</td></tr>`;
          })}
        </tbody>
      </table>
    </section>`;
  }
}
