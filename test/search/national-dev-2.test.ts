import { describe, expect, it } from 'vitest';
import { NATIONAL_DEV_2 } from '../fixtures/national/dev-2.js';
import { nationalQuality, nationalRecords } from './national-list.js';

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

describe('trouble search on the national list, second development set (people\'s own words)', () => {
  it('holds at least 120 troubles, none repeated, each expecting services of the list', () => {
    const names = new Set(nationalRecords().map((record) => record.name));
    expect(NATIONAL_DEV_2.length).toBeGreaterThanOrEqual(120);
    expect(new Set(NATIONAL_DEV_2.map(({ query }) => query)).size).toBe(NATIONAL_DEV_2.length);
    expect(NATIONAL_DEV_2.flatMap(({ expect: right }) => right).filter((name) => !names.has(name))).toEqual([]);
  });

  it('finds a right service in the top 3, above the character-pair baseline', async () => {
    const quality = await nationalQuality(NATIONAL_DEV_2);
    console.log(`national dev-2: hit@3 ${percent(quality.hitAt3, quality.queries)} (tune half ${percent(quality.tune.hitAt3, quality.tune.queries)}, report half ${percent(quality.report.hitAt3, quality.report.queries)}), baseline ${percent(quality.baselineHitAt3, quality.queries)} of ${quality.queries}\nmissed:\n  ${quality.misses.join('\n  ')}`);
    expect(quality.hitAt3).toBeGreaterThan(quality.baselineHitAt3);
    // 56.3 % when committed, before any tuning on it (tune half 53.1 %, report half 59.4 %); 48.4 % without the
    // concepts' words. The gap was vocabulary: with concepts for the troubles a national list answers and the
    // bundled flow has no goal for (disaster, aids, pregnancy, leave, delinquency…), chosen on the tune half,
    // 73.4 % (tune half 76.6 %, report half 70.3 %); 72.7 % after the denied words (report half unchanged).
    // A bare list's weights (answer.ts: its situations count less, the concepts' words more), chosen on
    // the tune half and the first set: 78.9 % (tune half 84.4 %, report half 73.4 %).
    expect(quality.report.hitAt3 / quality.report.queries).toBeGreaterThanOrEqual(0.7);
  });
});
