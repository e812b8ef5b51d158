import { describe, expect, it } from 'vitest';
import { answerQuery, isBareList } from '../../src/engine/answer.js';
import { loadTroubleSearch } from '../../src/engine/load-trouble-search.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { loadFuzzyMatcher } from '../../src/search/search-index.js';
import { NATIONAL_EXPECTATIONS } from '../fixtures/national/expectations.js';
import { demoRecords } from '../helpers/demo-records.js';
import { nationalQuality, nationalRecords } from './national-list.js';

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

describe('trouble search on a national list with no flow codes (Civichat)', () => {
  it('reads every service of the list, and every expected service is one of them', () => {
    const names = new Set(nationalRecords().map((record) => record.name));
    expect(names.size).toBe(90);
    expect(NATIONAL_EXPECTATIONS.flatMap(({ expect: right }) => right).filter((name) => !names.has(name))).toEqual([]);
  });

  it('finds a right service in the top 3 for most troubles (budget 80 %), above the character-pair baseline', async () => {
    const quality = await nationalQuality();
    console.log(`national list: hit@3 ${percent(quality.hitAt3, quality.queries)} (tune half ${percent(quality.tune.hitAt3, quality.tune.queries)}, report half ${percent(quality.report.hitAt3, quality.report.queries)}), baseline ${percent(quality.baselineHitAt3, quality.queries)} of ${quality.queries}\nmissed:\n  ${quality.misses.join('\n  ')}`);
    // Budget 80 %. 75.9 % before the query was read as words (issue 23, first contact 60.3 %), 86.2 % after,
    // 94.8 % with concepts for the troubles a national list answers and the bundled flow has no goal for.
    expect(quality.hitAt3 / quality.queries).toBeGreaterThanOrEqual(0.8);
    expect(quality.hitAt3).toBeGreaterThan(quality.baselineHitAt3);
  });

  it('carries what was tuned on one half of the troubles over to the other (report half ≥ 80 %)', async () => {
    const { tune, report } = await nationalQuality();
    expect(tune.queries + report.queries).toBe(NATIONAL_EXPECTATIONS.length);
    // Ranking choices are made on the tune half (even rows); the report half (odd rows) was
    // 21 of 29 before, 25 of 29 when this was written, 27 of 29 with the national list's concepts.
    expect(report.hitAt3 / report.queries).toBeGreaterThanOrEqual(0.8);
  });
});

describe('a bare list (no キーワード nor お困りごと): the words a query means count more than a situation found in descriptions', () => {
  it('tells the national list from the bundled flow\'s data', () => {
    expect(isBareList(nationalRecords())).toBe(true);
    expect(isBareList(demoRecords())).toBe(false);
  });

  it('puts the service the meaning names before the many services of a broad situation', async () => {
    await loadFuzzyMatcher();
    const records = nationalRecords();
    const troubles = (await loadTroubleSearch(HOKKAIDO_FLOW))?.troubles;
    const top3 = (query: string): string[] => answerQuery(query, { flow: HOKKAIDO_FLOW, lang: 'ja', records, troubles }).services.slice(0, 3).map(({ record }) => record.name);
    // Written for this test, in no development set. The medical situation holds a dozen services
    // of the list; 高額療養費 is named by the words 医療費 means. With the weights of an authored
    // list it was not among the first three.
    expect(top3('入院して医療費が何十万もかかった')).toContain('高額療養費');
  });
});

describe('troubles the bundled flow has no goal for, on the national list', () => {
  // Written for this test, from situations; neither is a line of the development sets. The
  // concepts' service words (被災者, 育児休業) reach the list's own words.
  it('reach a right service in the top 3', async () => {
    await loadFuzzyMatcher();
    const records = nationalRecords();
    const troubles = (await loadTroubleSearch(HOKKAIDO_FLOW))?.troubles;
    const top3 = (query: string): string[] => answerQuery(query, { flow: HOKKAIDO_FLOW, lang: 'ja', records, troubles }).services.slice(0, 3).map(({ record }) => record.name);
    expect(top3('地震で家が傾いた').some((name) => name.startsWith('被災者'))).toBe(true);
    expect(top3('育休中の収入が心配')).toContain('育児休業制度');
  });
});
