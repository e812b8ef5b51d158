import { describe, expect, it } from 'vitest';
import { answerQuery, answerRows } from '../../src/engine/answer.js';
import { filterTown, handoutEntry, listGroups } from '../../src/engine/list-view.js';
import { townServices } from '../../src/engine/town.js';
import { matchesMunicipality } from '../../src/engine/query.js';
import { TroubleMatcher } from '../../src/engine/troubles.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { parseCsv } from '../../src/data/parse.js';
import { hostileCsv } from '../fixtures/hostile/corpus.mjs';
import { demoRecords } from '../helpers/demo-records.js';

const records = demoRecords();
const context = { flow: HOKKAIDO_FLOW, lang: 'ja' as const, records, municipality: '札幌市' };

describe("the 支援員's list", () => {
  it("holds a town's services and the whole prefecture's, never another town's", () => {
    const town = townServices(records, '札幌市');
    expect(town.length).toBeGreaterThan(10);
    expect(town.every((record) => matchesMunicipality(record, '札幌市'))).toBe(true);
    expect(town.some((record) => record.municipality === '札幌市')).toBe(true);
    expect(town.some((record) => record.municipality === '')).toBe(true);
    expect(town.some((record) => record.municipality === '旭川市' || record.municipality === '函館市')).toBe(false);
    expect(townServices(records, '')).toBe(records);
  });

  it('groups by 行政サービス分類 in the template order, with what has none last', () => {
    const groups = listGroups(townServices(records, '札幌市'));
    const order = ['101', '201', '202', '203', '204', '205', '301', '302', '401', '501', '601', '602'];
    const codes = groups.map((group) => group.key).filter((key) => order.includes(key));
    expect(codes).toEqual([...codes].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(groups.find((group) => group.key === '401')?.label).toBe('相談');
    expect(groups.reduce((sum, group) => sum + group.records.length, 0)).toBe(townServices(records, '札幌市').length);
    const unlabelled = groups.findIndex((group) => group.key === '');
    if (unlabelled >= 0) expect(unlabelled).toBe(groups.length - 1);
  });

  it("narrows with the conversation's own answer and keeps the groups' order", () => {
    const town = townServices(records, '札幌市');
    const search = { answerQuery, troubles: TroubleMatcher.build(HOKKAIDO_FLOW) };
    const food = filterTown(town, 'フードバンク', search, context)?.records ?? [];
    const answer = answerQuery('フードバンク', { ...context, limit: 1000, troubles: search.troubles });
    expect(food.length).toBe(answer.total);
    // A screen's worth within the keystroke: the best of them, with the total.
    const first = filterTown(town, 'フードバンク', search, context, 1);
    expect(first).toMatchObject({ total: answer.total, partial: true });
    expect(first?.records).toEqual([answer.services[0]?.record]);
    expect(food.map((record) => record.name)).toContain('【サンプル】さっぽろフードバンク');
    expect(food).toEqual(town.filter((record) => food.includes(record)));
    expect(filterTown(town, '', search, context)?.records).toBe(town);
    expect(filterTown(town, '死にたい', search, context)?.crisis.length).toBeGreaterThan(0);
    expect(filterTown(town, 'あ', search, context)).toBeUndefined();
  });

  it("takes the whole list from one answer's rows: the same services, in the town's order, grouped once", () => {
    const town = townServices(records, '札幌市');
    const troubles = TroubleMatcher.build(HOKKAIDO_FLOW);
    for (const query of ['フードバンク', '子育て', 'しごと', '家賃が払えない', '死にたい', 'ひとり親 手当']) {
      const whole = filterTown(town, query, { answerQuery, answerRows, troubles }, context);
      const again = filterTown(town, query, { answerQuery, troubles }, context);
      const answer = answerQuery(query, { ...context, limit: 1, troubles });
      expect(whole?.records, query).toEqual(again?.records);
      expect(whole?.records.length, query).toBe(answer.total);
      expect(whole?.total, query).toBe(answer.total);
      expect(whole?.partial, query).toBe(false);
      expect(whole?.records, query).toEqual(town.filter((record) => whole?.records.includes(record)));
      // Grouped in the same pass: listGroups returns that grouping, and it is the one it would make.
      const groups = listGroups(whole?.records ?? []);
      expect(groups.flatMap((group) => group.records).length, query).toBe(whole?.records.length);
      expect(groups.map((group) => group.key), query).toEqual(listGroups([...(whole?.records ?? [])]).map((group) => group.key));
    }
    expect(answerRows(answerQuery('あ', context))).toBeUndefined();
  });

  it('groups a list once: the same array gives the same groups', () => {
    const town = townServices(records, '札幌市');
    expect(listGroups(town)).toBe(listGroups(town));
  });

  it('prints contacts as the data wrote them, hostile cells included', () => {
    const hostile = parseCsv(hostileCsv(), { today: '2026-11-23' }).records;
    expect(hostile.length).toBeGreaterThan(0);
    for (const record of hostile) {
      const entry = handoutEntry(record);
      expect(entry.name).toBe(record.name);
      expect(entry.url === '' || /^https?:/.test(entry.url)).toBe(true);
      if (record.phoneText.trim()) expect(entry.phones).toEqual([record.phoneText.trim()]);
    }
    const withPhone = records.filter((record) => record.phoneText !== '');
    expect(withPhone.length).toBeGreaterThan(0);
    for (const record of withPhone) expect(handoutEntry(record).phones[0]).toBe(record.phoneText.trim());
  });
});
