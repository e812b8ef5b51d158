import { parseCsv } from '../../src/data/parse.js';
import type { ServiceRecord } from '../../src/data/record.js';

/**
 * Services for the part stories, written as a publisher writes them (CSV), read the way the
 * widget reads them. Every row is 【サンプル】 with a 000- number that cannot be dialled.
 */
const CSV = `No,全国地方公共団体コード,都道府県名,市区町村名,タイトル（制度名）,サブタイトル（通称）,サービス種別,（個人対象）行政サービス分類1,概要,内容,対象者,利用・申請方法,お問い合わせ先,電話番号,住所,緯度,経度,詳細参照先,最終更新日
1,011002,北海道,札幌市,【サンプル】ひとり親家庭等日常生活支援事業（家事援助・子育て支援ヘルパーの派遣）,ヘルパー派遣,101: 制度事業,205: 支援サービス,病気や仕事で家事や育児ができないとき、ヘルパーを派遣します。,,ひとり親家庭の方,,札幌市 子ども家庭課,000-0000-0001,札幌市中央区北1条西2丁目,43.0621,141.3544,https://example.jp/helper,2026-10-01
2,010006,北海道,,【サンプル】緊急小口資金,生活福祉資金,101: 制度事業,203: 融資・立替,一時的に生活費が足りないとき、少額のお金を無利子で借りられます。,,収入が減った世帯,,お住まいの市町村の社会福祉協議会の窓口,,,,,https://example.jp/kashitsuke,2026-09-15
3,011002,北海道,札幌市,【サンプル】くらしのよろず相談,,101: 制度事業,401: 相談,お金・仕事・家族のことなど、どんなことでも相談できます。,,どなたでも,,札幌市 くらし相談センター,000-111-2222（代表）、000-111-3333（夜間）、000-111-4444（土日）,札幌市北区北8条西5丁目,,,https://example.jp/soudan,2026-11-01
4,011002,北海道,札幌市,【サンプル】子ども食堂ネットワーク,地域の子ども食堂,103: 民間独自事業,202: 現物支給・貸与,近くの子ども食堂を紹介します。,,子どもと保護者,,札幌市 子ども食堂ネットワーク,000-0000-0004,,,,,2026-08-20
5,011002,北海道,札幌市,【サンプル】住居確保給付金,家賃の支給,101: 制度事業,201: 手当・助成金等,離職や収入の減少で家賃が払えなくなった方に、家賃相当額を原則3か月（最長9か月）支給します。仕事を探す活動をすることが条件です。,支給額は世帯の人数と収入によって決まり、家主へ直接支払われます。申請には本人確認書類、離職を確認できる書類、収入のわかる書類が必要です。,離職・廃業から2年以内の方など,お住まいの区の自立相談支援機関に電話で予約してください。,札幌市 自立相談支援機関,000-0000-0005,札幌市中央区南1条西1丁目,43.0587,141.3561,https://example.jp/jukyo,2026-10-10
6,011002,北海道,札幌市,【サンプル】無料法律相談,,103: 民間独自事業,,,,,,,,,,,,
`;

/** The columns of the national formats too (支援内容, 必要なもの, 受付日時, 申請窓口, 受付開始日, 電子申請URL). */
const EVERY_FIELD_CSV = `制度番号,都道府県名,市区町村名,タイトル（制度名）,サブタイトル（通称）,（個人対象）行政サービス分類1,概要,内容,支援内容,対象者,利用・申請方法,必要なもの,受付可能日時,申請窓口,お問い合わせ先,電話番号,詳細参照先,電子申請URL,受付開始日,最終更新日
000-S7,北海道,札幌市,【サンプル】冬の灯油代の助成,灯油助成,201: 手当・助成金等,冬の暖房費の一部を助成します。,世帯の人数で金額が決まります。,"1人世帯：5,000円
2人以上の世帯：10,000円",住民税が非課税の世帯,申請書を窓口に出すか、インターネットで申し込みます。,"・本人確認書類
・振込先の通帳",平日 午前9時～午後5時,【サンプル】区役所 保健福祉課,札幌市 保健福祉課,000-0000-0007,https://example.jp/touyu,https://example.jp/touyu/apply,2097-12-01,2026-11-01
`;

const records: readonly ServiceRecord[] = [...parseCsv(CSV, { today: '2026-11-23' }).records, ...parseCsv(EVERY_FIELD_CSV, { today: '2026-11-23' }).records];

function row(number: number): ServiceRecord {
  const record = records[number - 1];
  if (!record) throw new Error(`no sample row ${number}`);
  return record;
}

export const SAMPLE = {
  /** A 制度名 of 40 characters, with every field filled. */
  longName: row(1),
  /** No phone and no address: only the web page and the 社協 counter. */
  noPhone: row(2),
  /** Three numbers in the phone cell, as publishers write them. */
  threePhones: row(3),
  /** A phone and nothing else to link to. */
  noUrl: row(4),
  /** A long 概要 with 内容 and 申請方法 behind "続きを読む". */
  longSummary: row(5),
  /** Only a name: every other column empty. */
  nameOnly: row(6),
  /** Every field a card shows: what a person gets, how and where to apply, online, and a 受付開始日 still to come. */
  everyField: row(7),
  all: records,
} as const;
