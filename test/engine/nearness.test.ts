import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/data/parse.js';
import { ServiceCounts } from '../../src/engine/counts.js';
import type { Flow } from '../../src/engine/flow.js';
import { matchesMunicipality, municipalityFilter, nearestFirst, runQuery } from '../../src/engine/query.js';

// Rows as Hokkaido publishes them: the 道's own offices under the prefecture's code with a 振興局 name.
const CSV = [
  '全国地方公共団体コード,都道府県名,市区町村名,タイトル（制度名）,対象地域',
  '010006,北海道,,全道の相談,',
  '010006,北海道,空知,そらち生活サポートセンター,',
  '010006,北海道,石狩振興局,石狩の相談,',
  '010006,北海道,後志総合振興局管内,後志の相談,',
  '010006,北海道,胆振,胆振の相談,',
  '014290,北海道,栗山町,栗山町の相談,',
  '012106,北海道,岩見沢市,岩見沢市の相談,',
  '010006,北海道,空地,空地の相談,',
  '010006,北海道,,対象地域の相談,そらち',
  '020001,青森県,空知,青森の空知,',
  '072133,福島県,伊達市,福島の伊達市,',
  '012335,北海道,伊達市,北海道の伊達市,',
  '010006,北海道,網走,網走支庁の相談,',
].join('\n');
const records = parseCsv(CSV).records;
const names = (list: readonly { name: string }[]) => list.map((record) => record.name);
const kept = (municipality: string) => names(nearestFirst(records, municipality));

describe('the municipality filter in Hokkaido', () => {
  it('keeps 栗山町 its own rows, then 空知’s, then 全道’s, by name and by code', () => {
    const expected = ['栗山町の相談', 'そらち生活サポートセンター', '対象地域の相談', '全道の相談'];
    expect(kept('栗山町')).toEqual(expected);
    expect(kept('014290')).toEqual(expected);
  });

  it('gives each town its own 振興局 and not another’s', () => {
    expect(kept('当別町')).toEqual(['石狩の相談', '全道の相談']);
    expect(kept('倶知安町')).toEqual(['後志の相談', '全道の相談']);
    expect(kept('012131')).toEqual(['胆振の相談', '全道の相談']);
    expect(kept('北見市')).toEqual(['網走支庁の相談', '全道の相談']);
  });

  it('reports the nearness', () => {
    const near = municipalityFilter('栗山町');
    expect(records.map(near).slice(0, 3)).toEqual([2, 1, undefined]);
    expect(records.map(municipalityFilter('')).every((near) => near === 0)).toBe(true);
  });

  it('keeps other prefectures’ rows and unknown area names to today’s rules', () => {
    expect(kept('岩見沢市')).not.toContain('青森の空知');
    expect(kept('岩見沢市')).not.toContain('空地の相談');
    expect(kept('空地')).toEqual(['空地の相談', '全道の相談']);
    // A name two prefectures share keeps both towns' rows; the table's (Hokkaido's) area follows.
    expect(kept('伊達市')).toEqual(['福島の伊達市', '北海道の伊達市', '胆振の相談', '全道の相談']);
    expect(kept('012335')).toEqual(['北海道の伊達市', '胆振の相談', '全道の相談']);
    expect(kept('072133')).toEqual(['福島の伊達市', '全道の相談']);
    expect(records.filter((record) => matchesMunicipality(record, '014290')).map((record) => record.prefecture)).not.toContain('青森県');
  });

  it('orders a goal’s services by nearness in runQuery and in the counts', () => {
    const query = { terms: ['相談', 'サポート'] };
    expect(names(runQuery(query, records, '栗山町'))).toEqual(['栗山町の相談', 'そらち生活サポートセンター', '対象地域の相談', '全道の相談']);
    const flow: Flow = {
      version: 1,
      id: 't',
      start: 'g',
      nodes: { g: { kind: 'goal', text: { ja: 'g' }, query } },
    };
    const counts = new ServiceCounts(flow, records, '014290');
    expect(names(counts.results('g'))).toEqual(['栗山町の相談', 'そらち生活サポートセンター', '対象地域の相談', '全道の相談']);
    expect(counts.behind('g')).toBe(4);
  });
});
