import { beforeAll, describe, expect, it } from 'vitest';
import type { ServiceRecord } from '../../src/data/record.js';
import { answerQuery } from '../../src/engine/answer.js';
import { loadTroubleSearch } from '../../src/engine/load-trouble-search.js';
import type { TroubleMatcher } from '../../src/engine/troubles.js';
import { HOKKAIDO_FLOW } from '../../src/flows/hokkaido.js';
import { loadFuzzyMatcher, SearchIndex } from '../../src/search/search-index.js';
import { qualityDataSets } from './trouble-quality.js';

// The unit side of test/e2e/hokkaido.spec.ts: loneliness typed in one's own words reaches one of
// the sample's 居場所 rows (サービス種別 103) in the top 3, not only a crisis line or a clinic.
const LONELY = ['話し相手がほしい', '寂しい', 'ひとりぼっち', '居場所がない', '孤独', '誰とも話していない', 'lonely'];

describe('loneliness finds a 居場所', () => {
  let records: readonly ServiceRecord[] = [];
  let index: SearchIndex;
  let troubles: TroubleMatcher | undefined;
  beforeAll(async () => {
    await loadFuzzyMatcher();
    records = qualityDataSets()[0]?.records ?? [];
    index = SearchIndex.build(records);
    troubles = (await loadTroubleSearch(HOKKAIDO_FLOW))?.troubles;
  });

  it('the sample has 居場所 rows to find', () => {
    expect(records.filter((record) => record.serviceType === '103').length).toBeGreaterThanOrEqual(5);
  });

  for (const phrase of LONELY) {
    it(`「${phrase}」 shows a 居場所 row in the top 3`, () => {
      const lang = /^[\x20-\x7e]+$/.test(phrase) ? 'en' : 'ja';
      const answer = answerQuery(phrase, { flow: HOKKAIDO_FLOW, lang, records, index, troubles });
      const top = answer.services.slice(0, 3).map((service) => service.record);
      expect(top.some((record) => record.serviceType === '103'), top.map((record) => record.name).join(' / ')).toBe(true);
    });
  }
});
