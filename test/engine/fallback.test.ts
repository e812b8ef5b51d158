import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/parse.js';
import { goalFallback } from '../../src/engine/fallback.js';
import { runQuery } from '../../src/engine/query.js';

const CSV = [
  '全国地方公共団体コード,都道府県名,市区町村名,タイトル（制度名）,サブタイトル（通称）',
  '010006,北海道,空知,生活困窮者自立支援制度,そらち生活サポートセンター',
  '010006,北海道,石狩,生活困窮者自立支援制度,くらしサポートセンターとうべつ・し',
  '010006,北海道,,【サンプル】ハローワーク職業相談,',
  '014290,北海道,栗山町,【サンプル】くりやま就労相談,',
  '012106,北海道,岩見沢市,【サンプル】いわみざわ子育て,',
].join('\n');
const records = parseCsv(CSV).records;
const work = { terms: ['就労', 'ハローワーク'] };
const names = (list: readonly { name: string; alias: string }[]) => list.map((record) => record.alias || record.name);

describe('goalFallback', () => {
  it('is nothing when the town has its own service, or no town is chosen', () => {
    expect(goalFallback(runQuery(work, records, '栗山町'), records, '栗山町')).toBeUndefined();
    expect(goalFallback(runQuery(work, records), records, '')).toBeUndefined();
  });

  it('names the town and adds its own 振興局’s general consultation, by name or code', () => {
    for (const town of ['当別町', '013030']) {
      const results = runQuery(work, records, town);
      expect(names(results)).toEqual(['【サンプル】ハローワーク職業相談']);
      const fallback = goalFallback(results, records, town);
      expect(fallback?.town).toBe('当別町');
      expect(names(fallback?.general ?? [])).toEqual(['くらしサポートセンターとうべつ・し']);
    }
  });

  it('shows no consultation twice, and names an unknown town as written', () => {
    const money = { terms: ['生活困窮'] };
    const results = runQuery(money, records, '由仁町');
    expect(names(results)).toEqual(['そらち生活サポートセンター']);
    expect(goalFallback(results, records, '由仁町')).toEqual({ town: '由仁町', general: [] });
    expect(goalFallback([], records, '空地町')).toEqual({ town: '空地町', general: [] });
  });
});
