import { describe, expect, it } from 'vitest';
import { crisisQuality, qualityDataSets, troubleQuality } from './trouble-quality.js';
import { TROUBLE_QUERIES } from './trouble-queries.js';

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)} %`;

describe('trouble search quality', () => {
  it('has a test set of at least 150 troubles across all five categories and every form of writing', () => {
    expect(TROUBLE_QUERIES.length).toBeGreaterThanOrEqual(150);
    expect(new Set(TROUBLE_QUERIES.map((trouble) => trouble.category))).toEqual(new Set(['money', 'work', 'emergency', 'health', 'family']));
    expect(new Set(TROUBLE_QUERIES.map((trouble) => trouble.form))).toEqual(new Set(['plain', 'kana', 'colloquial', 'conjugated', 'typo', 'easy', 'variant', 'en']));
  });

  it.each(qualityDataSets())('finds a right service in the top 3 for at least 90 % of the troubles, on $name', async ({ name, records }) => {
    const quality = await troubleQuality(name, records);
    console.log(
      `${name} (${quality.records} records): hit@1 ${percent(quality.hitAt1, quality.measured)}, hit@3 ${percent(quality.hitAt3, quality.measured)} ` +
        `of ${quality.measured}; baseline (character pairs) hit@3 ${percent(quality.baselineHitAt3, quality.measured)}; ` +
        `situation hit@3 ${percent(quality.situationHitAt3, TROUBLE_QUERIES.length)}` +
        (quality.misses.length > 0 ? `\nmissed:\n  ${quality.misses.join('\n  ')}` : '') +
        (quality.unanswerable.length > 0 ? `\nno service for the expected goal in this data: ${quality.unanswerable.join('、')}` : ''),
    );
    // Every query must be measurable on most of the data; the demo covers every goal.
    expect(quality.measured).toBeGreaterThanOrEqual(0.9 * TROUBLE_QUERIES.length);
    expect(quality.hitAt3 / quality.measured).toBeGreaterThanOrEqual(0.9);
    // Better than the naive baseline, by a margin.
    expect(quality.hitAt3 - quality.baselineHitAt3).toBeGreaterThanOrEqual(0.15 * quality.measured);
    expect(quality.situationHitAt3 / TROUBLE_QUERIES.length).toBeGreaterThanOrEqual(0.9);
  });

  it('shows crisis lines for every cry for help, and for no name query or ordinary trouble', () => {
    const quality = crisisQuality();
    expect(quality.cries).toBeGreaterThanOrEqual(40);
    expect(quality.misses).toEqual([]);
    expect(quality.answered).toBe(quality.cries);
    expect(quality.falseOnNames).toEqual([]);
    expect(quality.falseOnTroubles).toEqual([]);
  });
});
