// Realistic 制度 CSV rows for benchmarks and tests: Japanese text, quoted cells with commas and
// line breaks, codes written three ways, free-text phone cells, several municipalities.
// Every row is marked 【サンプル】 and uses 000- numbers.
const TOPICS = [
  ['生活困窮者自立相談支援', 'くらしの相談窓口', '生活困窮;自立相談'],
  ['フードバンク緊急食料支援', '食料の無料お届け', 'フードバンク;食料支援'],
  ['住居確保給付金', '家賃の支援', '家賃;住まい'],
  ['子育て世代包括支援センター', '子育て相談', '子育て;育児'],
  ['児童扶養手当', 'ひとり親の手当', 'ひとり親;母子;父子'],
  ['地域若者サポートステーション', 'サポステ', '若者;就労支援'],
  ['こころの電話相談', 'こころの電話', '心の健康;精神保健'],
  ['障がい者相談支援事業', '障がい者相談', '障がい;障害'],
  ['地域包括支援センター', '高齢者の総合相談', '介護;高齢者'],
  ['多重債務相談', '借金の無料相談', '借金;多重債務'],
];
const MUNICIPALITIES = [['011002', '札幌市'], ['012041', '旭川市'], ['012025', '函館市'], ['010006', ''], ['012068', '釧路市']];
const CLASSIFICATION_CELLS = ['401', '401: 相談', '相談', '201: 手当・助成金等', '205'];

export const GENERATED_HEADER =
  'No,全国地方公共団体コード,都道府県名,市区町村名,タイトル（制度名）,サブタイトル（通称）,サービス種別,（個人対象）行政サービス分類1,概要,対象者,お問い合わせ先,電話番号,キーワード,お困りごと,最終更新日';

/** One data row (without line break) of the generated file. */
export function generateRow(index) {
  const topic = TOPICS[index % TOPICS.length];
  const [code, municipality] = MUNICIPALITIES[index % MUNICIPALITIES.length];
  const phone = `000-${String(index % 1000).padStart(3, '0')}-${String(index % 10000).padStart(4, '0')}`;
  return [
    index + 1,
    code,
    '北海道',
    municipality,
    `【サンプル】${topic[0]} 第${index + 1}号`,
    topic[1],
    '101: 制度事業',
    CLASSIFICATION_CELLS[index % CLASSIFICATION_CELLS.length],
    `"電話でも、窓口でも\n相談できます。"`,
    '"本人、家族"',
    `${topic[1]}センター`,
    index % 3 === 0 ? `${phone}（平日9時〜17時）` : phone,
    topic[2],
    'お金;仕事',
    '2026-10-01',
  ].join(',');
}

/** A whole file of `rows` data rows, CRLF line ends, as UTF-8 text. */
export function generateCsv(rows) {
  const lines = [GENERATED_HEADER];
  for (let index = 0; index < rows; index += 1) lines.push(generateRow(index));
  return `${lines.join('\r\n')}\r\n`;
}
