/**
 * Maps the column headers real 制度 CSV files use to the fields of a ServiceRecord: the
 * Hokkaido list, the national 制度 models (2020 支援制度 / GIF 行政サービス・制度) and the
 * older variants civic-tech projects publish (市町村, 制度概要, 手続き等, タグ（テーマ）…).
 * Headers are compared after `normalizeHeader`, so width, brackets, spaces and separator
 * dots (・ • ･) do not matter. Within a field, earlier names win when a file has several.
 */
export const FIELD_HEADERS = {
  id: ['制度番号', '制度id', 'id'],
  /** A file's own row id (PSID, サービスID): the id of rows whose 制度番号 is empty. */
  serviceId: ['サービスid', 'psid'],
  municipalityCode: ['全国地方公共団体コード', '地方公共団体コード', '団体コード', '市区町村コード'],
  prefecture: ['都道府県名', '都道府県'],
  municipality: ['市区町村名', '市町村名', '区市町村名', '市区町村', '市町村', '区市町村', '地域'],
  /** The municipalities a service is for (対象地域群), read by value like `area`. */
  areaGroup: ['対象地域群', '対象市区町村'],
  /** Where the service applies, read by value: prefecture names, municipality names or 全域. */
  area: ['対象地域', '対象区域'],
  name: ['タイトル制度名', '制度名', 'タイトル', '制度名称', '名称'],
  alias: ['サブタイトル通称', 'サブタイトル通称名', '通称', '通称名', 'サブタイトル'],
  serviceType: ['サービス種別'],
  classification1: ['個人対象行政サービス分類1', '行政サービス分類1', '個人対象行政サービス分類', '行政サービス分類', '支援分類'],
  classification2: ['個人対象行政サービス分類2', '行政サービス分類2'],
  /** 分類 written as a theme (給付・助成, 暮らしの相談 …): used when the file has no 行政サービス分類. */
  theme: ['タグテーマ', 'テーマ'],
  troubles: ['お困りごと', '困りごと', '個人対象お困りごと分類', 'お困りごと分類'],
  keywords: ['キーワード', 'タグキーワード', 'タグ'],
  summary: ['概要', '制度概要', '制度の概要'],
  detail: ['内容'],
  /** What a person gets: 5万円, 月10万円, a loan, a service. */
  benefit: ['支援内容', '給付内容', '支給内容', '支援の内容', '給付額', '支給額'],
  target: ['対象者'],
  howToApply: ['利用申請方法', '申請方法', '利用方法', '手続き等', '手続き', '手続等', '申請手続き'],
  documents: ['必要なもの', '必要書類', '必要な書類', '持ち物', '持ちもの'],
  hours: ['受付可能日時', '受付可能日時受付日', '受付日時', '受付日', '相談日時'],
  hoursTime: ['受付可能日時受付時間', '受付時間', '相談時間'],
  hoursNote: ['受付備考'],
  office: ['申請窓口', '申請先', '受付窓口', '申請場所'],
  organization: ['実施組織支援機関', '実施組織', '支援機関', '実施機関', '制度所管組織', '所管組織', '担当部署'],
  contact: ['お問い合わせ先', '問い合わせ先', 'お問合せ先', 'お問合わせ先', '問合せ先', '連絡先'],
  phone: ['電話番号', '電話', 'tel'],
  address: ['住所', '所在地'],
  latitude: ['緯度'],
  longitude: ['経度'],
  url: ['詳細参照先', '詳細url', 'url', 'ホームページ', 'サイトurl'],
  /** Where to apply online (電子申請), when the service can be applied for on the web. */
  applyUrl: ['電子申請url', '申請可能url', 'オンライン申請url', '電子申請'],
  /**
   * The agency's own form to ask for a consultation or food (相談申込URL): a 「相談を申し込む」
   * link, https only. The widget sends nothing itself; the link opens the agency's page.
   */
  requestUrl: ['相談申込url', '申込url', '相談フォームurl', 'オンライン相談url', 'line相談url', '相談申込フォーム'],
  /** When a place (居場所, サロン, 子ども食堂) is open: 開催日時 / 開室日. */
  schedule: ['開催日時', '開室日', '開催日', '開室日時', '開催日程', '開所日', '開所日時'],
  /** 対象年齢 */
  ageRange: ['対象年齢', '年齢'],
  /** 受付開始日: a service not open yet is shown with the date it opens. */
  applicationStart: ['受付開始日', '申請開始日'],
  applicationEnd: ['受付終了日', '受付期限'],
  publicationEnd: ['公開終了日', '申請期限公開終了日', '掲載終了日'],
  updated: ['最終更新日', '更新日', '最終更新日時'],
  rowNumber: ['no', 'no.', '番号'],
} as const;

export type MappedField = keyof typeof FIELD_HEADERS;

/**
 * Columns of the published 制度 formats that the widget knowingly does not use (dates it does
 * not filter on, internal numbers, links for offices, business categories). Their cells are
 * kept as written, like unknown columns; the checker says they are known.
 */
export const UNUSED_HEADERS: readonly string[] = [
  '公開日', '公開開始日', '公開日程', '法人番号', '元制度番号', '制度変更区分', '制度管理番号', '表示優先度',
  '公開・非公開（チェックで公開）', '根拠法令', '用途・対象物', '条件', '留意事項', '親制度', '親制度との関係性',
  '必要書類のURL', '（個人対象）ライフステージ分類', 'ライフステージ分類', '（事業者対象）事業ステージ分類',
  '（事業者対象）行政サービス分類', '（事業者対象）お困りごと分類', '標準産業分類', '災害名', '制度集', 'タグ（カテゴリー）',
  'タグ（対象者）', 'タグ（事業者分類）',
];

/** Fields without which a row cannot be shown to anyone. */
export const REQUIRED_FIELDS = ['name'] as const satisfies readonly MappedField[];

const IGNORED_IN_HEADERS = /[\s()[\]（）［］「」【】〔〕<>＜＞・•･·:：_＿\-－]/gu;

export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(IGNORED_IN_HEADERS, '');
}

/** Each known header, normalised, with its field and its rank among that field's names. */
const FIELD_BY_HEADER: ReadonlyMap<string, { readonly field: MappedField; readonly rank: number }> = new Map(
  (Object.entries(FIELD_HEADERS) as [MappedField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name, rank) => [normalizeHeader(name), { field, rank }] as const),
  ),
);

const UNUSED: ReadonlySet<string> = new Set(UNUSED_HEADERS.map(normalizeHeader));

/** How one column of a file was read. */
export interface ColumnReading {
  /** 0-based position in the header row. */
  readonly index: number;
  /** The header as written (trimmed). */
  readonly header: string;
  /**
   * `read`: its cells fill `field`. `duplicate`: another column fills `field`, this one is kept as
   * written. `unused`: a known column of the formats that the widget does not use, kept as written.
   * `unknown`: kept as written.
   */
  readonly status: 'read' | 'duplicate' | 'unused' | 'unknown';
  readonly field?: MappedField;
}

export interface HeaderMap {
  /** Column index for each field the file has (when several columns name a field, the best name, then the first). */
  readonly columns: Partial<Record<MappedField, number>>;
  /** Columns whose cells are kept under their header as written: unknown and unused ones, and second columns of a field. */
  readonly unknown: readonly { readonly index: number; readonly header: string }[];
  /** Every non-blank header, in file order, with what it was read as. */
  readonly readings: readonly ColumnReading[];
}

export function mapHeaders(headers: readonly string[]): HeaderMap {
  const best: Partial<Record<MappedField, { index: number; rank: number }>> = {};
  const known = headers.map((header) => FIELD_BY_HEADER.get(normalizeHeader(header)));
  known.forEach((match, index) => {
    if (match === undefined) return;
    const current = best[match.field];
    if (current === undefined || match.rank < current.rank) best[match.field] = { index, rank: match.rank };
  });
  const columns: Partial<Record<MappedField, number>> = {};
  for (const [field, choice] of Object.entries(best) as [MappedField, { index: number }][]) columns[field] = choice.index;
  const unknown: { index: number; header: string }[] = [];
  const readings: ColumnReading[] = [];
  headers.forEach((raw, index) => {
    const header = raw.trim();
    if (header === '') return;
    const field = known[index]?.field;
    if (field === undefined) {
      unknown.push({ index, header });
      readings.push({ index, header, status: UNUSED.has(normalizeHeader(header)) ? 'unused' : 'unknown' });
    } else if (columns[field] === index) {
      readings.push({ index, header, status: 'read', field });
    } else {
      unknown.push({ index, header });
      readings.push({ index, header, status: 'duplicate', field });
    }
  });
  return { columns, unknown, readings };
}
