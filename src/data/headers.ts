/**
 * Maps the column headers real 制度 CSV files use to the fields of a ServiceRecord.
 * Headers are compared after `normalizeHeader`, so width, brackets, spaces and
 * separator dots (・ • ･) do not matter.
 */
export const FIELD_HEADERS = {
  id: ['制度番号', '制度id', 'id'],
  municipalityCode: ['全国地方公共団体コード', '地方公共団体コード', '団体コード', '市区町村コード'],
  prefecture: ['都道府県名', '都道府県'],
  municipality: ['市区町村名', '市町村名', '市区町村', '地域'],
  name: ['タイトル制度名', '制度名', 'タイトル', '制度名称', '名称'],
  alias: ['サブタイトル通称', 'サブタイトル通称名', '通称', '通称名', 'サブタイトル'],
  serviceType: ['サービス種別'],
  classification1: ['個人対象行政サービス分類1', '行政サービス分類1', '行政サービス分類', '支援分類'],
  classification2: ['個人対象行政サービス分類2', '行政サービス分類2'],
  troubles: ['お困りごと', '困りごと'],
  keywords: ['キーワード'],
  summary: ['概要'],
  detail: ['内容'],
  target: ['対象者'],
  howToApply: ['利用申請方法', '申請方法', '利用方法'],
  organization: ['実施組織支援機関', '実施組織', '支援機関', '担当部署'],
  contact: ['お問い合わせ先', '問い合わせ先', 'お問合せ先', '問合せ先'],
  phone: ['電話番号', '電話', 'tel'],
  address: ['住所', '所在地'],
  latitude: ['緯度'],
  longitude: ['経度'],
  url: ['詳細参照先', '詳細url', 'url', 'ホームページ'],
  applicationEnd: ['受付終了日'],
  publicationEnd: ['公開終了日'],
  updated: ['最終更新日', '更新日'],
  rowNumber: ['no', 'no.', '番号'],
} as const;

export type MappedField = keyof typeof FIELD_HEADERS;

/** Fields without which a row cannot be shown to anyone. */
export const REQUIRED_FIELDS = ['name'] as const satisfies readonly MappedField[];

const IGNORED_IN_HEADERS = /[\s()[\]（）［］「」【】〔〕<>＜＞・•･·:：_＿\-－]/gu;

export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(IGNORED_IN_HEADERS, '');
}

const FIELD_BY_HEADER: ReadonlyMap<string, MappedField> = new Map(
  (Object.entries(FIELD_HEADERS) as [MappedField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((name) => [normalizeHeader(name), field] as const),
  ),
);

export interface HeaderMap {
  /** Column index for each field the file has (the first column wins if a field repeats). */
  readonly columns: Partial<Record<MappedField, number>>;
  /** Columns not recognised, kept under their header as written. */
  readonly unknown: readonly { readonly index: number; readonly header: string }[];
}

export function mapHeaders(headers: readonly string[]): HeaderMap {
  const columns: Partial<Record<MappedField, number>> = {};
  const unknown: { index: number; header: string }[] = [];
  headers.forEach((header, index) => {
    const field = FIELD_BY_HEADER.get(normalizeHeader(header));
    if (field === undefined) {
      if (header.trim() !== '') unknown.push({ index, header: header.trim() });
    } else if (columns[field] === undefined) {
      columns[field] = index;
    }
  });
  return { columns, unknown };
}
