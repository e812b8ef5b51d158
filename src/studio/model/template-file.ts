import { NAME_LIMIT, REQUIRED_COLUMNS } from '../../check/template.js';
import { CLASSIFICATIONS, SERVICE_TYPES } from '../../data/codes.js';
import { FIELD_USES } from '../../check/report.js';
import { mapHeaders } from '../../data/headers.js';
import { newSheet, type Sheet } from './sheet.js';

/**
 * The template to start from (「ひな形をダウンロード」): the 2020 制度 template's columns in its
 * published order, then the columns this widget also reads, one example row marked 【記入例】
 * with a number that cannot be dialled, and a short guide (記入のしかた) beside it.
 */

/** The template's columns in the published order (DOMAIN.md: the Hokkaido list, then the national model's). */
export const TEMPLATE_COLUMNS = [
  'No', '全国地方公共団体コード', '都道府県名', '市区町村名', 'タイトル（制度名）', 'サブタイトル（通称）', 'サービス種別',
  '（個人対象）行政サービス分類1', '（個人対象）行政サービス分類2', '制度番号', '概要', '内容', '対象者', '利用・申請方法',
  '受付開始日', '受付終了日', '詳細参照先', '実施組織・支援機関', 'お問い合わせ先', '電話番号', '住所', '緯度', '経度',
  'キーワード', 'お困りごと', '公開開始日', '公開終了日', '最終更新日',
] as const;

/** Columns this widget also reads (README's data guide), after the template's own. */
export const WIDGET_COLUMNS = ['支援内容', '必要なもの', '受付可能日時', '受付備考', '申請窓口', '電子申請URL'] as const;

export const TEMPLATE_HEADER: readonly string[] = [...TEMPLATE_COLUMNS, ...WIDGET_COLUMNS];

export const EXAMPLE_MARK = '【記入例】';

/** The example row: every value invented and marked, the phone a 000- number that cannot be dialled. */
export function exampleRow(today: string): string[] {
  const values: Readonly<Record<string, string>> = {
    No: '1',
    全国地方公共団体コード: '011002',
    都道府県名: '北海道',
    市区町村名: '札幌市',
    'タイトル（制度名）': `${EXAMPLE_MARK}くらしの困りごと相談`,
    'サブタイトル（通称）': `${EXAMPLE_MARK}くらし相談窓口`,
    サービス種別: '101',
    '（個人対象）行政サービス分類1': '401',
    制度番号: '000-0001',
    概要: 'お金・仕事・住まいの困りごとを、まとめて相談できます。（この行は記入例です。消してから使ってください）',
    対象者: '市内にお住まいの方',
    '利用・申請方法': '電話か窓口で相談してください。',
    'お問い合わせ先': `${EXAMPLE_MARK}くらし相談窓口`,
    電話番号: '000-000-0000',
    キーワード: '生活相談;困りごと',
    お困りごと: 'お金;仕事;住まい',
    最終更新日: today,
    支援内容: '相談（無料）',
    受付可能日時: '平日 9:00〜17:00',
  };
  return TEMPLATE_HEADER.map((column) => values[column] ?? '');
}

/** The template as a sheet: written as UTF-8 with BOM and CRLF, as spreadsheets open it. */
export function templateSheet(today: string): Sheet {
  return newSheet('shien-navi-hinagata.csv', TEMPLATE_HEADER, [exampleRow(today)]);
}

const REQUIRED = new Set<string>(REQUIRED_COLUMNS.map(([header]) => header));
const isRequired = (column: string): boolean => REQUIRED.has(column) || (column === 'タイトル（制度名）' && REQUIRED.has('制度名'));

const codeTable = (table: Readonly<Record<string, string>>): string =>
  Object.entries(table)
    .map(([code, label]) => `\`${code}\` ${label}`)
    .join('、');

/** 記入のしかた: how to fill the template in, as Markdown (each column, what is required, the codes). */
export function templateGuide(): string {
  const fields = mapHeaders(TEMPLATE_HEADER).columns;
  const use = (column: string, index: number): string => {
    const field = (Object.entries(fields) as [keyof typeof FIELD_USES, number][]).find(([, at]) => at === index)?.[0];
    return field === undefined ? '表示には使いません（ほかの利用者のために書けます）' : FIELD_USES[field];
  };
  const rows = TEMPLATE_HEADER.map((column, index) => `| ${column} | ${isRequired(column) ? '必須' : ''} | ${use(column, index)} |`);
  return [
    '# 記入のしかた（shien-navi ひな形）',
    '',
    '- 1 行に 1 つの制度・窓口を書きます。2 行目の【記入例】の行は、消してから使ってください。',
    '- 保存は CSV のまま（UTF-8 の BOM 付き）で。Excel なら「CSV UTF-8（コンマ区切り）」を選びます。',
    `- 制度名と通称は ${NAME_LIMIT} 文字以内、1 行で、半角カナを使わずに書きます。`,
    '- 全国地方公共団体コードは検査数字つきの 6 桁です（北海道 `010006`、札幌市 `011002`）。',
    '- 市区町村名が空の行は、都道府県全体の制度として、どの市町村でも表示されます。振興局の名前（空知、石狩など）も書けます。',
    `- サービス種別: ${codeTable(SERVICE_TYPES)}`,
    `- 行政サービス分類: ${codeTable(CLASSIFICATIONS)}`,
    '- 日付は `2026-04-01`、`2026/4/1`、`令和8年4月1日`、`R8.4.1` のどれでも読めます。',
    '- 電話番号は公開するとおりに（`011-231-4567`）。電話番号もお問い合わせ先も空だと「連絡先がありません」と知らせます。',
    '- 最終更新日は、内容を確かめた日です。1 年を過ぎると「情報が古いかもしれません」と知らせます。',
    '- キーワードとお困りごとは `;` で区切って複数書けます。',
    '- 書いたら、ワークベンチの「1. データを点検する」か `npx shien-navi check` で点検してください。',
    '',
    '| 列 | 必須 | 使い方 |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
