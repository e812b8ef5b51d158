import { describe, expect, it } from 'vitest';
import { NATIONAL_EXPECTATIONS } from '../fixtures/national/expectations.js';
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
    // Budget 80 %. 75.9 % before the query was read as words (issue 23, first contact 60.3 %), 86.2 % after.
    expect(quality.hitAt3 / quality.queries).toBeGreaterThanOrEqual(0.8);
    expect(quality.hitAt3).toBeGreaterThan(quality.baselineHitAt3);
  });

  it('carries what was tuned on one half of the troubles over to the other (report half ≥ 80 %)', async () => {
    const { tune, report } = await nationalQuality();
    expect(tune.queries + report.queries).toBe(NATIONAL_EXPECTATIONS.length);
    // Ranking choices are made on the tune half (even rows); the report half (odd rows) was
    // 21 of 29 before, 25 of 29 when this was written.
    expect(report.hitAt3 / report.queries).toBeGreaterThanOrEqual(0.8);
  });
});
