import { describe, expect, it } from 'vitest';
import { readSourceOutcome } from '../../src/check/read-source.js';
import { buildCheckReport } from '../../src/check/report.js';
import { safeHttpsUrl } from '../../src/data/normalize.js';
import { parseCsv } from '../../src/data/parse.js';
import { HOSTILE_STRINGS } from '../fixtures/hostile/corpus.mjs';

// 相談申込URL hands a person over to the agency's own form: https only, never a script URL.

const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
const csv = (header: string, cells: readonly string[]) =>
  ['制度名,' + header, ...cells.map((cell, index) => `【サンプル】制度${index},${quote(cell)}`)].join('\n');

describe('相談申込URL', () => {
  it.each(['相談申込URL', '申込URL', '相談フォームURL', 'オンライン相談URL', 'LINE相談URL', '相談申込ＵＲＬ'])('is read from %s', (header) => {
    const [record] = parseCsv(csv(header, ['https://example.org/form'])).records;
    expect(record?.requestUrl).toBe('https://example.org/form');
  });

  it('keeps https only', () => {
    expect(safeHttpsUrl('https://example.org/form?x=1')).toBe('https://example.org/form?x=1');
    for (const unusable of ['http://example.org/form', 'javascript:alert(1)', 'data:text/html,x', 'example.org/form', 'line://ti/p/x', '//example.org', ' ftp://x', '']) {
      expect(safeHttpsUrl(unusable), unusable).toBe('');
    }
  });

  it('never keeps a script, data or other scheme from the injection corpus', () => {
    const records = parseCsv(csv('相談申込URL', HOSTILE_STRINGS)).records;
    expect(records).toHaveLength(HOSTILE_STRINGS.length);
    const kept = records.map((record) => record.requestUrl).filter((url) => url !== '');
    expect(kept.length).toBeGreaterThan(0);
    for (const url of kept) expect(new URL(url).protocol).toBe('https:');
  });

  it('keeps 開催日時 and 対象年齢 (and their other names) as text', () => {
    const text = '制度名,開催日時,対象年齢\n【サンプル】サロン,毎週水曜 10:00〜12:00,65歳以上\n';
    expect(parseCsv(text).records[0]).toMatchObject({ schedule: '毎週水曜 10:00〜12:00', ageRange: '65歳以上' });
    const other = parseCsv('制度名,開室日,年齢\n【サンプル】ひろば,月・木,15〜39歳\n').records[0];
    expect(other).toMatchObject({ schedule: '月・木', ageRange: '15〜39歳' });
    // A payload is held as text exactly as the same payload in 対象者 is.
    const rows = HOSTILE_STRINGS.map((payload, index) => [`【サンプル】制度${index}`, payload, payload, payload].map(quote).join(','));
    const hostile = parseCsv(['制度名,開催日時,対象年齢,対象者', ...rows].join('\n')).records;
    expect(hostile).toHaveLength(HOSTILE_STRINGS.length);
    for (const record of hostile) expect([record.schedule, record.ageRange]).toEqual([record.target, record.target]);
  });

  it('is listed by the checker, which names the values that are not https', async () => {
    const text = csv('相談申込URL', ['https://example.org/form', 'http://example.org/form', 'javascript:alert(1)', 'LINEで相談']);
    const outcome = await readSourceOutcome({ kind: 'bytes', name: 'a.csv', bytes: new TextEncoder().encode(text) }, { key: 'a.csv', today: '2026-11-23' });
    const [source] = buildCheckReport([outcome]).sources;
    expect(source?.columns.find((column) => column.header === '相談申込URL')).toMatchObject({ status: 'read', field: 'requestUrl' });
    expect(source?.columns.find((column) => column.header === '相談申込URL')?.message).toContain('相談を申し込む');
    expect(source?.unreadable.map((cell) => [cell.kind, cell.row, cell.text])).toEqual([
      ['https', 3, 'http://example.org/form'],
      ['https', 4, 'javascript:alert(1)'],
      ['https', 5, 'LINEで相談'],
    ]);
    expect(source?.unreadable[0]?.message).toContain('https:// で始まる URL ではない');
  });
});
