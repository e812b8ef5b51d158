import type { CrisisLookalike } from '../engine/crisis-lookalike.js';

/** A phone number found in a contact or phone cell (`phonesOf`). */
export interface PhoneNumber {
  /** The number as published, for people to read (`096-328-2972`). */
  readonly number: string;
  /** What to dial: digits, or `#` and digits (`0963282972`, `#8008`). */
  readonly dial: string;
  /** The words written just before it, such as 夜間 or 平日, or ''. */
  readonly label: string;
}

/** One support service (制度 / 相談窓口) read from an open-data CSV row. */
export interface ServiceRecord {
  /** 制度番号 when the file has one, otherwise `source#row`. Unique within the merged data. */
  readonly id: string;
  /** 全国地方公共団体コード, 6 digits, or '' when absent. */
  readonly municipalityCode: string;
  readonly prefecture: string;
  /** 市区町村名 (or 市町村 / 対象地域); '' means the record applies to the whole prefecture. */
  readonly municipality: string;
  /** Every municipality named (対象地域群 may name several); empty when prefecture-wide. */
  readonly municipalities: readonly string[];
  /** タイトル（制度名） */
  readonly name: string;
  /** サブタイトル（通称） */
  readonly alias: string;
  /** サービス種別 code, e.g. `101`. */
  readonly serviceType: string;
  /** 行政サービス分類 codes, e.g. `['401', '205']`; a 分類 name not in the code table is kept as written. */
  readonly classifications: readonly string[];
  /** お困りごと values. */
  readonly troubles: readonly string[];
  readonly keywords: readonly string[];
  /** 概要 / 制度概要 */
  readonly summary: string;
  /** 内容 */
  readonly detail: string;
  /** 支援内容: what a person gets (5万円, 月10万円, a service). */
  readonly benefit: string;
  readonly target: string;
  /** 利用・申請方法 / 手続き等 */
  readonly howToApply: string;
  /** 必要なもの / 必要書類 */
  readonly documents: string;
  /** 受付可能日時 (days and times), with 受付備考 on a line of its own. */
  readonly hours: string;
  /** 申請窓口 */
  readonly office: string;
  readonly organization: string;
  readonly contact: string;
  /** The phone cell as published, for display. */
  readonly phoneText: string;
  /**
   * The first number to dial, from 電話番号 (or お問い合わせ先 when it has none), never a FAX
   * number; '' when none could be read. `phonesOf(record)` gives every number, as published,
   * with its label.
   */
  readonly phone: string;
  readonly address: string;
  readonly latitude: number | undefined;
  readonly longitude: number | undefined;
  /** 詳細参照先 / 詳細URL, only when it is an http(s) URL. */
  readonly url: string;
  /** 電子申請URL: where to apply online, only when it is an http(s) URL. */
  readonly applyUrl: string;
  /** 相談申込URL: the agency's own form to ask for help, only when it is an https URL. */
  readonly requestUrl: string;
  /** 開催日時 / 開室日: when a place (居場所, サロン) is open. */
  readonly schedule: string;
  /** 対象年齢 */
  readonly ageRange: string;
  /** 受付開始日 as `YYYY-MM-DD`, or ''. */
  readonly applicationStart: string;
  /** 受付終了日 as `YYYY-MM-DD`, or '' when always open. */
  readonly applicationEnd: string;
  /** 公開終了日 as `YYYY-MM-DD`, or ''. */
  readonly publicationEnd: string;
  /** 最終更新日 as `YYYY-MM-DD`, or ''. */
  readonly updated: string;
  /** Line of the row in its file (the header is line 1). */
  readonly row: number;
  /** Columns the loader does not know, by their header as written. */
  readonly extra: Readonly<Record<string, string>>;
  /**
   * The bundled crisis line this row imitates, if any (engine/crisis-lookalike.ts): worked out as
   * the file is read, in the reader's chunk, so a card only reads it.
   */
  readonly imitates: CrisisLookalike | undefined;
}
