/** One support service (制度 / 相談窓口) read from an open-data CSV row. */
export interface ServiceRecord {
  /** 制度番号 when the file has one, otherwise `source#row`. Unique within the merged data. */
  readonly id: string;
  /** 全国地方公共団体コード, 6 digits, or '' when absent. */
  readonly municipalityCode: string;
  readonly prefecture: string;
  /** 市区町村名; '' means the record applies to the whole prefecture. */
  readonly municipality: string;
  /** タイトル（制度名） */
  readonly name: string;
  /** サブタイトル（通称） */
  readonly alias: string;
  /** サービス種別 code, e.g. `101`. */
  readonly serviceType: string;
  /** 行政サービス分類 codes, e.g. `['401', '205']`. */
  readonly classifications: readonly string[];
  /** お困りごと values. */
  readonly troubles: readonly string[];
  readonly keywords: readonly string[];
  /** 概要 */
  readonly summary: string;
  /** 内容 */
  readonly detail: string;
  readonly target: string;
  readonly howToApply: string;
  readonly organization: string;
  readonly contact: string;
  /** The phone cell as published, for display. */
  readonly phoneText: string;
  /** A dialable number for a `tel:` link (digits, `+`, `#`), or '' when none could be read. */
  readonly phone: string;
  readonly address: string;
  readonly latitude: number | undefined;
  readonly longitude: number | undefined;
  /** 詳細参照先 / 詳細URL, only when it is an http(s) URL. */
  readonly url: string;
  /** 受付終了日 as `YYYY-MM-DD`, or '' when always open. */
  readonly applicationEnd: string;
  /** 公開終了日 as `YYYY-MM-DD`, or ''. */
  readonly publicationEnd: string;
  /** 最終更新日 as `YYYY-MM-DD`, or ''. */
  readonly updated: string;
  /** Columns the loader does not know, by their header as written. */
  readonly extra: Readonly<Record<string, string>>;
}
