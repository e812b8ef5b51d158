import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/data/decode.js';
import { mapHeaders } from '../../src/data/headers.js';
import { CsvTextParser, MAX_ROWS, parseCsv, TooManyRowsError } from '../../src/data/parse.js';
import { rowBombCsv } from '../fixtures/hostile/corpus.mjs';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));

describe('decoding', () => {
  it('reads UTF-8 with BOM, UTF-8 and CP932 to the same records', () => {
    const parsed = ['encoding.utf8bom.csv', 'encoding.utf8.csv', 'encoding.cp932.csv'].map((name) => {
      const { text, encoding } = decodeBytes(fixture(name));
      return { encoding, records: parseCsv(text, { today: '2026-01-01' }).records };
    });
    expect(parsed.map((result) => result.encoding)).toEqual(['utf-8', 'utf-8', 'shift_jis']);
    expect(parsed[1]?.records).toEqual(parsed[0]?.records);
    expect(parsed[2]?.records).toEqual(parsed[0]?.records);
    const first = parsed[2]?.records[0];
    expect(first?.name).toBe('【サンプル】髙橋記念①相談');
    expect(first?.alias).toBe('カナ窓口');
    expect(first?.phoneText).toBe('000-000-0001（平日9時〜17時）');
    expect(first?.summary).toBe('改行を含む\n概要、カンマも');
  });

  it('honours a forced encoding', () => {
    expect(decodeBytes(fixture('encoding.utf8.csv'), 'shift_jis').encoding).toBe('shift_jis');
  });
});

describe('header mapping', () => {
  it.each([
    ['タイトル（制度名）', 'name'],
    ['タイトル(制度名)', 'name'],
    ['制度名', 'name'],
    ['サブタイトル（通称）', 'alias'],
    ['通称名', 'alias'],
    ['利用•申請方法', 'howToApply'],
    ['利用・申請方法', 'howToApply'],
    ['（個人対象）行政サービス分類1', 'classification1'],
    ['(個人対象)行政サービス分類２', 'classification2'],
    ['詳細URL', 'url'],
    ['市町村', 'municipality'],
    ['都道府県', 'prefecture'],
    ['対象地域', 'area'],
    ['対象地域群', 'areaGroup'],
    ['制度概要', 'summary'],
    ['支援内容', 'benefit'],
    ['申請窓口', 'office'],
    ['手続き等', 'howToApply'],
    ['必要なもの', 'documents'],
    ['受付可能日時', 'hours'],
    ['受付可能日時(受付時間)', 'hoursTime'],
    ['タグ（キーワード）', 'keywords'],
    ['タグ（テーマ）', 'theme'],
    ['お困りごと分類', 'troubles'],
    ['申請期限（公開終了日）', 'publicationEnd'],
    ['行政サービス分類', 'classification1'],
    ['ＰＳＩＤ', 'serviceId'],
  ])('maps %s to %s', (header, field) => {
    expect(Object.keys(mapHeaders([header]).columns)).toEqual([field]);
  });

  it('keeps unknown columns', () => {
    const csv = '制度名,独自の列\n【サンプル】A,値\n';
    expect(parseCsv(csv).records[0]?.extra).toEqual({ 独自の列: '値' });
  });

  it('reads a field from its usual name when a file has two spellings, and keeps the other as written', () => {
    const map = mapHeaders(['制度概要', '制度名', '概要']);
    expect(map.columns.summary).toBe(2);
    expect(map.readings.map((column) => column.status)).toEqual(['duplicate', 'read', 'read']);
    const { records } = parseCsv('制度概要,制度名,概要\n古い説明,【サンプル】A,新しい説明\n');
    expect(records[0]).toMatchObject({ summary: '新しい説明', extra: { 制度概要: '古い説明' } });
  });

  it('tells known columns it does not use from unknown ones', () => {
    const map = mapHeaders(['制度名', '受付開始日', '根拠法令', 'メモ']);
    expect(map.readings.map((column) => column.status)).toEqual(['read', 'read', 'unused', 'unknown']);
  });
});

describe('parseCsv', () => {
  const demo = new TextDecoder().decode(readFileSync(new URL('../../demo/data/sample.csv', import.meta.url)));

  it('reads every row of the demo data', () => {
    const { records, report } = parseCsv(demo, { today: '2026-11-23' });
    expect(report.rows).toBe(45);
    expect(records).toHaveLength(45);
    expect(report.missingColumns).toEqual([]);
    const foodBank = records.find((record) => record.alias === '食料の無料お届け');
    expect(foodBank).toMatchObject({
      name: '【サンプル】フードバンク緊急食料支援',
      municipality: '',
      municipalityCode: '010006',
      serviceType: '103',
      classifications: ['202'],
      phone: '0000000004',
      keywords: ['フードバンク', '食料支援', '食べ物'],
      url: 'https://example.org/shien-navi/sample/8',
      updated: '2026-10-01',
    });
  });

  it('reports a file without a name column, and only counts its rows', () => {
    const { records, report } = parseCsv('a,b\n1,2\n3,4,5\n');
    expect(report.missingColumns).toEqual(['タイトル制度名']);
    expect(report).toMatchObject({ rows: 2, skipped: [], irregular: [], unreadable: [] });
    expect(records).toEqual([]);
  });

  it('skips rows without a name and reports odd cell counts, keeping the rest', () => {
    const csv = '制度名,通称\n,名前なし\n【サンプル】A,a,余分\n【サンプル】B\n\n\n';
    const { records, report } = parseCsv(csv);
    expect(records.map((record) => record.name)).toEqual(['【サンプル】A', '【サンプル】B']);
    expect(report.skipped).toEqual([{ row: 2, reason: 'no-name' }]);
    expect(report.irregular).toEqual([
      { row: 3, reason: 'too-many-cells' },
      { row: 4, reason: 'too-few-cells' },
    ]);
  });

  it('hides rows whose publication or application has ended', () => {
    const csv = '制度名,公開終了日,受付終了日\n【サンプル】続く,,\n【サンプル】公開終了,2026/1/31,\n【サンプル】受付終了,,2026年11月22日\n【サンプル】今日まで,,2026-11-23\n';
    const { records, report } = parseCsv(csv, { today: '2026-11-23' });
    expect(records.map((record) => record.name)).toEqual(['【サンプル】続く', '【サンプル】今日まで']);
    expect(report.expired).toBe(2);
  });

  it('reads 受付開始日 and 電子申請URL, keeping only web links and noting what cannot be read', () => {
    const csv = [
      '制度名,受付開始日,電子申請URL',
      '【サンプル】A,令和9年4月1日,https://example.org/apply',
      '【サンプル】B,随時,javascript:alert(1)',
      '【サンプル】C,,',
    ].join('\n');
    const { records, report } = parseCsv(csv, { today: '2026-11-23' });
    expect(records.map(({ applicationStart, applyUrl }) => ({ applicationStart, applyUrl }))).toEqual([
      { applicationStart: '2027-04-01', applyUrl: 'https://example.org/apply' },
      { applicationStart: '', applyUrl: '' },
      { applicationStart: '', applyUrl: '' },
    ]);
    expect(report.unreadable).toEqual([
      { row: 3, kind: 'date', column: '受付開始日', text: '随時' },
      { row: 3, kind: 'url', column: '電子申請URL', text: 'javascript:alert(1)' },
    ]);
  });

  it('finds the header below a title line', () => {
    const csv = '支援制度一覧（令和8年度）\n制度名,電話番号\n【サンプル】A,000-000-0000\n';
    expect(parseCsv(csv).records.map((record) => record.name)).toEqual(['【サンプル】A']);
  });
});

describe('decoding in slices', () => {
  // Two files of over a megabyte, read twice each: seconds on a busy machine, not the default 5.
  it('reads a file bigger than one slice as decoding it at once would, for UTF-8 and Shift_JIS cut mid-character', { timeout: 30_000 }, async () => {
    const { readCsvBytes } = await import('../../src/data/load.js');
    const line = '【サンプル】髙橋記念①相談,ｶﾅ窓口,000-000-0001（平日９時〜１７時）\r\n';
    const utf8 = new TextEncoder().encode(`制度名,通称,電話番号\r\n${line.repeat(40_000)}`);
    const cp932 = fixture('encoding.cp932.csv');
    const bigCp932 = new Uint8Array(cp932.length * 4000);
    for (let copy = 0; copy < 4000; copy += 1) bigCp932.set(cp932, copy * cp932.length);
    let yields = 0;
    const count = () => {
      yields += 1;
      return Promise.resolve();
    };
    for (const bytes of [utf8, bigCp932]) {
      expect(bytes.length).toBeGreaterThan(1024 * 1024);
      const whole = decodeBytes(bytes);
      const result = await readCsvBytes(bytes, 'https://x.example.org/a.csv', 's1', { today: '2026-01-01', yieldToEventLoop: count });
      expect(result.encoding).toBe(whole.encoding);
      expect(result.records).toEqual(parseCsv(whole.text, { sourceKey: 's1', today: '2026-01-01' }).records);
    }
    expect(yields).toBeGreaterThan(2);
  });
});

describe('hostile files', () => {
  it(`refuses a file of more than ${MAX_ROWS} rows with kind parse and the count`, () => {
    let refused: unknown;
    try {
      parseCsv(rowBombCsv(MAX_ROWS + 1), { today: '2026-11-23' });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(TooManyRowsError);
    expect(refused).toMatchObject({ kind: 'parse', message: expect.stringMatching(/200,000 行まで.*200,001 行目/) });
  }, 30_000);

  it(`reads a file of exactly ${MAX_ROWS} rows, blank lines not counted`, () => {
    const csv = `${rowBombCsv(MAX_ROWS)}\n\n,,,,\n`;
    expect(parseCsv(csv, { today: '2026-11-23' }).report.rows).toBe(MAX_ROWS);
  }, 30_000);

  it.each([
    [
      'text after a closing quote (the lines up to the next quote become one cell)',
      ['【サンプル】一,000-0000-0001', '【サンプル】二,"000-0000-0002"（代表）', '【サンプル】三,000-0000-0003', '【サンプル】四,000-0000-0004', '【サンプル】五,"000-0000-0005"', '【サンプル】六,000-0000-0006'],
      3,
      { row: 3, reason: 'malformed' },
    ],
    [
      'a quote never closed (the rest of the file becomes one cell)',
      ['【サンプル】一,000-0000-0001', '"【サンプル】二,000-0000-0002', '【サンプル】三,000-0000-0003', '【サンプル】四,000-0000-0004'],
      2,
      { row: 3, reason: 'unterminated' },
    ],
  ] as const)('reports the row of %s, however the text comes', (_name, lines, rows, quoteError) => {
    const csv = ['タイトル（制度名）,電話番号', ...lines].join('\n');
    for (const piece of [csv.length, 7]) {
      const parser = new CsvTextParser({ today: '2026-11-23' });
      for (let start = 0; start < csv.length; start += piece) parser.write(csv.slice(start, start + piece));
      const { report } = parser.finish();
      expect(report.rows).toBe(rows);
      expect(report.quoteErrors).toEqual([quoteError]);
    }
  });

  it('reports no quote error for well-quoted cells', () => {
    const csv = 'タイトル（制度名）,概要\n【サンプル】一,"改行を\n含む ""引用"" の, 概要"\n';
    expect(parseCsv(csv, { today: '2026-11-23' }).report.quoteErrors).toEqual([]);
  });
});
