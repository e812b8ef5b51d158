import { describe, expect, it } from 'vitest';
import { GoalIndex, ServiceCounts } from '../../src/engine/counts.js';
import { matchesMunicipality, runQuery } from '../../src/engine/query.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { demoRecords } from '../helpers/demo-records.js';

const records = demoRecords();
const names = (list: readonly { name: string }[]) => list.map((record) => record.name);

describe('goal queries', () => {
  it('finds the food banks by term', () => {
    expect(names(runQuery({ terms: ['フードバンク'] }, records))).toEqual([
      '【サンプル】フードバンク緊急食料支援',
      '【サンプル】さっぽろフードバンク',
    ]);
  });

  it('narrows by classification and selects by classification alone', () => {
    const loans = runQuery({ classifications: ['203'] }, records);
    expect(names(loans)).toEqual(['【サンプル】緊急小口資金（生活福祉資金貸付制度）']);
    const consultations = runQuery({ terms: ['借金'], classifications: ['401'] }, records);
    expect(consultations.every((record) => record.classifications.includes('401'))).toBe(true);
    expect(consultations.length).toBeGreaterThan(1);
  });

  it('selects by id, keyword and trouble', () => {
    expect(runQuery({ ids: ['s1#9'] }, records).map((record) => record.alias)).toEqual([]);
    const first = records[0];
    expect(runQuery({ ids: [first?.id ?? ''] }, records)).toEqual([first]);
    expect(names(runQuery({ keywords: ['ヤングケアラー'] }, records))).toEqual(['【サンプル】ヤングケアラー相談']);
    expect(runQuery({ troubles: ['住まい'] }, records).length).toBeGreaterThan(2);
  });

  it('matches nothing for an empty query', () => {
    expect(runQuery({}, records)).toEqual([]);
  });

  it('keeps prefecture-wide records for every municipality', () => {
    const sapporo = runQuery({ terms: ['フードバンク'] }, records, '札幌市');
    const asahikawa = runQuery({ terms: ['フードバンク'] }, records, '012041');
    expect(names(sapporo)).toHaveLength(2);
    expect(names(asahikawa)).toEqual(['【サンプル】フードバンク緊急食料支援']);
    const local = records.find((record) => record.municipality === '札幌市');
    expect(local && matchesMunicipality(local, '011002')).toBe(true);
    expect(local && matchesMunicipality(local, '函館市')).toBe(false);
  });
});

describe('counts behind each choice', () => {
  const counts = new ServiceCounts(HOKKAIDO_FLOW, records);

  it('gives every goal of the bundled flow at least one demo record', () => {
    const empty = Object.entries(HOKKAIDO_FLOW.nodes)
      .filter(([, node]) => node.kind === 'goal')
      .filter(([id]) => counts.results(id).length === 0)
      .map(([id]) => id);
    expect(empty).toEqual([]);
  });

  it('counts distinct services behind a question', () => {
    const food = counts.behind('emergency-food');
    const union = new Set([
      ...counts.results('emergency-foodbank'),
      ...counts.results('emergency-kids-meal'),
      ...counts.results('money-living-now'),
    ]);
    expect(food).toBe(union.size);
    expect(counts.behind('root')).toBeGreaterThan(30);
  });

  it('knows a branch with crisis lines leads somewhere even without data', () => {
    const none = new ServiceCounts(HOKKAIDO_FLOW, []);
    expect(none.behind('emergency')).toBe(0);
    expect(none.leadsSomewhere('emergency')).toBe(true);
    expect(none.leadsSomewhere('work')).toBe(false);
  });
});

describe('GoalIndex built in slices', () => {
  it('gives the same counts as building at once, yielding after every 256 records on the way', async () => {
    const many = Array.from({ length: 1000 }, (_, index) => ({ ...(records[index % records.length] as (typeof records)[number]), id: `r${index}` }));
    let yields = 0;
    const sliced = await GoalIndex.buildInSlices(HOKKAIDO_FLOW, many, () => {
      yields += 1;
      return Promise.resolve();
    }, { sliceMs: 0 });
    // With no time allowed per slice, it yields at each check: after records 256, 512 and 768.
    expect(yields).toBe(3);
    expect(sliced).toBeDefined();
    const once = new ServiceCounts(GoalIndex.build(HOKKAIDO_FLOW, many), '札幌市');
    const slicedCounts = new ServiceCounts(sliced as GoalIndex, '札幌市');
    for (const id of Object.keys(HOKKAIDO_FLOW.nodes)) {
      expect(slicedCounts.behind(id)).toBe(once.behind(id));
      expect(slicedCounts.results(id)).toEqual(once.results(id));
    }
    expect(once.behind('root')).toBeGreaterThan(500);
  });

  it("shows a town's own services before the prefecture-wide ones", () => {
    const doubled = [...records, ...records.map((record, index) => ({ ...record, id: `copy-${index}` }))];
    const counts = new ServiceCounts(GoalIndex.build(HOKKAIDO_FLOW, doubled), '札幌市');
    expect(counts.results('emergency-foodbank').map((record) => record.name)).toEqual([
      '【サンプル】さっぽろフードバンク',
      '【サンプル】さっぽろフードバンク',
      '【サンプル】フードバンク緊急食料支援',
      '【サンプル】フードバンク緊急食料支援',
    ]);
  });

  it('yields between slices of a big data set and stops when aborted', async () => {
    const many = Array.from({ length: 2000 }, (_, index) => ({ ...(records[index % records.length] as (typeof records)[number]), id: `r${index}` }));
    let yields = 0;
    const abort = new AbortController();
    const result = await GoalIndex.buildInSlices(HOKKAIDO_FLOW, many, () => {
      yields += 1;
      if (yields === 2) abort.abort();
      return Promise.resolve();
    }, { sliceMs: 0, signal: abort.signal });
    expect(yields).toBe(2);
    expect(result).toBeUndefined();
  });
});
