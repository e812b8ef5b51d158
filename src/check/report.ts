import type { ErrorKind } from '../data/errors.js';
import type { ColumnReading, MappedField } from '../data/headers.js';
import { mergeRecords, UnusableCsvError, type SourceResult } from '../data/load.js';
import type { ExpiredRow, ParseReport, QuoteErrorRow, SkippedRow, UnreadableCell } from '../data/parse.js';
import type { ServiceRecord } from '../data/record.js';
import { goalCoverage, goalPaths } from '../engine/coverage.js';
import { unknownAreas, type UnknownAreaFinding } from './areas.js';
import type { Flow } from '../engine/flow.js';
import { goalsWithoutPhrases } from '../engine/situations.js';
import { validateFlow, type FlowProblem } from '../engine/validate.js';
import { CRISIS_LINES } from '../flows/crisis-lines.js';
import { HOKKAIDO_FLOW } from '../flows/hokkaido.js';
import { withHokkaidoPhrases } from '../flows/hokkaido-phrases.js';
import type { SourceOutcome } from './read-source.js';
import { FINDING_KINDS, type FindingKind, type TemplateResult } from './template.js';
import { visibleControls } from './visible.js';

/**
 * What `npx shien-navi check` finds, as data: built from the loader's per-source results and a
 * flow, with no DOM and no Node, so the command line and a browser workbench report the same
 * findings from the same code. Every finding carries a plain Japanese message for the data
 * owner that says what to fix and where.
 */

/** How each field is used, in the words a data owner reads beside a column. */
export const FIELD_USES: Readonly<Record<MappedField, string>> = {
  id: '制度番号（同じ番号の行は 1 件に）',
  serviceId: '番号（制度番号が空の行の番号として）',
  municipalityCode: '全国地方公共団体コード（市町村の絞り込み）',
  prefecture: '都道府県',
  municipality: '市区町村（市町村の絞り込み）',
  areaGroup: '対象地域群（市区町村名として。市区町村の列が空のとき）',
  area: '対象地域（市区町村名か都道府県名として。市区町村の列が空のとき）',
  name: '制度名（カードの見出し・検索）',
  alias: '通称（カードの副題・検索）',
  serviceType: 'サービス種別',
  classification1: '行政サービス分類（結果のまとまり・ゴール）',
  classification2: '行政サービス分類（2 つ目）',
  theme: '行政サービス分類（テーマから。分類の列が空のとき）',
  troubles: 'お困りごと（ゴール）',
  keywords: 'キーワード（検索・ゴール）',
  summary: '概要',
  detail: '内容（「続きを読む」の中）',
  benefit: '支援内容（受けられること。カードにいつも表示）',
  target: '対象者',
  howToApply: '利用・申請方法（「続きを読む」の中）',
  documents: '必要なもの（「続きを読む」の中）',
  hours: '受付可能日時（「続きを読む」の中）',
  hoursTime: '受付可能日時の時間（「続きを読む」の中）',
  hoursNote: '受付の備考（受付可能日時の下に）',
  office: '申請窓口（「続きを読む」の中）',
  organization: '実施組織（お問い合わせ先が空のとき）',
  contact: 'お問い合わせ先（電話番号が空ならここの番号で電話）',
  phone: '電話番号（電話のボタン）',
  address: '住所（地図のリンク）',
  latitude: '緯度（地図のリンク）',
  longitude: '経度（地図のリンク）',
  url: '詳細参照先（「詳しく見る」のリンク）',
  applyUrl: '電子申請URL（「オンラインで申請する」のリンク）',
  requestUrl: '相談申込URL（「相談を申し込む」のリンク。https のみ。相談先のページが開きます）',
  schedule: '開催日時・開室日（居場所などのカードに表示）',
  ageRange: '対象年齢（カードに表示）',
  applicationStart: '受付開始日（まだなら「受付は○日から」と表示）',
  applicationEnd: '受付終了日（過ぎたら表示しません）',
  publicationEnd: '公開終了日（過ぎたら表示しません）',
  updated: '最終更新日（「更新日」として表示）',
  rowNumber: '行番号（使いません）',
};

const ENCODING_NAMES: Readonly<Record<SourceResult['encoding'], string>> = {
  'utf-8': 'UTF-8',
  shift_jis: 'Shift_JIS',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};

/** The flow to check the data against: none for the bundled Hokkaido flow, else its parsed JSON or why it could not be read. */
export interface FlowOutcome {
  /** The file name or URL as given; undefined for the bundled flow. */
  readonly source?: string;
  readonly json?: unknown;
  /** Why the flow could not be read (missing file, not JSON). */
  readonly error?: string;
}

export interface ColumnFinding {
  /** 1-based column, as a spreadsheet counts. */
  readonly column: number;
  /** The header as written. */
  readonly header: string;
  readonly status: ColumnReading['status'];
  readonly field?: MappedField;
  /** What the column is used for, or why it is not. */
  readonly message: string;
}

export interface RowFinding {
  /** Line in the file (the header is line 1, unless title lines are above it). */
  readonly row: number;
  readonly message: string;
}

export interface CellFinding extends RowFinding {
  readonly kind: UnreadableCell['kind'];
  /** The column's header as written. */
  readonly column: string;
  readonly text: string;
}

export interface SourceReport {
  readonly source: string;
  /** False when the file could not be read, or has nothing to show. */
  readonly ok: boolean;
  readonly error?: { readonly kind: ErrorKind; readonly message: string };
  /** Set when the source failed and its last good copy was used (in a browser). */
  readonly savedCopy?: { readonly savedAt: string; readonly message: string };
  /** UTF-8, Shift_JIS or UTF-16, when the file was decoded. */
  readonly encoding?: string;
  /** Data rows read, rows that can be shown, rows hidden because a date passed. */
  readonly rows: number;
  readonly shown: number;
  readonly expired: number;
  readonly headerRow: number;
  readonly columns: readonly ColumnFinding[];
  readonly skipped: readonly RowFinding[];
  readonly irregular: readonly RowFinding[];
  /** The first rows hidden because a date passed (`expired` counts them all). */
  readonly expiredRows: readonly RowFinding[];
  /** Dates, phone numbers and URLs that could not be read (the first of them; `unreadableCount` counts all). */
  readonly unreadable: readonly CellFinding[];
  readonly unreadableCount: number;
  /** Area names of a prefecture with an area table that it does not know (空地 for 空知); `unknownAreaCount` counts all. */
  readonly unknownAreas: readonly UnknownAreaFinding[];
  readonly unknownAreaCount: number;
  /** The template's rules (src/check/template.ts): findings with their kind. */
  readonly template: TemplateResult;
  /** Rows with a quote out of place, where lines of the file may have merged into one row. */
  readonly quoteErrors: readonly RowFinding[];
}

/** A data row named like a bundled crisis line with another number, or with a number one digit off one. */
export interface LookalikeRow {
  readonly source: string;
  readonly row: number;
  readonly name: string;
  readonly message: string;
}

/** Rows sharing a 制度番号: only the first is shown (within a file and across files). */
export interface DuplicateId {
  readonly id: string;
  readonly shown: DuplicateRow;
  readonly hidden: readonly DuplicateRow[];
  readonly message: string;
}

export interface DuplicateRow {
  readonly source: string;
  readonly row: number;
  readonly name: string;
}

export interface FlowReport {
  /** The file name or URL; undefined for the bundled flow. */
  readonly source?: string;
  readonly id?: string;
  readonly ok: boolean;
  readonly error?: string;
  readonly problems: readonly FlowProblem[];
  /**
   * Goals no phrase leads to (as the choices that lead to them): a trouble typed in the search
   * box cannot take a person straight there. Empty when every goal has phrases or the flow is unusable.
   */
  readonly goalsWithoutPhrases: readonly string[];
}

export interface CoverageReport {
  /** Column names: 絞り込みなし, each municipality named in the data, then その他の市町村. */
  readonly columns: readonly string[];
  /** Each goal as the choices that lead to it (`緊急の困りごと › 食べるものがない › …`). */
  readonly goals: readonly string[];
  /** counts[goal][column]: services a person sees there. */
  readonly counts: readonly (readonly number[])[];
  /** Per column, the goals that show no service at all. */
  readonly gaps: readonly { readonly municipality: string; readonly goals: readonly string[] }[];
}

export interface CheckReport {
  /** False when a source or the flow could not be read (the CLI then exits 1). */
  readonly ok: boolean;
  /** The template's findings of every source, counted by kind (an error also makes the CLI exit 1). */
  readonly kinds: Readonly<Record<FindingKind, number>>;
  readonly sources: readonly SourceReport[];
  readonly duplicateIds: readonly DuplicateId[];
  /** Rows imitating a crisis line: shown as ordinary services, marked as not being that line. */
  readonly lookalikes: readonly LookalikeRow[];
  /** Services that can be shown, after merging the sources. */
  readonly shown: number;
  readonly flow: FlowReport;
  /** Undefined when there is no usable flow or nothing to show. */
  readonly coverage: CoverageReport | undefined;
}

/** Every kind of finding a report holds besides the template's rules and the flow's problems; labels.ts names each. */
export const REPORT_FINDINGS = [
  'unreadableSource',
  'savedCopy',
  'columns',
  'unusedColumn',
  'skipped',
  'irregular',
  'quoteErrors',
  'expiredRows',
  'unreadableCells',
  'unknownAreas',
  'templateRules',
  'duplicateIds',
  'lookalikes',
  'goalsWithoutPhrases',
  'coverageGaps',
] as const;
export type ReportFinding = (typeof REPORT_FINDINGS)[number];

/** A kind of cell the loader could not read (a date, a phone number, a URL …). */
export type CellKind = UnreadableCell['kind'];

export const NO_FILTER = '絞り込みなし';
export const OTHER_MUNICIPALITIES = 'その他の市町村';

/** Builds the whole report: each source, the 制度番号 shared between rows, the flow and, per municipality, the goals without a service. */
export function buildCheckReport(sources: readonly SourceOutcome[], flowOutcome: FlowOutcome = {}): CheckReport {
  const sourceReports = sources.map(sourceReport);
  const read = sources.flatMap((outcome) => (outcome.ok ? [{ source: outcome.source, records: outcome.result.records }] : []));
  const records = mergeRecords(read.map((entry) => entry.records));
  const { report: flow, flow: usableFlow } = readFlow(flowOutcome);
  return {
    ok: sourceReports.every((report) => report.ok) && flow.ok,
    kinds: countKinds(sourceReports),
    sources: sourceReports,
    duplicateIds: duplicateIds(read),
    lookalikes: lookalikeRows(read),
    shown: records.length,
    flow,
    coverage: usableFlow !== undefined && records.length > 0 ? coverageReport(usableFlow, records) : undefined,
  };
}

function countKinds(reports: readonly SourceReport[]): Record<FindingKind, number> {
  const kinds = { error: 0, warning: 0, notice: 0 };
  for (const report of reports) for (const kind of FINDING_KINDS) kinds[kind] += report.template.kinds[kind];
  return kinds;
}

function sourceReport(outcome: SourceOutcome): SourceReport {
  const { source, template } = outcome;
  const result = outcome.ok ? outcome.result : undefined;
  // A CSV with nothing to show was still read: its columns and rows are worth reporting.
  const read = outcome.ok ? outcome.result : outcome.error instanceof UnusableCsvError ? { encoding: outcome.error.encoding, report: outcome.error.report, records: [] } : undefined;
  const base = {
    source,
    ok: outcome.ok,
    ...(outcome.ok ? {} : { error: { kind: outcome.error.kind, message: outcome.error.message } }),
    ...(result?.fallback
      ? { savedCopy: { savedAt: result.fallback.savedAt, message: `読み込めなかったため、${result.fallback.savedAt} に保存した写しを使っています（${result.fallback.error.message}）` } }
      : {}),
  };
  if (read === undefined) {
    return { ...base, rows: 0, shown: 0, expired: 0, headerRow: 1, columns: [], skipped: [], irregular: [], expiredRows: [], unreadable: [], unreadableCount: 0, unknownAreas: [], unknownAreaCount: 0, template, quoteErrors: [] };
  }
  const { report } = read;
  const areas = unknownAreas(read.records);
  return {
    ...base,
    encoding: ENCODING_NAMES[read.encoding],
    rows: report.rows,
    shown: read.records.length,
    expired: report.expired,
    headerRow: report.headerRow,
    columns: columnFindings(report),
    skipped: report.skipped.map(skippedFinding),
    irregular: report.irregular.map(irregularFinding),
    expiredRows: report.expiredRows.map(expiredFinding),
    unreadable: report.unreadable.map(cellFinding),
    unreadableCount: report.unreadableCount,
    unknownAreas: areas.findings,
    unknownAreaCount: areas.count,
    template,
    quoteErrors: report.quoteErrors.map(quoteFinding),
  };
}

function columnFindings(report: ParseReport): ColumnFinding[] {
  const readAs = new Map(report.columns.filter((column) => column.status === 'read').map((column) => [column.field, column.header]));
  return report.columns.map(({ index, header, status, field }) => {
    const base = { column: index + 1, header, status, ...(field ? { field } : {}) };
    if (status === 'read' && field) return { ...base, message: FIELD_USES[field] };
    if (status === 'duplicate' && field) {
      return { ...base, message: `使いません（同じ項目を「${readAs.get(field) ?? ''}」の列から読むため）。値はそのまま保持します` };
    }
    if (status === 'unused') return { ...base, message: '使いません（制度データの項目ですが、表示には使いません）。値はそのまま保持します' };
    return { ...base, message: '知らない列（表示には使わず、値はそのまま保持します）' };
  });
}

function skippedFinding({ row }: SkippedRow): RowFinding {
  return { row, message: `${row}行目: 制度名が空なので読み飛ばしました。制度名を書いてください` };
}

function irregularFinding({ row, reason }: SkippedRow): RowFinding {
  const what = reason === 'too-few-cells' ? '見出しより少ない' : '見出しより多い';
  return { row, message: `${row}行目: 列の数が${what}です（読める範囲で読み込みました）。区切りのコンマや引用符（"）を確認してください` };
}

function quoteFinding({ row, reason }: QuoteErrorRow): RowFinding {
  const what =
    reason === 'unterminated'
      ? '引用符（"）が閉じられていないため、ここからファイルの終わりまでが 1 つのセルとして読まれました'
      : '閉じた引用符（"）のあとに文字が続くため、次の引用符までの行が 1 つのセルとして読まれました';
  return { row, message: `${row}行目: ${what}。セルの中の " は "" と 2 つ重ねて書くか、セル全体を " で囲んでください` };
}

const ENDED_COLUMN: Readonly<Record<ExpiredRow['field'], string>> = { publicationEnd: '公開終了日', applicationEnd: '受付終了日' };

function expiredFinding({ row, field, date }: ExpiredRow): RowFinding {
  return { row, message: `${row}行目: ${ENDED_COLUMN[field]} ${date} を過ぎたので表示しません` };
}

const UNREADABLE_HINT: Readonly<Record<CellKind, string>> = {
  date: '日付として読めません（期限に使えません）。2024-04-01、2024/4/1、2024年4月1日、令和6年4月1日、R6.4.1 のどれかの形で書いてください（日付でない説明は「受付備考」の列に書けます）',
  phone: '電話番号として読めません（電話のボタンが出ません）。011-231-4567 のように番号を書いてください',
  url: 'URL として読めません（「詳しく見る」が出ません）。https:// で始まる URL だけを書いてください',
  https: 'https:// で始まる URL ではないので「相談を申し込む」のリンクを出しません。相談先の申込フォームの https:// で始まる URL を書いてください（http:// や javascript: などは使えません）',
};

/** Every kind of unreadable cell, in the order they are listed. */
export const CELL_KINDS = Object.keys(UNREADABLE_HINT) as readonly CellKind[];

function cellFinding({ row, kind, column, text }: UnreadableCell): CellFinding {
  return { row, kind, column, text, message: `${row}行目「${column}」の「${shorten(text)}」: ${UNREADABLE_HINT[kind]}` };
}

/** A cell quoted in a message: one line, control characters shown as escapes (`\x1b`), at most 40 characters. */
function shorten(text: string): string {
  const line = visibleControls(text.replace(/\s+/g, ' '));
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

function lookalikeRows(read: readonly { source: string; records: readonly ServiceRecord[] }[]): LookalikeRow[] {
  const rows: LookalikeRow[] = [];
  for (const { source, records } of read) {
    for (const record of records) {
      const lookalike = record.imitates;
      if (lookalike === undefined) continue;
      const line = CRISIS_LINES[lookalike.line];
      const like = lookalike.by === 'name' ? `緊急の電話「${line.name.ja}」と同じ名前ですが、番号が ${line.number} ではありません` : `番号が緊急の電話「${line.name.ja}」の ${line.number} と 1 けただけ違います`;
      rows.push({
        source,
        row: record.row,
        name: record.name,
        message: `${source} ${record.row}行目「${shorten(record.name)}」: ${like}。番号が正しいか確かめてください（部品は、この行を緊急の電話とは別の窓口として表示します）`,
      });
    }
  }
  return rows;
}

function duplicateIds(read: readonly { source: string; records: readonly ServiceRecord[] }[]): DuplicateId[] {
  const byId = new Map<string, DuplicateRow[]>();
  for (const { source, records } of read) {
    for (const record of records) {
      const rows = byId.get(record.id);
      const row = { source, row: record.row, name: record.name };
      if (rows === undefined) byId.set(record.id, [row]);
      else rows.push(row);
    }
  }
  const duplicates: DuplicateId[] = [];
  for (const [id, [shown, ...hidden]] of byId) {
    if (shown === undefined || hidden.length === 0) continue;
    const where = (row: DuplicateRow): string => `${row.source} ${row.row}行目「${row.name}」`;
    duplicates.push({
      id,
      shown,
      hidden,
      message: `制度番号「${id}」: ${where(shown)}を表示し、${hidden.map(where).join('、')}は表示しません。別の制度なら番号を変えてください`,
    });
  }
  return duplicates;
}

/** The flow's findings, and the flow itself when it can be used. */
function readFlow(outcome: FlowOutcome): { report: FlowReport; flow: Flow | undefined } {
  if (outcome.source === undefined) return { report: { id: HOKKAIDO_FLOW.id, ok: true, problems: [], goalsWithoutPhrases: unphrased(HOKKAIDO_FLOW) }, flow: HOKKAIDO_FLOW };
  const source = outcome.source;
  if (outcome.error !== undefined) return { report: { source, ok: false, error: outcome.error, problems: [], goalsWithoutPhrases: [] }, flow: undefined };
  const { flow, problems } = validateFlow(outcome.json);
  const goalsWithoutPhrases = flow === undefined ? [] : unphrased(flow);
  return { report: { source, ...(flow?.id ? { id: flow.id } : {}), ok: flow !== undefined, problems, goalsWithoutPhrases }, flow };
}

/** The goals of `flow` (with the bundled phrases where its nodes are the bundled ones) that no phrase leads to. */
function unphrased(flow: Flow): string[] {
  const missing = new Set(goalsWithoutPhrases(withHokkaidoPhrases(flow)));
  return goalPaths(flow)
    .filter((path) => missing.has(path.goal))
    .map((path) => path.labels.join(' › '));
}

function coverageReport(flow: Flow, records: readonly ServiceRecord[]): CoverageReport {
  const coverage = goalCoverage(flow, records);
  const columns = coverage.columns.map(({ municipality }) =>
    municipality === undefined ? OTHER_MUNICIPALITIES : municipality === '' ? NO_FILTER : municipality,
  );
  const goals = coverage.goals.map((goal) => goal.labels.join(' › '));
  const gaps = columns
    .map((municipality, column) => ({ municipality, goals: goals.filter((_, row) => coverage.counts[row]?.[column] === 0) }))
    .filter((gap) => gap.goals.length > 0);
  return { columns, goals, counts: coverage.counts, gaps };
}
