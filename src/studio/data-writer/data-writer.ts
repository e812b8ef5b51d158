import { LitElement, html, nothing } from 'lit';
import { query, state } from 'lit/decorators.js';
import { FINDING_LABELS } from '../../check/labels.js';
import { checkTemplateRows, type TemplateFinding, type TemplateResult } from '../../check/template.js';
import { AREA_TABLES } from '../../data/areas.js';
import { CLASSIFICATIONS, SERVICE_TYPES } from '../../data/codes.js';
import { mapHeaders, type MappedField } from '../../data/headers.js';
import { parseDate, parseClassification, parseServiceType, todayIso } from '../../data/normalize.js';
import { parseCsv } from '../../data/parse.js';
import type { ServiceRecord } from '../../data/record.js';
import { exportSheet, importSheet } from '../model/sheet-file.js';
import { duplicateRow, isBlankLine, newSheet, rowCells, sheetLines, sheetText, withoutRow, withRow, type RowEdit, type Sheet, type SheetEncoding } from '../model/sheet.js';
import { MAX_FILE_BYTES } from '../model/sources.js';
import { templateGuide, templateSheet } from '../model/template-file.js';
import { saveFile } from '../save-file.js';
import { studioBase } from '../shared.styles.js';
import { StoreController } from '../store-controller.js';
import { dataWriterStyles } from './data-writer.styles.js';

/** Rows listed at once: a 50,000-row file is found by name, not scrolled. */
const LISTED_ROWS = 50;

const ENCODING_LABELS: Readonly<Record<SheetEncoding, string>> = {
  'utf-8-bom': 'UTF-8（BOM 付き。Excel でそのまま開けます）',
  'utf-8': 'UTF-8（BOM なし）',
  shift_jis: 'Shift_JIS（古い表計算ソフト向け）',
};

/** Fields written as dates (和暦 too), and the unused 公開開始日 by its header. */
const DATE_FIELDS: ReadonlySet<MappedField> = new Set(['applicationStart', 'applicationEnd', 'publicationEnd', 'updated']);
const LONG_FIELDS: ReadonlySet<MappedField> = new Set(['summary', 'detail', 'benefit', 'howToApply', 'documents', 'hoursNote', 'target']);
const isDateHeader = (header: string): boolean => /(開始日|終了日|更新日|公開日)$/.test(header);

type Input = 'text' | 'long' | 'date' | 'tel' | 'serviceType' | 'classification' | 'code';

function inputOf(field: MappedField | undefined, header: string): Input {
  if (field === 'serviceType') return 'serviceType';
  if (field === 'classification1' || field === 'classification2') return 'classification';
  if (field === 'phone') return 'tel';
  if (field === 'municipalityCode') return 'code';
  if ((field !== undefined && DATE_FIELDS.has(field)) || (field === undefined && isDateHeader(header))) return 'date';
  if (field !== undefined && LONG_FIELDS.has(field)) return 'long';
  return 'text';
}

const sameCells = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((cell, index) => cell === b[index]);

/**
 * Job 4, "Write my data": a new file from the template, or a CSV opened here, written row by row
 * in a form with the template's rules as you type (src/check/template.ts, the same as the
 * checker), pickers for the codes, dates in 和暦 or 西暦, and the row's card as the widget will
 * show it. Exports CSV in UTF-8 (with BOM) or Shift_JIS; unchanged rows are written as they
 * came. Everything stays in this browser; the work is kept with the draft.
 */
export class StudioDataWriter extends LitElement {
  static override styles = [studioBase, dataWriterStyles];

  @state() private filter = '';
  /** Why the last action could not be done (a row that cannot be saved, an export, a file), or ''. */
  @state() private problem = '';
  @state() private done = '';
  @state() private exportEncoding: SheetEncoding | '' = '';
  @state() private confirmingDelete = false;

  @query('input[type="file"]') private picker!: HTMLInputElement;

  readonly #store = new StoreController(this, (state) => [state.sheet, state.rowEdit]);
  /** Findings and lines of every row, worked out once per sheet. */
  #checked: { sheet: Sheet; result: TemplateResult; today: string; lines: ReturnType<typeof sheetLines> } | undefined;

  override render() {
    const { sheet } = this.#store.store.state;
    return html`
      <h2>データを書く</h2>
      <p class="hint">
        ひな形から新しいファイルを作るか、手もとの CSV を開いて、1 行ずつ書き足したり直したりできます。ひな形の決まりは書きながら点検します。ファイルはこのブラウザの中だけで扱い、どこにも送りません。
      </p>
      ${this.#renderStart()}
      <div role="status" class="messages">
        ${this.problem ? html`<p class="notice error">${this.problem}</p>` : nothing} ${this.done ? html`<p class="notice">${this.done}</p>` : nothing}
      </div>
      ${sheet === undefined ? nothing : this.#renderSheet(sheet)}
    `;
  }

  #renderStart() {
    return html`<section class="start" aria-labelledby="start-heading">
      <h3 id="start-heading">始める</h3>
      <div class="buttons">
        <button type="button" class="primary" @click=${this.#startFromTemplate}>ひな形から新しく作る</button>
        <button type="button" @click=${() => this.picker.click()}>CSV を開いて直す</button>
        <input type="file" accept=".csv,text/csv,text/plain" hidden @change=${this.#onPick} />
      </div>
      <div class="buttons">
        <button type="button" @click=${this.#downloadTemplate}>ひな形をダウンロード</button>
        <button type="button" @click=${() => saveFile('shien-navi-kinyu.md', templateGuide(), 'text/markdown')}>記入のしかたをダウンロード</button>
      </div>
      <details>
        <summary>記入のしかた</summary>
        <pre class="guide">${templateGuide()}</pre>
      </details>
    </section>`;
  }

  #checkedSheet(sheet: Sheet): { result: TemplateResult; lines: ReturnType<typeof sheetLines> } {
    const today = todayIso();
    if (this.#checked?.sheet !== sheet || this.#checked.today !== today) {
      const lines = sheetLines(sheet);
      const result = checkTemplateRows(
        sheet.header.cells,
        sheet.rows.map((row) => row.cells),
        { today, headerLine: lines.header, lines: lines.rows },
      );
      this.#checked = { sheet, today, result, lines };
    }
    return this.#checked;
  }

  /** The line the checker names for row `index` (a new row: the next line). */
  #lineOf(sheet: Sheet, index: number): number {
    const { lines } = this.#checkedSheet(sheet);
    return lines.rows[index] ?? lines.next;
  }

  #renderSheet(sheet: Sheet) {
    const { rowEdit } = this.#store.store.state;
    const { result } = this.#checkedSheet(sheet);
    const names = mapHeaders(sheet.header.cells).columns.name;
    const wanted = this.filter.trim();
    const rows = sheet.rows
      .map((row, index) => ({ row, index }))
      .filter(({ row }) => !isBlankLine(row))
      .filter(({ row }) => wanted === '' || row.cells.some((cell) => cell.includes(wanted)));
    const byRow = new Map<number, TemplateFinding[]>();
    for (const finding of result.findings) byRow.set(finding.row, [...(byRow.get(finding.row) ?? []), finding]);
    const headerFindings = result.findings.filter((finding) => finding.column === 0 && finding.rule === 'required-column');
    return html`<section aria-labelledby="sheet-heading">
        <h3 id="sheet-heading">${sheet.name}（${rows.length} 行）</h3>
        <p class="kinds">
          ひな形の決まり: <span class="kind error">誤り ${result.kinds.error}</span> <span class="kind warning">注意 ${result.kinds.warning}</span>
          <span class="kind notice">お知らせ ${result.kinds.notice}</span>
        </p>
        ${headerFindings.length > 0
          ? html`<ul class="findings">
              ${headerFindings.map((finding) => this.#renderFinding(finding))}
            </ul>`
          : nothing}
        <div class="tools">
          <div class="field">
            <label for="row-filter">行を探す（制度名などの言葉で）</label>
            <input id="row-filter" type="search" .value=${this.filter} @input=${(event: Event) => (this.filter = (event.target as HTMLInputElement).value)} />
          </div>
          <button type="button" @click=${() => this.#open(sheet.rows.length, sheet)}>行を足す</button>
        </div>
        <ol class="rows" aria-label="行の一覧">
          ${rows.slice(0, LISTED_ROWS).map(({ row, index }) => {
            const line = this.#lineOf(sheet, index);
            const found = byRow.get(line) ?? [];
            const name = names === undefined ? '' : (row.cells[names] ?? '');
            return html`<li>
              <button type="button" class="row" aria-current=${rowEdit?.index === index ? 'true' : 'false'} @click=${() => this.#open(index, sheet)}>
                <span>${line}行目</span> <span class="name">${name || '（制度名なし）'}</span>
                ${found.length > 0 ? html`<span class="kind ${found.some((finding) => finding.kind === 'error') ? 'error' : 'warning'}">${found.length} 件</span>` : nothing}
              </button>
            </li>`;
          })}
        </ol>
        ${rows.length > LISTED_ROWS ? html`<p class="hint">ほかに ${rows.length - LISTED_ROWS} 行あります。上の欄で探してください。</p>` : nothing}
      </section>
      ${rowEdit === undefined ? nothing : this.#renderForm(sheet, rowEdit)} ${this.#renderExport(sheet)}`;
  }

  #renderFinding(finding: TemplateFinding, apply?: () => void) {
    return html`<li class="finding">
      <span class="kind ${finding.kind}">${FINDING_LABELS.ja.marks[finding.kind]} ${FINDING_LABELS.ja.kinds[finding.kind]}</span> ${finding.message}
      ${apply !== undefined && finding.suggestion !== undefined ? html`<button type="button" class="small" @click=${apply}>この形に直す</button>` : nothing}
    </li>`;
  }

  #renderForm(sheet: Sheet, edit: RowEdit) {
    const header = sheet.header.cells;
    const fields = mapHeaders(header);
    const fieldAt = new Map<number, MappedField>((Object.entries(fields.columns) as [MappedField, number][]).map(([field, index]) => [index, field]));
    const isNew = edit.index >= sheet.rows.length;
    const line = this.#lineOf(sheet, edit.index);
    const findings = checkTemplateRows(header, [edit.cells], { today: todayIso(), headerLine: sheetLines(sheet).header, lines: [line] }).findings.filter((finding) => finding.column > 0 || finding.rule === 'no-contact');
    const saved = sheet.rows[edit.index];
    const dirty = saved === undefined || !sameCells(rowCells(sheet, saved), edit.cells);
    return html`<section class="editor" aria-labelledby="form-heading">
      <h3 id="form-heading" tabindex="-1">${isNew ? '新しい行' : `${line}行目を直す`}${dirty ? html`<span class="hint">（保存していない変更があります）</span>` : nothing}</h3>
      <div class="buttons">
        ${isNew
          ? nothing
          : html`<button type="button" @click=${this.#duplicate}>この行を複製</button>
              ${this.confirmingDelete
                ? html`<button type="button" class="danger" @click=${this.#delete}>本当に削除する</button>
                    <button type="button" @click=${() => (this.confirmingDelete = false)}>やめる</button>`
                : html`<button type="button" class="danger" @click=${() => (this.confirmingDelete = true)}>この行を削除…</button>`}`}
        <button type="button" @click=${this.#close}>閉じる</button>
      </div>
      <div class="columns">
        <form
          class="row-form"
          @submit=${(event: Event) => {
            event.preventDefault();
            this.#save();
          }}
        >
          ${header.map((column, index) => this.#renderField(column, index, fieldAt.get(index), edit, findings))}
          ${findings.some((finding) => finding.column === 0)
            ? html`<ul class="findings">
                ${findings.filter((finding) => finding.column === 0).map((finding) => this.#renderFinding(finding))}
              </ul>`
            : nothing}
          <div class="buttons sticky">
            <button type="submit" class="primary">この行を保存</button>
            <button type="button" ?disabled=${!dirty || isNew} @click=${() => this.#setEdit({ index: edit.index, cells: rowCells(sheet, saved ?? { cells: [], end: '' }) })}>変更を取り消す</button>
          </div>
        </form>
        <div class="preview">
          <h4>ウィジェットでの見え方</h4>
          ${this.#renderCard(header, edit.cells)}
        </div>
      </div>
    </section>`;
  }

  #renderField(column: string, index: number, field: MappedField | undefined, edit: RowEdit, findings: readonly TemplateFinding[]) {
    const id = `cell-${index}`;
    const value = edit.cells[index] ?? '';
    const mine = findings.filter((finding) => finding.column === index + 1);
    const described = mine.length > 0 ? `${id}-findings` : undefined;
    const set = (text: string): void => this.#setCell(index, text);
    const onInput = (event: Event): void => set((event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement).value);
    const kind = inputOf(field, column);
    const label = column.trim() === '' ? `${index + 1}列目` : column;
    let control;
    if (kind === 'serviceType' || kind === 'classification') {
      const table: Readonly<Record<string, string>> = kind === 'serviceType' ? SERVICE_TYPES : CLASSIFICATIONS;
      const exact = value.trim() in table ? value.trim() : '';
      // A value written another way (`401: 相談`, 相談) or outside the table is kept until a code is picked.
      const kept = value.trim() !== '' && exact === '';
      const code = kind === 'serviceType' ? parseServiceType(value) : parseClassification(value);
      control = html`<select id=${id} aria-describedby=${described ?? nothing} @change=${(event: Event) => {
          const picked = (event.target as HTMLSelectElement).value;
          if (!picked.startsWith('keep:')) set(picked);
        }}>
        <option value="" ?selected=${value.trim() === ''}>（空）</option>
        ${kept ? html`<option value="keep:" selected>${value}（書いてあるまま${code in table ? '' : '・表にない値'}）</option>` : nothing}
        ${Object.entries(table).map(([key, name]) => html`<option value=${key} ?selected=${exact === key}>${key} ${name}</option>`)}
      </select>`;
    } else if (kind === 'code') {
      control = html`<input id=${id} type="text" inputmode="numeric" autocomplete="off" aria-describedby=${described ?? nothing} .value=${value} @input=${onInput} />
        ${this.#renderPlacePicker(`${id}-place`, edit)}`;
    } else if (kind === 'long') {
      control = html`<textarea id=${id} rows="3" aria-describedby=${described ?? nothing} .value=${value} @input=${onInput}></textarea>`;
    } else if (kind === 'date') {
      const read = value.trim() === '' ? '' : parseDate(value);
      const pickerId = `${id}-picker`;
      control = html`<input id=${id} type="text" aria-describedby="${id}-reading ${described ?? ''}" .value=${value} @input=${onInput} />
        <p class="hint" id="${id}-reading">
          ${value.trim() === '' ? '2026-04-01、令和8年4月1日、R8.4.1 のどれでも書けます' : read === '' ? '日付として読めません' : `${read} として読みます`}
        </p>
        <label class="picker" for=${pickerId}>カレンダーから選ぶ</label>
        <input id=${pickerId} type="date" .value=${read} @change=${(event: Event) => {
          const picked = (event.target as HTMLInputElement).value;
          if (picked !== '') set(picked);
        }} />`;
    } else {
      // Telephone numbers are kept exactly as typed (type="tel" changes nothing).
      control = html`<input
        id=${id}
        type=${kind === 'tel' ? 'tel' : 'text'}
        autocomplete="off"
        aria-describedby=${described ?? nothing}
        .value=${value}
        @input=${onInput}
      />`;
    }
    return html`<div class="field ${mine.some((finding) => finding.kind === 'error') ? 'has-error' : ''}">
      <label for=${id}>${label}</label>
      ${control}
      ${mine.length > 0
        ? html`<ul class="findings" id=${described ?? ''}>
            ${mine.map((finding) => this.#renderFinding(finding, finding.suggestion === undefined ? undefined : () => set(finding.suggestion ?? value)))}
          </ul>`
        : nothing}
    </div>`;
  }

  /**
   * The code by name: a prefecture, each of its (総合)振興局 and the towns it serves (Hokkaido's
   * 179), from the area tables. Picking one writes the code, 都道府県名 and 市区町村名 together.
   */
  #renderPlacePicker(id: string, edit: RowEdit) {
    const { sheet } = this.#store.store.state;
    if (sheet === undefined) return nothing;
    const columns = mapHeaders(sheet.header.cells).columns;
    const code = columns.municipalityCode === undefined ? '' : (edit.cells[columns.municipalityCode] ?? '').trim();
    const town = columns.municipality === undefined ? '' : (edit.cells[columns.municipality] ?? '').trim();
    const current = `${code}|${town}`;
    const option = (value: string, label: string) => html`<option value=${value} ?selected=${value === current}>${label}</option>`;
    return html`<label class="picker" for=${id}>市町村の名前から選ぶ</label>
      <select id=${id} @change=${(event: Event) => this.#pickPlace((event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!AREA_TABLES.some((table) => current === `${table.code}|`)}>（選ぶと、コード・都道府県名・市区町村名が入ります）</option>
        ${AREA_TABLES.map(
          (table) => html`${option(`${table.code}|`, `${table.name}（全域）${table.code}`)}
          ${table.areas.map(
            (area) => html`<optgroup label=${`${table.name} ${area.name}`}>
              ${option(`${table.code}|${area.short}`, `${area.short}（${area.name}の全域）${table.code}`)}
              ${area.municipalities.map((place) => option(`${place.code}|${place.name}`, `${place.name} ${place.code}`))}
            </optgroup>`,
          )}`,
        )}
      </select>`;
  }

  #pickPlace(value: string): void {
    const { sheet, rowEdit } = this.#store.store.state;
    if (sheet === undefined || rowEdit === undefined || value === '') return;
    const [code = '', town = ''] = value.split('|');
    const table = AREA_TABLES.find((candidate) => candidate.code.slice(0, 2) === code.slice(0, 2));
    const columns = mapHeaders(sheet.header.cells).columns;
    const cells = [...rowEdit.cells];
    if (columns.municipalityCode !== undefined) cells[columns.municipalityCode] = code;
    if (columns.prefecture !== undefined && table !== undefined) cells[columns.prefecture] = table.name;
    if (columns.municipality !== undefined) cells[columns.municipality] = town;
    this.#setEdit({ index: rowEdit.index, cells });
  }

  /** The row as the widget will show it: read by the widget's own loader, drawn by its own card. */
  #renderCard(header: readonly string[], cells: readonly string[]) {
    let record: ServiceRecord | undefined;
    try {
      record = parseCsv(sheetText(newSheet('', header, [cells])), { today: todayIso() }).records[0];
    } catch {
      record = undefined;
    }
    if (record === undefined) return html`<p class="notice warning">この行は表示されません（制度名が空か、公開終了日・受付終了日を過ぎています）。</p>`;
    return html`<shien-navi-result-card .record=${record}></shien-navi-result-card>`;
  }

  #renderExport(sheet: Sheet) {
    const encoding = this.exportEncoding || sheet.encoding;
    return html`<section aria-labelledby="export-heading">
      <h3 id="export-heading">書き出す</h3>
      <div class="tools">
        <div class="field">
          <label for="export-encoding">文字コード</label>
          <select id="export-encoding" @change=${(event: Event) => (this.exportEncoding = (event.target as HTMLSelectElement).value as SheetEncoding)}>
            ${(Object.keys(ENCODING_LABELS) as SheetEncoding[]).map(
              (key) => html`<option value=${key} ?selected=${key === encoding}>${ENCODING_LABELS[key]}${key === sheet.encoding ? '（読み込んだとき）' : ''}</option>`,
            )}
          </select>
        </div>
        <button type="button" class="primary" @click=${() => void this.#export(sheet, encoding)}>CSV を書き出す</button>
      </div>
      <p class="hint">変えていない行は、読み込んだときのまま書き出します。書き出したファイルは「1. データを点検する」で点検できます。</p>
    </section>`;
  }

  readonly #startFromTemplate = (): void => {
    const sheet = templateSheet(todayIso());
    this.#reset();
    this.#store.store.update({ sheet, rowEdit: { index: 0, cells: rowCells(sheet, sheet.rows[0] ?? { cells: [], end: '' }) } });
    this.done = 'ひな形から新しいファイルを作りました。【記入例】の行を直すか、「行を足す」で書き足してください。';
  };

  readonly #downloadTemplate = async (): Promise<void> => {
    const { bytes } = await exportSheet(templateSheet(todayIso()), 'utf-8-bom');
    saveFile('shien-navi-hinagata.csv', bytes, 'text/csv');
  };

  readonly #onPick = async (): Promise<void> => {
    const file = this.picker.files?.[0];
    this.picker.value = '';
    if (file === undefined) return;
    this.#reset();
    if (file.size > MAX_FILE_BYTES) {
      this.problem = `40 MB を超えるファイルは開きません: ${file.name}`;
      return;
    }
    try {
      const { sheet, note } = await importSheet(new Uint8Array(await file.arrayBuffer()), file.name);
      this.#store.store.update({ sheet, rowEdit: undefined });
      this.done = `${file.name} を開きました（${sheet.rows.filter((row) => !isBlankLine(row)).length} 行）。${note ?? ''}`;
    } catch (error) {
      this.problem = `開けませんでした: ${file.name}（${error instanceof Error ? error.message : String(error)}）`;
    }
  };

  #reset(): void {
    this.problem = '';
    this.done = '';
    this.confirmingDelete = false;
    this.exportEncoding = '';
  }

  #setEdit(rowEdit: RowEdit): void {
    this.#store.store.update({ rowEdit });
  }

  #setCell(index: number, text: string): void {
    const edit = this.#store.store.state.rowEdit;
    if (edit === undefined) return;
    const cells = [...edit.cells];
    cells[index] = text;
    this.#setEdit({ index: edit.index, cells });
  }

  /** Opens a row in the form; an open row with unsaved changes is never dropped for another. */
  #open(index: number, sheet: Sheet): void {
    const edit = this.#store.store.state.rowEdit;
    const saved = edit === undefined ? undefined : sheet.rows[edit.index];
    if (edit !== undefined && edit.index !== index && (saved === undefined || !sameCells(rowCells(sheet, saved), edit.cells))) {
      this.problem = '開いている行に保存していない変更があります。「この行を保存」か「変更を取り消す」をしてから、ほかの行を開いてください。';
      return;
    }
    this.#reset();
    const row = sheet.rows[index];
    this.#setEdit({ index, cells: row === undefined ? sheet.header.cells.map(() => '') : rowCells(sheet, row) });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#form-heading')?.focus());
  }

  #save(): void {
    const { sheet, rowEdit } = this.#store.store.state;
    if (sheet === undefined || rowEdit === undefined) return;
    const name = mapHeaders(sheet.header.cells).columns.name;
    this.done = '';
    if (name === undefined) {
      this.problem = '保存できません: この表には制度名の列がありません（ウィジェットは制度名のない行を表示しません）。書いた内容はこのまま残っています。';
      return;
    }
    if ((rowEdit.cells[name] ?? '').trim() === '') {
      this.problem = '保存できません: 制度名が空です（ウィジェットは制度名のない行を表示しません）。制度名を書いてから保存してください。書いた内容はこのまま残っています。';
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#cell-${name}`)?.focus());
      return;
    }
    this.problem = '';
    const index = Math.min(rowEdit.index, sheet.rows.length);
    this.#store.store.update({ sheet: withRow(sheet, index, rowEdit.cells), rowEdit: { index, cells: rowEdit.cells } });
    this.done = `${this.#lineOf(this.#store.store.state.sheet ?? sheet, index)}行目を保存しました。`;
  }

  readonly #duplicate = (): void => {
    const { sheet, rowEdit } = this.#store.store.state;
    if (sheet === undefined || rowEdit === undefined) return;
    const copied = duplicateRow(sheet, rowEdit.index);
    this.#store.store.update({ sheet: copied, rowEdit: { index: rowEdit.index + 1, cells: rowCells(copied, copied.rows[rowEdit.index + 1] ?? { cells: [], end: '' }) } });
    this.done = `複製しました（${this.#lineOf(copied, rowEdit.index + 1)}行目）。制度番号を変えてください。`;
  };

  readonly #delete = (): void => {
    const { sheet, rowEdit } = this.#store.store.state;
    if (sheet === undefined || rowEdit === undefined) return;
    this.confirmingDelete = false;
    this.#store.store.update({ sheet: withoutRow(sheet, rowEdit.index), rowEdit: undefined });
    this.done = `${this.#lineOf(sheet, rowEdit.index)}行目を削除しました。`;
  };

  readonly #close = (): void => {
    const { sheet, rowEdit } = this.#store.store.state;
    const saved = rowEdit === undefined ? undefined : sheet?.rows[rowEdit.index];
    if (sheet !== undefined && rowEdit !== undefined && (saved === undefined || !sameCells(rowCells(sheet, saved), rowEdit.cells))) {
      this.problem = '保存していない変更があります。「この行を保存」か「変更を取り消す」をしてから閉じてください。';
      return;
    }
    this.#reset();
    this.#store.store.update({ rowEdit: undefined });
  };

  async #export(sheet: Sheet, encoding: SheetEncoding): Promise<void> {
    this.problem = '';
    this.done = '';
    let exported;
    try {
      exported = await exportSheet(sheet, encoding);
    } catch (error) {
      // Shift_JIS's table is loaded when first asked for: offline, it may not come.
      this.problem = `書き出せませんでした（${error instanceof Error ? error.message : String(error)}）。UTF-8 で書き出すか、つながっているときにもう一度試してください。`;
      return;
    }
    const { bytes, unmappable } = exported;
    if (unmappable.length > 0) {
      this.problem = `Shift_JIS にない文字があるため、書き出しませんでした: ${unmappable.slice(0, 20).join('、')}${unmappable.length > 20 ? ` ほか ${unmappable.length - 20} 字` : ''}。UTF-8 で書き出すか、その文字を置き換えてください。`;
      return;
    }
    const name = sheet.name.replace(/\.[^.]*$/, '') || 'shien-navi';
    saveFile(`${name}.csv`, bytes, 'text/csv');
    this.done = `${name}.csv を書き出しました（${ENCODING_LABELS[encoding]}）。`;
  }
}
