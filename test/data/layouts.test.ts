import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ColumnReading, MappedField } from '../../src/data/headers.js';
import { readCsvBytes, type SourceResult } from '../../src/data/load.js';
import { phonesOf } from '../../src/data/phones.js';
import type { ServiceRecord } from '../../src/data/record.js';

// One fixture per published 制度 layout (test/fixtures/layouts/, invented 【サンプル】 rows with
// 000- numbers), read through the loader as the widget reads them.

const TODAY = '2026-11-23';

async function readLayout(name: string): Promise<SourceResult> {
  const bytes = new Uint8Array(readFileSync(new URL(`../fixtures/layouts/${name}`, import.meta.url)));
  return readCsvBytes(bytes, name, 's1', { today: TODAY });
}

/** Each column's header as written → the field it was read as, or its status when not read. */
function mapping(columns: readonly ColumnReading[]): Record<string, MappedField | `(${ColumnReading['status']})`> {
  return Object.fromEntries(columns.map((column) => [column.header, column.status === 'read' && column.field ? column.field : `(${column.status})`]));
}

const byName = (records: readonly ServiceRecord[], name: string): ServiceRecord => {
  const record = records.find((candidate) => candidate.name === name);
  if (record === undefined) throw new Error(`no record ${name}`);
  return record;
};

describe('the Hokkaido open-data layout', () => {
  it('reads every column the seed slides list', async () => {
    const { report } = await readLayout('hokkaido.csv');
    expect(mapping(report.columns)).toEqual({
      No: 'rowNumber',
      全国地方公共団体コード: 'municipalityCode',
      都道府県名: 'prefecture',
      市区町村名: 'municipality',
      'タイトル（制度名）': 'name',
      'サブタイトル（通称）': 'alias',
      サービス種別: 'serviceType',
      '（個人対象）行政サービス分類1': 'classification1',
      '（個人対象）行政サービス分類2': 'classification2',
      概要: 'summary',
      対象者: 'target',
      '利用・申請方法': 'howToApply',
      お問い合わせ先: 'contact',
      電話番号: 'phone',
      住所: 'address',
      緯度: 'latitude',
      経度: 'longitude',
      詳細参照先: 'url',
      キーワード: 'keywords',
      お困りごと: 'troubles',
      受付終了日: 'applicationEnd',
      公開終了日: 'publicationEnd',
      最終更新日: 'updated',
    });
  });

  it('reads 和暦 and slash dates, 分類 names and several numbers per cell', async () => {
    const { records, report } = await readLayout('hokkaido.csv');
    expect(records.map((record) => record.name)).toEqual(['【サンプル】くらしの相談窓口', '【サンプル】冬の灯油代助成', '【サンプル】電話のない窓口']);
    const desk = byName(records, '【サンプル】くらしの相談窓口');
    expect(desk.updated).toBe('2026-10-01');
    expect(phonesOf(desk)).toEqual([
      { number: '000-000-1001', dial: '0000001001', label: '平日' },
      { number: '000-000-1002', dial: '0000001002', label: '夜間' },
    ]);
    expect(desk.phone).toBe('0000001001');
    const heating = byName(records, '【サンプル】冬の灯油代助成');
    expect(heating).toMatchObject({ classifications: ['201'], applicationEnd: '2027-02-28', updated: '2026-10-01', municipality: '旭川市' });
    // 市区町村名 "北海道" is the whole prefecture.
    expect(byName(records, '【サンプル】電話のない窓口')).toMatchObject({ municipality: '', municipalities: [], prefecture: '北海道', phone: '' });
    expect(report.expiredRows).toEqual([{ row: 4, field: 'publicationEnd', date: '2024-03-31' }]);
    expect(report.skipped).toEqual([{ row: 6, reason: 'no-name' }]);
    expect(report.unreadable).toEqual([
      { row: 5, kind: 'date', column: '最終更新日', text: '随時' },
      { row: 5, kind: 'url', column: '詳細参照先', text: '市のホームページ' },
      { row: 5, kind: 'phone', column: '電話番号', text: '窓口へ直接お越しください' },
    ]);
  });
});

describe('the national 支援制度 model (2020)', () => {
  it('reads 対象地域 as prefectures and 対象地域群 as municipalities, and knows the columns it does not use', async () => {
    const { report } = await readLayout('national-2020.csv');
    expect(mapping(report.columns)).toEqual({
      制度番号: 'id',
      全国地方公共団体コード: 'municipalityCode',
      法人番号: '(unused)',
      元制度番号: '(unused)',
      制度変更区分: '(unused)',
      'タイトル（制度名）': 'name',
      'サブタイトル（通称）': 'alias',
      対象者: 'target',
      '用途・対象物': '(unused)',
      対象地域: 'area',
      対象地域群: 'areaGroup',
      概要: 'summary',
      内容: 'detail',
      '利用・申請方法': 'howToApply',
      受付開始日: 'applicationStart',
      受付終了日: 'applicationEnd',
      受付備考: 'hoursNote',
      根拠法令: '(unused)',
      詳細参照先: 'url',
      '実施組織・支援機関': 'organization',
      お問い合わせ先: 'contact',
      電子申請URL: 'applyUrl',
      '（個人対象）ライフステージ分類': '(unused)',
      '（個人対象）行政サービス分類': 'classification1',
      '（個人対象）お困りごと分類': 'troubles',
      災害名: '(unused)',
      キーワード: 'keywords',
      公開日: '(unused)',
      公開終了日: 'publicationEnd',
    });
  });

  it('gives a service for several municipalities each of them, and keeps unused columns as written', async () => {
    const { records, report } = await readLayout('national-2020.csv');
    const rent = byName(records, '【サンプル】ひとり親家庭の家賃助成');
    expect(rent).toMatchObject({ prefecture: '北海道', municipality: '札幌市', municipalities: ['札幌市', '江別市'], classifications: ['201'] });
    expect(rent.hours).toBe('予算がなくなり次第終了します');
    expect(phonesOf(rent)).toEqual([{ number: '000-000-3001', dial: '0000003001', label: '子ども家庭課' }]);
    expect(rent).toMatchObject({ applicationStart: '2026-04-01', applyUrl: 'https://example.org/layouts/national/1/apply' });
    expect(rent.extra).toMatchObject({ '用途・対象物': '家賃', 公開日: '2026/4/1' });
    expect(byName(records, '【サンプル】全国の相談ダイヤル')).toMatchObject({ prefecture: '', municipality: '', classifications: ['401'] });
    expect(report.expiredRows).toEqual([{ row: 3, field: 'applicationEnd', date: '2026-03-31' }]);
    expect(report.unreadable).toEqual([{ row: 5, kind: 'date', column: '受付終了日', text: '予算がなくなり次第' }]);
  });
});

describe('a ward list in the civic-tech layout (都道府県, 市町村, 支援内容, タグ（テーマ）)', () => {
  it('maps its spellings', async () => {
    const { report } = await readLayout('ward-list.csv');
    expect(mapping(report.columns)).toEqual({
      PSID: 'serviceId',
      制度番号: 'id',
      元制度番号: '(unused)',
      制度変更区分: '(unused)',
      制度所管組織: 'organization',
      都道府県: 'prefecture',
      市町村: 'municipality',
      'タイトル（制度名）': 'name',
      概要: 'summary',
      支援内容: 'benefit',
      対象者: 'target',
      '利用•申請方法': 'howToApply',
      受付開始日: 'applicationStart',
      受付終了日: 'applicationEnd',
      詳細参照先: 'url',
      お問い合わせ先: 'contact',
      公開日: '(unused)',
      タグ: '(duplicate)',
      テーマ: '(duplicate)',
      'タグ（カテゴリー）': '(unused)',
      'タグ（対象者）': '(unused)',
      'タグ（事業者分類）': '(unused)',
      'タグ（キーワード）': 'keywords',
      'タグ（テーマ）': 'theme',
    });
  });

  it('shows what people get, takes 分類 from the theme, and the id from PSID when 制度番号 is empty', async () => {
    const { records, report } = await readLayout('ward-list.csv');
    const loan = byName(records, '【サンプル】ひとり親家庭の貸付金');
    expect(loan).toMatchObject({ id: 'sample-w-0001', prefecture: '北海道', municipality: '札幌市', classifications: ['201'], keywords: ['ひとり親', '貸付'] });
    expect(loan.benefit.split('\n')).toContain('事業開始        2,930,000円');
    expect(phonesOf(loan)).toEqual([{ number: '000-000-4001', dial: '0000004001', label: '' }]);
    const birth = byName(records, '【サンプル】出産の助成');
    expect(birth).toMatchObject({ classifications: ['205'], applicationEnd: '', url: 'https://example.org/layouts/ward/2.html' });
    expect(byName(records, '【サンプル】国の子育て相談').classifications).toEqual(['401']);
    expect(report.unreadable).toEqual([{ row: 3, kind: 'date', column: '受付終了日', text: '「出産日」から起算して1年以内' }]);
  });
});

describe("a city's disaster-support list (対象地域, 手続き等, 必要なもの, 申請窓口, 受付可能日時)", () => {
  it('maps its spellings', async () => {
    const { report, encoding } = await readLayout('disaster-list.csv');
    expect(encoding).toBe('utf-8');
    expect(mapping(report.columns)).toEqual({
      PSID: 'serviceId',
      制度管理番号: '(unused)',
      制度名: 'name',
      対象者: 'target',
      サブタイトル: 'alias',
      表示優先度: '(unused)',
      公開日程: '(unused)',
      '申請期限（公開終了日）': 'publicationEnd',
      '公開•非公開（チェックで公開）': '(unused)',
      制度概要: 'summary',
      制度所管組織: 'organization',
      親制度: '(unused)',
      親制度との関係性: '(unused)',
      条件: '(unused)',
      '用途•対象物': '(unused)',
      対象地域: 'area',
      支援内容: 'benefit',
      留意事項: '(unused)',
      手続き等: 'howToApply',
      必要なもの: 'documents',
      必要書類のURL: '(unused)',
      申請窓口: 'office',
      '受付可能日時（受付日）': 'hours',
      '受付可能日時（受付時間）': 'hoursTime',
      申請可能URL: 'applyUrl',
      受付開始日: 'applicationStart',
      受付終了日: 'applicationEnd',
      お問い合わせ先: 'contact',
      詳細参照先: 'url',
      行政サービス分類: 'classification1',
      ライフステージ分類: '(unused)',
      お困りごと分類: 'troubles',
    });
  });

  it('tells people what they get and how to apply, with each number as written and never the FAX', async () => {
    const { records, report } = await readLayout('disaster-list.csv');
    expect(records.map((record) => [record.name, record.classifications[0]])).toEqual([
      ['【サンプル】災害見舞金', '201'],
      ['【サンプル】災害義援金', '201'],
      ['【サンプル】市税の減免', '204'],
      ['【サンプル】被災者のこころの相談', '401'],
    ]);
    const gift = byName(records, '【サンプル】災害見舞金');
    expect(gift).toMatchObject({
      id: 'sample-d-0001',
      municipality: '旭川市',
      benefit: '5万円',
      howToApply: '申請書等の提出',
      documents: '•罹災証明書（写し可）\n•申請者名義の通帳の写し\n•印鑑（認印可）',
      office: '【サンプル】災害支援金申請窓口\n•第1庁舎1階\n•第2庁舎2階',
      hours: '平日 午前9時〜午後4時',
      publicationEnd: '2027-03-31',
      phone: '0000000101',
    });
    expect(phonesOf(gift)).toEqual([{ number: '000-000-0101', dial: '0000000101', label: '' }]);
    expect(phonesOf(byName(records, '【サンプル】市税の減免')).map((phone) => phone.number)).toEqual(['000-000-0104']);
    expect(phonesOf(byName(records, '【サンプル】被災者のこころの相談'))).toEqual([
      { number: '000-000-0106', dial: '0000000106', label: '代表' },
      { number: '000-000-0107', dial: '0000000107', label: '夜間・休日' },
    ]);
    // The same 制度管理番号 on two rows is not an id: both are shown.
    expect(new Set(records.map((record) => record.id)).size).toBe(records.length);
    expect(report.expiredRows).toEqual([{ row: 4, field: 'publicationEnd', date: '2025-03-31' }]);
    expect(report.unreadable).toEqual([]);
  });
});
