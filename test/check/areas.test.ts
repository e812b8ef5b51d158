import { describe, expect, it } from 'vitest';
import { unknownAreas } from '../../src/check/areas.js';
import { buildCheckReport } from '../../src/check/report.js';
import { readSourceOutcome } from '../../src/check/read-source.js';
import { parseCsv } from '../../src/data/parse.js';

const CSV = [
  '全国地方公共団体コード,都道府県名,市区町村名,タイトル（制度名）,対象地域',
  '010006,北海道,空知,【サンプル】そらち,',
  '010006,北海道,空地,【サンプル】誤字,',
  '011002,北海道,札幌市,【サンプル】札幌,',
  '011002,北海道,札幌市中央区,【サンプル】中央区,',
  '010006,北海道,オホーツク総合振興局管内,【サンプル】オホーツク,',
  '010006,北海道,,【サンプル】全道,',
  '010006,北海道,,【サンプル】対象地域,上北',
  '022021,青森県,上北,【サンプル】青森,',
].join('\n');

describe('unknown area names', () => {
  it('names what is neither a town nor a 振興局 of Hokkaido, with the names it expects', () => {
    const { findings, count } = unknownAreas(parseCsv(CSV).records);
    expect(findings.map((finding) => [finding.row, finding.name])).toEqual([
      [3, '空地'],
      [8, '上北'],
    ]);
    expect(count).toBe(2);
    expect(findings[0]?.message).toContain('3行目の地域「空地」');
    expect(findings[0]?.message).toContain('空知、石狩、後志');
  });

  it('is part of the check report', async () => {
    const outcome = await readSourceOutcome({ kind: 'bytes', name: 'a.csv', bytes: new TextEncoder().encode(CSV) }, { key: 'a.csv', today: '2026-11-23' });
    const [source] = buildCheckReport([outcome]).sources;
    expect(source?.unknownAreas.map((finding) => finding.name)).toEqual(['空地', '上北']);
    expect(source?.unknownAreaCount).toBe(2);
  });
});
