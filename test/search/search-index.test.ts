import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/search/normalize.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { demoRecords } from '../helpers/demo-records.js';

const index = new SearchIndex(demoRecords());
const top = (query: string, n = 3) => index.search(query).slice(0, n).map((hit) => hit.record.name);

describe('foldText', () => {
  it('folds width, kana, small kana, long vowels, spaces and 中黒', () => {
    expect(foldText('フードバンク')).toBe(foldText('ふーどばんく'));
    expect(foldText('ﾌｰﾄﾞﾊﾞﾝｸ')).toBe(foldText('フードバンク'));
    expect(foldText('ジョブ・カフェ')).toBe(foldText('じょぶかふぇ'));
    expect(foldText('ＤＶ 相談')).toBe('dv相談');
  });
});

describe('SearchIndex', () => {
  it.each([
    ['フードバンク', '【サンプル】フードバンク緊急食料支援'],
    ['ふーどばんく', '【サンプル】フードバンク緊急食料支援'],
    ['ﾌｰﾄﾞﾊﾞﾝｸ', '【サンプル】フードバンク緊急食料支援'],
    ['サポステ', '【サンプル】地域若者サポートステーション'],
    ['住居確保', '【サンプル】住居確保給付金'],
    ['失業手当', '【サンプル】雇用保険の基本手当'],
    ['ハローワク', '【サンプル】ハローワーク職業相談'],
    ['法 テラス', '【サンプル】法テラス（日本司法支援センター）'],
  ])('finds %s', (query, expected) => {
    expect(top(query)).toContain(expected);
  });

  it('returns nothing for an empty query or nonsense', () => {
    expect(index.search('   ')).toEqual([]);
    expect(index.search('zzzzqqqq')).toEqual([]);
  });
});
