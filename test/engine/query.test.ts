import { describe, expect, it } from 'vitest';
import { ServiceCounts } from '../../src/engine/counts.js';
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
