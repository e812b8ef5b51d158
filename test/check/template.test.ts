import { describe, expect, it } from 'vitest';
import { ageOverAYear, checkTemplateRows, MAX_FINDINGS, quoteCell, TemplateChecker } from '../../src/check/template.js';
import { encodeShiftJis } from '../../src/data/encode-shift-jis.js';
import { readCsvBytes } from '../../src/data/load.js';

const HEADER = ['全国地方公共団体コード', '都道府県名', '市区町村名', '制度名', '通称', 'サービス種別', '行政サービス分類1', '電話番号', 'お問い合わせ先', '最終更新日'];
const row = (overrides: Partial<Record<string, string>>): string[] => {
  const base: Record<string, string> = {
    全国地方公共団体コード: '011002', 都道府県名: '北海道', 市区町村名: '札幌市', 制度名: '【記入例】相談', 通称: '', サービス種別: '101',
    行政サービス分類1: '401', 電話番号: '000-000-0000', お問い合わせ先: '', 最終更新日: '2026-10-01',
  };
  return HEADER.map((header) => overrides[header] ?? base[header] ?? '');
};
const rules = (cells: string[]) => checkTemplateRows(HEADER, [cells], { today: '2026-11-23' }).findings.map((finding) => finding.rule);

describe('the template’s rules', () => {
  it('finds nothing in a row that follows the template', () => {
    expect(checkTemplateRows(HEADER, [row({})], { today: '2026-11-23' })).toEqual({ findings: [], counts: {}, kinds: { error: 0, warning: 0, notice: 0 } });
  });

  it('counts 40 characters as the limit, full-width or not', () => {
    expect(rules(row({ 制度名: 'あ'.repeat(40) }))).toEqual([]);
    expect(rules(row({ 制度名: 'あ'.repeat(41) }))).toEqual(['name-length']);
    expect(rules(row({ 通称: '𠮷'.repeat(40) }))).toEqual([]);
  });

  it('offers the full-width, one-line text', () => {
    const { findings } = checkTemplateRows(HEADER, [row({ 通称: 'ﾌｰﾄﾞ\r\nﾊﾞﾝｸ' })], { today: '2026-11-23' });
    expect(findings.map((finding) => [finding.rule, finding.kind, finding.suggestion])).toEqual([
      ['line-break', 'warning', 'ﾌｰﾄﾞﾊﾞﾝｸ'],
      ['half-width-kana', 'warning', 'フード\r\nバンク'],
    ]);
  });

  it('checks the code’s check digit and its prefecture', () => {
    expect(rules(row({ 全国地方公共団体コード: '011003' }))).toEqual(['code-check-digit']);
    expect(rules(row({ 全国地方公共団体コード: '０１１００２' }))).toEqual([]);
    expect(rules(row({ 全国地方公共団体コード: '010006', 市区町村名: '空知' }))).toEqual([]);
    expect(rules(row({ 全国地方公共団体コード: '022012', 都道府県名: '青森県', 市区町村名: '青森市' }))).toEqual([]);
    expect(rules(row({ 全国地方公共団体コード: '022012', 市区町村名: '青森市' }))).toEqual(['code-prefecture']);
    expect(rules(row({ 全国地方公共団体コード: '481009', 市区町村名: '' }))).toEqual(['code-prefecture']);
    expect(rules(row({ 全国地方公共団体コード: '札幌' }))).toEqual(['code-form']);
  });

  it('checks the code against 市区町村名 with the Hokkaido table', () => {
    const mismatch = (code: string, town: string) => checkTemplateRows(HEADER, [row({ 全国地方公共団体コード: code, 市区町村名: town })], { today: '2026-11-23' }).findings;
    expect(mismatch('012041', '札幌市').map((finding) => [finding.rule, finding.suggestion])).toEqual([['code-name', '011002']]);
    expect(mismatch('012041', '札幌市')[0]?.message).toContain('「012041」は旭川市のコードで、市区町村名「札幌市」のコードではありません。札幌市なら「011002」です');
    expect(mismatch('012092', '石狩').map((finding) => finding.rule)).toEqual(['code-name']);
    // The coded town's own 振興局, the prefecture's code for a town or an area, a ward, a name no table holds: not judged.
    for (const [code, town] of [['012092', '空知'], ['012092', '空知総合振興局'], ['010006', '札幌市'], ['010006', 'そらち'], ['011011', '札幌市中央区'], ['012041', '旭川'], ['012041', '北海道旭川市']]) {
      expect(mismatch(code as string, town as string), `${code} ${town}`).toEqual([]);
    }
  });

  it('accepts codes and names of the tables, and names what is outside them', () => {
    expect(rules(row({ サービス種別: '101: 制度事業', 行政サービス分類1: '相談;201' }))).toEqual([]);
    expect(rules(row({ サービス種別: '104', 行政サービス分類1: '401;999' }))).toEqual(['service-type', 'classification']);
  });

  it('tells the age of a 最終更新日 more than a year old', () => {
    expect(ageOverAYear('2025-11-23', '2026-11-23')).toBeUndefined();
    expect(ageOverAYear('2025-11-22', '2026-11-23')).toBe('1年');
    expect(ageOverAYear('2020-04-01', '2026-11-23')).toBe('6年7か月');
    expect(rules(row({ 最終更新日: '令和2年4月1日' }))).toEqual(['stale']);
  });

  it('finds rows without a contact, and skips rows the loader skips', () => {
    expect(rules(row({ 電話番号: '' }))).toEqual(['no-contact']);
    expect(rules(row({ 電話番号: '', お問い合わせ先: '【記入例】窓口' }))).toEqual([]);
    expect(rules(row({ 電話番号: '', 制度名: '' }))).toEqual([]);
  });

  it('keeps the first findings of a rule and counts them all', () => {
    const rows = Array.from({ length: MAX_FINDINGS + 5 }, () => row({ 電話番号: '' }));
    const result = checkTemplateRows(HEADER, rows, { today: '2026-11-23' });
    expect(result.findings).toHaveLength(MAX_FINDINGS);
    expect(result.counts['no-contact']).toBe(MAX_FINDINGS + 5);
    expect(result.kinds.warning).toBe(MAX_FINDINGS + 5);
  });

  it('quotes a cell cut to 40 characters, with control characters spelled out', () => {
    expect(quoteCell('あ'.repeat(10_000))).toBe(`${'あ'.repeat(39)}…`);
    expect(quoteCell('a\u001b[2Jb\nc\u202Ed')).toBe('a\\x1b[2Jb↵c\\u202ed');
  });

  it('sees a file read again as Shift_JIS once, through the loader', async () => {
    const text = `${HEADER.join(',')}\n${row({ 電話番号: '' }).join(',')}\n`;
    // A Shift_JIS file that starts as if it were UTF-8: the loader reads it again from the start.
    let checker: TemplateChecker | undefined;
    const result = await readCsvBytes(encodeShiftJis(text).bytes, 'sjis.csv', 's1', { today: '2026-11-23', observeRows: () => (checker = new TemplateChecker({ today: '2026-11-23' })) });
    expect(result.encoding).toBe('shift_jis');
    expect(checker?.result().counts).toEqual({ 'no-contact': 1 });
  });
});
