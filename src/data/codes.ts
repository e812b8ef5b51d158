/** The code tables of the 制度 format: サービス種別 and （個人対象）行政サービス分類. */

export const SERVICE_TYPES = {
  '101': '制度事業',
  '102': '届出・認可',
  '103': '民間独自事業',
} as const;

export const CLASSIFICATIONS = {
  '101': '届出',
  '201': '手当・助成金等',
  '202': '現物支給・貸与',
  '203': '融資・立替',
  '204': '免除・猶予・控除',
  '205': '支援サービス',
  '301': '教室・講習会',
  '302': 'イベント',
  '401': '相談',
  '501': '施設',
  '601': '情報提供',
  '602': 'お知らせ',
} as const;

export type ClassificationCode = keyof typeof CLASSIFICATIONS;
