/**
 * The reader's verdicts on a file, apart from the reader itself: the page's side of the CSV
 * worker rebuilds them from the worker's answer, and must not bring the page's own reader
 * (papaparse and the parser, about 14 KB gzip, a chunk of its own: read-csv.ts) onto the first
 * answer's path where the worker reads.
 */
import type { DecodedText, FileKind } from './decode.js';
import { ShienNaviError } from './errors.js';
import type { ParseReport } from './parse.js';

/**
 * Data rows read at most (blank lines not counted). The largest real lists hold tens of
 * thousands of rows; a file of one-character lines holds millions, and their records alone
 * would take most of an old phone's memory.
 */
export const MAX_ROWS = 200_000;

/** A file with more than MAX_ROWS data rows, refused as soon as the row after the last is read (kind `parse`). */
export class TooManyRowsError extends ShienNaviError {
  constructor(source = '') {
    super('parse', `データの行が多すぎます（${MAX_ROWS.toLocaleString('en-US')} 行まで読み込めます。${(MAX_ROWS + 1).toLocaleString('en-US')} 行目で読むのをやめました）${source === '' ? '' : `: ${source}`}`, source);
  }
}

/**
 * A CSV that was read but has nothing to show (no 制度名 column, or no row that can be shown):
 * kind `schema`, with what was read, so a checker can still say which column was read as what.
 */
export class UnusableCsvError extends ShienNaviError {
  constructor(
    message: string,
    url: string,
    readonly encoding: DecodedText['encoding'],
    readonly report: ParseReport,
  ) {
    super('schema', message, url);
  }
}

export const NOT_CSV: Readonly<Record<Exclude<FileKind, 'text'>, string>> = {
  empty: 'データファイルが空です',
  html: 'CSV ではなく HTML（ウェブページ）が返されました。URL が CSV ファイルを直接指しているか、サーバーのエラーページでないか確認してください',
  json: 'CSV ではなく JSON が返されました。CSV 形式のファイルの URL を指定してください',
  excel: 'Excel ファイルは読めません。Excel で「CSV（コンマ区切り）」として保存したファイルを指定してください',
  pdf: 'PDF ファイルは読めません。CSV 形式のファイルを指定してください',
  binary: 'CSV ではないファイル（文字のデータではありません）が返されました',
};
