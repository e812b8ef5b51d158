import { areaByName, placeOf } from '../data/areas.js';
import { CLASSIFICATIONS, SERVICE_TYPES } from '../data/codes.js';
import { mapHeaders, type HeaderMap, type MappedField } from '../data/headers.js';
import { cleanText, municipalityCheckDigit, parseClassification, parseDate, parseServiceType, splitList, todayIso } from '../data/normalize.js';
import type { RowObserver } from '../data/parse.js';
import { prefectureOfCode } from '../data/prefectures.js';
import { visibleControls } from './visible.js';

/**
 * The published 2020 template's own rules (制度名 length, codes from their tables, required
 * columns …), checked on the cells as written. Plain data, no DOM: `npx shien-navi check` and
 * the workbench (its file check and its row form) show the same findings, named by labels.ts.
 */

/**
 * error: the row or file breaks the template, so readers of the open data (this widget's
 * municipality filter and goals among them) misread it; the CLI exits 1.
 * warning: the widget shows it, but not as written or not usefully.
 * notice: advice.
 */
export const FINDING_KINDS = ['error', 'warning', 'notice'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Each rule and its kind; labels.ts names them. */
export const TEMPLATE_RULES = {
  'required-column': 'error',
  'code-form': 'error',
  'code-check-digit': 'error',
  'code-prefecture': 'error',
  'code-name': 'error',
  'service-type': 'error',
  classification: 'error',
  'name-length': 'warning',
  'line-break': 'warning',
  'half-width-kana': 'warning',
  'no-contact': 'warning',
  stale: 'notice',
} as const satisfies Record<string, FindingKind>;

export type TemplateRule = keyof typeof TEMPLATE_RULES;

/** The template's required columns, by their published header and the field the loader reads them into. */
export const REQUIRED_COLUMNS = [
  ['全国地方公共団体コード', 'municipalityCode'],
  ['都道府県名', 'prefecture'],
  ['市区町村名', 'municipality'],
  ['制度名', 'name'],
  ['サービス種別', 'serviceType'],
] as const satisfies readonly (readonly [string, MappedField])[];

/** 制度名 and 通称: at most this many characters, one line, no half-width kana. */
export const NAME_LIMIT = 40;
/** Findings kept per rule and file; the counts stay exact. */
export const MAX_FINDINGS = 1000;

export interface TemplateFinding {
  readonly rule: TemplateRule;
  readonly kind: FindingKind;
  /** Line in the file, as the other findings count it (the header row for a missing column). */
  readonly row: number;
  /** 1-based column; 0 for a column the file lacks. */
  readonly column: number;
  /** The column's header as written, or the missing column's published header. */
  readonly header: string;
  /** The text to write instead (full-width kana, one line, the right code), when there is one. */
  readonly suggestion?: string;
  /** Where, what and how to fix it, in plain Japanese; quoted cells are cut and escaped. */
  readonly message: string;
}

export interface TemplateResult {
  /** The first MAX_FINDINGS findings of each rule, in file order. */
  readonly findings: readonly TemplateFinding[];
  /** Every finding counted, by rule and by kind. */
  readonly counts: Readonly<Partial<Record<TemplateRule, number>>>;
  readonly kinds: Readonly<Record<FindingKind, number>>;
}

/** No finding: a file none of whose rows could be read. */
export const NO_TEMPLATE_FINDINGS: TemplateResult = { findings: [], counts: {}, kinds: { error: 0, warning: 0, notice: 0 } };

const HALF_WIDTH_KANA = /[\uFF61-\uFF9F]/;
const LINE_BREAK = /[\r\n\u2028\u2029]/;
const QUOTE_LIMIT = 40;

/** A cell quoted in a message: at most 40 characters, line breaks as ↵, control characters spelled out. */
export function quoteCell(text: string): string {
  const chars = [...text.slice(0, QUOTE_LIMIT * 2 + 2)];
  const cut = chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT - 1).join('')}…` : chars.join('');
  // The same escapes as everything else the checker prints from data (check/visible.ts).
  return visibleControls(cut.replace(/\r\n|[\r\n\u2028\u2029]/g, '↵').replace(/\t/g, ' '));
}

/** Half-width kana made full-width (ｶﾞ → ガ), nothing else changed. */
export function widenKana(text: string): string {
  return text.replace(/[\uFF61-\uFF9F]+/g, (run) => run.normalize('NFKC'));
}

/** One line: line breaks and the spaces around them taken out. */
export function oneLine(text: string): string {
  return text.replace(/[ \t\u3000]*(?:\r\n|[\r\n\u2028\u2029])[ \t\u3000]*/g, '').trim();
}

/** How long ago a date was, in years and months (`1年2か月`), or undefined when less than a year. */
export function ageOverAYear(date: string, today: string): string | undefined {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [nowYear, nowMonth, nowDay] = today.split('-').map(Number) as [number, number, number];
  const months = (nowYear - year) * 12 + (nowMonth - month) - (nowDay < day ? 1 : 0);
  if (months < 12 || (months === 12 && nowDay === day)) return undefined;
  const rest = months % 12;
  return `${Math.floor(months / 12)}年${rest === 0 ? '' : `${rest}か月`}`;
}

interface Columns {
  readonly headers: readonly string[];
  readonly index: Partial<Record<MappedField, number>>;
}

/**
 * Checks a file's cells as the loader reads them (`observeRows` in data/load.ts); `result()`
 * gives the findings so far.
 */
export class TemplateChecker implements RowObserver {
  readonly #today: string;
  readonly #findings: TemplateFinding[] = [];
  readonly #counts: Partial<Record<TemplateRule, number>> = {};
  readonly #kinds: Record<FindingKind, number> = { error: 0, warning: 0, notice: 0 };
  #columns: Columns = { headers: [], index: {} };

  constructor(options: { readonly today?: string } = {}) {
    this.#today = options.today ?? todayIso();
  }

  header(map: HeaderMap, headers: readonly string[], row: number): void {
    this.#columns = { headers, index: map.columns };
    for (const [header, field] of REQUIRED_COLUMNS) {
      if (map.columns[field] !== undefined) continue;
      this.#add('required-column', row, 0, header, `見出し（${row}行目）: 必須の列「${header}」がありません。見出しの行に「${header}」の列を足してください`);
    }
  }

  row(cells: readonly string[], row: number): void {
    // A row without 制度名 is not shown, and the loader reports it already.
    if (cleanText(this.#cell(cells, 'name')?.text) === '') return;
    this.#names(cells, row, 'name', '制度名');
    this.#names(cells, row, 'alias', '通称');
    this.#code(cells, row);
    this.#codes(cells, row);
    this.#updated(cells, row);
    this.#contact(cells, row);
  }

  result(): TemplateResult {
    return { findings: this.#findings, counts: { ...this.#counts }, kinds: { ...this.#kinds } };
  }

  /** The cell of a field, its 1-based column and header; undefined when the file lacks the column. */
  #cell(cells: readonly string[], field: MappedField): { text: string; column: number; header: string } | undefined {
    const index = this.#columns.index[field];
    if (index === undefined) return undefined;
    return { text: cells[index] ?? '', column: index + 1, header: this.#columns.headers[index] ?? '' };
  }

  #add(rule: TemplateRule, row: number, column: number, header: string, message: string, suggestion?: string): void {
    const kind = TEMPLATE_RULES[rule];
    const count = (this.#counts[rule] ?? 0) + 1;
    this.#counts[rule] = count;
    this.#kinds[kind] += 1;
    if (count <= MAX_FINDINGS) this.#findings.push({ rule, kind, row, column, header, message, ...(suggestion === undefined ? {} : { suggestion }) });
  }

  #names(cells: readonly string[], row: number, field: 'name' | 'alias', label: string): void {
    const cell = this.#cell(cells, field);
    if (cell === undefined) return;
    const text = cell.text.trim();
    if (text === '') return;
    const where = `${row}行目「${cell.header}」（${cell.column}列目）`;
    if (LINE_BREAK.test(text)) {
      const fixed = oneLine(text);
      this.#add('line-break', row, cell.column, cell.header, `${where}: ${label}に改行があります。1 行で「${quoteCell(fixed)}」のように書いてください`, fixed);
    }
    if (HALF_WIDTH_KANA.test(text)) {
      const fixed = widenKana(text);
      this.#add('half-width-kana', row, cell.column, cell.header, `${where}: ${label}に半角カナがあります。全角で「${quoteCell(fixed)}」と書いてください`, fixed);
    }
    const length = [...widenKana(oneLine(text))].length;
    if (length > NAME_LIMIT) {
      this.#add('name-length', row, cell.column, cell.header, `${where}: ${label}が ${length} 文字です。${NAME_LIMIT} 文字以内にしてください（「${quoteCell(text)}」）`);
    }
  }

  #code(cells: readonly string[], row: number): void {
    const cell = this.#cell(cells, 'municipalityCode');
    if (cell === undefined) return;
    const code = cleanText(cell.text);
    if (code === '') return;
    const where = `${row}行目「${cell.header}」（${cell.column}列目）`;
    if (/^\d{5}$/.test(code)) {
      const full = code + municipalityCheckDigit(code);
      this.#add('code-form', row, cell.column, cell.header, `${where}: 「${quoteCell(code)}」は 5 桁です。検査数字をつけた 6 桁の「${full}」と書いてください`, full);
      return;
    }
    if (!/^\d{6}$/.test(code)) {
      this.#add('code-form', row, cell.column, cell.header, `${where}: 「${quoteCell(code)}」は 6 桁の数字ではありません。北海道なら 010006、札幌市なら 011002 のように書いてください`);
      return;
    }
    const right = code.slice(0, 5) + municipalityCheckDigit(code.slice(0, 5));
    if (right !== code) {
      this.#add('code-check-digit', row, cell.column, cell.header, `${where}: 「${code}」は最後の桁（検査数字）が合いません。「${right}」ではありませんか。総務省の全国地方公共団体コードで確かめてください`, right);
      return;
    }
    const prefecture = prefectureOfCode(code);
    const named = this.#cell(cells, 'prefecture');
    const written = named === undefined ? '' : cleanText(named.text);
    if (prefecture !== undefined && written !== '' && written !== prefecture && written !== prefecture.replace(/[都府県]$/, '')) {
      this.#add('code-prefecture', row, cell.column, cell.header, `${where}: 「${code}」は${prefecture}のコードですが、都道府県名は「${quoteCell(written)}」です。どちらかを直してください`);
    } else if (prefecture === undefined) {
      this.#add('code-prefecture', row, cell.column, cell.header, `${where}: 「${code}」の最初の 2 桁は都道府県のコード（01〜47）ではありません`);
    }
    const town = this.#cell(cells, 'municipality');
    const mismatch = town === undefined ? undefined : nameMismatch(code, cleanText(town.text));
    if (mismatch !== undefined) this.#add('code-name', row, cell.column, cell.header, `${where}: ${mismatch.message}`, mismatch.suggestion);
  }

  #codes(cells: readonly string[], row: number): void {
    const type = this.#cell(cells, 'serviceType');
    if (type !== undefined && cleanText(type.text) !== '' && !(parseServiceType(type.text) in SERVICE_TYPES)) {
      this.#add('service-type', row, type.column, type.header, `${row}行目「${type.header}」（${type.column}列目）: 「${quoteCell(cleanText(type.text))}」はサービス種別の表にありません。${codeList(SERVICE_TYPES)} のどれかを書いてください`);
    }
    for (const field of ['classification1', 'classification2'] as const) {
      const cell = this.#cell(cells, field);
      if (cell === undefined) continue;
      const unknown = splitList(cell.text).filter((value) => !(parseClassification(value) in CLASSIFICATIONS));
      if (unknown.length === 0) continue;
      this.#add('classification', row, cell.column, cell.header, `${row}行目「${cell.header}」（${cell.column}列目）: 「${quoteCell(unknown.join(';'))}」は行政サービス分類の表にありません。${codeList(CLASSIFICATIONS)} から選んでください`);
    }
  }

  #updated(cells: readonly string[], row: number): void {
    const cell = this.#cell(cells, 'updated');
    if (cell === undefined) return;
    const date = parseDate(cell.text);
    const age = date === '' ? undefined : ageOverAYear(date, this.#today);
    if (age === undefined) return;
    this.#add('stale', row, cell.column, cell.header, `${row}行目「${cell.header}」（${cell.column}列目）: 情報が古いかもしれません（最終更新日 ${date}、${age}前）。内容を確かめて、最終更新日を書き直してください`);
  }

  #contact(cells: readonly string[], row: number): void {
    const phone = this.#cell(cells, 'phone');
    const contact = this.#cell(cells, 'contact');
    if (cleanText(phone?.text) !== '' || cleanText(contact?.text) !== '') return;
    const first = phone ?? contact;
    this.#add(
      'no-contact',
      row,
      first?.column ?? 0,
      first?.header ?? '電話番号',
      `${row}行目: 連絡先がありません（電話番号もお問い合わせ先も空です）。相談できる窓口の名前か電話番号を書いてください`,
    );
  }
}

/**
 * Where the area tables (src/data/areas.ts: Hokkaido's 179 市町村 and 14 振興局) say a code and a
 * 市区町村名 disagree: the name is a municipality with another code, or a 振興局 that does not
 * serve the coded town. A prefecture's own code (a prefecture-wide program written for a town or
 * area) and names or codes no table holds (wards, other prefectures) are not judged.
 */
export function nameMismatch(code: string, name: string): { message: string; suggestion?: string } | undefined {
  if (name === '') return undefined;
  const named = placeOf(name);
  if (named !== undefined) {
    if (code === named.table.code || code === named.municipality.code) return undefined;
    const coded = placeOf(code);
    const what = coded === undefined ? '' : `${coded.municipality.name}のコードで、`;
    return {
      message: `「${code}」は${what}市区町村名「${quoteCell(name)}」のコードではありません。${named.municipality.name}なら「${named.municipality.code}」です`,
      suggestion: named.municipality.code,
    };
  }
  const coded = placeOf(code);
  const area = areaByName(name);
  if (coded === undefined || area === undefined || area.area.id === coded.area.id) return undefined;
  return {
    message: `「${code}」は${coded.municipality.name}（${coded.area.short}）のコードですが、市区町村名は「${quoteCell(name)}」（${area.area.name}）です。どちらかを直してください`,
  };
}

function codeList(table: Readonly<Record<string, string>>): string {
  return Object.entries(table)
    .map(([code, label]) => `${code} ${label}`)
    .join('・');
}

export interface RowsOptions {
  readonly today?: string;
  /** Line of the header (1 unless title lines are above it). */
  readonly headerLine?: number;
  /** Line of each row, as the loader counts them; the header's next lines by default. */
  readonly lines?: readonly number[];
}

/** Checks a header and rows given as cells (the workbench's form, a new file). */
export function checkTemplateRows(headers: readonly string[], rows: readonly (readonly string[])[], options: RowsOptions = {}): TemplateResult {
  const checker = new TemplateChecker(options);
  const trimmed = headers.map((header) => header.trim());
  const headerLine = options.headerLine ?? 1;
  checker.header(mapHeaders(headers), trimmed, headerLine);
  rows.forEach((cells, index) => checker.row(cells, options.lines?.[index] ?? headerLine + 1 + index));
  return checker.result();
}
